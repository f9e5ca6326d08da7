/*
 * test-tui: the parts of the front end that need no terminal — the browser
 * command splitter (the URL stays one argv word, no shell) and the key
 * table with bind-key/unbind-key applied.  (The `query:` filter language
 * moved to model/: tests/unit/test-model.c.)
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <curses.h>
#include <locale.h>

#include "base/lib.h"
#include "conf/config.h"
#include "tui/tui-int.h"

static void
assert_argv(char **argv, const char *const *want)
{
	size_t i;

	for (i = 0; want[i] != NULL; i++) {
		assert_non_null(argv[i]);
		assert_string_equal(argv[i], want[i]);
	}
	assert_null(argv[i]);
	tui_argv_free(argv);
}

static void
test_browser_argv(void **state)
{
	const char *url = "https://x.example/a b;touch${IFS}P $(id) `id` 'q' \"d\"";
	const char *w1[] = { "firefox", "--new-tab", url, NULL };
	const char *w2[] = { "lynx", url, NULL };
	const char *w3[] = { "my browser", "-a", url, NULL };
	const char *w4[] = { "open", "--url=" "https://x.example/a b;touch${IFS}P $(id) `id` 'q' \"d\"", "-v", NULL };
	const char *w5[] = { "a\"b", url, NULL };

	assert_argv(browser_argv("firefox --new-tab %u", url), w1);
	assert_argv(browser_argv("  lynx  ", url), w2);	/* no %u: appended */
	assert_argv(browser_argv("\"my browser\" -a '%u'", url), w3);
	assert_argv(browser_argv("open --url=%u -v", url), w4);
	assert_argv(browser_argv("a\\\"b", url), w5);
}

static void
test_cmd_argv(void **state)
{
	const char *f = "/tmp/a b;$(x)";
	const char *w1[] = { "cp", f, "/dest", NULL };
	const char *w2[] = { "less", "-R", f, NULL };
	const char *w3[] = { "w3m", "-dump", "-T", "text/html", NULL };
	const char *w4[] = { "sh", "-c", "cat >/x", "url", "it's", NULL };
	char **argv;

	(void)state;
	assert_argv(tui_argv("cp %f /dest", 'f', f), w1);
	assert_argv(tui_argv("less -R", 'f', f), w2);	/* appended */
	/* no key: nothing substituted, nothing appended */
	assert_argv(tui_argv("w3m -dump -T text/html", 0, NULL), w3);
	argv = tui_argv("sh -c 'cat >/x'", 0, NULL);
	tui_argv_add(&argv, "url");
	tui_argv_add(&argv, "it's");
	assert_argv(argv, w4);
	/* %u is no placeholder for %f */
	argv = tui_argv("echo %u", 'f', f);
	assert_string_equal(argv[1], "%u");
	assert_string_equal(argv[2], f);
	tui_argv_free(argv);
}

static void
test_exec(void **state)
{
	char *cat[] = { "cat", NULL };
	char *fail[] = { "sh", "-c", "exit 3", NULL };
	char *none[] = { "/nonexistent/tidings-test", NULL };
	char *count[] = { "wc", "-c", NULL };
	struct buf out = BUF_INIT;
	struct tui_exec r;
	char *big;
	size_t n = 1024 * 1024;

	(void)state;
	memset(&r, 0, sizeof r);
	r.in = "hello\n";
	r.inlen = 6;
	r.out = &out;
	assert_int_equal(tui_exec(cat, &r), 0);
	assert_string_equal(buf_str(&out), "hello\n");
	/* more than a pipe holds, both ways: no deadlock */
	big = xmalloc(n);
	memset(big, 'x', n);
	buf_reset(&out);
	r.in = big;
	r.inlen = n;
	assert_int_equal(tui_exec(cat, &r), 0);
	assert_int_equal(out.len, n);
	assert_memory_equal(out.data, big, n);
	buf_reset(&out);
	assert_int_equal(tui_exec(count, &r), 0);
	assert_string_equal(buf_str(&out), "1048576\n");
	free(big);
	memset(&r, 0, sizeof r);
	assert_int_equal(tui_exec(fail, &r), 3);
	assert_int_equal(tui_exec(none, &r), 127);
	buf_free(&out);
}

