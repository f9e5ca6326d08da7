# src/store: see the module header.  Sets STORE_LIB when it has sources.
STORE_LIB =
