/* test-urls: the urls file — tokens, names, tags, hidden, queries, bad
 * lines with their line numbers, and appending without disturbing the
 * user's text. */
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
#include "conf/import.h"
#include "conf/urls.h"

struct capture {
	struct buf	 b;
	int		 n;
};

static void
capture(enum log_level level, const char *msg, void *arg)
{
	struct capture *c = arg;

	(void)level;
	buf_adds(&c->b, msg);
	buf_addc(&c->b, '\n');
	c->n++;
}

static struct urls *
parse_str(const char *s, struct capture *c)
{
	struct urls *u;

	memset(c, 0, sizeof *c);
	log_set_dispatcher(capture, c);
	u = urls_parse(s, strlen(s), "urls");
	log_set_dispatcher(NULL, NULL);
	return u;
}

static void
test_urls_basic(void **state)
{
	static const char text[] =
	    "# my feeds\n"
	    "\n"
	    "https://example.org/feed.xml news tech\n"
	    "  http://a.localhost/rss \"~The A Feed\" \"two words\" !\n"
	    "file:///tmp/x.xml local # trailing comment\n"
	    "\"exec:printf 'a b'\" cmd\n"
	    "\"query:Unread:unread = \\\"yes\\\"\" q\n";
	struct capture c;
	struct urls *u = parse_str(text, &c);
	const struct urls_entry *e;

	assert_int_equal(c.n, 0);
	assert_int_equal(u->n, 5);
	e = &u->entries[0];
	assert_string_equal(e->url, "https://example.org/feed.xml");
	assert_int_equal(e->kind, URLS_HTTP);
	assert_int_equal(e->line, 3);
	assert_int_equal(e->ntags, 2);
	assert_string_equal(e->tags[1], "tech");
	assert_null(e->name);
	assert_int_equal(e->hidden, 0);
	e = &u->entries[1];
	assert_string_equal(e->name, "The A Feed");
	assert_int_equal(e->hidden, 1);
	assert_int_equal(e->ntags, 1);
	assert_string_equal(e->tags[0], "two words");
	e = &u->entries[2];
	assert_int_equal(e->kind, URLS_FILE);
	assert_int_equal(e->ntags, 1);
	assert_string_equal(e->tags[0], "local");
	e = &u->entries[3];
	assert_int_equal(e->kind, URLS_EXEC);
	assert_string_equal(e->url, "exec:printf 'a b'");
	e = &u->entries[4];
	assert_int_equal(e->kind, URLS_QUERY);
	assert_string_equal(e->url, "query:Unread:unread = \"yes\"");
	assert_ptr_equal(urls_find(u, "file:///tmp/x.xml"), &u->entries[2]);
	assert_null(urls_find(u, "http://nope/"));
	buf_free(&c.b);
	urls_free(&u);
	assert_null(u);
}

/* filter:SCRIPT:URL as newsboat writes it; a filter with no script or
 * no http(s) address is a bad line. */
static void
test_urls_filter(void **state)
{
	static const char text[] =
	    "\"filter:sed s/a/b/:https://example.org/feed.xml\" f\n"
	    "filter::http://a.localhost/\n"
	    "filter:script\n"
	    "filter:script:file:///etc/passwd\n"
	    "filter:script:http://\n";
	struct capture c;
	struct urls *u = parse_str(text, &c);

	(void)state;
	assert_int_equal(u->n, 1);
	assert_int_equal(u->entries[0].kind, URLS_FILTER);
	assert_string_equal(u->entries[0].url,
	    "filter:sed s/a/b/:https://example.org/feed.xml");
	assert_int_equal(u->entries[0].ntags, 1);
	assert_int_equal(c.n, 4);
	buf_free(&c.b);
	urls_free(&u);
}

