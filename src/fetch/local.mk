# src/fetch: see the module header.  Sets FETCH_LIB when it has sources.
FETCH_LIB =
