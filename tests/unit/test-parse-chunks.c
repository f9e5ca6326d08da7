/*
 * test-parse-chunks: one document, one result.  Every fixture feed, every
 * file of the shared conformance corpus (when SHARED_DIR is set) and
 * randomly mutated, mostly ill-formed copies of them are parsed whole
 * (parse_feed, as reload and the TUI do) and streamed (as --parse does) in
 * 1-byte chunks and in chunks of random sizes; the JSON (or the error)
 * must be the same every time.
 *
 * PARSE_CHUNKS_MUTANTS (default 300), PARSE_CHUNKS_BIG (mutants of a
 * 300 KB feed, default 20) and PARSE_CHUNKS_SEED widen the
 * random part by hand; a failing document is written to
 * test-parse-chunks.fail.
 */
#include "config.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "feed/feed-json.h"
#include "parse/lib.h"

struct doclist {
	char		**path;
	size_t		 n, cap;
};

static unsigned long seed = 2192;

static unsigned
rnd(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

static void
list_add(struct doclist *l, const char *path)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->path = xreallocarray(l->path, l->cap, sizeof *l->path);
	}
	l->path[l->n++] = xstrdup(path);
}

/* Every regular file under dir (its helper scripts too: they are input
 * as hostile as any). */
static void
list_dir(struct doclist *l, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct stat st;
	char *p;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
			list_dir(l, p);
		else if (S_ISREG(st.st_mode))
			list_add(l, p);
		free(p);
	}
	closedir(d);
}

static int
slurp(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	char tmp[8192];
	size_t n;

	buf_reset(b);
	if (f == NULL)
		return -1;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(b, tmp, n);
	fclose(f);
	return 0;
}

static void
dump_whole(struct buf *out, const char *s, size_t len)
{
	struct feed_doc *doc = NULL;
	char err[256];

	buf_reset(out);
	if (parse_feed(s, len, NULL, &doc, err, sizeof err) != 0) {
		buf_printf(out, "error: %s\n", err);
		return;
	}
	feed_json_doc(out, doc);
	feed_doc_free(&doc);
}

static int
take(const struct feed_meta *m, struct feed_entry *e, void *arg)
{
	(void)m;
	feed_doc_take_entry(arg, e);
	return 0;
}

/* chunk 0: random sizes from 1 byte to two pieces (128 KiB). */
static void
dump_stream(struct buf *out, const char *s, size_t len, size_t chunk)
{
	struct feed_doc *doc = feed_doc_new();
	struct parse_stream *ps = parse_stream_new(NULL, take, doc);
	struct feed_meta m;
	size_t off = 0, n;
	char err[256];
	int rc = 0;

	buf_reset(out);
	memset(&m, 0, sizeof m);
	while (off < len && rc == 0) {
		n = chunk != 0 ? chunk : rnd() % 8 == 0 ? 1 + rnd() % 131072 :
		    1 + rnd() % 300;
		if (n > len - off)
			n = len - off;
		rc = parse_stream_push(ps, s + off, n, err, sizeof err);
		off += n;
	}
	if (rc == 0)
		rc = parse_stream_finish(ps, &m, err, sizeof err);
	parse_stream_free(&ps);
	if (rc != 0)
		buf_printf(out, "error: %s\n", err);
	else {
		feed_meta_clear(&doc->meta);
		doc->meta = m;
		feed_json_doc(out, doc);
	}
	feed_doc_free(&doc);
}

static void
same_every_way(const char *name, const char *s, size_t len)
{
	struct buf whole = BUF_INIT, part = BUF_INIT;
	static const size_t chunks[] = { 1, 0, 0, 65535, 65537 };
	size_t i;
	FILE *f;

	dump_whole(&whole, s, len);
	for (i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
		dump_stream(&part, s, len, chunks[i]);
		if (strcmp(buf_str(&part), buf_str(&whole)) == 0)
			continue;
		if ((f = fopen("test-parse-chunks.fail", "wb")) != NULL) {
			fwrite(s, 1, len, f);
			fclose(f);
		}
		fail_msg("%s: streamed in chunks of %zu (0: random) differs "
		    "from the whole parse; document in test-parse-chunks.fail",
		    name, chunks[i]);
	}
	buf_free(&whole);
	buf_free(&part);
}

