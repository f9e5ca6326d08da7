/*
 * store-entry.c: changing stored articles.  Read/starred state, deletion
 * with tombstones, retention, and the feeds' unread/total counters, which
 * every change here and in store-merge.c keeps in step so no reader ever
 * counts articles.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

static int	 collect_ids(struct store *st, sqlite3_stmt *s, int64_t **ids,
		     size_t *n);
static int	 expire_feed(struct store *st, int64_t feed_id, int max_count,
		     int max_age_days, int64_t now);

int
store_step_done(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, what);
		return -1;
	}
	return 0;
}

int
store_step_row(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		return 1;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, what);
		return -1;
	}
	return 0;
}

/* Take an article out of the full-text index (contentless: we must hand
 * back the very text it was given). */
int
store_fts_remove(struct store *st, int64_t id)
{
	sqlite3_stmt *s;
	char *title, *author, *summary, *content, *text;
	int rc;

	if ((s = store_stmt(st, SS_ART_FTS_SRC)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step_row(st, s, N_("index"))) != 1)
		return rc;
	title = store_col_strdup(s, 0);
	author = store_col_strdup(s, 1);
	summary = store_col_body(s, 2);
	content = store_col_body(s, 3);
	sqlite3_reset(s);
	text = store_fts_text(title, author, summary, content);
	free(title);
	free(author);
	free(summary);
	free(content);

	if ((s = store_stmt(st, SS_ART_FTS_DEL)) == NULL) {
		free(text);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, text, -1, free);
	return store_step_done(st, s, N_("index"));
}

int
store_add_counts(struct store *st, int64_t feed_id, int64_t total,
    int64_t unread)
{
	sqlite3_stmt *s;

	if (total == 0 && unread == 0)
		return 0;
	if ((s = store_stmt(st, SS_FEED_ADD_COUNTS)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, total);
	sqlite3_bind_int64(s, 3, unread);
	return store_step_done(st, s, N_("counters"));
}

int
store_article_set_unread(struct store *st, int64_t id, int unread)
{
	sqlite3_stmt *s;
	int64_t feed_id = 0;
	int rc;

	unread = unread != 0;
	if (store_tx_begin(st) == -1)
		return -1;
	if ((s = store_stmt(st, SS_ART_SET_UNREAD)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, unread);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		feed_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("read state"));
		goto fail;
	}
	if (feed_id > 0 &&
	    store_add_counts(st, feed_id, 0, unread ? 1 : -1) == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_article_set_starred(struct store *st, int64_t id, int starred)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_ART_SET_STARRED)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, starred != 0);
	return store_step_done(st, s, N_("starred"));
}

/* Inside a transaction: index, tombstone, row, counters. */
int
store_delete_one(struct store *st, int64_t id)
{
	sqlite3_stmt *s;
	int64_t feed_id = 0, unread = 0;
	int rc;

	if (store_fts_remove(st, id) == -1 ||
	    (s = store_stmt(st, SS_ART_TOMB_ADD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (store_step_done(st, s, N_("delete")) == -1 ||
	    (s = store_stmt(st, SS_BODY_DELETE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (store_step_done(st, s, N_("delete")) == -1 ||
	    (s = store_stmt(st, SS_ART_DELETE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		feed_id = sqlite3_column_int64(s, 0);
		unread = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("delete"));
		return -1;
	}
	if (feed_id > 0)
		return store_add_counts(st, feed_id, -1, -unread);
	return 0;
}

int
store_article_delete(struct store *st, int64_t id)
{
	if (store_tx_begin(st) == -1)
		return -1;
	if (store_delete_one(st, id) == -1) {
		store_tx_rollback(st);
		return -1;
	}
	return store_tx_commit(st);
}

int
store_feed_mark_read(struct store *st, int64_t feed_id)
{
	sqlite3_stmt *s;

	if (store_tx_begin(st) == -1)
		return -1;
	if ((s = store_stmt(st, SS_FEED_MARK_READ)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	if (store_step_done(st, s, N_("mark read")) == -1 ||
	    (s = store_stmt(st, SS_FEED_ZERO_UNREAD)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	if (store_step_done(st, s, N_("mark read")) == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_mark_all_read(struct store *st)
{
	if (store_tx_begin(st) == -1)
		return -1;
	if (store_exec(st, "UPDATE articles SET unread = 0 WHERE unread = 1;"
	    "UPDATE feeds SET unread = 0 WHERE unread <> 0") == -1) {
		store_tx_rollback(st);
		return -1;
	}
	return store_tx_commit(st);
}

int64_t
store_unread_total(struct store *st)
{
	sqlite3_stmt *s;
	int64_t n = -1;

	if ((s = store_stmt(st, SS_UNREAD_TOTAL)) == NULL)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	else
		store_db_error(st, N_("unread count"));
	sqlite3_reset(s);
	return n;
}

static int
expire_feed(struct store *st, int64_t feed_id, int max_count,
    int max_age_days, int64_t now)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL, before;
	size_t n = 0, i;
	int rc, ret = -1;

	before = max_age_days > 0 ? now - (int64_t)max_age_days * 86400 : 0;
	rc = sqlite3_prepare_v2(st->db, "SELECT id FROM articles"
	    " WHERE feed_id = ?1 AND unread = 0 AND starred = 0 AND"
	    " (?4 = '' OR flags IS NULL OR flags NOT GLOB '*[' || ?4 || ']*')"
	    " AND"
	    " ((?3 > 0 AND date < ?3) OR (?2 > 0 AND id NOT IN"
	    "  (SELECT id FROM articles WHERE feed_id = ?1"
	    "   ORDER BY date DESC, id DESC LIMIT ?2)))", -1, &s, NULL);
	if (rc != SQLITE_OK) {
		store_db_error(st, N_("expire"));
		return -1;
	}
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int(s, 2, max_count);
	sqlite3_bind_int64(s, 3, before);
	sqlite3_bind_text(s, 4, st->keep_flags, -1, SQLITE_STATIC);
	if (collect_ids(st, s, &ids, &n) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		if (store_delete_one(st, ids[i]) == -1)
			goto out;
	}
	ret = 0;
out:
	free(ids);
	return ret;
}

/* Step s to the end, collecting column 0 into *ids (the caller frees it,
 * also on failure); s is finalized.  0 or -1. */
static int
collect_ids(struct store *st, sqlite3_stmt *s, int64_t **ids, size_t *n)
{
	size_t alloc = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*ids = xreallocarray(*ids, alloc, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("expire"));
		return -1;
	}
	return 0;
}

int
store_expire(struct store *st, int64_t feed_id, int max_count,
    int max_age_days, int64_t now)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL;
	size_t n = 0, i;

	if (max_count <= 0 && max_age_days <= 0)
		return 0;
	if (store_tx_begin(st) == -1)
		return -1;
	if (feed_id > 0) {
		if (expire_feed(st, feed_id, max_count, max_age_days,
		    now) == -1)
			goto fail;
		return store_tx_commit(st);
	}
	/* feed_id 0: every feed. */
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM feeds", -1, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, N_("expire"));
		goto fail;
	}
	if (collect_ids(st, s, &ids, &n) == -1)
		goto fail;
	for (i = 0; i < n; i++) {
		if (expire_feed(st, ids[i], max_count, max_age_days,
		    now) == -1)
			goto fail;
	}
	free(ids);
	return store_tx_commit(st);
fail:
	free(ids);
	store_tx_rollback(st);
	return -1;
}
