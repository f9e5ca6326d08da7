/*
 * test-config: the config file parser — every directive, quoting and
 * comments, key and colour names, and the file:line warnings for bad
 * lines (captured through the log dispatcher).
 */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/config.h"

static struct buf logged = BUF_INIT;

static void
capture(enum log_level level, const char *msg, void *arg)
{
	(void)arg;
	buf_printf(&logged, "%s%s\n", level == LOG_WARN ? "W " : "? ", msg);
}

static int
setup(void **state)
{
	buf_reset(&logged);
	log_set_dispatcher(capture, NULL);
	return 0;
}

static int
teardown(void **state)
{
	log_set_dispatcher(NULL, NULL);
	return 0;
}

static int
parse(struct config *c, const char *text)
{
	buf_reset(&logged);
	return config_parse(text, strlen(text), "t.conf", c);
}

static void
test_defaults(void **state)
{
	struct config c;
	size_t i;

	config_init(&c);
	assert_string_equal(c.browser, "");
	assert_string_equal(c.browser_schemes, "http https");
	assert_int_equal(c.show_read_feeds, 1);
	assert_int_equal(c.show_read_articles, 1);
	assert_int_equal(c.reload_threads, 100);
	assert_int_equal(c.max_items, 0);
	assert_int_equal(c.auto_reload, 0);
	assert_int_equal(c.reload_time, 60);
	assert_int_equal(c.text_width, 0);
	assert_int_equal(c.confirm_exit, 0);
	assert_int_equal(c.mouse, 1);
	assert_int_equal(c.max_age, 0);
	assert_int_equal(c.max_per_host, 2);
	assert_int_equal(c.article_sort_order, CS_DATE);
	assert_int_equal(config_sort_oldest_first(c.article_sort_order), 0);
	assert_int_equal(c.nbindings, 0);
	assert_int_equal(c.colors[CE_LISTFOCUS].fg, 3);
	assert_int_equal(c.colors[CE_LISTFOCUS].bg, 4);
	assert_int_equal(c.colors[CE_LISTFOCUS].set, 0);
	/* Every table entry has help text and a findable name. */
	for (i = 0; i < config_table_size; i++) {
		assert_non_null(config_table[i].help);
		assert_ptr_equal(config_option_find(config_table[i].name),
		    &config_table[i]);
	}
	assert_null(config_option_find("no-such-option"));
	config_free(&c);
	assert_null(c.browser);
}

static void
test_options(void **state)
{
	struct config c;

	config_init(&c);
	assert_int_equal(parse(&c,
	    "browser \"firefox --new-tab %u\"\n"
	    "browser-schemes \"http https gopher\"\n"
	    "show-read-feeds no\n"
	    "show-read-articles false\n"
	    "reload-threads 8\n"
	    "max-items 500\n"
	    "auto-reload yes\n"
	    "reload-time 15\n"
	    "text-width 72\n"
	    "confirm-exit yes\n"
	    "mouse no\n"
	    "max-age 30\n"
	    "max-per-host 3\n"
	    "article-sort-order title-asc\n"
	    "highlight-quotes off\n"), 0);
	assert_string_equal(logged.len ? logged.data : "", "");
	assert_string_equal(c.browser, "firefox --new-tab %u");
	assert_string_equal(c.browser_schemes, "http https gopher");
	assert_int_equal(c.show_read_feeds, 0);
	assert_int_equal(c.show_read_articles, 0);
	assert_int_equal(c.reload_threads, 8);
	assert_int_equal(c.max_items, 500);
	assert_int_equal(c.auto_reload, 1);
	assert_int_equal(c.reload_time, 15);
	assert_int_equal(c.text_width, 72);
	assert_int_equal(c.confirm_exit, 1);
	assert_int_equal(c.mouse, 0);
	assert_int_equal(c.max_age, 30);
	assert_int_equal(c.max_per_host, 3);
	assert_int_equal(c.article_sort_order, CS_TITLE_ASC);
	assert_int_equal(c.highlight_quotes, 0);
	/* A later line wins. */
	assert_int_equal(parse(&c, "browser lynx\n"), 0);
	assert_string_equal(c.browser, "lynx");
	config_free(&c);
}

