# src/tui: the ncursesw front end (see src/tui/lib.h).  Only ncursesw's
# flags: libxml2, libcurl and SQLite headers are out of reach on purpose.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS)
src_tui_libtui_a_SOURCES = \
	src/tui/lib.h src/tui/tui-int.h \
	src/tui/tui.c src/tui/tui-text.c src/tui/tui-list.c \
	src/tui/tui-keys.c src/tui/tui-keys-nb.c src/tui/tui-format.c \
	src/tui/tui-theme.c src/tui/tui-browser.c \
	src/tui/tui-input.c src/tui/tui-jobs.c src/tui/tui-images.c \
	src/tui/tui-global.c \
	src/tui/view-feeds.c src/tui/view-articles.c \
	src/tui/view-article.c src/tui/view-lines.c \
	src/tui/view-speaker.c \
	src/tui/tui-article.c src/tui/tui-save.c src/tui/tui-extern.c \
	src/tui/view-urls.c
# the feed list while running (issue 17, group 5)
src_tui_libtui_a_SOURCES += src/tui/tui-feeds-nav.c
# filters, tags, killfile, delete, flags, sort, highlights (tidying)
src_tui_libtui_a_SOURCES += src/tui/tui-tidy.c src/tui/tui-highlight.c
# reload notifications (issue 17, group 8)
src_tui_libtui_a_SOURCES += src/tui/tui-notify.c
TUI_LIB = src/tui/libtui.a
src_tui_libtui_a_SOURCES += src/tui/view-downloads.c
# search: the prompt's line editor, marking a search's words (issue 17, group 3)
src_tui_libtui_a_SOURCES += src/tui/tui-edit.c src/tui/tui-mark.c
