/*
 * fuzz-quote: the quotation finder (quote/) on rendered text, through
 * model_quotes_body as the reload and --quotes call it ("T..." = plain
 * text, else HTML).  Every quote must lie inside the rendered blocks,
 * start no later than it ends, and carry valid UTF-8 text and speaker.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/quotes.h"
#include "quote/lib.h"
#include "render/lib.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rdoc *doc = NULL;
	struct quote *q = NULL;
	const char *body = (const char *)data;
	size_t nq = 0, i;
	int text = 0;

	if (size > 0 && data[0] == 'T') {
		text = 1;
		body++;
		size--;
	}
	if (size == 0)
		return 0;
	/* The same render model_quotes_body does, for the bounds. */
	render_html(body, size, text ? RENDER_TEXT : 0, &doc);
	FUZZ_CHECK(model_quotes_rdoc(doc, &q, &nq) == 0, "quote_find failed");
	for (i = 0; i < nq; i++) {
		const struct quote *x = &q[i];

		FUZZ_CHECK(x->para_start <= x->para_end &&
		    x->para_end < doc->nblocks, "quote %zu paras %zu..%zu of %zu",
		    i, x->para_start, x->para_end, doc->nblocks);
		FUZZ_CHECK(x->off_start <= doc->blocks[x->para_start].len &&
		    x->off_end <= doc->blocks[x->para_end].len &&
		    (x->para_start < x->para_end || x->off_start <= x->off_end),
		    "quote %zu offsets %zu:%zu..%zu:%zu", i, x->para_start,
		    x->off_start, x->para_end, x->off_end);
		FUZZ_CHECK(x->mark_start <= x->off_start &&
		    x->mark_end >= x->off_end &&
		    x->mark_end <= doc->blocks[x->para_end].len,
		    "quote %zu marks %zu..%zu", i, x->mark_start, x->mark_end);
		FUZZ_CHECK(x->level >= 1, "quote %zu level %d", i, x->level);
		FUZZ_CHECK(x->text != NULL && fuzz_utf8(x->text,
		    strlen(x->text)), "quote %zu text", i);
		FUZZ_CHECK(x->speaker == NULL || fuzz_utf8(x->speaker,
		    strlen(x->speaker)), "quote %zu speaker", i);
		FUZZ_CHECK(x->kind != QUOTE_BLOCK || x->speaker == NULL,
		    "quote %zu: a block quote with a speaker", i);
	}
	quote_free(&q, nq);
	rdoc_free(&doc);
	/* And the entry point itself, which must agree on the count. */
	FUZZ_CHECK(model_quotes_body(body, size, text, &q, &i) == 0 && i == nq,
	    "model_quotes_body found %zu, the rdoc %zu", i, nq);
	quote_free(&q, i);
	return 0;
}
