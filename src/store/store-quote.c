/*
 * store-quote.c: quotations extracted from articles (by the quote module,
 * through model/), kept per article and found again by speaker.  An
 * article's quotations are one BLOB in article_quotes: for each, in
 * document order, the kind (one byte), then the level, the speaker's id
 * (0: none) and the text's length as unsigned LEB128 varints, then the
 * text.  speaker_articles says which speakers an article quotes; both go
 * with their article (ON DELETE CASCADE).  Speakers live in their own
 * table, with each word of their name (ASCII-lowercased) and the whole
 * name in speaker_words, so a lookup by name or by any word of it is one
 * index probe, however many quotations there are.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

#define QUOTE_VARINT_MAX	10	/* bytes of a 64-bit LEB128 */

static int	speaker_word(struct store *st, int64_t sid, const char *w,
		    size_t len);
static void	varint_put(struct buf *b, uint64_t v);
static int	varint_get(const unsigned char **p, const unsigned char *end,
		    uint64_t *v);
static int	quote_unpack(const unsigned char **p, const unsigned char *end,
		    struct store_quote *q, int64_t *sid, size_t *textlen);
static uint64_t	speaker_hash(const char *name);
static int	quote_delete(struct store *st, enum store_stmt which,
		    int64_t article_id);

static void
varint_put(struct buf *b, uint64_t v)
{
	unsigned char c[QUOTE_VARINT_MAX];
	size_t n = 0;

	do {
		c[n] = v & 0x7f;
		v >>= 7;
		if (v != 0)
			c[n] |= 0x80;
		n++;
	} while (v != 0);
	buf_add(b, c, n);
}

/* 0, or -1 when the bytes end first or run too long. */
static int
varint_get(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	const unsigned char *s = *p;
	unsigned shift = 0;

	*v = 0;
	while (s < end && shift < 7 * QUOTE_VARINT_MAX) {
		/* cppcheck-suppress shiftTooManyBits ; shift is 0, 7, ... 63 */
		*v |= (uint64_t)(*s & 0x7f) << shift;
		if ((*s++ & 0x80) == 0) {
			*p = s;
			return 0;
		}
		shift += 7;
	}
	return -1;
}

void
store_quote_pack(struct buf *b, const struct store_quote *q,
    int64_t speaker_id)
{
	const char *text = q->text != NULL ? q->text : "";
	size_t len = strlen(text);

	buf_addc(b, (char)q->kind);
	varint_put(b, q->level > 0 ? (uint64_t)q->level : 0);
	varint_put(b, speaker_id > 0 ? (uint64_t)speaker_id : 0);
	varint_put(b, len);
	buf_add(b, text, len);
}

/* The next quotation of a packed list: q->text points into the BLOB
 * (textlen bytes, no NUL).  1 at the end, -1 when the list is damaged. */
static int
quote_unpack(const unsigned char **p, const unsigned char *end,
    struct store_quote *q, int64_t *sid, size_t *textlen)
{
	uint64_t level, id, len;

	if (*p >= end)
		return 1;
	switch (*(*p)++) {
	case STORE_QUOTE_TERM:
		q->kind = STORE_QUOTE_TERM;
		break;
	case STORE_QUOTE_BLOCK:
		q->kind = STORE_QUOTE_BLOCK;
		break;
	default:
		q->kind = STORE_QUOTE_SPEECH;
		break;
	}
	if (varint_get(p, end, &level) == -1 ||
	    varint_get(p, end, &id) == -1 ||
	    varint_get(p, end, &len) == -1 ||
	    len > (uint64_t)(end - *p) || level > 1000 || id > INT64_MAX)
		return -1;
	q->level = (int)level;
	q->text = (char *)(uintptr_t)*p;
	*textlen = (size_t)len;
	*sid = (int64_t)id;
	*p += len;
	return 0;
}

/* FNV-1a, for the cache slot only. */
static uint64_t
speaker_hash(const char *name)
{
	return store_hash(STORE_HASH_INIT, name, strlen(name));
}

