/*
 * store-quote.c: quotations extracted from articles (by the quote module,
 * through model/), kept per article and found again by speaker.  Rows go
 * with their article (ON DELETE CASCADE).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

int
store_quotes_replace(struct store *st, int64_t article_id,
    const struct store_quote *q, size_t n)
{
	sqlite3_stmt *s;
	size_t i;

	if (store_tx_begin(st) == -1)
		return -1;
	if ((s = store_stmt(st, SS_QUOTE_DEL)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, article_id);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto dberr;
	for (i = 0; i < n; i++) {
		if (q[i].text == NULL)
			continue;
		if ((s = store_stmt(st, SS_QUOTE_ADD)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int(s, 2, q[i].kind);
		sqlite3_bind_int(s, 3, q[i].level);
		store_bind_text(s, 4, q[i].text);
		store_bind_text(s, 5, q[i].speaker);
		if (sqlite3_step(s) != SQLITE_DONE)
			goto dberr;
	}
	sqlite3_reset(s);
	return store_tx_commit(st);
dberr:
	store_db_error(st, "quotes");
	sqlite3_reset(s);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_quotes_by_speaker(struct store *st, const char *name, size_t limit,
    struct store_quote **out, size_t *n)
{
	sqlite3_stmt *s;
	struct store_quote *v = NULL, *x;
	size_t len = 0, alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v3(st->db, "SELECT q.kind, q.level, q.text,"
	    " q.speaker, a.id, a.title FROM quotes q"
	    " JOIN articles a ON a.id = q.article_id"
	    " WHERE q.speaker IS NOT NULL AND (q.speaker = ?1 COLLATE NOCASE"
	    "  OR instr(' ' || lower(q.speaker) || ' ',"
	    "   ' ' || lower(?1) || ' ') > 0)"
	    " ORDER BY a.date DESC, a.id DESC, q.id LIMIT ?2", -1, 0, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, "quotes");
		return -1;
	}
	store_bind_text(s, 1, name);
	sqlite3_bind_int64(s, 2, limit > 0 ? (int64_t)limit : -1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			v = xreallocarray(v, alloc, sizeof *v);
		}
		x = &v[len++];
		memset(x, 0, sizeof *x);
		switch (sqlite3_column_int(s, 0)) {
		case STORE_QUOTE_TERM:
			x->kind = STORE_QUOTE_TERM;
			break;
		case STORE_QUOTE_BLOCK:
			x->kind = STORE_QUOTE_BLOCK;
			break;
		default:
			x->kind = STORE_QUOTE_SPEECH;
			break;
		}
		x->level = sqlite3_column_int(s, 1);
		x->text = store_col_strdup(s, 2);
		x->speaker = store_col_strdup(s, 3);
		x->article_id = sqlite3_column_int64(s, 4);
		x->article_title = store_col_strdup(s, 5);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "quotes");
		store_quotes_free(&v, len);
		return -1;
	}
	*out = v;
	*n = len;
	return 0;
}

void
store_quotes_free(struct store_quote **q, size_t n)
{
	size_t i;

	if (*q == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*q)[i].text);
		free((*q)[i].speaker);
		free((*q)[i].article_title);
	}
	FREE(q);
}
