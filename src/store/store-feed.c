/*
 * store-feed.c: feed rows (one per URL ever listed), their urls-file fields,
 * fetch outcomes and HTTP validators.  Feeds dropped from the urls file keep
 * their articles and get position -1.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

static void	feed_from_row(sqlite3_stmt *s, struct store_feed *f);

int64_t
store_feed_ensure(struct store *st, const char *url, const char *name,
    const char *tags, int hidden, int position)
{
	sqlite3_stmt *s;
	int64_t id = -1;
	int rc;

	if ((s = store_stmt(st, SS_FEED_FIND)) == NULL)
		return -1;
	store_bind_text(s, 1, url);
	if ((rc = store_step_row(st, s, N_("feed"))) == -1)
		return -1;
	if (rc == 1) {
		id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	}

	s = store_stmt(st, id > 0 ? SS_FEED_UPDATE_URLS : SS_FEED_INSERT);
	if (s == NULL)
		return -1;
	if (id > 0)
		sqlite3_bind_int64(s, 1, id);
	else
		store_bind_text(s, 1, url);
	store_bind_text(s, 2, name);
	store_bind_text(s, 3, tags);
	sqlite3_bind_int(s, 4, hidden != 0);
	sqlite3_bind_int(s, 5, position);
	if (store_step_done(st, s, N_("feed")) == -1)
		return -1;
	if (id <= 0)
		id = sqlite3_last_insert_rowid(st->db);
	return id;
}

static void
feed_from_row(sqlite3_stmt *s, struct store_feed *f)
{
	memset(f, 0, sizeof *f);
	f->id = sqlite3_column_int64(s, 0);
	f->url = store_col_strdup(s, 1);
	f->name = store_col_strdup(s, 2);
	f->title = store_col_strdup(s, 3);
	f->site_link = store_col_strdup(s, 4);
	f->tags = store_col_strdup(s, 5);
	f->hidden = sqlite3_column_int(s, 6);
	f->position = sqlite3_column_int(s, 7);
	f->unread = sqlite3_column_int64(s, 8);
	f->total = sqlite3_column_int64(s, 9);
	f->last_fetch = sqlite3_column_int64(s, 10);
	f->last_status = sqlite3_column_int(s, 11);
	f->last_error = store_col_strdup(s, 12);
	f->next_fetch = sqlite3_column_int64(s, 13);
	f->etag = store_col_strdup(s, 14);
	f->last_modified = store_col_strdup(s, 15);
}

int
store_feed_list(struct store *st, struct store_feed **rows, size_t *n)
{
	sqlite3_stmt *s;
	struct store_feed *v = NULL;
	size_t len = 0, alloc = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	if ((s = store_stmt(st, SS_FEED_LIST)) == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			v = xreallocarray(v, alloc, sizeof *v);
		}
		feed_from_row(s, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("feed list"));
		store_feed_list_free(&v, len);
		return -1;
	}
	*rows = v;
	*n = len;
	return 0;
}

int
store_feed_get(struct store *st, int64_t id, struct store_feed *out)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if ((s = store_stmt(st, SS_FEED_GET)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step_row(st, s, N_("feed"))) == 0)
		log_error(_("no feed with id %lld in the cache"), (long long)id);
	if (rc != 1)
		return -1;
	feed_from_row(s, out);
	sqlite3_reset(s);
	return 0;
}

void
store_feed_clear(struct store_feed *f)
{
	if (f == NULL)
		return;
	free(f->url);
	free(f->name);
	free(f->title);
	free(f->site_link);
	free(f->tags);
	free(f->last_error);
	free(f->etag);
	free(f->last_modified);
	memset(f, 0, sizeof *f);
}

void
store_feed_list_free(struct store_feed **rows, size_t n)
{
	size_t i;

	if (*rows == NULL)
		return;
	for (i = 0; i < n; i++)
		store_feed_clear(&(*rows)[i]);
	FREE(rows);
}

int
store_feed_unlist_all(struct store *st)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_FEED_UNLIST_ALL)) == NULL)
		return -1;
	return store_step_done(st, s, N_("feed list"));
}

int
store_feed_set_url(struct store *st, int64_t id, const char *url)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_FEED_SET_URL)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	store_bind_text(s, 2, url);
	return store_step_done(st, s, N_("feed url"));
}

int
store_feed_record_fetch(struct store *st, int64_t feed_id,
    const struct store_fetch_outcome *o)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_FEED_RECORD_FETCH)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, o->when);
	sqlite3_bind_int(s, 3, o->http_status);
	store_bind_text(s, 4, o->error);
	store_bind_text(s, 5, o->etag);
	store_bind_text(s, 6, o->last_modified);
	sqlite3_bind_int64(s, 7, o->next_fetch);
	return store_step_done(st, s, N_("fetch outcome"));
}
