/* test-fetch: the parts of the fetcher that need no network — exec:
 * word splitting, URL redaction, and file:// and exec: sources driven
 * through the engine (limits, failures).  The http side is covered by
 * the scripts in tests/fetch/ against a loopback server. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

#include "base/lib.h"
#include "fetch/lib.h"

static void
test_split_argv(void **state)
{
	static const struct {
		const char	*in;
		const char	*out;	/* words joined by '|', NULL = error */
	} cases[] = {
		{ "cat /tmp/x", "cat|/tmp/x" },
		{ "  a   b\tc ", "a|b|c" },
		{ "printf '%s\\n' \"a b\"", "printf|%s\\n|a b" },
		{ "echo \"q\\\"x\\$y\\z\"", "echo|q\"x$y\\z" },
		{ "echo a\\ b ''", "echo|a b|" },
		{ "echo $(rm -rf /) ; ls | wc > f", "echo|$(rm|-rf|/)|;|ls|"
		    "||wc|>|f" },
		{ "echo 'unclosed", NULL },
		{ "   ", NULL },
		{ "trailing\\", NULL },
	};
	struct buf b = BUF_INIT;
	char **argv;
	size_t i, j;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		argv = fetch_split_argv(cases[i].in);
		if (cases[i].out == NULL) {
			assert_null(argv);
			continue;
		}
		assert_non_null(argv);
		buf_reset(&b);
		buf_adds(&b, "");
		for (j = 0; argv[j] != NULL; j++) {
			if (j > 0)
				buf_addc(&b, '|');
			buf_adds(&b, argv[j]);
		}
		assert_string_equal(b.data, cases[i].out);
		fetch_argv_free(&argv);
		assert_null(argv);
	}
	buf_free(&b);
}

static void
test_redact(void **state)
{
	char *s;

	s = fetch_url_redact("https://me:secret@host.localhost/f?a@b");
	assert_string_equal(s, "https://host.localhost/f?a@b");
	free(s);
	s = fetch_url_redact("http://host/x@y");
	assert_string_equal(s, "http://host/x@y");
	free(s);
}

/* Run every request to completion; results in request order. */
static void
run_all(struct fetch *f, struct fetch_result **res, size_t n)
{
	struct fetch_result *r;
	size_t got = 0, i;
	int left;

	while (got < n) {
		left = fetch_poll(f, 200);
		assert_true(left >= 0);
		while ((r = fetch_next_done(f)) != NULL) {
			i = (size_t)(intptr_t)r->user;
			assert_true(i < n);
			res[i] = r;
			got++;
		}
	}
	assert_int_equal(fetch_pending(f), 0);
}

static void
test_local_sources(void **state)
{
	char path[] = "/tmp/test-fetch.XXXXXX", *url, *big;
	struct fetch_opts o = { .max_bytes = 1000, .timeout_s = 1 };
	struct fetch_result *res[8] = { NULL };
	struct fetch_req req;
	struct fetch *f;
	FILE *fp;
	size_t i;
	int fd;

	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs("<rss/>", fp);
	fclose(fp);
	url = xasprintf("file://%s", path);
	big = xasprintf("exec:head -c 5000 /dev/zero");

	f = fetch_new(&o);
	const char *urls[] = {
		url,
		"file:///nonexistent/feed.xml",
		"exec:printf '<feed>%s</feed>' 'a b'",
		"exec:sh -c 'exit 3'",
		"exec:/nonexistent/program",
		"exec:sleep 10",
		big,
		"exec:'unbalanced",
	};
	for (i = 0; i < 8; i++) {
		memset(&req, 0, sizeof req);
		req.url = urls[i];
		req.user = (void *)(intptr_t)i;
		fetch_add(f, &req);
	}
	assert_int_equal(fetch_pending(f), 8);
	run_all(f, res, 8);

	assert_true(res[0]->ok);
	assert_string_equal(res[0]->body, "<rss/>");
	assert_int_equal(res[0]->len, 6);
	assert_false(res[1]->ok);
	assert_string_equal(res[1]->error,
	    "/nonexistent/feed.xml: No such file or directory");
	assert_true(res[2]->ok);
	assert_string_equal(res[2]->body, "<feed>a b</feed>");
	assert_false(res[3]->ok);
	assert_string_equal(res[3]->error,
	    "exec: the command failed with exit status 3");
	assert_string_equal(res[4]->error,
	    "exec: command not found or not executable");
	assert_string_equal(res[5]->error,
	    "exec: the command did not finish within 1 s");
	assert_string_equal(res[6]->error,
	    "exec: the output is larger than the 1000 bytes limit");
	/* a shell's syntax error (its status 2), as in newsboat */
	assert_string_equal(res[7]->error,
	    "exec: the command failed with exit status 2");
	for (i = 0; i < 8; i++)
		fetch_result_free(&res[i]);
	fetch_free(&f);
	assert_null(f);
	unlink(path);
	free(url);
	free(big);
}