static int
speaker_word(struct store *st, int64_t sid, const char *w, size_t len)
{
	sqlite3_stmt *s;
	char *low;
	size_t i;

	if ((s = store_stmt(st, SS_SPEAKER_WORD_ADD)) == NULL)
		return -1;
	low = xstrndup(w, len);
	for (i = 0; i < len; i++) {
		if (low[i] >= 'A' && low[i] <= 'Z')
			low[i] += 'a' - 'A';
	}
	sqlite3_bind_text(s, 1, low, -1, free);
	sqlite3_bind_int64(s, 2, sid);
	return store_step_done(st, s, N_("quotes"));
}

int64_t
store_speaker_id(struct store *st, const char *name)
{
	sqlite3_stmt *s;
	const char *p, *w;
	struct store_speaker *c;
	int64_t sid = 0;
	int rc;

	c = &st->speakers[speaker_hash(name) % STORE_SPEAKER_CACHE];
	if (c->name != NULL && strcmp(c->name, name) == 0)
		return c->id;
	if ((s = store_stmt(st, SS_SPEAKER_FIND)) == NULL)
		return -1;
	store_bind_text(s, 1, name);
	if ((rc = store_step_row(st, s, N_("quotes"))) == -1)
		return -1;
	if (rc == 1) {
		sid = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		goto found;
	}
	if ((s = store_stmt(st, SS_SPEAKER_ADD)) == NULL)
		return -1;
	store_bind_text(s, 1, name);
	if (store_step_done(st, s, N_("quotes")) == -1)
		return -1;
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
found:
	free(c->name);
	c->name = xstrdup(name);
	c->id = sid;
	return sid;
}

/* Run one of the DELETEs by article id; 0 or -1 (logged). */
static int
quote_delete(struct store *st, enum store_stmt which, int64_t article_id)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, which)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article_id);
	return store_step_done(st, s, N_("quotes"));
}

