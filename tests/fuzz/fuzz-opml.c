/*
 * fuzz-opml: OPML import (conf/opml.c) as `tidings -i` runs it: parse,
 * then append every feed to a urls file and read that back (the feeds must
 * survive with URL, name and tags).  An imported list must also export
 * (opml_write) to a document that imports again with the same URLs: every
 * address an import accepts (import_url_check) reads back exactly; others
 * may lose what no output carries (controls, bidi, zero width).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "conf/import.h"
#include "conf/opml.h"
#include "tests/fuzz/fuzz.h"

static void
check_import(const struct opml *o)
{
	struct fuzz_feed *f = xreallocarray(NULL, o->n + 1, sizeof *f);
	size_t i;

	for (i = 0; i < o->n; i++) {
		f[i].url = o->feeds[i].url;
		f[i].name = o->feeds[i].title;
		f[i].tags = o->feeds[i].tags;
		f[i].ntags = o->feeds[i].ntags;
	}
	fuzz_urls_round_trip(f, o->n);
	free(f);
}

static void
check_export(const struct opml *o)
{
	struct opml *back = NULL;
	struct buf b = BUF_INIT;
	char err[256];
	size_t i, off, len;

	opml_write(o, "fuzz", &b);
	FUZZ_CHECK(opml_parse(b.data, b.len, &back, err, sizeof err) == 0,
	    "the export does not import: %s\n%s", err, buf_str(&b));
	FUZZ_CHECK(back->n == o->n, "%zu feeds exported, %zu imported\n%s",
	    o->n, back->n, buf_str(&b));
	for (i = 0; i < o->n; i++)
		FUZZ_CHECK(import_url_check(o->feeds[i].url, &off, &len) !=
		    IMPORT_OK || strcmp(o->feeds[i].url, back->feeds[i].url) == 0,
		    "\"%s\" exported, \"%s\" imported", o->feeds[i].url,
		    back->feeds[i].url);
	opml_free(&back);
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opml *o = NULL;
	char err[256];
	size_t i;

	if (opml_parse((const char *)data, size, &o, err, sizeof err) != 0) {
		opml_free(&o);
		return 0;
	}
	for (i = 0; i < o->n; i++)
		FUZZ_CHECK(o->feeds[i].url != NULL && fuzz_utf8(o->feeds[i].url,
		    strlen(o->feeds[i].url)), "feed %zu url", i);
	check_import(o);
	check_export(o);
	opml_free(&o);
	return 0;
}