/* With a hundred transfers allowed at once, a consumer that takes no
 * results stops the engine once 32 finished ones wait (FETCH_MAX_HELD):
 * those already running still finish, no more start; after it takes
 * them, every one finishes.  Port 1 on the loopback refuses at once; one
 * host name each, so the per-host limit does not serialise them. */
static void
test_held_cap(void **state)
{
	struct fetch_opts o = { .max_conns = 100, .timeout_s = 5 };
	struct fetch_result *res[100] = { NULL };
	struct fetch_req req;
	struct fetch *f;
	char *url;
	size_t i;
	int left = 100, prev = -1, still = 0, k;

	(void)state;
	f = fetch_new(&o);
	for (i = 0; i < 100; i++) {
		memset(&req, 0, sizeof req);
		url = xasprintf("http://h%zu.localhost:1/feed", i);
		req.url = url;
		req.user = (void *)(intptr_t)i;
		fetch_add(f, &req);
		free(url);
	}
	/* Poll until 32 wait and nothing changes for 50 polls in a row. */
	for (k = 0; k < 5000 && (still < 50 || fetch_ready(f) < 32); k++) {
		left = fetch_poll(f, 20);
		still = left == prev ? still + 1 : 0;
		prev = left;
	}
	assert_true(fetch_ready(f) >= 32);
	assert_true(left > 0);		/* not all of them: the cap held */
	assert_int_equal((size_t)left + fetch_ready(f), 100);
	run_all(f, res, 100);
	for (i = 0; i < 100; i++) {
		assert_non_null(res[i]);
		assert_false(res[i]->ok);
		fetch_result_free(&res[i]);
	}
	fetch_free(&f);
}

/* Is the process alive (a zombie is not)?  Waits up to 5 s for it to go,
 * since a SIGKILL is delivered, not obeyed at once. */
static int
alive(pid_t pid)
{
	struct timespec ts = { 0, 10 * 1000000L };
	char path[64], buf[512], *p;
	FILE *fp;
	size_t n;
	int i;

	for (i = 0; i < 500; i++) {
		if (kill(pid, 0) == -1 && errno == ESRCH)
			return 0;
		snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
		if ((fp = fopen(path, "r")) == NULL)
			return 0;
		n = fread(buf, 1, sizeof buf - 1, fp);
		fclose(fp);
		buf[n] = '\0';
		if ((p = strrchr(buf, ')')) != NULL && (p[2] == 'Z' ||
		    p[2] == 'X'))
			return 0;
		nanosleep(&ts, NULL);
	}
	return 1;
}

/* The PID a script wrote to dir/name. */
static pid_t
read_pid(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "r");
	long v = -1;

	assert_non_null(fp);
	assert_int_equal(fscanf(fp, "%ld", &v), 1);
	fclose(fp);
	free(path);
	assert_true(v > 1);
	return (pid_t)v;
}

static void
write_script(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
	free(path);
}

/*
 * A command's children go with it (each command is a process group):
 * one that leaves a child holding stdout is a success as soon as it
 * exits (it used to be reported as not finishing), the child is stopped
 * even when it ignores SIGTERM, and a time-out stops the children too.
 */
