/*
 * store-query.c: reading articles for the views.  Every list is one page
 * (LIMIT/OFFSET) walked along an index in date order; counts come from the
 * feeds' counters where a scope allows it.  Search words become an FTS5
 * expression of quoted single tokens, so no user text is ever parsed as
 * FTS5 syntax.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

#define STORE_SEARCH_MAXWORDS	16

static char	*query_match_expr(const char *text);
static int	 query_where(struct store *st, const struct store_query *q,
		     struct buf *sql, char **match);
static int	 query_bind(sqlite3_stmt *s, const struct store_query *q,
		     const char *match);
static void	 row_from(sqlite3_stmt *s, struct store_article_row *r);
static int	 is_sep(const unsigned char *p, size_t *len);
static int64_t	 query_one_id(struct store *st, const char *sql, int64_t a,
		     int64_t b, int64_t c, int64_t d);

/* A byte sequence that ends a search word: ASCII other than letters and
 * digits, and the common Unicode punctuation blocks (the tokenizer splits
 * there too, and detail=none cannot match a multi-token phrase). */
static int
is_sep(const unsigned char *p, size_t *len)
{
	unsigned int cp;

	*len = 1;
	if (*p < 0x80)
		return !((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || *p == '*');
	if ((*p & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80) {
		*len = 2;
		cp = (p[0] & 0x1f) << 6 | (p[1] & 0x3f);
		return (cp >= 0xa0 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7;
	}
	if ((*p & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80) {
		*len = 3;
		cp = (p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		return (cp >= 0x2000 && cp <= 0x206f) ||
		    (cp >= 0x3000 && cp <= 0x303f) ||
		    (cp >= 0xfe30 && cp <= 0xfe4f) ||
		    (cp >= 0xff01 && cp <= 0xff0f);
	}
	while ((p[*len] & 0xc0) == 0x80 && *len < 4)
		(*len)++;
	return 0;
}

/* "foo bar*" -> "\"foo\" \"bar\"*": every word must occur; a trailing '*'
 * asks for a prefix.  NULL when there is no word at all. */
static char *
query_match_expr(const char *text)
{
	const unsigned char *p = (const unsigned char *)text, *w;
	struct buf b = BUF_INIT;
	size_t len, nwords = 0;
	int prefix;

	while (*p != '\0' && nwords < STORE_SEARCH_MAXWORDS) {
		while (*p != '\0' && is_sep(p, &len))
			p += len;
		w = p;
		while (*p != '\0' && !is_sep(p, &len))
			p += len;
		if (p == w)
			break;
		prefix = 0;
		len = p - w;
		while (len > 0 && w[len - 1] == '*') {
			prefix = 1;
			len--;
		}
		while (len > 0 && *w == '*') {
			w++;
			len--;
		}
		if (len == 0 || memchr(w, '*', len) != NULL)
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_addc(&b, '"');
		buf_add(&b, w, len);
		buf_addc(&b, '"');
		if (prefix)
			buf_addc(&b, '*');
		nwords++;
	}
	if (nwords == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* Append the FROM/WHERE part for q; *match gets the FTS expression.
 * Returns 1 when the scope can match nothing (empty search). */
static int
query_where(struct store *st, const struct store_query *q, struct buf *sql,
    char **match)
{
	(void)st;
	*match = NULL;
	buf_adds(sql, " FROM articles a WHERE 1");
	switch (q->scope) {
	case STORE_SCOPE_ALL:
		break;
	case STORE_SCOPE_FEED:
		buf_adds(sql, " AND a.feed_id = :feed");
		break;
	case STORE_SCOPE_TAG:
		buf_adds(sql, " AND a.feed_id IN (SELECT id FROM feeds WHERE"
		    " instr(' ' || coalesce(tags, '') || ' ',"
		    " ' ' || :tag || ' ') > 0)");
		break;
	case STORE_SCOPE_UNREAD:
		buf_adds(sql, " AND a.unread = 1");
		break;
	case STORE_SCOPE_STARRED:
		buf_adds(sql, " AND a.starred = 1");
		break;
	case STORE_SCOPE_SEARCH:
		if (q->text == NULL ||
		    (*match = query_match_expr(q->text)) == NULL)
			return 1;
		buf_adds(sql, " AND a.id IN (SELECT rowid FROM articles_fts"
		    " WHERE articles_fts MATCH :match)");
		break;
	}
	if (q->unread_only && q->scope != STORE_SCOPE_UNREAD)
		buf_adds(sql, " AND a.unread = 1");
	return 0;
}

static int
query_bind(sqlite3_stmt *s, const struct store_query *q, const char *match)
{
	int i;

	if ((i = sqlite3_bind_parameter_index(s, ":feed")) > 0)
		sqlite3_bind_int64(s, i, q->feed_id);
	if ((i = sqlite3_bind_parameter_index(s, ":tag")) > 0)
		store_bind_text(s, i, q->tag != NULL ? q->tag : "");
	if ((i = sqlite3_bind_parameter_index(s, ":match")) > 0)
		store_bind_text(s, i, match);
	return 0;
}

static void
row_from(sqlite3_stmt *s, struct store_article_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(s, 0);
	r->feed_id = sqlite3_column_int64(s, 1);
	r->feed_title = store_col_strdup(s, 2);
	r->title = store_col_strdup(s, 3);
	r->author = store_col_strdup(s, 4);
	r->link = store_col_strdup(s, 5);
	r->date = sqlite3_column_int64(s, 6);
	r->unread = sqlite3_column_int(s, 7);
	r->starred = sqlite3_column_int(s, 8);
}

int
store_article_list(struct store *st, const struct store_query *q,
    size_t offset, size_t limit, struct store_article_row **rows, size_t *n)
{
	struct buf sql = BUF_INIT;
	struct store_article_row *v = NULL;
	sqlite3_stmt *s;
	char *match;
	size_t len = 0, alloc = 0;
	int rc, ret = -1;

	*rows = NULL;
	*n = 0;
	buf_adds(&sql, "SELECT a.id, a.feed_id, (SELECT coalesce(f.name,"
	    " f.title, f.url) FROM feeds f WHERE f.id = a.feed_id), a.title,"
	    " a.author, a.link, a.date, a.unread, a.starred");
	if (query_where(st, q, &sql, &match) == 1) {
		buf_free(&sql);
		return 0;
	}
	buf_printf(&sql, " ORDER BY a.date %s, a.id %s LIMIT %zu OFFSET %zu",
	    q->oldest_first ? "ASC" : "DESC", q->oldest_first ? "ASC" : "DESC",
	    limit, offset);
	if (sqlite3_prepare_v3(st->db, buf_str(&sql), -1, 0, &s, NULL) !=
	    SQLITE_OK) {
		store_db_error(st, "article list");
		goto out;
	}
	query_bind(s, q, match);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == alloc) {
			alloc = alloc ? alloc * 2 : (limit && limit < 256 ?
			    limit : 256);
			v = xreallocarray(v, alloc, sizeof *v);
		}
		row_from(s, &v[len++]);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "article list");
		store_article_rows_free(&v, len);
		goto out;
	}
	*rows = v;
	*n = len;
	ret = 0;
out:
	free(match);
	buf_free(&sql);
	return ret;
}

int
store_article_count(struct store *st, const struct store_query *q,
    int64_t *total, int64_t *unread)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *s;
	char *match = NULL;
	int ret = -1;

	*total = *unread = 0;
	switch (q->scope) {
	case STORE_SCOPE_ALL:
		buf_adds(&sql, "SELECT sum(total), sum(unread) FROM feeds");
		break;
	case STORE_SCOPE_FEED:
		buf_adds(&sql, "SELECT total, unread FROM feeds"
		    " WHERE id = :feed");
		break;
	case STORE_SCOPE_TAG:
		buf_adds(&sql, "SELECT sum(total), sum(unread) FROM feeds WHERE"
		    " instr(' ' || coalesce(tags, '') || ' ',"
		    " ' ' || :tag || ' ') > 0");
		break;
	case STORE_SCOPE_UNREAD:
		buf_adds(&sql, "SELECT sum(unread), sum(unread) FROM feeds");
		break;
	default:
		buf_adds(&sql, "SELECT count(*), coalesce(sum(a.unread), 0)");
		if (query_where(st, q, &sql, &match) == 1) {
			buf_free(&sql);
			return 0;
		}
		break;
	}
	if (sqlite3_prepare_v3(st->db, buf_str(&sql), -1, 0, &s, NULL) !=
	    SQLITE_OK) {
		store_db_error(st, "article count");
		goto out;
	}
	query_bind(s, q, match);
	switch (sqlite3_step(s)) {
	case SQLITE_ROW:
		*total = sqlite3_column_int64(s, 0);
		*unread = sqlite3_column_int64(s, 1);
		/* FALLTHROUGH */
	case SQLITE_DONE:
		ret = 0;
		break;
	default:
		store_db_error(st, "article count");
		break;
	}
	sqlite3_finalize(s);
	if (ret == 0 && q->unread_only)
		*total = *unread;
out:
	free(match);
	buf_free(&sql);
	return ret;
}

void
store_article_rows_free(struct store_article_row **rows, size_t n)
{
	size_t i;

	if (*rows == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*rows)[i].feed_title);
		free((*rows)[i].title);
		free((*rows)[i].author);
		free((*rows)[i].link);
	}
	FREE(rows);
}

int
store_article_get(struct store *st, int64_t id, struct store_article *out)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if ((s = store_stmt(st, SS_ART_GET)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			log_error(_("no article with id %lld in the cache"),
			    (long long)id);
		else
			store_db_error(st, "article");
		sqlite3_reset(s);
		return -1;
	}
	row_from(s, &out->row);
	out->guid = store_col_strdup(s, 9);
	out->summary = store_col_body(s, 10);
	out->content = store_col_body(s, 11);
	out->content_type = sqlite3_column_int(s, 12) == FEED_CONTENT_TEXT ?
	    FEED_CONTENT_TEXT : FEED_CONTENT_HTML;
	out->published = sqlite3_column_type(s, 13) == SQLITE_NULL ?
	    FEED_DATE_NONE : sqlite3_column_int64(s, 13);
	out->updated = sqlite3_column_type(s, 14) == SQLITE_NULL ?
	    FEED_DATE_NONE : sqlite3_column_int64(s, 14);
	out->categories = store_col_strdup(s, 15);
	out->enclosure_url = store_col_strdup(s, 16);
	out->enclosure_type = store_col_strdup(s, 17);
	sqlite3_reset(s);
	return 0;
}

void
store_article_clear(struct store_article *a)
{
	free(a->row.feed_title);
	free(a->row.title);
	free(a->row.author);
	free(a->row.link);
	free(a->guid);
	free(a->summary);
	free(a->content);
	free(a->categories);
	free(a->enclosure_url);
	free(a->enclosure_type);
	memset(a, 0, sizeof *a);
}

/* One id from a single-column query with up to four integer parameters;
 * 0 when there is no row, -1 on error. */
static int64_t
query_one_id(struct store *st, const char *sql, int64_t a, int64_t b,
    int64_t c, int64_t d)
{
	sqlite3_stmt *s;
	int64_t id = 0;
	int rc;

	if (sqlite3_prepare_v3(st->db, sql, -1, 0, &s, NULL) != SQLITE_OK) {
		store_db_error(st, "next unread");
		return -1;
	}
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	sqlite3_bind_int64(s, 3, c);
	sqlite3_bind_int64(s, 4, d);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE) {
		store_db_error(st, "next unread");
		id = -1;
	}
	sqlite3_finalize(s);
	return id;
}

