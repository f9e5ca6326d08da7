# src/render: HTML/plain text -> styled blocks -> wrapped lines (lib.h).
# Only this archive sees libxml2's HTML parser.
noinst_LIBRARIES += src/render/librender.a
src_render_librender_a_CPPFLAGS = $(AM_CPPFLAGS) $(LIBXML2_CFLAGS)
src_render_librender_a_SOURCES = \
	src/render/lib.h src/render/render-int.h src/render/html-int.h \
	src/render/text.c src/render/html.c src/render/html-block.c \
	src/render/html-text.c src/render/html-table.c src/render/html-input.c \
	src/render/layout.c
RENDER_LIB = src/render/librender.a
