/*
 * store-quote.c: quotations extracted from articles (by the quote module,
 * through model/), kept per article and found again by speaker.  Rows go
 * with their article (ON DELETE CASCADE).  Speakers live in their own
 * table, with each word of their name (ASCII-lowercased) and the whole
 * name in speaker_words, so a lookup by name or by any word of it is one
 * index probe, however many quotations there are.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

static int	speaker_word(struct store *st, int64_t sid, const char *w,
		    size_t len);

static int
speaker_word(struct store *st, int64_t sid, const char *w, size_t len)
{
	sqlite3_stmt *s;
	char *low;
	size_t i;
	int rc;

	if ((s = store_stmt(st, SS_SPEAKER_WORD_ADD)) == NULL)
		return -1;
	low = xstrndup(w, len);
	for (i = 0; i < len; i++) {
		if (low[i] >= 'A' && low[i] <= 'Z')
			low[i] += 'a' - 'A';
	}
	sqlite3_bind_text(s, 1, low, -1, free);
	sqlite3_bind_int64(s, 2, sid);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "quotes");
		return -1;
	}
	return 0;
}

int64_t
store_speaker_id(struct store *st, const char *name)
{
	sqlite3_stmt *s;
	const char *p, *w;
	int64_t sid = 0;
	int rc;

	if ((s = store_stmt(st, SS_SPEAKER_FIND)) == NULL)
		return -1;
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		sid = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return sid;
	if (rc != SQLITE_DONE || (s = store_stmt(st, SS_SPEAKER_ADD)) == NULL) {
		store_db_error(st, "quotes");
		return -1;
	}
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "quotes");
		return -1;
	}
	sid = sqlite3_last_insert_rowid(st->db);
	if (speaker_word(st, sid, name, strlen(name)) == -1)
		return -1;
	for (p = name; *p != '\0';) {
		while (*p == ' ' || *p == '\t')
			p++;
		w = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		if (p > w && speaker_word(st, sid, w, p - w) == -1)
			return -1;
	}
	return sid;
}

int
store_quotes_replace(struct store *st, int64_t article_id,
    const struct store_quote *q, size_t n)
{
	sqlite3_stmt *s;
	int64_t sid;
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
		sid = 0;
		if (q[i].speaker != NULL && *q[i].speaker != '\0' &&
		    (sid = store_speaker_id(st, q[i].speaker)) == -1)
			goto fail;
		if ((s = store_stmt(st, SS_QUOTE_ADD)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int(s, 2, q[i].kind);
		sqlite3_bind_int(s, 3, q[i].level);
		store_bind_text(s, 4, q[i].text);
		if (sid > 0)
			sqlite3_bind_int64(s, 5, sid);
		else
			sqlite3_bind_null(s, 5);
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
	size_t len = 0, alloc = 0, i;
	char *low;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v3(st->db, "SELECT q.kind, q.level, q.text,"
	    " sp.name, a.id, a.title FROM speaker_words w"
	    " JOIN speakers sp ON sp.id = w.speaker_id"
	    " JOIN quotes q ON q.speaker_id = sp.id"
	    " JOIN articles a ON a.id = q.article_id"
	    " WHERE w.word = ?1"
	    " ORDER BY a.date DESC, a.id DESC, q.id LIMIT ?2", -1, 0, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, "quotes");
		return -1;
	}
	/* Trimmed and lowercased as the words were when stored. */
	while (*name == ' ' || *name == '\t')
		name++;
	low = xstrdup(name);
	for (i = strlen(low); i > 0 && (low[i - 1] == ' ' ||
	    low[i - 1] == '\t'); i--)
		low[i - 1] = '\0';
	for (i = 0; low[i] != '\0'; i++) {
		if (low[i] >= 'A' && low[i] <= 'Z')
			low[i] += 'a' - 'A';
	}
	sqlite3_bind_text(s, 1, low, -1, free);
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
