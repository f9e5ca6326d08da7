# urls file and OPML: src_conf_libconf_a_SOURCES += ...
src_conf_libconf_a_SOURCES += \
	src/conf/urls.c src/conf/urls.h \
	src/conf/import.c src/conf/import.h \
	src/conf/opml.c src/conf/opml.h