int
store_quotes_replace(struct store *st, int64_t article_id,
    const struct store_quote *q, size_t n)
{
	struct buf data = BUF_INIT;
	sqlite3_stmt *s;
	int64_t sid, *sids = NULL;
	size_t i, j, nsids = 0;

	if (store_tx_begin(st) == -1)
		return -1;
	/* An article inserted in this transaction has nothing to delete.
	 * Links exist only beside a row, and the links' DELETE is costly
	 * (SQLite makes a temporary table). */
	if ((st->fresh_from == 0 || article_id < st->fresh_from) &&
	    (quote_delete(st, SS_QUOTE_DEL, article_id) == -1 ||
	    (sqlite3_changes(st->db) > 0 &&
	    quote_delete(st, SS_QUOTE_LINKS_DEL, article_id) == -1)))
		goto fail;
	sids = xcalloc(n + 1, sizeof *sids);
	for (i = 0; i < n; i++) {
		if (q[i].text == NULL)
			continue;
		sid = 0;
		if (q[i].speaker != NULL && *q[i].speaker != '\0' &&
		    (sid = store_speaker_id(st, q[i].speaker)) == -1)
			goto fail;
		store_quote_pack(&data, &q[i], sid);
		for (j = 0; j < nsids && sids[j] != sid; j++)
			;
		if (sid > 0 && j == nsids)
			sids[nsids++] = sid;
	}
	if (data.len > 0) {
		if ((s = store_stmt(st, SS_QUOTE_PUT)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_blob(s, 2, data.data, (int)data.len,
		    SQLITE_STATIC);
		if (store_step_done(st, s, N_("quotes")) == -1)
			goto fail;
	}
	for (j = 0; j < nsids; j++) {
		if ((s = store_stmt(st, SS_QUOTE_LINK_ADD)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, sids[j]);
		sqlite3_bind_int64(s, 2, article_id);
		if (store_step_done(st, s, N_("quotes")) == -1)
			goto fail;
	}
	free(sids);
	buf_free(&data);
	return store_tx_commit(st);
fail:
	free(sids);
	buf_free(&data);
	store_tx_rollback(st);
	return -1;
}

/* One article's row of a by-speaker search: its quotations by any of the
 * speakers found in it, in document order, appended to v. */
struct by_speaker {
	struct store_quote	*v;
	size_t			 len, alloc, limit;
	int64_t			 article;
	char			*title;
	int64_t			*sids;
	char			**names;
	size_t			 nsids;
	unsigned char		*data;	/* the article's packed list */
	size_t			 datalen;
	int			 damaged;
};

static void
by_speaker_flush(struct by_speaker *bs)
{
	const unsigned char *p = bs->data, *end = p + bs->datalen;
	struct store_quote q, *x;
	int64_t sid;
	size_t i, textlen;
	int rc;

	while (bs->nsids > 0 && (bs->limit == 0 || bs->len < bs->limit) &&
	    (rc = quote_unpack(&p, end, &q, &sid, &textlen)) != 1) {
		if (rc == -1) {
			bs->damaged = 1;
			break;
		}
		for (i = 0; i < bs->nsids && bs->sids[i] != sid; i++)
			;
		if (i == bs->nsids)
			continue;
		if (bs->len == bs->alloc) {
			bs->alloc = bs->alloc ? bs->alloc * 2 : 16;
			bs->v = xreallocarray(bs->v, bs->alloc, sizeof *bs->v);
		}
		x = &bs->v[bs->len++];
		x->kind = q.kind;
		x->level = q.level;
		x->text = xstrndup(q.text, textlen);
		x->speaker = xstrdup(bs->names[i]);
		x->article_id = bs->article;
		x->article_title = bs->title != NULL ? xstrdup(bs->title) :
		    NULL;
	}
	for (i = 0; i < bs->nsids; i++)
		free(bs->names[i]);
	bs->nsids = 0;
	FREE(&bs->title);
	FREE(&bs->data);
	bs->datalen = 0;
}

int
store_quotes_by_speaker(struct store *st, const char *name, size_t limit,
    struct store_quote **out, size_t *n)
{
	struct by_speaker bs;
	sqlite3_stmt *s;
	size_t i, alloc = 0;
	char *low;
	int rc;

	*out = NULL;
	*n = 0;
	/* Rows of one article come together: its quotations are unpacked
	 * once for all the speakers the name matched in it. */
	if (sqlite3_prepare_v3(st->db, "SELECT a.id, sp.id, sp.name, a.title,"
	    " q.data FROM speaker_words w"
	    " JOIN speakers sp ON sp.id = w.speaker_id"
	    " JOIN speaker_articles l ON l.speaker_id = sp.id"
	    " JOIN articles a ON a.id = l.article_id"
	    " JOIN article_quotes q ON q.article_id = a.id"
	    " WHERE w.word = ?1"
	    " ORDER BY a.date DESC, a.id DESC", -1, 0, &s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("quotes"));
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
	memset(&bs, 0, sizeof bs);
	bs.limit = limit;
	bs.article = -1;
	while ((limit == 0 || bs.len < limit) &&
	    (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (sqlite3_column_int64(s, 0) != bs.article) {
			by_speaker_flush(&bs);
			bs.article = sqlite3_column_int64(s, 0);
			bs.title = store_col_strdup(s, 3);
			bs.datalen = (size_t)sqlite3_column_bytes(s, 4);
			bs.data = xmalloc(bs.datalen + 1);
			if (bs.datalen > 0)
				memcpy(bs.data, sqlite3_column_blob(s, 4),
				    bs.datalen);
		}
		if (bs.nsids == alloc) {
			alloc = alloc ? alloc * 2 : 4;
			bs.sids = xreallocarray(bs.sids, alloc,
			    sizeof *bs.sids);
			bs.names = xreallocarray(bs.names, alloc,
			    sizeof *bs.names);
		}
		bs.sids[bs.nsids] = sqlite3_column_int64(s, 1);
		bs.names[bs.nsids++] = store_col_strdup(s, 2);
	}
	if (limit > 0 && bs.len >= limit)
		rc = SQLITE_DONE;
	by_speaker_flush(&bs);
	free(bs.sids);
	free(bs.names);
	sqlite3_finalize(s);
	if (bs.damaged)
		log_warn("%s", _("some stored quotations are damaged"));
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("quotes"));
		store_quotes_free(&bs.v, bs.len);
		return -1;
	}
	*out = bs.v;
	*n = bs.len;
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
