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
/* Words of this many characters or more also match as a prefix. */
#define STORE_SEARCH_PREFIX_MIN	3
/* Up to this many matches, SQLite sorts them by date; beyond it, the date
 * index is walked and each id tested against the set of matches. */
#define STORE_SEARCH_SPARSE	4000
/* A word in more than one article in this many is "dense": walk the date
 * index and ask the index about each article instead of listing every
 * match, up to this many questions. */
#define STORE_SEARCH_DENSE	4
#define STORE_SEARCH_PROBES	2000
/* A prefix of up to this many words in the index is searched as them. */
#define STORE_SEARCH_TERMS	32

struct search_probe {
	struct store	*st;
	sqlite3_stmt	*s;
	int		 asked;
};

/* The feed's display name is model_feed_name's rule: name, else title,
 * else URL, an empty string counting as none. */
#define ROW_COLS "SELECT a.id, a.feed_id, (SELECT coalesce(nullif(f.name," \
	" ''), nullif(f.title, ''), f.url) FROM feeds f WHERE f.id =" \
	" a.feed_id), a.title, a.author, a.link, a.date, a.unread, a.starred," \
	" a.flags, a.deleted"

/* The ids matching a search, as a bitmap. */
struct search_set {
	uint64_t	*bits;
	int64_t		 max;	/* ids up to this one are covered */
	int64_t		 n;	/* members */
};

static int	 query_where(struct store *st, const struct store_query *q,
		     struct buf *sql, char **match);
static void	 query_after(const struct store_query *q, struct buf *sql,
		     const char *prefix);
static int	 query_bind(sqlite3_stmt *s, const struct store_query *q,
		     const char *match);
static void	 row_from(sqlite3_stmt *s, struct store_article_row *r);
static void	 row_marks(sqlite3_stmt *s, struct store_article_row *r,
		     int col);
static int	 is_sep(const unsigned char *p, size_t *len);
static int	 search_collect(struct store *st, const char *match,
		     struct search_set *set);
static int	 search_has(const struct search_set *set, int64_t id);
typedef int (*search_has_fn)(void *arg, int64_t id);
static int	 search_list(struct store *st, const struct store_query *q,
		     search_has_fn has, void *arg, size_t offset, size_t limit,
		     struct store_article_row **rows, size_t *n);
static int	 search_has_bit(void *arg, int64_t id);
static int	 search_has_probe(void *arg, int64_t id);
static int64_t	 search_plan(struct store *st, char **match, int *noprobe);
static int	 search_count(struct store *st, const struct search_set *set,
		     const struct store_query *q, int64_t *total,
		     int64_t *unread);
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

/* Characters in w[0, len): bytes that do not continue one. */
static size_t
query_chars(const unsigned char *w, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += (w[i] & 0xc0) != 0x80;
	return n;
}

/* Adds one quoted token to the expression being built. */
struct expr {
	struct buf	 b;
	size_t		 nwords;
	int		 prefix;	/* '*' after the tokens given */
};

static void
expr_token(void *arg, const unsigned char *t, size_t len)
{
	struct expr *e = arg;

	if (e->nwords >= STORE_SEARCH_MAXWORDS)
		return;
	if (e->b.len > 0)
		buf_addc(&e->b, ' ');
	buf_addc(&e->b, '"');
	buf_add(&e->b, t, len);
	buf_addc(&e->b, '"');
	/* A CJK pair or character is a whole token of the index. */
	if (e->prefix && !(len % 3 == 0 && len <= 6 && store_cjk_char(t)))
		buf_addc(&e->b, '*');
	e->nwords++;
}

/*
 * "foo bar" -> "\"foo\"* \"bar\"*": every word must occur, as a word or
 * the start of one (words shorter than STORE_SEARCH_PREFIX_MIN only as
 * words, unless they end in '*'); a word in double quotes only as
 * itself.  CJK runs become their pairs (store-cjk.c).  NULL when there is
 * no word at all.
 */
