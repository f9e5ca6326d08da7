/* test-base: buf, xmalloc, log dispatch and XDG paths. */
#include "config.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"

static void
test_buf_grows(void **state)
{
	struct buf b = BUF_INIT;
	int i;

	assert_string_equal(buf_str(&b), "");
	for (i = 0; i < 1000; i++)
		buf_addc(&b, 'a' + i % 26);
	assert_int_equal(b.len, 1000);
	assert_int_equal(b.data[26], 'a');
	assert_int_equal(b.data[1000], '\0');
	buf_printf(&b, "%d-%s", 42, "x");
	assert_string_equal(b.data + 1000, "42-x");
	buf_free(&b);
	assert_null(b.data);
}

static void
test_buf_detach(void **state)
{
	struct buf b = BUF_INIT;
	char *s = buf_detach(&b);

	assert_string_equal(s, "");
	free(s);
	buf_add(&b, "ab\0c", 4);
	assert_int_equal(b.len, 4);
	s = buf_detach(&b);
	assert_memory_equal(s, "ab\0c", 5);
	assert_int_equal(b.len, 0);
	free(s);
}

static void
test_buf_grow_terminates(void **state)
{
	struct buf b = BUF_INIT;
	char *s;

	buf_grow(&b, 100);
	s = buf_detach(&b);
	assert_int_equal(s[0], '\0');
	free(s);
}

static void
test_file_read(void **state)
{
	char tmpl[] = "/tmp/tidings-file-XXXXXX", *data;
	struct buf b = BUF_INIT;
	size_t len;
	int fd = mkstemp(tmpl);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, "0123456789", 10), 10);
	assert_int_equal(file_read(tmpl, &data, &len), 0);
	assert_int_equal(len, 10);
	assert_string_equal(data, "0123456789");
	free(data);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(file_read_fd(fd, &b, 4), 1);	/* over the cap */
	assert_true(b.len <= 4);
	buf_free(&b);
	close(fd);
	unlink(tmpl);
	assert_int_equal(file_read(tmpl, &data, &len), -1);
}

static void
test_xstrndup(void **state)
{
	char *s = xstrndup("hello", 3);

	assert_string_equal(s, "hel");
	free(s);
	s = xasprintf("%s=%d", "n", 7);
	assert_string_equal(s, "n=7");
	FREE(&s);
	assert_null(s);
}

struct captured { enum log_level level; char msg[256]; int n; };

static void
capture(enum log_level level, const char *msg, void *arg)
{
	struct captured *c = arg;

	c->level = level;
	snprintf(c->msg, sizeof c->msg, "%s", msg);
	c->n++;
}

static void
test_log_dispatch(void **state)
{
	struct captured c = { 0 };

	log_set_dispatcher(capture, &c);
	log_error("bad %s", "feed");
	assert_int_equal(c.level, LOG_ERROR);
	assert_string_equal(c.msg, "bad feed");
	log_set_level(LOG_WARN);
	log_info("dropped");
	assert_int_equal(c.n, 1);
	log_set_level(LOG_INFO);
	log_set_dispatcher(NULL, NULL);
}

static void
test_paths_xdg(void **state)
{
	char *d;

	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("XDG_DATA_HOME", "relative/ignored", 1);
	setenv("HOME", "/home/u", 1);
	d = paths_config_dir();
	assert_string_equal(d, "/x/conf/tidings");
	free(d);
	d = paths_data_dir();
	assert_string_equal(d, "/home/u/.local/share/tidings");
	free(d);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	unsetenv("XDG_DATA_HOME");
	assert_null(paths_config_dir());
	d = paths_join("/a/", "b");
	assert_string_equal(d, "/a/b");
	free(d);
}

static void
test_paths_mkdir_mode(void **state)
{
	char tmpl[] = "/tmp/tidings-test-XXXXXX", *deep;
	struct stat sb;

	assert_non_null(mkdtemp(tmpl));
	deep = xasprintf("%s/one/two", tmpl);
	assert_int_equal(paths_mkdir_p(deep), 0);
	assert_int_equal(stat(deep, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(paths_mkdir_p(deep), 0);	/* exists: fine */
	rmdir(deep);
	free(deep);
	deep = xasprintf("%s/one", tmpl);
	rmdir(deep);
	free(deep);
	rmdir(tmpl);
}

/* A job for the pool: sum 1..n, slowly enough that jobs overlap. */
struct sum_job {
	int		 n;
	long		 sum;
	int		 done;
};

static void
sum_run(void *arg)
{
	struct sum_job *j = arg;
	int i;

	for (i = 1; i <= j->n; i++)
		j->sum += i;
	usleep(1000);
	j->done = 1;
}

static int notified;

static void
count_notify(void *arg)
{
	(void)arg;
	__atomic_add_fetch(&notified, 1, __ATOMIC_SEQ_CST);
}

/* Every job runs once, comes back once, and notify fires per job; with
 * no threads (or one) the same holds. */
static void
test_pool(void **state)
{
	struct sum_job jobs[40], *j;
	struct pool *p;
	int nth, i, back;

	for (nth = 0; nth <= 3; nth++) {
		memset(jobs, 0, sizeof jobs);
		notified = 0;
		p = pool_new(nth, count_notify, NULL);
		assert_non_null(p);
		assert_null(pool_next_done(p, 0));
		assert_null(pool_next_done(p, 1));	/* nothing pending */
		for (i = 0; i < 40; i++) {
			jobs[i].n = 1000 + i;
			pool_submit(p, sum_run, &jobs[i]);
		}
		back = 0;
		while ((j = pool_next_done(p, 1)) != NULL) {
			assert_true(j->done);
			assert_int_equal(j->sum, (long)j->n * (j->n + 1) / 2);
			j->done = 2;	/* taken back once */
			back++;
		}
		assert_int_equal(back, 40);
		assert_int_equal(pool_pending(p), 0);
		for (i = 0; i < 40; i++)
			assert_int_equal(jobs[i].done, 2);
		if (pool_threads(p) > 0)
			assert_int_equal(__atomic_load_n(&notified,
			    __ATOMIC_SEQ_CST), 40);
		/* Freed with jobs still queued: they run before it returns. */
		for (i = 0; i < 10; i++) {
			jobs[i].done = 0;
			pool_submit(p, sum_run, &jobs[i]);
		}
		pool_free(&p);
		assert_null(p);
		for (i = 0; i < 10; i++)
			assert_int_equal(jobs[i].done, 1);
	}
	(void)state;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_grows),
		cmocka_unit_test(test_buf_detach),
		cmocka_unit_test(test_buf_grow_terminates),
		cmocka_unit_test(test_file_read),
		cmocka_unit_test(test_xstrndup),
		cmocka_unit_test(test_log_dispatch),
		cmocka_unit_test(test_paths_xdg),
		cmocka_unit_test(test_paths_mkdir_mode),
		cmocka_unit_test(test_pool),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
