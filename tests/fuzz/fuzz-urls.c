/*
 * fuzz-urls: the urls file (conf/urls.c).  Parse anything; then write the
 * feeds it found into a new list with urls_append, as an import does, and
 * parse that text again: each feed must come back with the same URL, name
 * and tags (urls-file parse -> write -> parse is the identity).
 */
#include "config.h"

#include <stdlib.h>

#include "base/lib.h"
#include "conf/urls.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct urls *u = urls_parse((const char *)data, size, "fuzz");
	struct fuzz_feed *f = xreallocarray(NULL, u->n + 1, sizeof *f);
	size_t i, n = 0;

	for (i = 0; i < u->n; i++) {
		if (u->entries[i].kind == URLS_QUERY)
			continue;	/* kept as written, never appended */
		f[n].url = u->entries[i].url;
		f[n].name = u->entries[i].name;
		f[n].tags = u->entries[i].tags;
		f[n].ntags = u->entries[i].ntags;
		n++;
	}
	fuzz_urls_round_trip(f, n);
	free(f);
	urls_free(&u);
	return 0;
}