int64_t
store_next_unread(struct store *st, int64_t from, int dir)
{
	sqlite3_stmt *s;
	int64_t feed_id = 0, date = 0, id, fid;
	int64_t pos = dir > 0 ? -1 : INT64_MAX;

	if (from > 0) {
		if ((s = store_stmt(st, SS_ART_FEED_OF)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, from);
		if (sqlite3_step(s) == SQLITE_ROW) {
			feed_id = sqlite3_column_int64(s, 0);
			pos = sqlite3_column_int64(s, 1);
			date = sqlite3_column_int64(s, 2);
		}
		sqlite3_reset(s);
	}
	if (feed_id > 0) {
		/* The rest of this feed, in list order (newest first). */
		id = query_one_id(st, dir > 0 ?
		    "SELECT id FROM articles WHERE feed_id = ?1 AND unread = 1"
		    " AND (date, id) < (?2, ?3) ORDER BY date DESC, id DESC"
		    " LIMIT 1" :
		    "SELECT id FROM articles WHERE feed_id = ?1 AND unread = 1"
		    " AND (date, id) > (?2, ?3) ORDER BY date, id LIMIT 1",
		    feed_id, date, from, 0);
		if (id != 0)
			return id;
	}
	/* Then the next listed feed with unread articles (the counters say
	 * which), from its newest (forward) or oldest (backward) one. */
	for (;;) {
		fid = query_one_id(st, dir > 0 ?
		    "SELECT id FROM feeds WHERE position >= 0 AND unread > 0"
		    " AND (position, id) > (?1, ?2) ORDER BY position, id"
		    " LIMIT 1" :
		    "SELECT id FROM feeds WHERE position >= 0 AND unread > 0"
		    " AND (position, id) < (?1, ?2)"
		    " ORDER BY position DESC, id DESC LIMIT 1",
		    pos, feed_id, 0, 0);
		if (fid <= 0)
			return fid;
		id = query_one_id(st, dir > 0 ?
		    "SELECT id FROM articles WHERE feed_id = ?1 AND unread = 1"
		    " ORDER BY date DESC, id DESC LIMIT 1" :
		    "SELECT id FROM articles WHERE feed_id = ?1 AND unread = 1"
		    " ORDER BY date, id LIMIT 1", fid, 0, 0, 0);
		if (id != 0)
			return id;
		/* A counter out of step: move on to the feed after it. */
		feed_id = fid;
		pos = query_one_id(st, "SELECT position FROM feeds"
		    " WHERE id = ?1", fid, 0, 0, 0);
	}
}
