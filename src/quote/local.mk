# src/quote: see the module header.  Sets QUOTE_LIB when it has sources.
QUOTE_LIB =