static void
test_urls_bad_lines(void **state)
{
	static const char text[] =
	    "http://ok.localhost/1\n"
	    "gopher://old.example/\n"
	    "\"http://unclosed.localhost/\n"
	    "http://ok.localhost/1 again\n"
	    "http://ok.localhost/2 reload=30 t\n";
	struct capture c;
	struct urls *u = parse_str(text, &c);
	char *tags;

	assert_int_equal(u->n, 2);
	assert_int_equal(c.n, 3);
	assert_non_null(strstr(c.b.data, "urls:2: not a feed address"));
	assert_non_null(strstr(c.b.data, "gopher://old.example/"));
	assert_non_null(strstr(c.b.data, "urls:3: unbalanced quotes"));
	assert_non_null(strstr(c.b.data, "urls:4: http://ok.localhost/1 is "
	    "listed twice"));
	assert_int_equal(u->entries[1].reload_minutes, 30);
	tags = urls_entry_tags(&u->entries[1]);
	assert_string_equal(tags, "t");
	free(tags);
	assert_null(urls_entry_tags(&u->entries[0]));
	buf_free(&c.b);
	urls_free(&u);
}

static void
test_urls_append_save(void **state)
{
	static const char text[] = "# keep me\nhttp://a.localhost/ x";
	char *tags[] = { "news", "with space" };
	char path[] = "/tmp/test-urls.XXXXXX";
	struct capture c;
	struct urls *u = parse_str(text, &c), *v;
	char *file = NULL;
	size_t len;
	FILE *fp;
	int fd;

	assert_int_equal(urls_append(u, "http://a.localhost/", NULL, NULL, 0),
	    0);
	assert_int_equal(urls_append(u, "javascript:alert(1)", NULL, NULL, 0),
	    -1);
	assert_int_equal(urls_append(u, "https://b.localhost/f?a=1#x",
	    "B \"quoted\" feed", tags, 2), 1);
	assert_int_equal(u->n, 2);
	assert_string_equal(u->text, "# keep me\nhttp://a.localhost/ x\n"
	    "https://b.localhost/f?a=1#x news \"with space\" "
	    "\"~B \\\"quoted\\\" feed\"\n");

	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(urls_save(u, path), 0);
	fp = fopen(path, "r");
	assert_non_null(fp);
	len = 0;
	file = calloc(1, 4096);
	len = fread(file, 1, 4095, fp);
	fclose(fp);
	assert_int_equal(len, u->textlen);
	v = parse_str(file, &c);
	assert_int_equal(c.n, 0);
	assert_int_equal(v->n, 2);
	assert_string_equal(v->entries[1].url, "https://b.localhost/f?a=1#x");
	assert_string_equal(v->entries[1].name, "B \"quoted\" feed");
	assert_string_equal(v->entries[1].tags[1], "with space");
	free(file);
	unlink(path);
	buf_free(&c.b);
	urls_free(&u);
	urls_free(&v);
}

