# src/parse: feeds from bytes (libxml2 SAX2 for RSS/Atom, jansson for JSON
# Feed).  Depends on base/ and feed/ only.
noinst_LIBRARIES += src/parse/libparse.a
src_parse_libparse_a_CPPFLAGS = $(AM_CPPFLAGS) $(LIBXML2_CFLAGS) $(JANSSON_CFLAGS)
src_parse_libparse_a_SOURCES = \
	src/parse/lib.h src/parse/parse-int.h \
	src/parse/parse.c src/parse/parse-enc.c src/parse/parse-xml.c \
	src/parse/parse-xml-int.h src/parse/parse-xml-tag.c src/parse/parse-xml-cap.c \
	src/parse/parse-xml-ent.c \
	src/parse/parse-json.c src/parse/parse-entities.c src/parse/parse-fix.c \
	src/parse/parse-ascii.c src/parse/parse-ent.c \
	src/parse/greader.h src/parse/parse-greader.c \
	src/parse/ttrss.h src/parse/parse-ttrss.c src/parse/parse-title.c
PARSE_LIB = src/parse/libparse.a