char *
store_search_expr(const char *text)
{
	const unsigned char *p = (const unsigned char *)text, *w;
	struct expr e;
	size_t len;
	int star, quoted = 0;

	memset(&e, 0, sizeof e);
	while (*p != '\0' && e.nwords < STORE_SEARCH_MAXWORDS) {
		while (*p != '\0' && is_sep(p, &len)) {
			if (*p == '"')
				quoted = !quoted;
			p += len;
		}
		w = p;
		while (*p != '\0' && !is_sep(p, &len))
			p += len;
		if (p == w)
			break;
		star = 0;
		len = p - w;
		while (len > 0 && w[len - 1] == '*') {
			star = 1;
			len--;
		}
		while (len > 0 && *w == '*') {
			w++;
			len--;
		}
		if (len == 0 || memchr(w, '*', len) != NULL)
			continue;
		e.prefix = star || (!quoted &&
		    query_chars(w, len) >= STORE_SEARCH_PREFIX_MIN);
		if (store_cjk_any((const char *)w, len))
			store_cjk_grams(w, len, 1, expr_token, &e);
		else
			expr_token(&e, w, len);
	}
	if (e.nwords == 0) {
		buf_free(&e.b);
		return NULL;
	}
	return buf_detach(&e.b);
}

/* Append the FROM/WHERE part for q; *match gets the FTS expression.
 * Returns 1 when the scope can match nothing (empty search). */
static int
query_where(struct store *st, const struct store_query *q, struct buf *sql,
    char **match)
{
	(void)st;
	*match = NULL;
	if (q->scope == STORE_SCOPE_SEARCH) {
		if (q->text == NULL ||
		    (*match = store_search_expr(q->text)) == NULL)
			return 1;
		/* Few matches (see store_article_list): from the index to
		 * the rows, then sorted; CROSS JOIN keeps that order. */
		buf_adds(sql, " FROM (SELECT rowid AS rid FROM articles_fts"
		    " WHERE articles_fts MATCH :match) m"
		    " CROSS JOIN articles a ON a.id = m.rid WHERE 1");
	} else
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
		if (q->feed_id > 0)	/* started from the feed's list */
			buf_adds(sql, " AND a.feed_id = :feed");
		break;
	}
	if (q->unread_only && q->scope != STORE_SCOPE_UNREAD)
		buf_adds(sql, " AND a.unread = 1");
	query_after(q, sql, "a.");
	return 0;
}

/* The keyset condition: rows after (after_date, after_id) in q's order.
 * The date bound alone is what the index range uses; the id only breaks
 * ties within that one date. */