static void
test_quoting(void **state)
{
	struct config c;

	config_init(&c);
	assert_int_equal(parse(&c,
	    "# a comment line\n"
	    "   # indented comment\n"
	    "\n"
	    "browser \"my \\\"browser\\\" \\\\ %u\"   # trailing comment\n"
	    "bind-key # open\n"), 1);
	assert_string_equal(c.browser, "my \"browser\" \\ %u");
	/* An unquoted '#' starts a comment, leaving bind-key short. */
	assert_string_equal(logged.data,
	    "W t.conf:5: usage: bind-key KEY ACTION [CONTEXT]\n");
	assert_int_equal(c.nbindings, 0);
	assert_int_equal(parse(&c, "browser \"a # not a comment\"\n"), 0);
	assert_string_equal(c.browser, "a # not a comment");
	assert_int_equal(parse(&c, "bind-key \"#\" open\n"
	    "browser x\\ y\r\n"), 0);
	assert_int_equal(c.nbindings, 1);
	assert_string_equal(c.bindings[0].key, "#");
	assert_int_equal(c.bindings[0].code, '#');
	assert_string_equal(c.browser, "x y");
	config_free(&c);
	config_init(&c);
	assert_int_equal(parse(&c, "browser \"x\ny\"\n"), 2);
	assert_non_null(strstr(logged.data, "t.conf:1: unterminated quote"));
	config_free(&c);
}

static void
test_bind_keys(void **state)
{
	struct config c;
	int code;

	config_init(&c);
	assert_int_equal(parse(&c,
	    "bind-key j down\n"
	    "bind-key ^R reload-all\n"
	    "bind-key ENTER open feedlist\n"
	    "bind-key SPACE pagedown article\n"
	    "bind-key F5 reload\n"
	    "bind-key é star\n"
	    "unbind-key k\n"
	    "unbind-key -a\n"
	    "unbind-key q articlelist\n"), 0);
	assert_int_equal(c.nbindings, 9);
	assert_string_equal(c.bindings[0].key, "j");
	assert_int_equal(c.bindings[0].code, 'j');
	assert_string_equal(c.bindings[0].action, "down");
	assert_null(c.bindings[0].context);
	assert_string_equal(c.bindings[0].file, "t.conf");
	assert_int_equal(c.bindings[0].line, 1);
	assert_int_equal(c.bindings[1].code, 18);
	assert_int_equal(c.bindings[2].code, CK_ENTER);
	assert_string_equal(c.bindings[2].context, "feedlist");
	assert_int_equal(c.bindings[3].code, ' ');
	assert_int_equal(c.bindings[4].code, CK_F1 + 4);
	assert_int_equal(c.bindings[5].code, 0xe9);
	assert_null(c.bindings[6].action);
	assert_int_equal(c.bindings[6].code, 'k');
	assert_string_equal(c.bindings[7].key, "-a");
	assert_int_equal(c.bindings[7].code, 0);
	assert_string_equal(c.bindings[8].context, "articlelist");
	assert_int_equal(c.bindings[8].line, 9);
	config_free(&c);

	/* Key names both ways. */
	static const struct { const char *name; int code; } keys[] = {
		{ "a", 'a' }, { "^A", 1 }, { "^z", 26 }, { "^[", 27 },
		{ "TAB", '\t' }, { "UP", CK_UP }, { "DOWN", CK_DOWN },
		{ "LEFT", CK_LEFT }, { "RIGHT", CK_RIGHT },
		{ "PPAGE", CK_PPAGE }, { "NPAGE", CK_NPAGE },
		{ "HOME", CK_HOME }, { "END", CK_END }, { "F1", CK_F1 },
		{ "F12", CK_F12 }, { "^", '^' }, { "?", '?' },
	};
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		assert_int_equal(config_key_parse(keys[i].name, &code), 0);
		assert_int_equal(code, keys[i].code);
	}
	assert_string_equal(config_key_name(CK_ENTER), "ENTER");
	assert_string_equal(config_key_name(CK_F1 + 9), "F10");
	assert_string_equal(config_key_name(1), "^A");
	assert_string_equal(config_key_name(' '), "SPACE");
	assert_string_equal(config_key_name('x'), "x");
	assert_string_equal(config_key_name(0xe9), "é");
	assert_int_equal(config_key_parse("F13", &code), -1);
	assert_int_equal(config_key_parse("F0", &code), -1);
	assert_int_equal(config_key_parse("ab", &code), -1);
	assert_int_equal(config_key_parse("^1", &code), -1);
	assert_int_equal(config_key_parse("", &code), -1);
	assert_int_equal(config_key_parse("\xff", &code), -1);
}

