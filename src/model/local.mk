# src/model: see the module header.  Sets MODEL_LIB when it has sources.
MODEL_LIB =