/* Damage of the kinds that send libxml2's recovery different ways. */
static void
mutate(struct buf *out, const struct buf *in)
{
	static const char *const bits[] = {
		"<", ">", "&", "\"", "'", "</", "<![CDATA[", "]]>", "<!--",
		"-->", "<?", "?>", "&amp", "&#", "&#x", "&eacute", "<item>",
		"</item>", "<entry>", "<title>", "</title>", "\xc3", "\xa9",
		"\xe2\x80", "\xff", "\0", "<!DOCTYPE x [", "]>", " xml:base=\"a/\"",
		" xml:base=\"b/\"", "=",
	};
	size_t i, n = 1 + rnd() % 12, at, cut;

	buf_reset(out);
	buf_add(out, in->data, in->len);
	for (i = 0; i < n && out->len > 0; i++) {
		at = rnd() % out->len;
		switch (rnd() % 4) {
		case 0: {	/* insert */
			const char *b = bits[rnd() % (sizeof bits /
			    sizeof bits[0])];
			size_t bl = *b == '\0' ? 1 : strlen(b);
			struct buf t = BUF_INIT;

			buf_add(&t, out->data, at);
			buf_add(&t, b, bl);
			buf_add(&t, out->data + at, out->len - at);
			buf_free(out);
			*out = t;
			break;
		}
		case 1:		/* delete a few bytes */
			cut = 1 + rnd() % 8;
			if (cut > out->len - at)
				cut = out->len - at;
			memmove(out->data + at, out->data + at + cut,
			    out->len - at - cut);
			out->len -= cut;
			out->data[out->len] = '\0';
			break;
		case 2:		/* flip a byte */
			out->data[at] = (char)rnd();
			break;
		default:	/* cut short */
			if (rnd() % 3 == 0) {
				out->len = at;
				out->data[at] = '\0';
			}
			break;
		}
	}
}

static void
test_corpus_and_mutants(void **state)
{
	struct doclist l = { NULL, 0, 0 };
	struct buf doc = BUF_INIT, mut = BUF_INIT, cat = BUF_INIT;
	const char *shared = getenv("SHARED_DIR"), *e;
	char *conf, name[64];
	size_t i, nmut = 300, nbig = 20;

	(void)state;
	if ((e = getenv("PARSE_CHUNKS_MUTANTS")) != NULL)
		nmut = strtoul(e, NULL, 10);
	if ((e = getenv("PARSE_CHUNKS_SEED")) != NULL)
		seed = strtoul(e, NULL, 10);
	if ((e = getenv("PARSE_CHUNKS_BIG")) != NULL)
		nbig = strtoul(e, NULL, 10);
	list_dir(&l, FIXTURES);
	assert_true(l.n >= 10);
	if (shared != NULL && *shared != '\0') {
		conf = xasprintf("%s/conformance", shared);
		list_dir(&l, conf);
		free(conf);
	}
	for (i = 0; i < l.n; i++) {
		assert_int_equal(slurp(l.path[i], &doc), 0);
		/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): buf_add reads nothing when the length is 0 */
		same_every_way(l.path[i], doc.data != NULL ? doc.data : "",
		    doc.len);
		/* All of them after the first in one document: ill-formed
		 * (a root per file, prologs in the middle) and big. */
		if (i == 0)
			/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): nothing is read at length 0 */
			buf_add(&cat, doc.data, doc.len);
		/* data is set when len > 0 (clang-analyzer-core.NullDereference) */
		else if (cat.len < 1200000 && doc.len > 0 && doc.data[0] == '<') /* NOLINT(clang-analyzer-core.NullDereference) */
			buf_add(&cat, doc.data, doc.len);
	}
	same_every_way("all in one", cat.data, cat.len);
	for (i = 0; i < nmut; i++) {
		/* NOLINTNEXTLINE(clang-analyzer-core.DivideZero): l.n >= 10, asserted above */
		assert_int_equal(slurp(l.path[rnd() % l.n], &doc), 0);
		if (doc.len == 0)
			continue;
		mutate(&mut, &doc);
		snprintf(name, sizeof name, "mutant %zu", i);
		same_every_way(name, mut.data != NULL ? mut.data : "", mut.len);
	}
	/* Invalid UTF-8 only after the first KiB: whether the document is
	 * windows-1252 is decided on the same bytes however they come (once
	 * it was decided on the first chunk, so "\xc3\xa9" came out as
	 * U+00E9 streamed and as "\u00c3\u00a9" whole). */
	buf_reset(&doc);
	buf_adds(&doc, "<rss><channel><title>T</title>");
	while (doc.len < 1500)
		buf_adds(&doc, "<item><title>plain ascii</title></item>");
	buf_adds(&doc, "<item><title>caf\xe9 \xe8\xe0\xe9\xe8 \xc3\xa9</title>"
	    "</item></channel></rss>");
	same_every_way("late windows-1252", doc.data, doc.len);
	/* A feed of several pieces, so that cuts fall inside the stages'
	 * hold-backs at piece ends too. */
	buf_reset(&doc);
	buf_adds(&doc, "<rss><channel><title>big</title>");
	for (i = 0; doc.len < 300000; i++)
		buf_printf(&doc, "<item><title>%zu caf\xc3\xa9 a&b <</title>"
		    "<description><![CDATA[x]]> &eacute; &#X41;</description>"
		    "%s</item>", i, i % 97 == 0 ? "<broken" : "");
	buf_adds(&doc, "</channel></rss>");
	same_every_way("big", doc.data, doc.len);
	for (i = 0; i < nbig; i++) {
		mutate(&mut, &doc);
		same_every_way("big mutant", mut.data, mut.len);
	}
	for (i = 0; i < l.n; i++)
		free(l.path[i]);
	free(l.path);
	buf_free(&doc);
	buf_free(&mut);
	buf_free(&cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus_and_mutants),
	};

	parse_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