static void
test_colors(void **state)
{
	struct config c;
	int v;

	config_init(&c);
	assert_int_equal(parse(&c,
	    "color listfocus black yellow bold underline\n"
	    "color info color15 color236\n"
	    "color background default default\n"
	    "color quote \"#ff0000\" default\n"
	    "color quoted2 #00ff00 default reverse dim blink standout\n"
	    "color hint-key cyan default\n"
	    "color listnormal_unread white default bold\n"
	    "color search-match default magenta\n"
	    "color quote-term cyan default italic\n"), 0);
	assert_string_equal(logged.len ? logged.data : "", "");
	assert_int_equal(c.colors[CE_LISTFOCUS].fg, 0);
	assert_int_equal(c.colors[CE_LISTFOCUS].bg, 3);
	assert_int_equal(c.colors[CE_LISTFOCUS].attrs,
	    CA_BOLD | CA_UNDERLINE);
	assert_int_equal(c.colors[CE_LISTFOCUS].set, 1);
	assert_int_equal(c.colors[CE_INFO].fg, 15);
	assert_int_equal(c.colors[CE_INFO].bg, 236);
	assert_int_equal(c.colors[CE_INFO].attrs, 0);
	assert_int_equal(c.colors[CE_BACKGROUND].fg, CONFIG_COLOR_DEFAULT);
	assert_int_equal(c.colors[CE_QUOTE].fg, 196);
	assert_int_equal(c.colors[CE_QUOTED2].fg, 46);
	assert_int_equal(c.colors[CE_QUOTED2].attrs,
	    CA_REVERSE | CA_DIM | CA_BLINK | CA_STANDOUT);
	assert_int_equal(c.colors[CE_HINT].fg, 6);
	assert_int_equal(c.colors[CE_LISTNORMAL_UNREAD].fg, 7);
	assert_int_equal(c.colors[CE_SEARCH_MATCH].bg, 5);
	assert_int_equal(c.colors[CE_QUOTE_TERM].attrs, CA_ITALIC);
	/* Untouched elements keep their defaults, unset. */
	assert_int_equal(c.colors[CE_ERROR].set, 0);
	assert_int_equal(c.colors[CE_ERROR].fg, 1);
	config_free(&c);

	assert_int_equal(config_color_parse("#808080", &v), 0);
	assert_int_equal(v, 244);
	assert_int_equal(config_color_parse("#000000", &v), 0);
	assert_int_equal(v, 16);
	assert_int_equal(config_color_parse("#ffffff", &v), 0);
	assert_int_equal(v, 231);
	assert_int_equal(config_color_parse("#5f87af", &v), 0);
	assert_int_equal(v, 67);
	assert_int_equal(config_color_parse("color256", &v), -1);
	assert_int_equal(config_color_parse("#12345", &v), -1);
	assert_int_equal(config_color_parse("#gggggg", &v), -1);
	assert_int_equal(config_color_parse("purple", &v), -1);
	assert_int_equal(config_element_find("quoted1"), CE_QUOTED1);
	assert_int_equal(config_element_find("speaker"), CE_SPEAKER);
	assert_int_equal(config_element_find("quote-speech"), CE_QUOTE);
	assert_int_equal(config_element_find("nope"), -1);
	assert_string_equal(config_element_name(CE_SEARCH_MATCH),
	    "search-match");
	assert_null(config_element_name(CE__COUNT));
}

