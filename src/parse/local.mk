# src/parse: see the module header.  Sets PARSE_LIB when it has sources.
PARSE_LIB =
