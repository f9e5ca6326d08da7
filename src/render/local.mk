# src/render: see the module header.  Sets RENDER_LIB when it has sources.
RENDER_LIB =
