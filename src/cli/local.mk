noinst_LIBRARIES += src/cli/libcli.a
src_cli_libcli_a_CPPFLAGS = $(AM_CPPFLAGS) -DSRCDATADIR=\"$(abs_top_srcdir)/data\"
src_cli_libcli_a_SOURCES = \
	src/cli/cli.h src/cli/cmd-config.c src/cli/cmd-demo.c \
	src/cli/cmd-parse.c src/cli/cmd-quotes.c src/cli/cmd-reload.c \
	src/cli/cmd-reload-opts.c src/cli/cmd-download.c \
	src/cli/cmd-opml.c src/cli/cmd-unread.c src/cli/cmd-tui.c \
	src/cli/cmd-newsboat.c src/cli/cmd-newsboat-opts.c \
	src/cli/cmd-sync.c src/cli/cmd-cache.c
CLI_LIB = src/cli/libcli.a
