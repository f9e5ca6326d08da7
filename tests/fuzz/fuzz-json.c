/*
 * fuzz-json: `tidings --parse` output is valid JSON in valid UTF-8 for any
 * input.  The document is parsed the way cmd_parse does it (streamed,
 * feed_json_head + entries + tail) and whole (feed_json_doc); each output
 * is checked with utf8_valid and read back with jansson.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/lib.h"
#include "feed/feed-json.h"
#include "parse/lib.h"
#include "tests/fuzz/fuzz.h"

struct out {
	struct buf	 entries;
	size_t		 n;
};

static int
on_entry(const struct feed_meta *meta, struct feed_entry *e, void *arg)
{
	struct out *o = arg;

	(void)meta;
	if (o->n++ > 0)
		buf_addc(&o->entries, ',');
	feed_json_entry(&o->entries, e);
	return 0;
}

static void
check_json(const struct buf *b, const char *how)
{
	json_error_t jerr;
	json_t *j;

	FUZZ_CHECK(fuzz_utf8(b->data, b->len), "%s: output not UTF-8", how);
	j = json_loadb(b->data, b->len, JSON_REJECT_DUPLICATES, &jerr);
	FUZZ_CHECK(j != NULL, "%s: invalid JSON at %d:%d: %s", how, jerr.line,
	    jerr.column, jerr.text);
	FUZZ_CHECK(json_is_object(j) && json_is_array(json_object_get(j,
	    "entries")), "%s: not {\"entries\": [...]}", how);
	json_decref(j);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_opts opts;
	struct parse_stream *ps;
	struct feed_meta meta;
	struct feed_doc *doc = NULL;
	struct out o;
	struct buf b = BUF_INIT;
	char err[256];
	int rc;

	memset(&opts, 0, sizeof opts);
	opts.url = "http://example.org/feeds/feed.xml";
	memset(&o, 0, sizeof o);
	memset(&meta, 0, sizeof meta);
	ps = parse_stream_new(&opts, on_entry, &o);
	rc = parse_stream_push(ps, (const char *)data, size, err, sizeof err);
	if (rc == 0)
		rc = parse_stream_finish(ps, &meta, err, sizeof err);
	parse_stream_free(&ps);
	if (rc == 0) {
		feed_json_head(&b, &meta);
		buf_add(&b, buf_str(&o.entries), o.entries.len);
		feed_json_tail(&b);
		check_json(&b, "streamed");
	}
	feed_meta_clear(&meta);
	buf_free(&o.entries);
	buf_reset(&b);
	if (parse_feed((const char *)data, size, &opts, &doc, err,
	    sizeof err) == 0) {
		feed_json_doc(&b, doc);
		check_json(&b, "whole");
	}
	feed_doc_free(&doc);
	buf_free(&b);
	return 0;
}
