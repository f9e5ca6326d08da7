/*
 * test-source: reload's pipeline with a source of the test's own
 * (model/source.h), no network and no engine use: the documents it
 * yields are parsed in the workers through its prepare and stored,
 * "not modified" and failures are recorded with their validators and
 * Retry-After, so a new kind of source plugs in without the pipeline
 * knowing.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "model/source.h"
#include "parse/lib.h"
#include "store/lib.h"

static const char doc[] = "<?xml version=\"1.0\"?><rss version=\"2.0\">"
    "<channel><title>Mem</title><ttl>120</ttl>"
    "<item><guid>a</guid><title>A</title></item>"
    "<item><guid>b</guid><title>B</title></item></channel></rss>";

/* What the fake source answers for each feed, by the URL's last part. */
struct mem_yield {
	struct source_yield	 y;
	const char		*text;
};

struct mem_source {
	struct source		 s;
	const struct source_feed *feeds;
	size_t			 n, next;
	int			*freed;
};

static int
mem_start(struct source *s, struct fetch *f, const struct source_feed *feeds,
    size_t n)
{
	struct mem_source *m = (struct mem_source *)s;

	(void)f;
	m->feeds = feeds;
	m->n = n;
	return 0;
}

static struct source_yield *
mem_next(struct source *s)
{
	struct mem_source *m = (struct mem_source *)s;
	const struct source_feed *sf;
	struct mem_yield *my;
	const char *name;

	if (m->next == m->n)
		return NULL;
	sf = &m->feeds[m->next++];
	name = strrchr(sf->url, '/') + 1;
	my = xcalloc(1, sizeof *my);
	my->y.user = sf->user;
	my->y.max_age_s = -1;
	my->y.retry_after_s = -1;
	if (strcmp(name, "doc") == 0) {
		my->y.kind = SOURCE_DOC;
		my->y.status = 200;
		my->y.etag = "\"v1\"";
		my->text = doc;
	} else if (strcmp(name, "bad") == 0) {
		my->y.kind = SOURCE_DOC;
		my->text = "not a feed at all";
	} else if (strcmp(name, "same") == 0) {
		my->y.kind = SOURCE_NOT_MODIFIED;
		my->y.status = 304;
		my->y.max_age_s = 600;
	} else {
		my->y.kind = SOURCE_FAILED;
		my->y.status = 429;
		my->y.error = "the server said no";
		my->y.retry_after_s = 300;
	}
	return &my->y;
}

static size_t
mem_ready(const struct source *s)
{
	const struct mem_source *m = (const struct mem_source *)s;

	return m->n - m->next;
}

static int
mem_prepare(struct source_yield *y, size_t max_bytes, struct feed_doc **d,
    char *err, size_t errlen)
{
	struct mem_yield *my = (struct mem_yield *)y;
	struct parse_opts po;

	memset(&po, 0, sizeof po);
	po.max_bytes = max_bytes;
	err[0] = '\0';
	if (parse_feed(my->text, strlen(my->text), &po, d, err,
	    errlen) == -1) {
		if (err[0] == '\0')
			snprintf(err, errlen, "not a feed");
		return -1;
	}
	return 0;
}

static void
mem_yield_free(struct source_yield *y)
{
	free(y);
}

static void
mem_free(struct source *s)
{
	struct mem_source *m = (struct mem_source *)s;

	(*m->freed)++;
	free(m);
}

static const struct source_ops mem_ops = {
	"mem", mem_start, mem_next, mem_ready, mem_ready, mem_prepare,
	mem_yield_free, mem_free
};

static struct source *
mem_new(void *arg)
{
	struct mem_source *m = xcalloc(1, sizeof *m);

	m->s.ops = &mem_ops;
	m->freed = arg;
	return &m->s;
}

static const struct store_feed *
find(const struct store_feed *rows, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(strrchr(rows[i].url, '/') + 1, name) == 0)
			return &rows[i];
	fail_msg("no feed %s", name);
	return NULL;
}

static void
test_pipeline(void **state)
{
	static const char list[] = "file:///mem/doc\nfile:///mem/same\n"
	    "file:///mem/fail\nfile:///mem/bad\n";
	struct reload_summary sum;
	struct reload_opts o;
	struct store_feed *rows;
	const struct store_feed *f;
	struct store *st;
	struct urls *u;
	char dir[] = "/tmp/test-source.XXXXXX", *path, err[256];
	size_t n;
	int64_t before = (int64_t)time(NULL);
	int freed = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/cache.db", dir);
	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	assert_non_null(u = urls_parse(list, sizeof list - 1, "urls"));
	reload_opts_init(&o, NULL);
	o.force = 1;
	o.source_new = mem_new;
	o.source_arg = &freed;
	assert_int_equal(reload_run(st, u, &o, &sum), 0);
	assert_int_equal(freed, 1);
	assert_int_equal(sum.feeds, 4);
	assert_int_equal(sum.updated, 1);
	assert_int_equal(sum.not_modified, 1);
	assert_int_equal(sum.failed, 2);
	assert_int_equal(sum.new_articles, 2);

	assert_int_equal(store_feed_list(st, &rows, &n), 0);
	f = find(rows, n, "doc");
	assert_int_equal(f->total, 2);
	assert_null(f->last_error);
	assert_string_equal(f->etag, "\"v1\"");
	/* <ttl>120</ttl>: two hours, through sched. */
	assert_true(f->next_fetch >= before + 7200 &&
	    f->next_fetch <= (int64_t)time(NULL) + 7200);
	f = find(rows, n, "same");
	assert_null(f->last_error);
	assert_int_equal(f->last_status, 304);
	assert_true(f->next_fetch >= before + 600);
	f = find(rows, n, "fail");
	assert_string_equal(f->last_error, "the server said no");
	assert_int_equal(f->last_status, 429);
	assert_true(f->next_fetch >= before + 300);
	f = find(rows, n, "bad");
	assert_non_null(f->last_error);
	assert_int_equal(f->total, 0);
	store_feed_list_free(&rows, n);

	store_close(&st);
	urls_free(&u);
	unlink(path);
	free(path);
	path = xasprintf("rm -rf %s", dir);
	assert_int_equal(system(path), 0);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipeline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
