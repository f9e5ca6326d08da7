# src/conf: see the module header.  Sets CONF_LIB when it has sources.
CONF_LIB =
