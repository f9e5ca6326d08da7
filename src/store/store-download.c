/*
 * store-download: an article's enclosures (written by the merge with the
 * article) and the download queue.  The queue is small and changes a few
 * times a second at most, so its statements are prepared per call; the
 * enclosure statements run once per merged article and are cached.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

#define DL_COLS	"id, url, coalesce(article_id, 0), feed_title, title, type," \
	" path, state, size, got, tries, error, added, played"

static int	 dl_prepare(struct store *, const char *, sqlite3_stmt **);
static int	 dl_end(struct store *, sqlite3_stmt *, int);
static int	 dl_finish(struct store *, sqlite3_stmt *);
static void	*dl_grow(void *, size_t *, size_t, size_t);
static void	 dl_from_row(sqlite3_stmt *, struct store_download *);

int
store_enclosures_put(struct store *st, int64_t article_id,
    const struct feed_entry *e, int fresh)
{
	const struct feed_enclosure *enc;
	sqlite3_stmt *s;
	size_t i;

	if (!fresh) {
		if ((s = store_stmt(st, SS_ENC_DEL)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, article_id);
		if (store_step_done(st, s, N_("merge")) == -1)
			return -1;
	}
	for (i = 0; e != NULL && i < e->nenclosures; i++) {
		enc = &e->enclosures[i];
		if (enc->url == NULL || strlen(enc->url) > 4096)
			continue;
		if ((s = store_stmt(st, SS_ENC_PUT)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int64(s, 2, (int64_t)i);
		store_bind_text(s, 3, enc->url);
		store_bind_text(s, 4, enc->type);
		sqlite3_bind_int64(s, 5, enc->length);
		sqlite3_bind_int64(s, 6, enc->duration);
		if (store_step_done(st, s, N_("merge")) == -1)
			return -1;
	}
	return 0;
}

static int
dl_prepare(struct store *st, const char *sql, sqlite3_stmt **s)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("download queue"));
		return -1;
	}
	return 0;
}

/* Finalize s after its last step gave rc: 0 when that was the end,
 * else -1 logged. */
static int
dl_end(struct store *st, sqlite3_stmt *s, int rc)
{
	if (rc != SQLITE_DONE)
		store_db_error(st, N_("download queue"));
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Step a prepared write to its end and finalize it: 0, or -1 logged. */
static int
dl_finish(struct store *st, sqlite3_stmt *s)
{
	return dl_end(st, s, sqlite3_step(s));
}

/* v with room for row n (doubling *alloc). */
static void *
dl_grow(void *v, size_t *alloc, size_t n, size_t size)
{
	if (n < *alloc)
		return v;
	*alloc = *alloc == 0 ? 8 : *alloc * 2;
	return xreallocarray(v, *alloc, size);
}

int
store_enclosure_list(struct store *st, int64_t article_id,
    struct store_enclosure **out, size_t *n)
{
	sqlite3_stmt *s;
	struct store_enclosure *v = NULL;
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	/* The table's rows, else the article's own first enclosure. */
	if (dl_prepare(st, "SELECT url, type, length, duration FROM enclosures"
	    " WHERE article_id = ?1 UNION ALL SELECT enclosure_url,"
	    " enclosure_type, -1, -1 FROM articles WHERE id = ?1"
	    " AND enclosure_url IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
	    " enclosures WHERE article_id = ?1)", &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = dl_grow(v, &alloc, *n, sizeof *v);
		v[*n].url = store_col_strdup(s, 0);
		v[*n].type = store_col_strdup(s, 1);
		v[*n].length = sqlite3_column_int64(s, 2);
		v[*n].duration = sqlite3_column_int64(s, 3);
		if (v[*n].url != NULL)
			(*n)++;
	}
	*out = v;
	if (dl_end(st, s, rc) == -1) {
		store_enclosures_free(out, *n);
		*n = 0;
		return -1;
	}
	return 0;
}

void
store_enclosures_free(struct store_enclosure **e, size_t n)
{
	size_t i;

	if (*e == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*e)[i].url);
		free((*e)[i].type);
	}
	FREE(e);
}

static void
dl_from_row(sqlite3_stmt *s, struct store_download *d)
{
	memset(d, 0, sizeof *d);
	d->id = sqlite3_column_int64(s, 0);
	d->url = store_col_strdup(s, 1);
	d->article_id = sqlite3_column_int64(s, 2);
	d->feed_title = store_col_strdup(s, 3);
	d->title = store_col_strdup(s, 4);
	d->type = store_col_strdup(s, 5);
	d->path = store_col_strdup(s, 6);
	d->state = sqlite3_column_int(s, 7);
	d->size = sqlite3_column_int64(s, 8);
	d->got = sqlite3_column_int64(s, 9);
	d->tries = sqlite3_column_int(s, 10);
	d->error = store_col_strdup(s, 11);
	d->added = sqlite3_column_int64(s, 12);
	d->played = sqlite3_column_int(s, 13);
}