static void
test_exec_children(void **state)
{
	char dir[] = "/tmp/test-fetch-exec.XXXXXX", *cmd;
	struct fetch_opts o = { .timeout_s = 2 };
	struct fetch_result *res[3] = { NULL };
	struct fetch_req req;
	struct fetch *f;
	size_t i;

	assert_non_null(mkdtemp(dir));
	write_script(dir, "left.sh",
	    "sleep 100 & echo $! >\"$1/left.pid\"\necho '<rss/>'\n");
	write_script(dir, "stubborn.sh", "trap '' TERM\n"
	    "sleep 100 & echo $! >\"$1/stubborn.pid\"\necho '<rss/>'\n");
	write_script(dir, "slow.sh", "trap '' TERM\n"
	    "sleep 100 & echo $! >\"$1/slow.pid\"\necho '<rss>'\nsleep 100\n");
	f = fetch_new(&o);
	const char *names[] = { "left", "stubborn", "slow" };
	for (i = 0; i < 3; i++) {
		cmd = xasprintf("exec:sh '%s/%s.sh' '%s'", dir, names[i], dir);
		memset(&req, 0, sizeof req);
		req.url = cmd;
		req.user = (void *)(intptr_t)i;
		fetch_add(f, &req);
		free(cmd);
	}
	run_all(f, res, 3);
	for (i = 0; i < 2; i++) {
		assert_true(res[i]->ok);
		assert_string_equal(res[i]->body, "<rss/>\n");
	}
	assert_false(res[2]->ok);
	assert_string_equal(res[2]->error,
	    "exec: the command did not finish within 2 s");
	assert_false(alive(read_pid(dir, "left.pid")));
	assert_false(alive(read_pid(dir, "stubborn.pid")));
	assert_false(alive(read_pid(dir, "slow.pid")));
	for (i = 0; i < 3; i++)
		fetch_result_free(&res[i]);
	fetch_free(&f);
	cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	(void)state;
}

/* body compressed with deflateInit2(window) as a fetch result with
 * Content-Encoding enc (taken). */