static void
test_save_filename(void **state)
{
	static const struct {
		const char	*title;
		int		 restrict_names;
		const char	*want;
	} cases[] = {
		{ "Night market opens", 1, "Night_market_opens.txt" },
		{ "Evil; touch x $(touch y) `z`", 1, "Evil_touch_x_touch_y_z.txt" },
		{ "../../etc/passwd", 1, "etc_passwd.txt" },
		{ ".hidden", 1, "hidden.txt" },
		{ "v1.2 released.", 1, "v1.2_released.txt" },
		{ "Café crème", 1, "Caf_cr_me.txt" },
		{ "", 1, "article.txt" },
		{ NULL, 1, "article.txt" },
		{ "///", 1, "article.txt" },
		{ "\x1b[31mred", 1, "red.txt" },	/* escapes go whole */
		/* unrestricted: any character but '/', space and a leading . */
		{ "Café crème", 0, "Café_crème.txt" },
		{ "a/b $c", 0, "a_b_$c.txt" },
		{ "../x", 0, "x.txt" },
	};
	char *got, *longt;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = save_filename(cases[i].title, cases[i].restrict_names);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
	/* long titles are cut, at a character boundary */
	longt = xmalloc(400 + 1);
	for (i = 0; i < 200; i++)
		memcpy(longt + 2 * i, "\xc3\xa9", 2);
	longt[400] = '\0';
	got = save_filename(longt, 0);
	assert_true(strlen(got) <= 120 + 2 + 4);
	assert_int_equal((strlen(got) - 4) % 2, 0);
	assert_string_equal(got + strlen(got) - 4, ".txt");
	free(got);
	free(longt);
}

static void
test_keys(void **state)
{
	struct config c;
	struct config_binding b[3];
	struct tui_settings s;
	char *k;

	config_init(&c);
	memset(b, 0, sizeof b);
	b[0].key = (char *)"x";
	b[0].code = 'x';
	b[0].action = (char *)"toggle-star";
	b[1].key = (char *)"s";
	b[1].code = 's';
	b[1].action = NULL;		/* unbind-key s */
	b[2].key = (char *)"j";
	b[2].code = 'j';
	b[2].action = (char *)"up";
	b[2].context = (char *)"article";
	c.bindings = b;
	c.nbindings = 3;
	keys_init(&s, &c);
	c.bindings = NULL;
	c.nbindings = 0;

	assert_int_equal(keys_lookup(&s, 'k', "feedlist"), A_UP);
	assert_int_equal(keys_lookup(&s, CK_ENTER, "feedlist"), A_OPEN);
	assert_int_equal(keys_lookup(&s, 'x', "articlelist"), A_STAR);
	assert_int_equal(keys_lookup(&s, 's', "articlelist"), A_NONE);
	/* a context binding wins in its context only */
	assert_int_equal(keys_lookup(&s, 'j', "article"), A_UP);
	assert_int_equal(keys_lookup(&s, 'j', "feedlist"), A_DOWN);
	/* the quote keys exist only in the article view */
	assert_int_equal(keys_lookup(&s, '\'', "article"), A_NEXT_QUOTE);
	assert_int_equal(keys_lookup(&s, '\'', "feedlist"), A_NONE);

	k = keys_for(&s, A_DOWN, "feedlist");
	assert_string_equal(k, "j, DOWN");
	free(k);
	k = keys_for(&s, A_DOWN, "article");	/* j is shadowed there */
	assert_string_equal(k, "DOWN");
	free(k);
	k = keys_for(&s, A_STAR, NULL);
	assert_string_equal(k, "x");
	free(k);
	assert_string_equal(keys_action_name(A_QUOTES_BY), "quotes-by");
	config_free(&c);
}

/* The generic list view: Enter and a double click open the row under the
 * cursor or the pointer, a single click only moves the cursor, an empty
 * list opens nothing, and a view without open still takes Enter. */
static long list_opened = -1;

