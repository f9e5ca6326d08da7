/*
 * test-config-nb: newsboat's directives (include, macro, bind) and the
 * table of newsboat's commands: refused ones name their reason, aliases
 * and fixed values work, the table is sorted and agrees with
 * config_table[].
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/config-int.h"

static struct buf logged = BUF_INIT;
static char dir[] = "/tmp/tidings-confnb-XXXXXX";

static void
capture(enum log_level level, const char *msg, void *arg)
{
	(void)arg;
	buf_printf(&logged, "%s%s\n", level == LOG_WARN ? "W " : "? ", msg);
}

static int
setup(void **state)
{
	(void)state;
	buf_reset(&logged);
	log_set_dispatcher(capture, NULL);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	log_set_dispatcher(NULL, NULL);
	return 0;
}

static int
parse(struct config *c, const char *text)
{
	buf_reset(&logged);
	return config_parse(text, strlen(text), "t.conf", c);
}

static char *
put(const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return p;
}

static void
rm_dir(void)
{
	static const char *const files[] = { "sub/keys", "colours", "config",
	    "a", "b", "self", "sub" };
	size_t i;
	char *p;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		p = xasprintf("%s/%s", dir, files[i]);
		if (unlink(p) != 0)
			rmdir(p);
		free(p);
	}
	rmdir(dir);
}

static void
test_include(void **state)
{
	struct config c;
	char *top, *p, *line;

	(void)state;
	assert_non_null(mkdtemp(dir));
	p = xasprintf("%s/sub", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	free(p);
	free(put("sub/keys", "bind-key X reload-all\ninclude ../colours\n"));
	free(put("colours", "color info red default\n"));
	top = put("config", "include sub/keys\nauto-reload yes\n");
	config_init(&c);
	buf_reset(&logged);
	/* Relative names are the including file's folder's. */
	assert_int_equal(config_load(top, &c), 0);
	assert_string_equal(logged.len ? logged.data : "", "");
	assert_int_equal(c.nbindings, 1);
	assert_string_equal(c.bindings[0].action, "reload-all");
	assert_int_equal(c.colors[CE_INFO].fg, 1);
	assert_int_equal(c.auto_reload, 1);
	config_free(&c);
	free(top);

	/* A loop is refused at its first repeat, and the rest loads. */
	p = put("a", "include b\nreload-time 7\n");
	free(put("b", "include a\nmax-items 9\n"));
	config_init(&c);
	buf_reset(&logged);
	/* b's line, and a's include of b. */
	assert_int_equal(config_load(p, &c), 1);
	free(p);
	assert_non_null(strstr(logged.data, "an include loop"));
	assert_int_equal(c.reload_time, 7);
	assert_int_equal(c.max_items, 9);
	assert_int_equal(c.nproblems, 1);
	assert_non_null(strstr(c.problems[0], "/b:1: include "));
	config_free(&c);

	/* Itself, and a missing file. */
	p = put("self", "include self\n");
	config_init(&c);
	buf_reset(&logged);
	assert_int_equal(config_load(p, &c), 1);
	free(p);
	assert_non_null(strstr(logged.data, "an include loop"));
	config_free(&c);
	config_init(&c);
	p = xasprintf("%s/missing", dir);
	line = xasprintf("include %s\n", p);
	assert_int_equal(parse(&c, line), 1);
	assert_non_null(strstr(logged.data, p));
	free(line);
	free(p);
	rm_dir();
	assert_int_equal(parse(&c, "include /dev/null\n"), 1);
	assert_non_null(strstr(logged.data, "not a regular file"));
	assert_int_equal(parse(&c, "include\n"), 1);
	assert_non_null(strstr(logged.data, "usage: include FILE"));
	config_free(&c);
}

