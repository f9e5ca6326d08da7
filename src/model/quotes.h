/*
 * model/quotes: glue between the quote finder and the rest — it renders an
 * article body the way the article view does, runs the finder over the
 * render blocks, and writes an article's quotations to the store's index
 * (reload calls it for every article it stores).  Depends on base/,
 * render/, quote/ and store/; model_quotes_body is thread-safe.
 */
#ifndef TIDINGS_MODEL_QUOTES_H
#define TIDINGS_MODEL_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "quote/lib.h"

struct rdoc;
struct store;

/* Quotations of a rendered document: one quote_para per render block (so
 * quote positions are (block index, byte offset) in doc), blockquote
 * levels from the blocks, headings and <pre> flagged.  *out as from
 * quote_find (free with quote_free).  0 or -1. */
int	 model_quotes_rdoc(const struct rdoc *doc, struct quote **out,
	     size_t *n);

/* The speaker notes: for every run of speech quotations by one named
 * speaker in a block, " — Name" is written into doc's block text after the
 * sentence the run's last quotation ends, as an RA_NOTE span, so that
 * layout wraps it with the text; q's positions move with the text. */
void	 model_quotes_notes(struct rdoc *doc, struct quote *q, size_t nq);

/* Render a body (HTML, or plain text when is_text) and find its
 * quotations.  Positions refer to render_html(body, len, is_text ?
 * RENDER_TEXT : 0).  0 or -1. */
int	 model_quotes_body(const char *body, size_t len, int is_text,
	     struct quote **out, size_t *n);

/* Replace article id's stored quotations with q[0..nq) (taken: freed
 * here).  0, or -1 (logged). */
int	 model_quotes_save(struct store *st, int64_t id, struct quote *q,
	     size_t nq);

#endif