static void
list_open_rec(struct view *v, size_t i)
{
	(void)v;
	list_opened = (long)i;
}

static void
test_list_view(void **state)
{
	static const struct view_ops ops = { .name = "t", .open =
	    list_open_rec };
	static const struct view_ops ops_noopen = { .name = "t" };
	struct tui_list l = { 0 };
	struct view *v;

	(void)state;
	v = view_new(&ops, NULL, &l);
	assert_ptr_equal(v->list, &l);
	assert_true(view_list_action(v, A_OPEN));
	assert_int_equal(list_opened, -1);		/* empty: nothing */
	list_set_count(&l, 10);
	l.h = 4;					/* as drawn */
	assert_true(view_list_action(v, A_DOWN));
	assert_true(view_list_action(v, A_DOWN));
	assert_true(view_list_action(v, A_OPEN));
	assert_int_equal(list_opened, 2);
	assert_false(view_list_action(v, A_STAR));	/* the view's own */
	view_list_click(v, 3, 0);
	assert_int_equal(l.cur, 3);
	assert_int_equal(list_opened, 2);		/* single: no open */
	view_list_click(v, 1, 1);
	assert_int_equal(l.cur, 1);
	assert_int_equal(list_opened, 1);
	view_list_click(v, 7, 1);			/* below the rows */
	assert_int_equal(l.cur, 1);
	assert_int_equal(list_opened, 1);
	assert_true(view_list_action(v, A_END));
	assert_int_equal(l.cur, 9);
	assert_int_equal(l.top, 6);
	view_list_click(v, 0, 1);
	assert_int_equal(list_opened, 6);
	free(v);
	v = view_new(&ops_noopen, NULL, &l);
	assert_true(view_list_action(v, A_OPEN));
	view_list_click(v, 2, 1);
	assert_int_equal(l.cur, 8);
	free(v);
}

/*
 * Measured width == drawn cells, for hostile strings: text_width must say
 * exactly how many columns text_put moves the cursor over on a real
 * curses screen, cut or not, and no control, escape or bidi character
 * may land in a cell.
 */
static const char *const hostile[] = {
	"plain ascii",
	"C0 \x01\x02\x07\x08 bel \x7f del",
	/* NOLINTNEXTLINE(bugprone-suspicious-missing-comma): joined on purpose */
	"C1 \xc2\x85 nel \xc2\x9b" "31m csi \xc2\x9d" "0;t\xc2\x9c osc",
	"\x1b[31mred\x1b[0m",				/* CSI */
	"\x1b]0;pwned\x07title",			/* OSC 0 */
	"\x1b]52;c;aGk=\x1b\\paste",			/* OSC 52 */
	"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",	/* OSC 8 */
	"\x1b#8 decaln",
	"bidi \u202eevil\u202c \u2066iso\u2069 \u200fmark\u061c",
	"zero\u200bwidth\u200d joiner \ufeff bom \u2060",
	"\u6f22\u5b57 wide \uff21\uff22",		/* CJK, fullwidth */
	"e\u0301 combining a\u0308\u0323",
	"\u0301 leading combining",
	"\u200b\u0301 combining after zero width",
	"emoji \U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469",
	"invalid \xff\xfe \xc0\xaf overlong \xed\xa0\x80 surrogate",
	"cut \xe6\xbc",					/* truncated */
	"\xf4\x90\x80\x80 past U+10FFFF",
	"nonchar \xef\xbf\xbe private \xee\x80\x80",
	"tab\there\nnewline\r\n",
	"",
};

static int
cell_bad(int y, int x)
{
	cchar_t cc;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t at;
	short pair;
	int i;

	if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &at, &pair,
	    NULL) == ERR)
		return 0;
	for (i = 0; wc[i] != 0; i++) {
		if (wc[i] < 0x20 || (wc[i] >= 0x7f && wc[i] < 0xa0) ||
		    (wc[i] >= 0x202a && wc[i] <= 0x202e) ||
		    (wc[i] >= 0x2066 && wc[i] <= 0x2069))
			return 1;
	}
	return 0;
}