static void
query_after(const struct store_query *q, struct buf *sql, const char *p)
{
	if (q->after_id <= 0)
		return;
	if (q->by_title && q->scope != STORE_SCOPE_SEARCH) {
		buf_printf(sql, " AND (COALESCE(%stitle, '') COLLATE NOCASE %s "
		    ":atitle OR (COALESCE(%stitle, '') COLLATE NOCASE = :atitle"
		    " AND %sid %s :aid))", p, q->oldest_first ? ">" : "<", p, p,
		    q->oldest_first ? ">" : "<");
		return;
	}
	if (q->oldest_first)
		buf_printf(sql, " AND %sdate >= :adate AND (%sdate > :adate OR"
		    " %sid > :aid)", p, p, p);
	else
		buf_printf(sql, " AND %sdate <= :adate AND (%sdate < :adate OR"
		    " %sid < :aid)", p, p, p);
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
	if ((i = sqlite3_bind_parameter_index(s, ":adate")) > 0)
		sqlite3_bind_int64(s, i, q->after_date);
	if ((i = sqlite3_bind_parameter_index(s, ":aid")) > 0)
		sqlite3_bind_int64(s, i, q->after_id);
	if ((i = sqlite3_bind_parameter_index(s, ":atitle")) > 0)
		store_bind_text(s, i, q->after_title != NULL ? q->after_title :
		    "");
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

/* The tidying marks, at column col on. */
static void
row_marks(sqlite3_stmt *s, struct store_article_row *r, int col)
{
	r->flags = store_col_strdup(s, col);
	r->deleted = sqlite3_column_int(s, col + 1);
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
	buf_adds(&sql, ROW_COLS);
	if (query_where(st, q, &sql, &match) == 1) {
		buf_free(&sql);
		return 0;
	}
	if (match != NULL) {
		struct search_set set;
		struct search_probe pr;
		int64_t est, all = 0, unread;
		struct store_query aq = { .scope = q->feed_id > 0 ?
		    STORE_SCOPE_FEED : STORE_SCOPE_ALL, .feed_id = q->feed_id };

		int noprobe;

		est = search_plan(st, &match, &noprobe);
		if (est == 0) {
			ret = 0;
			goto out;
		}
		if (est > 0 && !noprobe &&
		    store_article_count(st, &aq, &all, &unread) == 0 &&
		    est * STORE_SEARCH_DENSE > all) {
			memset(&pr, 0, sizeof pr);
			pr.st = st;
			if (sqlite3_prepare_v3(st->db, "SELECT 1 FROM articles_fts"
			    " WHERE articles_fts MATCH ?1 AND rowid = ?2", -1, 0,
			    &pr.s, NULL) != SQLITE_OK) {
				store_db_error(st, N_("search"));
				goto out;
			}
			store_bind_text(pr.s, 1, match);
			ret = search_list(st, q, search_has_probe, &pr, offset,
			    limit, rows, n);
			sqlite3_finalize(pr.s);
			if (ret == 0 && pr.asked <= STORE_SEARCH_PROBES)
				goto out;
			store_article_rows_free(rows, *n);	/* too sparse */
			*n = 0;
			ret = -1;
		}
		if (search_collect(st, match, &set) == -1)
			goto out;
		if (set.n > STORE_SEARCH_SPARSE || set.n == 0) {
			ret = set.n == 0 ? 0 : search_list(st, q, search_has_bit,
			    &set, offset, limit, rows, n);
			free(set.bits);
			goto out;
		}
		free(set.bits);
	}
	if (q->by_title && q->scope != STORE_SCOPE_SEARCH)
		buf_printf(&sql, " ORDER BY COALESCE(a.title, '') COLLATE "
		    "NOCASE %s, a.id %s LIMIT %zu OFFSET %zu",
		    q->oldest_first ? "ASC" : "DESC",
		    q->oldest_first ? "ASC" : "DESC", limit, offset);
	else
		buf_printf(&sql, " ORDER BY a.date %s, a.id %s LIMIT %zu "
		    "OFFSET %zu", q->oldest_first ? "ASC" : "DESC",
		    q->oldest_first ? "ASC" : "DESC", limit, offset);
	if (sqlite3_prepare_v3(st->db, buf_str(&sql), -1, 0, &s, NULL) !=
	    SQLITE_OK) {
		store_db_error(st, N_("article list"));
		goto out;
	}
	query_bind(s, q, match);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == alloc) {
			alloc = alloc ? alloc * 2 : (limit && limit < 256 ?
			    limit : 256);
			v = xreallocarray(v, alloc, sizeof *v);
		}
		row_from(s, &v[len]);
		row_marks(s, &v[len++], 9);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("article list"));
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
	struct store_query cq = *q;
	int ret = -1;

	cq.after_id = 0;	/* counts are of the whole list */
	q = &cq;
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
		if (match != NULL) {
			struct search_set set;

			if (search_collect(st, match, &set) == -1)
				goto out;
			if (set.n > STORE_SEARCH_SPARSE) {
				ret = search_count(st, &set, q, total, unread);
				if (ret == 0 && q->unread_only)
					*total = *unread;
				free(set.bits);
				goto out;
			}
			free(set.bits);
		}
		break;
	}
	if (sqlite3_prepare_v3(st->db, buf_str(&sql), -1, 0, &s, NULL) !=
	    SQLITE_OK) {
		store_db_error(st, N_("article count"));
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
		store_db_error(st, N_("article count"));
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
		free((*rows)[i].flags);
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
	if ((rc = store_step_row(st, s, N_("article"))) == 0)
		log_error(_("no article with id %lld in the cache"),
		    (long long)id);
	if (rc != 1)
		return -1;
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
	row_marks(s, &out->row, 18);
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
	free(a->row.flags);
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
		store_db_error(st, N_("next unread"));
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
		store_db_error(st, N_("next unread"));
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

static int
search_collect(struct store *st, const char *match, struct search_set *set)
{
	sqlite3_stmt *s;
	int64_t id;
	int rc;

	memset(set, 0, sizeof *set);
	if (sqlite3_prepare_v3(st->db, "SELECT coalesce(max(id), 0)"
	    " FROM articles", -1, 0, &s, NULL) != SQLITE_OK)
		goto dberr;
	if (sqlite3_step(s) == SQLITE_ROW)
		set->max = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	set->bits = xcalloc(set->max / 64 + 1, sizeof *set->bits);
	if (sqlite3_prepare_v3(st->db, "SELECT rowid FROM articles_fts"
	    " WHERE articles_fts MATCH ?1", -1, 0, &s, NULL) != SQLITE_OK)
		goto dberr;
	store_bind_text(s, 1, match);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		if (id <= 0 || id > set->max || search_has(set, id))
			continue;
		set->bits[id / 64] |= UINT64_C(1) << (id % 64);
		set->n++;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		goto dberr;
	return 0;
dberr:
	store_db_error(st, N_("search"));
	FREE(&set->bits);
	return -1;
}

static int
search_has(const struct search_set *set, int64_t id)
{
	if (id <= 0 || id > set->max)
		return 0;
	return (set->bits[id / 64] >> (id % 64)) & 1;
}

static int
search_has_bit(void *arg, int64_t id)
{
	return search_has(arg, id);
}

/* Ask the index whether one article matches; past the budget, say "stop"
 * (-1) so the caller lists the matches instead. */
static int
search_has_probe(void *arg, int64_t id)
{
	struct search_probe *pr = arg;
	int rc;

	if (++pr->asked > STORE_SEARCH_PROBES)
		return -1;
	sqlite3_reset(pr->s);
	sqlite3_bind_int64(pr->s, 2, id);
	rc = sqlite3_step(pr->s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	store_db_error(pr->st, N_("search"));
	return -1;
}

/*
 * An upper bound of the matches from the index's own per-word counts
 * (the smallest of them; -1 when unknown, e.g. for a word the tokenizer
 * folds), and the expression to run.  A prefix with few words in the
 * index becomes those words ("loa"* -> ("loa" OR "loan")), counted by
 * their sum: FTS5 merges a prefix's lists anew for every question, so
 * the probing walk asks about exact words only.  A prefix with more
 * words stays one, and *noprobe says not to probe with it.
 */
static int64_t
search_plan(struct store *st, char **match, int *noprobe)
{
	sqlite3_stmt *s;
	struct buf out = BUF_INIT;
	const char *p, *q, *e, *t;
	int64_t est = -1, d, nterms;
	char *term;
	size_t i;
	int folded;

	*noprobe = 0;
	if (!st->vocab) {
		if (sqlite3_exec(st->db, "CREATE VIRTUAL TABLE IF NOT EXISTS"
		    " temp.articles_vocab USING fts5vocab(main, articles_fts,"
		    " 'row')", NULL, NULL, NULL) != SQLITE_OK)
			return -1;
		st->vocab = 1;
	}
	if (sqlite3_prepare_v3(st->db, "SELECT term, doc FROM"
	    " temp.articles_vocab WHERE term >= ?1 AND term < ?2 LIMIT ?3",
	    -1, 0, &s, NULL) != SQLITE_OK)
		return -1;
	for (p = *match; (q = strchr(p, '"')) != NULL; p = e + 1 +
	    (e[1] == '*')) {
		if ((e = strchr(q + 1, '"')) == NULL)
			break;
		/* FTS5 wants AND spelled out next to a group */
		if (out.len > 0)
			buf_adds(&out, " AND ");
		term = xstrndup(q + 1, (size_t)(e - q - 1));
		folded = 0;
		for (i = 0; term[i] != '\0'; i++) {
			if (term[i] >= 'A' && term[i] <= 'Z')
				term[i] += 'a' - 'A';
			else if ((unsigned char)term[i] >= 0x80)
				folded = 1;	/* the tokenizer folds these */
		}
		if (folded) {
			buf_add(&out, q, (size_t)(e + 1 + (e[1] == '*') - q));
			free(term);
			est = -2;
			continue;
		}
		sqlite3_reset(s);
		/* The end of the range: no word goes on with U+10FFFF. */
		sqlite3_bind_text(s, 2, xasprintf("%s%s", term, e[1] == '*' ?
		    "\xf4\x8f\xbf\xbf" : "\x01"), -1, free);
		sqlite3_bind_text(s, 1, term, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(s, 3, STORE_SEARCH_TERMS + 1);
		d = nterms = 0;
		if (e[1] == '*')
			buf_addc(&out, '(');
		while (sqlite3_step(s) == SQLITE_ROW) {
			t = (const char *)sqlite3_column_text(s, 0);
			d += sqlite3_column_int64(s, 1);
			if (e[1] == '*' && t != NULL && strchr(t, '"') == NULL)
				buf_printf(&out, "%s\"%s\"", nterms > 0 ?
				    " OR " : "", t);
			nterms++;
		}
		if (e[1] == '*') {
			if (nterms > STORE_SEARCH_TERMS || nterms == 0) {
				/* too many words (or none): the prefix */
				while (out.len > 0 && out.data[out.len - 1] !=
				    '(')
					out.len--;
				out.len--;
				buf_printf(&out, "\"%s\"*", term);
				if (nterms > STORE_SEARCH_TERMS) {
					*noprobe = 1;
					d = INT64_MAX;
				}
			} else
				buf_addc(&out, ')');
		} else
			buf_printf(&out, "\"%s\"", term);
		free(term);
		if (est != -2 && (est < 0 || d < est))
			est = d;
	}
	sqlite3_finalize(s);
	free(*match);
	*match = buf_detach(&out);
	return est == -2 ? -1 : est;
}

/* Many matches: walk the date index (only ids are read), keep the ids
 * has() accepts until the page is full, then fetch those rows.  -1 when
 * has() gave up. */
static int
search_list(struct store *st, const struct store_query *q, search_has_fn has,
    void *arg, size_t offset, size_t limit, struct store_article_row **rows,
    size_t *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *s;
	int64_t *ids;
	size_t nids = 0, skipped = 0, alloc, i;
	int rc;

	if (limit == 0)
		return 0;
	if (q->feed_id > 0)
		buf_printf(&sql, "SELECT id FROM articles INDEXED BY %s"
		    " WHERE feed_id = :feed%s", q->unread_only ?
		    "articles_feed_unread" : "articles_feed_date",
		    q->unread_only ? " AND unread = 1" : "");
	else
		buf_printf(&sql, "SELECT id FROM articles INDEXED BY %s"
		    " WHERE 1%s", q->unread_only ? "articles_unread" :
		    "articles_date", q->unread_only ? " AND unread = 1" : "");
	query_after(q, &sql, "");
	buf_adds(&sql, q->oldest_first ? " ORDER BY date, id" :
	    " ORDER BY date DESC, id DESC");
	rc = sqlite3_prepare_v3(st->db, buf_str(&sql), -1, 0, &s, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK) {
		store_db_error(st, N_("search"));
		return -1;
	}
	query_bind(s, q, NULL);
	alloc = limit < 256 ? limit : 256;
	ids = xreallocarray(NULL, alloc, sizeof *ids);
	while (nids < limit && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if ((rc = has(arg, sqlite3_column_int64(s, 0))) == -1)
			break;
		if (rc == 0)
			continue;
		if (skipped++ < offset)
			continue;
		if (nids == alloc) {
			alloc *= 2;
			ids = xreallocarray(ids, alloc, sizeof *ids);
		}
		ids[nids++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc == -1) {
		free(ids);
		return -1;
	}
	if (nids == 0) {	/* past the end: no rows, nothing to free */
		free(ids);
		return 0;
	}

	*rows = xcalloc(nids, sizeof **rows);
	if (sqlite3_prepare_v3(st->db, ROW_COLS " FROM articles a"
	    " WHERE a.id = ?1", -1, 0, &s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("search"));
		free(ids);
		FREE(rows);
		return -1;
	}
	for (i = 0; i < nids; i++) {
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, ids[i]);
		if ((rc = sqlite3_step(s)) != SQLITE_ROW)
			break;
		row_from(s, &(*rows)[*n]);
		row_marks(s, &(*rows)[*n], 9);
		(*n)++;
	}
	sqlite3_finalize(s);
	free(ids);
	return 0;
}

/* How many of the set are in q's scope (all, or its feed) and how many
 * of them unread: the date and unread indexes hold ids only. */
static int
search_count(struct store *st, const struct search_set *set,
    const struct store_query *q, int64_t *total, int64_t *unread)
{
	sqlite3_stmt *s;
	int rc, feed = q->feed_id > 0;

	*total = feed ? 0 : set->n;
	*unread = 0;
	if (sqlite3_prepare_v3(st->db, feed ? "SELECT id, unread FROM articles"
	    " INDEXED BY articles_feed_date WHERE feed_id = ?1" :
	    "SELECT id, 1 FROM articles INDEXED BY articles_unread"
	    " WHERE unread = 1", -1, 0, &s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("search"));
		return -1;
	}
	if (feed)
		sqlite3_bind_int64(s, 1, q->feed_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (!search_has(set, sqlite3_column_int64(s, 0)))
			continue;
		*total += feed;
		*unread += sqlite3_column_int(s, 1);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("search"));
		return -1;
	}
	return 0;
}
