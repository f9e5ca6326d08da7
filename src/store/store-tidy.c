/*
 * store-tidy.c: the tidying marks of articles (schema 6 -> 7): newsboat's
 * flags (a sorted set of the letters a-z A-Z, NULL when empty), the
 * deleted mark that delete-article sets and purge turns into a tombstone,
 * and the flags that retention spares (keep-forever-if-flagged-with).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

static int	 tidy_exec_id(struct store *st, const char *sql, int64_t id,
		     int v, const char *what);

int
store_flags_normalise(const char *in, char out[STORE_FLAGS_MAX + 1])
{
	static const char order[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	const char *o, *p;
	size_t n = 0;
	int bad = 0;

	for (p = in; p != NULL && *p != '\0'; p++)
		if (strchr(order, *p) == NULL)
			bad = 1;
	for (o = order; in != NULL && *o != '\0'; o++)
		if (strchr(in, *o) != NULL)
			out[n++] = *o;
	out[n] = '\0';
	return bad ? -1 : 0;
}

static int
tidy_exec_id(struct store *st, const char *sql, int64_t id, int v,
    const char *what)
{
	sqlite3_stmt *s;
	int ret;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_db_error(st, what);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, v);
	ret = store_step_done(st, s, what);
	sqlite3_finalize(s);
	return ret;
}

int
store_article_set_flags(struct store *st, int64_t id, const char *flags)
{
	char norm[STORE_FLAGS_MAX + 1];
	sqlite3_stmt *s;
	int ret;

	if (store_flags_normalise(flags, norm) == -1) {
		log_error("%s", _("flags are letters a-z and A-Z only"));
		return -1;
	}
	if (sqlite3_prepare_v2(st->db, "UPDATE articles SET flags = ?2"
	    " WHERE id = ?1", -1, &s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("flags"));
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	if (norm[0] != '\0')
		sqlite3_bind_text(s, 2, norm, -1, SQLITE_TRANSIENT);
	ret = store_step_done(st, s, N_("flags"));
	sqlite3_finalize(s);
	return ret;
}

int
store_article_set_deleted(struct store *st, int64_t id, int deleted)
{
	return tidy_exec_id(st, "UPDATE articles SET deleted = ?2"
	    " WHERE id = ?1", id, deleted != 0, N_("delete"));
}

int
store_feed_set_deleted(struct store *st, int64_t feed_id)
{
	return tidy_exec_id(st, "UPDATE articles SET deleted = ?2"
	    " WHERE feed_id = ?1", feed_id, 1, N_("delete"));
}

int
store_purge_deleted(struct store *st, int64_t feed_id, size_t *purged)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL;
	size_t n = 0, alloc = 0, i;
	int rc;

	if (purged != NULL)
		*purged = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM articles"
	    " WHERE deleted = 1 AND (?1 = 0 OR feed_id = ?1)", -1, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, N_("purge"));
		return -1;
	}
	sqlite3_bind_int64(s, 1, feed_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			ids = xreallocarray(ids, alloc, sizeof *ids);
		}
		ids[n++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("purge"));
		free(ids);
		return -1;
	}
	if (n == 0)
		return 0;
	if (store_tx_begin(st) == -1) {
		free(ids);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (store_delete_one(st, ids[i]) == -1) {
			store_tx_rollback(st);
			free(ids);
			return -1;
		}
	}
	free(ids);
	if (store_tx_commit(st) == -1)
		return -1;
	if (purged != NULL)
		*purged = n;
	return 0;
}

void
store_set_keep_flags(struct store *st, const char *flags)
{
	(void)store_flags_normalise(flags, st->keep_flags);
}