static void
test_text_width(void **state)
{
	FILE *out, *in;
	SCREEN *scr;
	size_t k;
	int w, used, full, x;

	(void)state;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "en_US.UTF-8") == NULL)
		skip();
	setenv("COLUMNS", "200", 1);
	setenv("LINES", "5", 1);
	out = fopen("/dev/null", "w");
	/* cppcheck-suppress incompatibleFileOpen ; /dev/null, one stream each way for newterm */
	in = fopen("/dev/null", "r");
	assert_non_null(out);
	assert_non_null(in);
	if ((scr = newterm("xterm", out, in)) == NULL)
		skip();
	set_term(scr);
	assert_true(COLS >= 200);
	for (k = 0; k < sizeof hostile / sizeof *hostile; k++) {
		full = text_width(hostile[k]);
		assert_true(full < COLS);
		erase();
		used = text_put(0, 0, COLS, hostile[k], A_NORMAL, 0);
		assert_int_equal(used, full);
		assert_int_equal(getcurx(stdscr), full);
		for (x = 0; x < used; x++)
			assert_false(cell_bad(0, x));
		/* cut at every width: never past it, and what is drawn is
		 * what the iterator measured */
		for (w = 1; w <= full + 1; w++) {
			erase();
			used = text_put(1, 0, w, hostile[k], A_NORMAL, 0);
			assert_true(used <= w);
			assert_int_equal(getcurx(stdscr), used);
			assert_int_equal(used, text_cells(hostile[k],
			    strlen(hostile[k]), w, NULL, NULL));
			erase();
			assert_int_equal(text_put_col(2, 0, w, hostile[k],
			    A_NORMAL), w);
			assert_int_equal(getcurx(stdscr), w);
			for (x = 0; x < w; x++)
				assert_false(cell_bad(2, x));
		}
	}
	/* the disagreement this replaced: an escape sequence used to count
	 * its printable tail ("[31m") that was never drawn */
	assert_int_equal(text_width("\x1b[31mred\x1b[0m"), 3);
	assert_int_equal(text_width("\u6f22\u5b57"), 4);
	assert_int_equal(text_width("e\u0301"), 1);
	endwin();
	delscreen(scr);
	fclose(out);
	fclose(in);
}

/* Values for test_format: t "Title", a "" (empty), n "7". */
static const char *
fmt_value(void *arg, char spec, char *tmp, size_t len)
{
	(void)arg;
	switch (spec) {
	case 't':
		return "Titel ä";
	case 'a':
		return "";
	case 'n':
		snprintf(tmp, len, "%d", 7);
		return tmp;
	}
	return NULL;
}

static void
test_format(void **state)
{
	static const struct {
		const char	*fmt;
		int		 width;
		const char	*want;
	} cases[] = {
		{ "%4n|%-9t|%t", 0, "   7|Titel ä  |Titel ä" },
		{ "%?a?by %a&anon? %?n?(%n)&none?", 0, "anon (7)" },
		{ "%?n?a%?a?x&y?b&c?", 0, "ayb" },
		{ "%n%>-%t", 12, "7----Titel ä" },
		{ "100%% %z.", 0, "100% ." },
		{ "%?a?never", 0, "" },		/* unterminated: nothing */
		{ "tail%", 0, "tail%" },
	};
	struct buf b = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_reset(&b);
		buf_grow(&b, 1);
		tui_format(&b, cases[i].fmt, fmt_value, NULL, cases[i].width);
		assert_string_equal(buf_str(&b), cases[i].want);
	}
	buf_free(&b);
}

/* The prompts' line editor: keys as tui_key_code gives them, one line of
 * wide characters, history per kind. */
static void
edit_keys(struct tui_edit *e, const char *kind, const char *typed)
{
	wchar_t wc;
	int n;

	while ((n = mbtowc(&wc, typed, MB_CUR_MAX)) > 0) {
		assert_int_equal(tui_edit_key(e, (int)wc, kind), 0);
		typed += n;
	}
}

