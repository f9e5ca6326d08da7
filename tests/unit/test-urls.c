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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_urls_basic),
		cmocka_unit_test(test_urls_bad_lines),
		cmocka_unit_test(test_urls_append_save),
		cmocka_unit_test(test_urls_save_symlink),
		cmocka_unit_test(test_urls_load_missing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