static struct fetch_result *
encoded(const char *body, size_t len, int window, const char *enc)
{
	struct fetch_result *r = xcalloc(1, sizeof *r);
	z_stream zs;
	size_t cap = len + 1024;

	r->ok = 1;
	r->encoding = xstrdup(enc);
	r->body = xmalloc(cap);
	memset(&zs, 0, sizeof zs);
	assert_int_equal(deflateInit2(&zs, 6, Z_DEFLATED, window, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	zs.next_in = (Bytef *)(uintptr_t)body;
	zs.avail_in = (uInt)len;
	zs.next_out = (Bytef *)r->body;
	zs.avail_out = (uInt)cap;
	assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
	r->len = zs.total_out;
	deflateEnd(&zs);
	return r;
}

/* Append r2's encoded body to r's (two members or frames), freeing r2. */
static void
append_body(struct fetch_result *r, struct fetch_result *r2)
{
	r->body = xrealloc(r->body, r->len + r2->len);
	memcpy(r->body + r->len, r2->body, r2->len);
	r->len += r2->len;
	fetch_result_free(&r2);
}

/* The same document as br or zstd (level, or 0 for the defaults). */
static struct fetch_result *
encoded_other(const char *body, size_t len, const char *enc, int level)
{
	struct fetch_result *r = xcalloc(1, sizeof *r);
	size_t cap = len + 1024;

	r->ok = 1;
	r->encoding = xstrdup(enc);
	r->body = xmalloc(cap);
	if (strcmp(enc, "br") == 0) {
		r->len = cap;
		assert_int_equal(BrotliEncoderCompress(level ? level : 5,
		    BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, len,
		    (const uint8_t *)body, &r->len, (uint8_t *)r->body),
		    BROTLI_TRUE);
	} else {
		r->len = ZSTD_compress(r->body, cap, body, len,
		    level ? level : 3);
		assert_false(ZSTD_isError(r->len));
	}
	return r;
}

/* br and zstd: whole, two zstd frames, the cap, damage, a cut, and a
 * zstd window beyond what HTTP allows. */
static void
test_decode_br_zstd(void **state)
{
	static const char doc[] = "<rss><channel><title>t</title>"
	    "</channel></rss>";
	static const char *const encs[] = { "br", "zstd" };
	struct fetch_result *r;
	ZSTD_CCtx *zc;
	char *big;
	size_t n, i;

	(void)state;
	for (i = 0; i < 2; i++) {
		r = encoded_other(doc, sizeof doc - 1, encs[i], 0);
		assert_int_equal(fetch_result_decode(r, 0), 0);
		assert_int_equal(r->len, sizeof doc - 1);
		assert_string_equal(r->body, doc);
		assert_null(r->encoding);
		fetch_result_free(&r);

		/* 8 MB of zeros against a 1 MB cap. */
		n = 8u << 20;
		big = xcalloc(1, n);
		r = encoded_other(big, n, encs[i], 0);
		free(big);
		assert_true(r->len < 64u << 10);
		assert_int_equal(fetch_result_decode(r, 1u << 20), -1);
		assert_null(r->body);
		assert_string_equal(r->error,
		    "the document is larger than the 1 MB limit");
		fetch_result_free(&r);

		r = encoded_other(doc, sizeof doc - 1, encs[i], 0);
		r->len -= 3;
		assert_int_equal(fetch_result_decode(r, 0), -1);
		assert_string_equal(r->error,
		    "the compressed document is corrupt");
		fetch_result_free(&r);
		/* Something after the end of the stream.  (Damage inside
		 * is not always seen: neither carries a checksum here.) */
		r = encoded_other(doc, sizeof doc - 1, encs[i], 0);
		r->body[r->len++] = 'x';
		assert_int_equal(fetch_result_decode(r, 0), -1);
		assert_string_equal(r->error,
		    "the compressed document is corrupt");
		fetch_result_free(&r);
	}

	/* Not a zstd frame at all. */
	r = encoded_other(doc, sizeof doc - 1, "zstd", 0);
	r->body[0] ^= 0xff;
	assert_int_equal(fetch_result_decode(r, 0), -1);
	assert_string_equal(r->error, "the compressed document is corrupt");
	fetch_result_free(&r);

	/* Two zstd frames are one document. */
	r = encoded_other("<rss>", 5, "zstd", 0);
	append_body(r, encoded_other("</rss>", 6, "zstd", 0));
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, "<rss></rss>");
	fetch_result_free(&r);

	/* A frame that asks for a 16 MB window is refused, not allocated. */
	n = 20u << 20;
	big = xmalloc(n);
	for (i = 0; i < n; i++)
		big[i] = (char)(i * 2654435761u >> 24);
	r = xcalloc(1, sizeof *r);
	r->ok = 1;
	r->encoding = xstrdup("zstd");
	r->body = xmalloc(ZSTD_compressBound(n));
	assert_non_null(zc = ZSTD_createCCtx());
	assert_false(ZSTD_isError(ZSTD_CCtx_setParameter(zc,
	    ZSTD_c_windowLog, 24)));
	assert_false(ZSTD_isError(ZSTD_CCtx_setParameter(zc,
	    ZSTD_c_compressionLevel, 1)));
	r->len = ZSTD_compress2(zc, r->body, ZSTD_compressBound(n), big, n);
	assert_false(ZSTD_isError(r->len));
	ZSTD_freeCCtx(zc);
	free(big);
	assert_int_equal(fetch_result_decode(r, 64u << 20), -1);
	assert_string_equal(r->error, "the compressed document is corrupt");
	fetch_result_free(&r);
}

/* Raw bodies decoded afterwards: every form of deflate servers send, the
 * cap on decoded bytes (a bomb), damage, and encodings not offered. */
static void
test_decode(void **state)
{
	static const char doc[] = "<rss><channel><title>t</title>"
	    "</channel></rss>";
	struct fetch_result *r;
	char *big;
	size_t n;
	int i;

	/* gzip, x-gzip, zlib-wrapped and raw deflate, identity */
	r = encoded(doc, sizeof doc - 1, 15 + 16, "gzip");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_int_equal(r->len, sizeof doc - 1);
	assert_string_equal(r->body, doc);
	assert_null(r->encoding);
	fetch_result_free(&r);
	r = encoded(doc, sizeof doc - 1, 15 + 16, "X-GZIP");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, doc);
	fetch_result_free(&r);
	r = encoded(doc, sizeof doc - 1, 15, "deflate");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, doc);
	fetch_result_free(&r);
	r = encoded(doc, sizeof doc - 1, -15, "deflate");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, doc);
	fetch_result_free(&r);
	r = xcalloc(1, sizeof *r);
	r->ok = 1;
	r->body = xstrdup(doc);
	r->len = sizeof doc - 1;
	r->encoding = xstrdup("identity");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, doc);
	assert_null(r->encoding);
	fetch_result_free(&r);

	/* Two gzip members, as gzip(1) would read them. */
	r = encoded("<rss>", 5, 15 + 16, "gzip");
	append_body(r, encoded("</rss>", 6, 15 + 16, "gzip"));
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_string_equal(r->body, "<rss></rss>");
	fetch_result_free(&r);

	/* A bomb: 8 MB of zeros stops at a 1 MB cap, the body dropped. */
	n = 8u << 20;
	big = xcalloc(1, n);
	r = encoded(big, n, 15 + 16, "gzip");
	free(big);
	assert_true(r->len < 64u << 10);
	assert_int_equal(fetch_result_decode(r, 1u << 20), -1);
	assert_int_equal(r->ok, 0);
	assert_null(r->body);
	assert_string_equal(r->error,
	    "the document is larger than the 1 MB limit");
	fetch_result_free(&r);

	/* A trailer whose size lies (short, long, or beyond the cap) is
	 * damage, whichever decoder sees it, and overruns nothing.  An empty
	 * document decodes to nothing. */
	for (i = 0; i < 3; i++) {
		static const unsigned char lie[3][4] = {
			{ 4, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0xff, 0xff, 0xff, 0xff }
		};

		r = encoded(doc, sizeof doc - 1, 15 + 16, "gzip");
		memcpy(r->body + r->len - 4, lie[i], 4);
		assert_int_equal(fetch_result_decode(r, 1u << 20), -1);
		assert_string_equal(r->error,
		    "the compressed document is corrupt");
		fetch_result_free(&r);
	}
	r = encoded("", 0, 15 + 16, "gzip");
	assert_int_equal(fetch_result_decode(r, 0), 0);
	assert_int_equal(r->len, 0);
	assert_string_equal(r->body, "");
	fetch_result_free(&r);

	/* Damaged, truncated, and not asked for. */
	r = encoded(doc, sizeof doc - 1, 15 + 16, "gzip");
	r->body[r->len / 2] ^= 0x5a;
	r->body[r->len / 2 + 1] ^= 0xa5;
	assert_int_equal(fetch_result_decode(r, 0), -1);
	assert_string_equal(r->error, "the compressed document is corrupt");
	fetch_result_free(&r);
	r = encoded(doc, sizeof doc - 1, 15 + 16, "gzip");
	r->len /= 2;
	assert_int_equal(fetch_result_decode(r, 0), -1);
	assert_string_equal(r->error, "the compressed document is corrupt");
	fetch_result_free(&r);
	r = encoded(doc, sizeof doc - 1, 15 + 16, "compress");
	assert_int_equal(fetch_result_decode(r, 0), -1);
	assert_string_equal(r->error,
	    "the server sent an encoding that was not asked for (compress)");
	assert_int_equal(r->ok, 0);
	fetch_result_free(&r);
	(void)state;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_argv),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_decode_br_zstd),
		cmocka_unit_test(test_redact),
		cmocka_unit_test(test_local_sources),
		cmocka_unit_test(test_held_cap),
		cmocka_unit_test(test_exec_children),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
