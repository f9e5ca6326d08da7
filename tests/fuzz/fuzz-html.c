/*
 * fuzz-html: the renderer (render/) as the article view calls it.  Input
 * "T..." is plain text (RENDER_TEXT, the rest of the bytes), anything else
 * HTML with the link list.  Each document is laid out at a narrow, a
 * usual and an input-derived width; every block and line must be valid
 * UTF-8 free of terminal controls (render/lib.h's promise), spans inside
 * their text, and every block offset must map to a line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "render/lib.h"
#include "tests/fuzz/fuzz.h"

/* No C0 control but '\n' (blocks only), no DEL, no C1, no bidi controls. */
static void
check_text(const char *s, size_t len, int newline_ok, const char *what)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	FUZZ_CHECK(fuzz_utf8(s, len), "%s: invalid UTF-8", what);
	for (i = 0; i < len; i++) {
		FUZZ_CHECK(p[i] >= 0x20 || (newline_ok && p[i] == '\n'),
		    "%s: control 0x%02x at %zu", what, p[i], i);
		FUZZ_CHECK(p[i] != 0x7f, "%s: DEL at %zu", what, i);
		FUZZ_CHECK(!(p[i] == 0xc2 && i + 1 < len && p[i + 1] >= 0x80 &&
		    p[i + 1] < 0xa0), "%s: C1 control at %zu", what, i);
		FUZZ_CHECK(!(p[i] == 0xe2 && i + 2 < len && ((p[i + 1] == 0x80 &&
		    p[i + 2] >= 0xaa && p[i + 2] <= 0xae) || (p[i + 1] == 0x81 &&
		    p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9))),
		    "%s: bidi control at %zu", what, i);
	}
}

static void
check_layout(const struct rdoc *doc, int width)
{
	struct rlines *rl = NULL;
	const struct rline *l;
	size_t i, j, line;
	int col;

	FUZZ_CHECK(rdoc_layout(doc, width, &rl) == 0 && rl != NULL,
	    "layout %d", width);
	for (i = 0; i < rl->nlines; i++) {
		l = &rl->lines[i];
		check_text(l->text, strlen(l->text), 0, "line");
		FUZZ_CHECK(l->block < doc->nblocks, "line %zu block %zu", i,
		    l->block);
		FUZZ_CHECK(l->start <= l->end &&
		    l->end <= doc->blocks[l->block].len,
		    "line %zu [%zu,%zu) of %zu", i, l->start, l->end,
		    doc->blocks[l->block].len);
		FUZZ_CHECK(l->prefix_len <= strlen(l->text), "line %zu prefix",
		    i);
		for (j = 0; j < l->nspans; j++)
			FUZZ_CHECK(l->spans[j].start <= l->spans[j].end &&
			    l->spans[j].end <= strlen(l->text),
			    "line %zu span %zu", i, j);
	}
	for (i = 0; i < doc->nblocks; i++) {
		if (rlines_locate(rl, i, doc->blocks[i].len / 2, &line,
		    &col) == 0)
			FUZZ_CHECK(line < rl->nlines && col >= 0,
			    "locate block %zu", i);
	}
	rlines_free(&rl);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rdoc *doc = NULL;
	const char *body = (const char *)data;
	int flags = RENDER_LINKLIST;
	size_t i, j;

	if (size > 0 && data[0] == 'T') {
		flags = RENDER_TEXT;
		body++;
		size--;
	}
	FUZZ_CHECK(render_html_base(body, size, flags,
	    "http://example.org/dir/page", &doc) == 0 && doc != NULL,
	    "render_html_base failed");
	for (i = 0; i < doc->nblocks; i++) {
		const struct rblock *b = &doc->blocks[i];

		FUZZ_CHECK(b->text != NULL && strlen(b->text) == b->len,
		    "block %zu length", i);
		check_text(b->text, b->len, 1, "block");
		for (j = 0; j < b->nspans; j++)
			FUZZ_CHECK(b->spans[j].start <= b->spans[j].end &&
			    b->spans[j].end <= b->len &&
			    (j == 0 || b->spans[j].start >= b->spans[j - 1].end),
			    "block %zu span %zu", i, j);
	}
	for (i = 0; i < doc->nlinks; i++) {
		check_text(doc->links[i], strlen(doc->links[i]), 0, "link");
		FUZZ_CHECK(doc->link_kinds != NULL &&
		    doc->link_kinds[i] <= RL_IFRAME, "link %zu kind", i);
	}
	check_layout(doc, 10);
	check_layout(doc, 80);
	check_layout(doc, 10 + (int)(size % 200));
	rdoc_free(&doc);
	return 0;
}
