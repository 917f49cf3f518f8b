"""The `fineprint library ...` and `fineprint feed ...` commands, called from `tui.cli`."""
