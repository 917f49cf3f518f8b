"""The library: articles read by URL, kept with every version, searchable, readable offline.

Other code uses `tui.library.store.Library` (save, latest, positions, history),
`tui.library.opening.open_library` (startup check), `tui.library.listing` (search and filters)
and `tui.library.loading.load_with_library` (fetch with the saved copy as the offline fallback).
"""