static void
test_errors(void **state)
{
	struct config c;

	config_init(&c);
	assert_int_equal(parse(&c,
	    "reload-threads 8\n"			/* 1 ok */
	    "frobnicate yes\n"				/* 2 */
	    "show-read-feeds maybe\n"			/* 3 */
	    "reload-threads 0\n"			/* 4 */
	    "max-items lots\n"				/* 5 */
	    "bind-key j\n"				/* 6 */
	    "bind-key NOPE down\n"			/* 7 */
	    "color nothing red blue\n"			/* 8 */
	    "color info purple blue\n"			/* 9 */
	    "color info red blue sparkly\n"		/* 10 */
	    "color info red\n"				/* 11 */
	    "article-sort-order random\n"		/* 12 */
	    "text-width 72 80\n"			/* 13 */
	    "unbind-key\n"				/* 14 */
	    "mouse no\n"				/* 15 ok */
	    "\x1b]0;x\x07 1\n"),			/* 16 */
	    14);
	assert_string_equal(logged.data,
	    "W t.conf:2: unknown command 'frobnicate'\n"
	    "W t.conf:3: show-read-feeds: expected yes or no, not 'maybe'\n"
	    "W t.conf:4: reload-threads: 0 is out of range (1 to 500)\n"
	    "W t.conf:5: max-items: not a number: 'lots'\n"
	    "W t.conf:6: usage: bind-key KEY ACTION [CONTEXT]\n"
	    "W t.conf:7: unknown key 'NOPE'\n"
	    "W t.conf:8: unknown color element 'nothing'\n"
	    "W t.conf:9: unknown color 'purple' (use default, black..white,"
	    " color0..color255 or #rrggbb)\n"
	    "W t.conf:10: unknown attribute 'sparkly'\n"
	    "W t.conf:11: usage: color ELEMENT FG BG [ATTR...]\n"
	    "W t.conf:12: article-sort-order: unknown value 'random'\n"
	    "W t.conf:13: text-width: expected one value\n"
	    "W t.conf:14: usage: unbind-key KEY [CONTEXT]\n"
	    "W t.conf:16: unknown command '?]0;x?'\n");
	/* The good lines around the bad ones still applied. */
	assert_int_equal(c.reload_threads, 8);
	assert_int_equal(c.mouse, 0);
	assert_int_equal(c.show_read_feeds, 1);
	assert_int_equal(c.colors[CE_INFO].set, 0);
	config_free(&c);
}

static void
test_load_file(void **state)
{
	struct config c;
	char path[] = "/tmp/test-config-XXXXXX";
	int fd;
	const char *text = "# tidings config\nmax-age 7\nbogus\n";

	config_init(&c);
	/* A missing file is fine. */
	buf_reset(&logged);
	assert_int_equal(config_load("/nonexistent/tidings/config", &c), 0);
	assert_int_equal(logged.len, 0);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	buf_reset(&logged);
	assert_int_equal(config_load(path, &c), 1);
	assert_int_equal(c.max_age, 7);
	{
		char *want = xasprintf("W %s:3: unknown command 'bogus'\n",
		    path);

		assert_string_equal(logged.data, want);
		free(want);
	}
	/* A directory cannot be read as a file. */
	buf_reset(&logged);
	assert_int_equal(config_load("/", &c), -1);
	assert_true(logged.len > 0);
	unlink(path);
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_defaults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_options, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quoting, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bind_keys, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_colors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_file, setup,
		    teardown),
	};
	int rc;

	setlocale(LC_ALL, "");
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	buf_free(&logged);
	return rc;
}
