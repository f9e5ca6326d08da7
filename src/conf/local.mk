# src/conf: the user's files — urls file and OPML (urls.mk), config file
# (config.mk).  Consumers include conf/urls.h, conf/opml.h, conf/config.h.
CONF_LIB = src/conf/libconf.a
noinst_LIBRARIES += src/conf/libconf.a
src_conf_libconf_a_CPPFLAGS = $(AM_CPPFLAGS) $(LIBXML2_CFLAGS)
src_conf_libconf_a_SOURCES =
include src/conf/urls.mk
include src/conf/config.mk