int64_t
store_download_add(struct store *st, const struct store_download *d)
{
	sqlite3_stmt *s;
	int64_t id;

	if (dl_prepare(st, "INSERT OR IGNORE INTO downloads (url, article_id,"
	    " feed_title, title, type, path, state, size, added) VALUES"
	    " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", &s) == -1)
		return -1;
	store_bind_text(s, 1, d->url);
	if (d->article_id > 0)
		sqlite3_bind_int64(s, 2, d->article_id);
	store_bind_text(s, 3, d->feed_title);
	store_bind_text(s, 4, d->title);
	store_bind_text(s, 5, d->type);
	store_bind_text(s, 6, d->path != NULL ? d->path : "");
	sqlite3_bind_int(s, 7, d->state);
	sqlite3_bind_int64(s, 8, d->size);
	sqlite3_bind_int64(s, 9, d->added);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_db_error(st, N_("download queue"));
		sqlite3_finalize(s);
		return -1;
	}
	id = sqlite3_changes(st->db) > 0 ? sqlite3_last_insert_rowid(st->db) :
	    0;
	sqlite3_finalize(s);
	return id;
}

int
store_download_list(struct store *st, struct store_download **rows,
    size_t *n)
{
	sqlite3_stmt *s;
	struct store_download *v = NULL;
	size_t alloc = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	if (dl_prepare(st, "SELECT " DL_COLS " FROM downloads ORDER BY id",
	    &s) == -1)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = dl_grow(v, &alloc, *n, sizeof *v);
		dl_from_row(s, &v[(*n)++]);
	}
	*rows = v;
	if (dl_end(st, s, rc) == -1) {
		store_downloads_free(rows, *n);
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_download_get(struct store *st, int64_t id, struct store_download *out)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if (dl_prepare(st, "SELECT " DL_COLS " FROM downloads WHERE id = ?1",
	    &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		dl_from_row(s, out);
	else if (rc != SQLITE_DONE)
		store_db_error(st, N_("download queue"));
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

int
store_download_update(struct store *st, const struct store_download *d)
{
	sqlite3_stmt *s;

	if (dl_prepare(st, "UPDATE downloads SET state = ?2, size = ?3,"
	    " got = ?4, tries = ?5, error = ?6, played = ?7,"
	    " path = coalesce(?8, path) WHERE id = ?1", &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	sqlite3_bind_int(s, 2, d->state);
	sqlite3_bind_int64(s, 3, d->size);
	sqlite3_bind_int64(s, 4, d->got);
	sqlite3_bind_int(s, 5, d->tries);
	store_bind_text(s, 6, d->error);
	sqlite3_bind_int(s, 7, d->played);
	store_bind_text(s, 8, d->path);
	return dl_finish(st, s);
}

int
store_download_delete(struct store *st, int64_t id)
{
	sqlite3_stmt *s;

	if (dl_prepare(st, "DELETE FROM downloads WHERE id = ?1", &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return dl_finish(st, s);
}

int
store_download_fresh(struct store *st, struct store_download **rows,
    size_t *n, int64_t *upto)
{
	sqlite3_stmt *s;
	struct store_download *v = NULL, *d;
	size_t alloc = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	*upto = 0;
	if (dl_prepare(st, "SELECT coalesce(max(id), 0) FROM articles", &s) ==
	    -1)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		*upto = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (dl_prepare(st, "SELECT a.id, coalesce(e.url, a.enclosure_url),"
	    " coalesce(e.type, a.enclosure_type), a.title,"
	    " coalesce(f.name, f.title, f.url), a.date, coalesce(e.length, -1)"
	    " FROM articles a JOIN feeds f ON f.id = a.feed_id"
	    " LEFT JOIN enclosures e ON e.article_id = a.id AND e.pos = 0"
	    " WHERE a.id > (SELECT coalesce(max(article_id), 0)"
	    "   FROM download_mark) AND a.id <= ?1"
	    " AND coalesce(e.url, a.enclosure_url) IS NOT NULL ORDER BY a.id",
	    &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, *upto);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = dl_grow(v, &alloc, *n, sizeof *v);
		d = &v[(*n)++];
		memset(d, 0, sizeof *d);
		d->article_id = sqlite3_column_int64(s, 0);
		d->url = store_col_strdup(s, 1);
		d->type = store_col_strdup(s, 2);
		d->title = store_col_strdup(s, 3);
		d->feed_title = store_col_strdup(s, 4);
		d->date = sqlite3_column_int64(s, 5);
		d->size = sqlite3_column_int64(s, 6);
	}
	*rows = v;
	if (dl_end(st, s, rc) == -1) {
		store_downloads_free(rows, *n);
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_download_set_mark(struct store *st, int64_t upto)
{
	sqlite3_stmt *s;

	if (dl_prepare(st, "INSERT OR REPLACE INTO download_mark (id,"
	    " article_id) VALUES (1, ?1)", &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, upto);
	return dl_finish(st, s);
}

void
store_download_clear(struct store_download *d)
{
	free(d->url);
	free(d->feed_title);
	free(d->title);
	free(d->type);
	free(d->path);
	free(d->error);
	memset(d, 0, sizeof *d);
}

void
store_downloads_free(struct store_download **rows, size_t n)
{
	size_t i;

	if (*rows == NULL)
		return;
	for (i = 0; i < n; i++)
		store_download_clear(&(*rows)[i]);
	FREE(rows);
}
