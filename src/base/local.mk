noinst_LIBRARIES += src/base/libbase.a
src_base_libbase_a_SOURCES = \
	src/base/lib.h src/base/i18n.h \
	src/base/xmalloc.c src/base/xmalloc.h \
	src/base/log.c src/base/log.h \
	src/base/buf.c src/base/buf.h \
	src/base/paths.c src/base/paths.h \
	src/base/file.c src/base/file.h \
	src/base/clock.c src/base/clock.h \
	src/base/pool.c src/base/pool.h
BASE_LIB = src/base/libbase.a
# parser helpers (owned by the parser engineer): dates, URIs, UTF-8
src_base_libbase_a_SOURCES += \
	src/base/date.c src/base/date.h \
	src/base/uri.c src/base/uri.h \
	src/base/utf8.c src/base/utf8.h