static void
assert_line(const struct tui_edit *e, const char *want, size_t cur)
{
	char *t = tui_edit_text(e);

	assert_string_equal(t, want);
	assert_int_equal(e->cur, cur);
	free(t);
}

static void
test_edit(void **state)
{
	struct tui_edit e;

	(void)state;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "en_US.UTF-8") == NULL)
		skip();
	tui_edit_init(&e);
	edit_keys(&e, NULL, "snct");
	tui_edit_key(&e, CK_LEFT, NULL);
	tui_edit_key(&e, CK_LEFT, NULL);
	tui_edit_key(&e, CK_LEFT, NULL);
	edit_keys(&e, NULL, "a");
	assert_line(&e, "sanct", 2);
	tui_edit_key(&e, 5, NULL);		/* ^E */
	assert_line(&e, "sanct", 5);
	tui_edit_key(&e, CK_RIGHT, NULL);	/* at the end: stays */
	assert_line(&e, "sanct", 5);
	edit_keys(&e, NULL, " two  words");
	tui_edit_key(&e, 23, NULL);		/* ^W */
	assert_line(&e, "sanct two  ", 11);
	tui_edit_key(&e, 23, NULL);		/* spaces, then the word */
	assert_line(&e, "sanct ", 6);
	tui_edit_key(&e, 1, NULL);		/* ^A */
	tui_edit_key(&e, CK_DELETE, NULL);
	assert_line(&e, "anct ", 0);
	tui_edit_key(&e, CK_BACKSPACE, NULL);	/* at the start: nothing */
	assert_line(&e, "anct ", 0);
	tui_edit_key(&e, CK_END, NULL);
	edit_keys(&e, NULL, "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd");
	tui_edit_key(&e, CK_LEFT, NULL);
	tui_edit_key(&e, CK_BACKSPACE, NULL);	/* a character, not a byte */
	assert_line(&e, "anct \xe6\x9d\xb1\xe9\x83\xbd", 6);
	tui_edit_key(&e, 11, NULL);		/* ^K */
	assert_line(&e, "anct \xe6\x9d\xb1", 6);
	tui_edit_key(&e, CK_LEFT, NULL);
	tui_edit_key(&e, 21, NULL);		/* ^U: to the start */
	assert_line(&e, "\xe6\x9d\xb1", 0);
	edit_keys(&e, NULL, "\x1b[\x0f");	/* controls are not typed */
	assert_int_equal(tui_edit_key(&e, 0x85, NULL), 0);	/* C1 either */
	assert_line(&e, "[\xe6\x9d\xb1", 1);
	assert_int_equal(tui_edit_key(&e, CK_ENTER, NULL), 1);
	assert_int_equal(tui_edit_key(&e, CK_ESC, NULL), -1);
	tui_edit_free(&e);

	/* History: per kind, oldest first, no repeats; the draft returns. */
	tui_edit_remember("k", "one");
	tui_edit_remember("k", "two");
	tui_edit_remember("k", "two");
	tui_edit_remember("other", "elsewhere");
	tui_edit_init(&e);
	edit_keys(&e, "k", "dra");
	tui_edit_key(&e, CK_UP, "k");
	assert_line(&e, "two", 3);
	tui_edit_key(&e, CK_UP, "k");
	assert_line(&e, "one", 3);
	tui_edit_key(&e, CK_UP, "k");		/* the oldest: stays */
	assert_line(&e, "one", 3);
	tui_edit_key(&e, CK_DOWN, "k");
	assert_line(&e, "two", 3);
	tui_edit_key(&e, CK_DOWN, "k");
	assert_line(&e, "dra", 3);
	tui_edit_key(&e, CK_DOWN, "k");		/* past the newest: stays */
	assert_line(&e, "dra", 3);
	tui_edit_key(&e, CK_UP, "none");	/* a kind with no history */
	assert_line(&e, "dra", 3);
	tui_edit_free(&e);
	tui_edit_forget();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_browser_argv),
		cmocka_unit_test(test_cmd_argv),
		cmocka_unit_test(test_exec),
		cmocka_unit_test(test_save_filename),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_list_view),
		cmocka_unit_test(test_text_width),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_edit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