static void
test_macro(void **state)
{
	struct config c;

	(void)state;
	config_init(&c);
	assert_int_equal(parse(&c,
	    "macro k open ; reload ; quit\n"
	    "macro v set browser \"lynx %u\"; open-in-browser ; "
	    "set browser firefox -- \"with lynx\"\n"
	    "macro ^X toggle-article-read\n"), 0);
	assert_string_equal(logged.len ? logged.data : "", "");
	assert_int_equal(c.nmacros, 3);
	assert_int_equal(c.macros[0].code, 'k');
	assert_int_equal(c.macros[0].nops, 3);
	assert_string_equal(c.macros[0].ops[0], "open");
	assert_string_equal(c.macros[0].ops[2], "quit");
	assert_int_equal(c.macros[1].nops, 3);
	assert_string_equal(c.macros[1].ops[0], "set browser lynx %u");
	assert_string_equal(c.macros[1].ops[1], "open-in-browser");
	assert_string_equal(c.macros[1].desc, "with lynx");
	assert_int_equal(c.macros[2].code, 24);
	/* A later macro for a key replaces the earlier. */
	assert_int_equal(parse(&c, "macro k reload-all\n"), 0);
	assert_int_equal(c.nmacros, 3);
	assert_int_equal(c.macros[0].nops, 1);
	assert_string_equal(c.macros[0].ops[0], "reload-all");
	/* Errors name themselves. */
	assert_int_equal(parse(&c, "macro k\n"), 1);
	assert_non_null(strstr(logged.data, "usage: macro"));
	assert_int_equal(parse(&c, "macro k ; ;\n"), 1);
	assert_non_null(strstr(logged.data, "no operation"));
	assert_int_equal(parse(&c, "macro NOKEY open\n"), 1);
	assert_non_null(strstr(logged.data, "unknown key 'NOKEY'"));
	assert_int_equal(parse(&c, "macro k open -- a b\n"), 1);
	assert_non_null(strstr(logged.data, "one description"));
	config_free(&c);
	assert_int_equal(c.nmacros, 0);
}

static void
test_bind(void **state)
{
	struct config c;

	(void)state;
	config_init(&c);
	assert_int_equal(parse(&c,
	    "bind ^R feedlist,articlelist reload-all ; next-unread "
	    "-- \"reload, then read\"\n"
	    "bind x all quit\n"), 0);
	assert_string_equal(logged.len ? logged.data : "", "");
	assert_int_equal(c.nbindings, 3);
	assert_int_equal(c.bindings[0].code, 18);
	assert_string_equal(c.bindings[0].context, "feedlist");
	assert_string_equal(c.bindings[0].action, "reload-all ; next-unread");
	assert_string_equal(c.bindings[1].context, "articlelist");
	assert_null(c.bindings[2].context);
	assert_string_equal(c.bindings[2].action, "quit");
	assert_int_equal(parse(&c, "bind gg feedlist home\n"), 1);
	assert_non_null(strstr(logged.data, "sequences of keys"));
	assert_int_equal(parse(&c, "bind x feedlist\n"), 1);
	assert_non_null(strstr(logged.data, "usage: bind"));
	config_free(&c);
}

