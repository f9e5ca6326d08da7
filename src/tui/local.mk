# src/tui: see the module header.  Sets TUI_LIB when it has sources.
TUI_LIB =
