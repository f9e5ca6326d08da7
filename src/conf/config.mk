# config file: src_conf_libconf_a_SOURCES += ...
src_conf_libconf_a_SOURCES += \
	src/conf/config.c src/conf/config.h src/conf/config-table.c \
	src/conf/config-int.h src/conf/config-newsboat.c \
	src/conf/config-directive.c
# define-filter, ignore-article, highlight-article/-feed (tidying)
src_conf_libconf_a_SOURCES += src/conf/config-tidy.c