static void
test_newsboat_commands(void **state)
{
	struct config c;
	const struct config_nb *e;
	size_t i, taken = 0, nonsync = 0;

	(void)state;
	config_init(&c);
	/* Refused commands say why, never "unknown command". */
	assert_int_equal(parse(&c, "always-download yes\n"), 1);
	assert_non_null(strstr(logged.data, "always-download: not taken: "
	    "tidings always sends"));
	/* Taken now: cache-file, error-log, reset-unread-on-update (lines
	 * add up). */
	assert_int_equal(parse(&c, "cache-file /tmp/x.db\n"), 0);
	assert_string_equal(c.cache_file, "/tmp/x.db");
	assert_int_equal(parse(&c, "error-log /tmp/e.log\n"), 0);
	assert_string_equal(c.error_log, "/tmp/e.log");
	assert_int_equal(parse(&c, "reset-unread-on-update http://a/ "
	    "http://b/\nreset-unread-on-update http://c/\n"), 0);
	assert_int_equal(c.nreset_unread, 3);
	assert_string_equal(c.reset_unread[2], "http://c/");
	assert_int_equal(parse(&c, "highlight article \"fo+\" red default "
	    "bold\n"), 0);
	assert_int_equal(c.rules[c.nrules - 1].kind, CR_HL_TEXT);
	assert_string_equal(c.rules[c.nrules - 1].name, "article");
	assert_string_equal(c.rules[c.nrules - 1].expr, "fo+");
	assert_int_equal(c.rules[c.nrules - 1].color.fg, 1);
	assert_int_equal(parse(&c, "highlight nowhere x red default\n"), 1);
	assert_int_equal(parse(&c, "reset-unread-on-update\n"), 1);
	assert_non_null(strstr(logged.data, "usage: reset-unread-on-update"));
	assert_int_equal(parse(&c, "newsblur-login x\n"), 1);
	assert_non_null(strstr(logged.data, "sync services"));
	assert_null(strstr(logged.data, "unknown command"));
	/* An alias sets tidings' option. */
	assert_int_equal(parse(&c, "keep-articles-days 30\n"), 0);
	assert_int_equal(c.max_age, 30);
	/* A fixed value: fine at tidings' behaviour, refused otherwise. */
	assert_int_equal(parse(&c, "goto-next-feed yes\n"), 0);
	assert_int_equal(parse(&c, "goto-next-feed no\n"), 1);
	assert_non_null(strstr(logged.data, "only yes is supported"));
	/* Newsboat's sort meaning. */
	assert_int_equal(parse(&c, "article-sort-order date-asc\n"), 0);
	assert_int_equal(config_sort_oldest_first(c.article_sort_order), 0);
	assert_int_equal(parse(&c, "article-sort-order date-desc\n"), 0);
	assert_int_equal(config_sort_oldest_first(c.article_sort_order), 1);
	assert_int_equal(c.nproblems, 5);
	/* newsboat's search colours are color search-match */
	assert_int_equal(parse(&c, "search-highlight-colors red default "
	    "bold\n"), 0);
	assert_int_equal(c.colors[CE_SEARCH_MATCH].fg, 1);
	assert_int_equal(c.colors[CE_SEARCH_MATCH].attrs, CA_BOLD);
	assert_int_equal(parse(&c, "search-highlight-colors red\n"), 1);
	/* run-on-startup: operations kept for the interface; later wins */
	assert_int_equal(parse(&c, "run-on-startup reload-all\n"
	    "run-on-startup next-unread ; open\n"), 0);
	assert_int_equal(c.nstartup_ops, 2);
	assert_string_equal(c.startup_ops[1], "open");
	assert_int_equal(parse(&c, "run-on-startup\n"), 1);
	config_free(&c);
	assert_int_equal(c.nstartup_ops, 0);
	assert_int_equal(c.nreset_unread, 0);

	/* The table is sorted, and every taken command exists. */
	for (i = 0; i < config_nb_table_size; i++) {
		e = &config_nb_table[i];
		if (i > 0)
			assert_true(strcmp(config_nb_table[i - 1].name,
			    e->name) < 0);
		assert_ptr_equal(config_newsboat_find(e->name), e);
		if (e->kind == NB_ALIAS)
			assert_non_null(config_option_find(e->arg));
		if (e->kind == NB_NOT || e->kind == NB_FIXED)
			assert_non_null(e->why);
		if (e->kind == NB_INERT)
			assert_non_null(config_option_find(e->name));
		if (e->kind != NB_SYNC)
			nonsync++;
		if (e->kind == NB_TAKEN || e->kind == NB_ALIAS)
			taken++;
		if (e->kind == NB_TAKEN && config_option_find(e->name) ==
		    NULL) {
			/* A directive: it must not be refused. */
			config_init(&c);
			buf_reset(&logged);
			config_parse(e->name, strlen(e->name), "t.conf", &c);
			assert_null(strstr(logged.data, "unknown command"));
			config_free(&c);
		}
	}
	assert_true(taken > 0 && nonsync > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_include, setup, teardown),
		cmocka_unit_test_setup_teardown(test_macro, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bind, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newsboat_commands, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
