/*
 * fuzz-feed: the feed parser (parse/), whole (parse_feed) and streamed
 * (parse_stream_*) in chunk sizes drawn from the input itself, as the
 * reload and `--parse` feed it network or file chunks.  Both must survive
 * anything; and they must agree: the same success or failure, and the same
 * document as --parse JSON (feed_json_doc of each).
 *
 * The agreement check is on by default; build with -DFUZZ_FEED_NO_AGREE
 * or run with TIDINGS_FUZZ_AGREE=0 to fuzz for crashes alone, or with
 * TIDINGS_FUZZ_AGREE=warn to print one "disagree:" line per input that
 * differs instead of stopping (for counting, e.g. with -runs=0 CORPUS).
 * TIDINGS_FUZZ_CHUNK=N streams every input in chunks of N bytes.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "feed/feed-json.h"
#include "parse/lib.h"
#include "tests/fuzz/fuzz.h"

#ifdef FUZZ_FEED_NO_AGREE
#define AGREE_DEFAULT 0
#else
#define AGREE_DEFAULT 1
#endif

/* 0 off, 1 abort on a difference, 2 print it and go on. */
static int agree;
static size_t fixed_chunk;	/* TIDINGS_FUZZ_CHUNK, 0 = drawn */

/* The switches, read once. */
static void
feed_settings(void)
{
	static int done;
	const char *v;

	if (done)
		return;
	done = 1;
	agree = fuzz_env("TIDINGS_FUZZ_AGREE", AGREE_DEFAULT);
	if ((v = getenv("TIDINGS_FUZZ_AGREE")) != NULL &&
	    strcmp(v, "warn") == 0)
		agree = 2;
	if ((v = getenv("TIDINGS_FUZZ_CHUNK")) != NULL)
		fixed_chunk = strtoul(v, NULL, 10);
}

static int
take_entry(const struct feed_meta *meta, struct feed_entry *e, void *arg)
{
	(void)meta;
	feed_doc_take_entry(arg, e);
	return 0;
}

/* FNV-1a: a seed for the chunk sizes that is the same for the same input. */
static uint32_t
hash(const uint8_t *p, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ *p++) * 16777619u;
	return h;
}

/* Stream data in chunks: 1 byte at a time for one input in four, else
 * sizes from 1 to 64 bytes drawn from the input's hash (a new draw per
 * chunk).  0 and *out, or -1 with err. */
static int
parse_streamed(const uint8_t *data, size_t size, const struct parse_opts *o,
    struct feed_doc **out, char *err, size_t errlen)
{
	struct feed_doc *doc = feed_doc_new();
	struct parse_stream *ps = parse_stream_new(o, take_entry, doc);
	uint32_t h = hash(data, size);
	int one = (h & 3) == 0, rc = 0;
	size_t off = 0, n;

	while (off < size && rc == 0) {
		h = h * 1103515245u + 12345u;
		n = fixed_chunk > 0 ? fixed_chunk :
		    one ? 1 : 1 + (h >> 16) % 64;
		if (n > size - off)
			n = size - off;
		rc = parse_stream_push(ps, (const char *)data + off, n, err,
		    errlen);
		off += n;
	}
	if (rc == 0)
		rc = parse_stream_finish(ps, &doc->meta, err, errlen);
	parse_stream_free(&ps);
	if (rc != 0)
		feed_doc_free(&doc);
	*out = doc;
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_opts opts;
	struct feed_doc *whole = NULL, *streamed = NULL;
	struct buf a = BUF_INIT, b = BUF_INIT;
	char err1[256], err2[256];
	int rc1, rc2;

	feed_settings();
	memset(&opts, 0, sizeof opts);
	opts.url = "http://example.org/feeds/feed.xml";
	err1[0] = err2[0] = '\0';
	rc1 = parse_feed((const char *)data, size, &opts, &whole, err1,
	    sizeof err1);
	rc2 = parse_streamed(data, size, &opts, &streamed, err2, sizeof err2);
	if (agree) {
		if (rc1 == 0 && rc2 == 0) {
			feed_json_doc(&a, whole);
			feed_json_doc(&b, streamed);
		}
		if (agree == 2 && (rc1 != rc2 || a.len != b.len ||
		    memcmp(buf_str(&a), buf_str(&b), a.len) != 0))
			fprintf(stderr, "disagree: whole %s, streamed %s%s\n",
			    rc1 == 0 ? "ok" : err1, rc2 == 0 ? "ok" : err2,
			    rc1 == 0 && rc2 == 0 ? " (documents differ)" : "");
		else if (agree == 1) {
			FUZZ_CHECK(rc1 == rc2, "whole %s (%s), streamed %s (%s)",
			    rc1 == 0 ? "ok" : "failed", err1,
			    rc2 == 0 ? "ok" : "failed", err2);
			FUZZ_CHECK(a.len == b.len &&
			    memcmp(buf_str(&a), buf_str(&b), a.len) == 0,
			    "the documents differ:\nwhole:    %s\nstreamed: %s",
			    buf_str(&a), buf_str(&b));
		}
	}
	buf_free(&a);
	buf_free(&b);
	feed_doc_free(&whole);
	feed_doc_free(&streamed);
	return 0;
}
