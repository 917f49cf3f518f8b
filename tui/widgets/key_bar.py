"""The line of keys at the foot of the reading screen: the screen's own keys, as bound now.

Textual's Footer builds a widget per key and rebuilds them whenever focus moves; this is one
line of text, drawn again only when the theme changes, so moving between panes stays cheap.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

KEY_GAP = "  "


class KeyBar(Static):
    """The screen's bindings that are shown (`show=True`), in order, remappings included."""

    COMPONENT_CLASSES = {"key-bar--key"}

    def on_mount(self) -> None:
        # After the app has applied the keymap from the config.
        self.call_after_refresh(self.show_keys)

    def notify_style_update(self) -> None:
        """A theme change: draw the keys in its colours."""
        super().notify_style_update()
        if self.is_mounted:
            self.show_keys()

    def show_keys(self) -> None:
        """Draw the keys of the screen this bar sits on, and the command palette's (our own words only)."""
        screen = self.screen
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis")
        shown: dict[str, tuple[str, str]] = {}
        palette: tuple[str, str] | None = None
        for active in screen.active_bindings.values():
            binding = active.binding
            if active.node is screen and binding.show:
                shown.setdefault(
                    binding.id or binding.action, (self.app.get_key_display(binding), binding.description)
                )
            elif active.node is self.app and binding.action == "command_palette":
                palette = (self.app.get_key_display(binding), binding.description)
        for key, description in [*shown.values(), *([palette] if palette else [])]:
            line.append(f" {key} ", key_style)
            line.append(f"{description}{KEY_GAP}")
        self.update(line, layout=False)