static void
test_urls_save_symlink(void **state)
{
	char dir[] = "/tmp/test-urls-dir.XXXXXX", *real, *link, buf[64];
	struct capture c;
	struct urls *u;
	struct stat sb;
	FILE *fp;
	size_t n;

	assert_non_null(mkdtemp(dir));
	real = xasprintf("%s/real", dir);
	link = xasprintf("%s/link", dir);
	fp = fopen(real, "w");
	fputs("# x\n", fp);
	fclose(fp);
	assert_int_equal(symlink("real", link), 0);
	u = parse_str("# x\n", &c);
	assert_int_equal(urls_append(u, "http://s.localhost/", NULL, NULL, 0),
	    1);
	assert_int_equal(urls_save(u, link), 0);
	assert_int_equal(lstat(link, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	fp = fopen(real, "r");
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_string_equal(buf, "# x\nhttp://s.localhost/\n");
	unlink(link);
	unlink(real);
	rmdir(dir);
	free(real);
	free(link);
	buf_free(&c.b);
	urls_free(&u);
}

static void
test_urls_load_missing(void **state)
{
	struct urls *u;

	assert_null(urls_load("/nonexistent/urls", 0));
	u = urls_load("/nonexistent/urls", 1);
	assert_non_null(u);
	assert_int_equal(u->n, 0);
	assert_int_equal(urls_append(u, "http://x.localhost/", NULL, NULL, 0),
	    1);
	assert_string_equal(u->text, "http://x.localhost/\n");
	urls_free(&u);
}

/* Two entries are the same parsed structure (the line number aside). */
static void
assert_same_entry(const struct urls_entry *a, const struct urls_entry *b)
{
	size_t i;

	assert_int_equal(a->kind, b->kind);
	assert_string_equal(a->url, b->url);
	if (a->name == NULL)
		assert_null(b->name);
	else
		assert_string_equal(a->name, b->name);
	assert_int_equal(a->ntags, b->ntags);
	for (i = 0; i < a->ntags; i++)
		assert_string_equal(a->tags[i], b->tags[i]);
	assert_int_equal(a->hidden, b->hidden);
	assert_int_equal(a->reload_minutes, b->reload_minutes);
}

/* parse -> urls_entry_write -> parse is the identity on the entries. */
static void
test_urls_roundtrip(void **state)
{
	static const char *const lines[] = {
		"http://a.localhost/ ~ tag",
		"http://b.localhost/ \"~\" \"~Name with ~ tilde\"",
		"http://c.localhost/ \"a\rb\" \"~cr\rname\"",
		"http://d.localhost/ \"tab\there\" \"back\\\\slash\" x\\y",
		"http://e.localhost/ \"q\\\"uote\" a\"b \"#hash\" ! reload=5",
		"http://f.localhost/ \"!\" \"reload=-3\" reload=x \"\" ~~twice",
		"\"exec:printf '%s' \\\"a b\\\"\" cmd \"~Exec \\\\ name\"",
		"\"query:Unread:unread = \\\"yes\\\"\" \"~Q\"",
		"file:///tmp/x.xml local # a comment",
		"http://g.localhost/?a=1#frag \"~\\\"\" \"\\\\\"",
		"http://h.localhost/ \"  spaced  \" \"~ lead\" reload=0 !",
		"\"http://i.localhost/#x\" \"#\" \"~#\"",
		"http://j.localhost/ \"\\\"start\" \"\\\"\"",
		"http://k.localhost/\r",
		"http://l.localhost/ tag\r",
	};
	struct capture c;
	struct buf all = BUF_INIT, out = BUF_INIT;
	struct urls *u, *v;
	size_t i;

	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		buf_adds(&all, lines[i]);
		buf_addc(&all, '\n');
	}
	u = parse_str(all.data, &c);
	assert_int_equal(c.n, 0);
	assert_int_equal(u->n, sizeof lines / sizeof lines[0]);
	/* Spot checks that the lines mean what they are meant to. */
	assert_string_equal(u->entries[0].tags[0], "~");
	assert_string_equal(u->entries[2].tags[0], "a\rb");
	assert_string_equal(u->entries[2].name, "cr\rname");
	assert_string_equal(u->entries[5].tags[0], "reload=-3");
	assert_int_equal(u->entries[5].reload_minutes, 0);
	assert_string_equal(u->entries[5].name, "~twice");
	for (i = 0; i < u->n; i++)
		urls_entry_write(&u->entries[i], &out);
	v = parse_str(out.data, &c);
	assert_int_equal(c.n, 0);
	assert_int_equal(v->n, u->n);
	for (i = 0; i < u->n; i++)
		assert_same_entry(&u->entries[i], &v->entries[i]);
	buf_free(&c.b);
	buf_free(&all);
	buf_free(&out);
	urls_free(&u);
	urls_free(&v);
}

/* What urls_append keeps in memory is what the file reads back as, for
 * the names and tags that used to get lost (a lone "~", a CR). */
static void
test_urls_append_roundtrip(void **state)
{
	char *tags[] = { "~", "a\rb", "~name", "!", "reload=5", "", "ok" };
	struct capture c;
	struct urls *u = parse_str("# x\n", &c), *v;

	assert_int_equal(urls_append(u, "http://a.localhost/", "cr\rname",
	    tags, 7), 1);
	assert_int_equal(urls_append(u, "http://b.localhost/", "~", NULL, 0),
	    1);
	assert_int_equal(urls_append(u, "http://c.localhost/\nx", NULL, NULL,
	    0), -1);
	assert_int_equal(urls_append(u, "query:x:y", NULL, NULL, 0), -1);
	assert_int_equal(u->entries[0].ntags, 3);
	assert_string_equal(u->entries[0].tags[0], "~");
	assert_string_equal(u->entries[0].tags[1], "a\rb");
	assert_string_equal(u->entries[0].tags[2], "ok");
	v = parse_str(u->text, &c);
	assert_int_equal(c.n, 0);
	assert_int_equal(v->n, 2);
	assert_same_entry(&u->entries[0], &v->entries[0]);
	assert_same_entry(&u->entries[1], &v->entries[1]);
	assert_string_equal(v->entries[1].name, "~");
	buf_free(&c.b);
	urls_free(&u);
	urls_free(&v);
}

/* The URL index: every appended URL is found, others are not, a repeat
 * is refused, and parsing drops repeats, at a size where a linear scan
 * per append would be quadratic. */
static void
test_urls_index(void **state)
{
	enum { N = 50000 };
	struct capture c;
	struct urls *u = parse_str("http://0.localhost/\n", &c), *v;
	char url[64];
	size_t i;

	for (i = 1; i < N; i++) {
		snprintf(url, sizeof url, "http://%zu.localhost/", i);
		assert_int_equal(urls_append(u, url, NULL, NULL, 0), 1);
	}
	assert_int_equal(u->n, N);
	assert_true(u->index_size >= 2 * u->n);
	for (i = 0; i < N; i++) {
		snprintf(url, sizeof url, "http://%zu.localhost/", i);
		assert_ptr_equal(urls_find(u, url), &u->entries[i]);
		assert_int_equal(urls_append(u, url, NULL, NULL, 0), 0);
		snprintf(url, sizeof url, "http://%zu.localhost/x", i);
		assert_null(urls_find(u, url));
	}
	assert_int_equal(u->n, N);
	v = parse_str(u->text, &c);
	assert_int_equal(v->n, N);
	assert_ptr_equal(urls_find(v, "http://777.localhost/"),
	    &v->entries[777]);
	urls_free(&v);
	/* The same text twice: every second copy is a repeat. */
	buf_reset(&c.b);
	log_set_dispatcher(capture, &c);
	c.n = 0;
	{
		struct buf twice = BUF_INIT;

		buf_add(&twice, u->text, u->textlen);
		buf_add(&twice, u->text, u->textlen);
		v = urls_parse(twice.data, twice.len, "urls");
		buf_free(&twice);
	}
	log_set_dispatcher(NULL, NULL);
	assert_int_equal(v->n, N);
	assert_int_equal(c.n, N);
	buf_free(&c.b);
	urls_free(&u);
	urls_free(&v);
}

/* The import rule: http(s) with a host only, whatever the spelling. */
static void
test_import_url_check(void **state)
{
	static const struct {
		const char		*url;
		enum import_verdict	 v;
		const char		*kept;
	} cases[] = {
		{ "http://a.localhost/feed", IMPORT_OK, "http://a.localhost/feed" },
		{ "HTTPS://A.localhost", IMPORT_OK, "HTTPS://A.localhost" },
		{ " \t http://a.localhost/x \r\n", IMPORT_OK,
		    "http://a.localhost/x" },
		{ "http://user@a.localhost:8080/?q#f", IMPORT_OK,
		    "http://user@a.localhost:8080/?q#f" },
		{ "http://[::1]:80/", IMPORT_OK, "http://[::1]:80/" },
		{ "exec:rm -rf ~", IMPORT_EXEC, NULL },
		{ "  exec:id", IMPORT_EXEC, NULL },
		{ "EXEC:id", IMPORT_EXEC, NULL },
		{ "\nExEc:id", IMPORT_EXEC, NULL },
		{ "filter:/bin/sh:http://a.localhost/", IMPORT_FILTER, NULL },
		{ "FILTER:x:y", IMPORT_FILTER, NULL },
		{ "file:///etc/shadow", IMPORT_FILE, NULL },
		{ " File:/etc/shadow", IMPORT_FILE, NULL },
		{ "query:x:unread = \"yes\"", IMPORT_QUERY, NULL },
		{ "javascript:alert(1)", IMPORT_SCHEME, NULL },
		{ "gopher://a.localhost/", IMPORT_SCHEME, NULL },
		{ "a.localhost/feed", IMPORT_SCHEME, NULL },
		{ "e\001xec:id", IMPORT_SCHEME, NULL },
		{ "", IMPORT_SCHEME, NULL },
		{ "   ", IMPORT_SCHEME, NULL },
		{ "http:", IMPORT_NOHOST, NULL },
		{ "http:/a.localhost/", IMPORT_NOHOST, NULL },
		{ "http://", IMPORT_NOHOST, NULL },
		{ "http:///etc/shadow", IMPORT_NOHOST, NULL },
		{ "http://user@/x", IMPORT_NOHOST, NULL },
		{ "http://:80/", IMPORT_NOHOST, NULL },
		{ "http:a.localhost", IMPORT_NOHOST, NULL },
		{ "http://a.localhost/\nexec:id", IMPORT_CHARS, NULL },
		{ "http://a.localhost/ exec:id", IMPORT_CHARS, NULL },
		{ "http://a.localhost/\001", IMPORT_CHARS, NULL },
		{ "http://a.localhost/\177", IMPORT_CHARS, NULL },
		{ "http://a.localhost/\xc2\x85", IMPORT_CHARS, NULL },
		/* NOLINTNEXTLINE(misc-misleading-bidirectional): the test's input */
		{ "http://a.localhost/\xe2\x80\xae", IMPORT_CHARS, NULL },
		{ "http://a.localhost/\xe2\x80\x8b", IMPORT_CHARS, NULL },
	};
	char *big;
	size_t i, off, len;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		off = len = 0;
		assert_int_equal(import_url_check(cases[i].url, &off, &len),
		    cases[i].v);
		if (cases[i].kept != NULL) {
			assert_int_equal(len, strlen(cases[i].kept));
			assert_memory_equal(cases[i].url + off, cases[i].kept,
			    len);
		}
	}
	big = xmalloc(IMPORT_MAX_URL + 2);
	memcpy(big, "http://a/", 9);
	memset(big + 9, 'x', IMPORT_MAX_URL - 9);
	big[IMPORT_MAX_URL] = '\0';
	assert_int_equal(import_url_check(big, NULL, NULL), IMPORT_OK);
	big[IMPORT_MAX_URL] = 'x';
	big[IMPORT_MAX_URL + 1] = '\0';
	assert_int_equal(import_url_check(big, NULL, NULL), IMPORT_LONG);
	free(big);
	assert_string_equal(import_verdict_label(IMPORT_EXEC), "exec:");
	assert_string_equal(import_verdict_label(IMPORT_NOHOST), "no host");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_urls_basic),
		cmocka_unit_test(test_urls_bad_lines),
		cmocka_unit_test(test_urls_filter),
		cmocka_unit_test(test_urls_append_save),
		cmocka_unit_test(test_urls_save_symlink),
		cmocka_unit_test(test_urls_load_missing),
		cmocka_unit_test(test_urls_roundtrip),
		cmocka_unit_test(test_urls_append_roundtrip),
		cmocka_unit_test(test_urls_index),
		cmocka_unit_test(test_import_url_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
