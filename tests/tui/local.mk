# tests/tui: tidings inside tmux, asserting on capture-pane.
