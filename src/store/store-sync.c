/*
 * store-sync: what a sync with a server keeps (schema 5 -> 6): feeds by
 * stream, articles by the server's item id, the queue of local changes
 * (written by triggers in the change's own transaction) and a few
 * key/value facts (last sync, last error).  Server state is applied
 * with a row in sync_quiet, inside one transaction, so it is not queued
 * back; the rule for a conflict is here: a field with a queued local
 * change keeps the local value (the queue then sends it).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "store/lib.h"
#include "store/store-int.h"

/* Backoff of a change the server refused or did not answer: 30 s,
 * doubled each try, at most an hour. */
#define SYNC_BACKOFF_S		30
#define SYNC_BACKOFF_MAX_S	3600

static int	 prep(struct store *st, const char *sql, sqlite3_stmt **s);
static int	 run(struct store *st, sqlite3_stmt *s);
static int	 quiet(struct store *st, int on);
static int	 exec_int(struct store *st, const char *sql, int64_t v);

static int
prep(struct store *st, const char *sql, sqlite3_stmt **s)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("sync"));
		*s = NULL;
		return -1;
	}
	return 0;
}

/* Step to the end and finalize. */
static int
run(struct store *st, sqlite3_stmt *s)
{
	int rc = store_step_done(st, s, N_("sync"));

	sqlite3_finalize(s);
	return rc;
}

/* One statement with one integer parameter, run to its end. */
static int
exec_int(struct store *st, const char *sql, int64_t v)
{
	sqlite3_stmt *s;

	if (prep(st, sql, &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, v);
	return run(st, s);
}

static int
quiet(struct store *st, int on)
{
	return store_exec(st, on ? "INSERT OR IGNORE INTO sync_quiet (x)"
	    " VALUES (1)" : "DELETE FROM sync_quiet");
}

int64_t
store_sync_feed(struct store *st, const char *stream, const char *url,
    const char *title, const char *tags, int position)
{
	sqlite3_stmt *s;
	int64_t id;

	if (store_tx_begin(st) == -1)
		return -1;
	if ((id = store_feed_ensure(st, url, title, tags, 0, position)) < 0)
		goto fail;
	/* A stream that moved to another URL keeps one row: the newest. */
	if (prep(st, "DELETE FROM sync_feeds WHERE stream = ?1 AND"
	    " feed_id <> ?2", &s) == -1)
		goto fail;
	store_bind_text(s, 1, stream);
	sqlite3_bind_int64(s, 2, id);
	if (run(st, s) == -1 || prep(st, "INSERT OR REPLACE INTO sync_feeds"
	    " (feed_id, stream) VALUES (?1, ?2)", &s) == -1)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	store_bind_text(s, 2, stream);
	if (run(st, s) == -1 || store_tx_commit(st) == -1)
		return -1;
	return id;
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_sync_known(struct store *st, int64_t **ids, size_t *n)
{
	sqlite3_stmt *s;
	size_t alloc = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if (prep(st, "SELECT remote FROM sync_items UNION"
	    " SELECT remote FROM sync_gone ORDER BY 1", &s) == -1)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 1024;
			*ids = xreallocarray(*ids, alloc, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("sync"));
		FREE(ids);
		*n = 0;
		return -1;
	}
	return 0;
}

/* Inside the quiet transaction: one field of one mapped article to the
 * server's value, unless a local change of it waits (local wins). */
static int
apply_field(struct store *st, sqlite3_stmt *s, int64_t remote, int value)
{
	sqlite3_bind_int64(s, 1, remote);
	sqlite3_bind_int(s, 2, value);
	return store_step_done(st, s, N_("sync"));
}

int
store_sync_merge(struct store *st, int64_t feed_id, const struct feed_doc *doc,
    const struct store_sync_item *items, int64_t now,
    struct store_merge_stats *stats)
{
	sqlite3_stmt *map = NULL, *rd = NULL, *sr = NULL;
	size_t i;
	int64_t gkey;

	if (store_tx_begin(st) == -1)
		return -1;
	if (store_merge(st, feed_id, doc, now, stats) == -1 ||
	    quiet(st, 1) == -1)
		goto fail;
	if (prep(st, "INSERT OR IGNORE INTO sync_items (article_id, remote)"
	    " SELECT id, ?4 FROM articles WHERE feed_id = ?1 AND gkey = ?2"
	    " AND guid = ?3", &map) == -1 ||
	    prep(st, "UPDATE articles SET unread = ?2 WHERE unread <> ?2 AND"
	    " id = (SELECT article_id FROM sync_items WHERE remote = ?1) AND"
	    " NOT EXISTS (SELECT 1 FROM sync_pending p WHERE"
	    " p.article_id = articles.id AND p.field = 0)", &rd) == -1 ||
	    prep(st, "UPDATE articles SET starred = ?2 WHERE starred <> ?2 AND"
	    " id = (SELECT article_id FROM sync_items WHERE remote = ?1) AND"
	    " NOT EXISTS (SELECT 1 FROM sync_pending p WHERE"
	    " p.article_id = articles.id AND p.field = 1)", &sr) == -1)
		goto fail;
	for (i = 0; i < doc->nentries; i++) {
		gkey = (int64_t)store_hash_str(STORE_HASH_INIT,
		    doc->entries[i].id);
		sqlite3_bind_int64(map, 1, feed_id);
		sqlite3_bind_int64(map, 2, gkey);
		store_bind_text(map, 3, doc->entries[i].id);
		sqlite3_bind_int64(map, 4, items[i].remote);
		if (store_step_done(st, map, N_("sync")) == -1)
			goto fail;
		/* not stored (a tombstone): remember not to fetch it again */
		if (sqlite3_changes(st->db) == 0 && exec_int(st,
		    "INSERT OR IGNORE INTO sync_gone (remote) SELECT ?1 WHERE"
		    " NOT EXISTS (SELECT 1 FROM sync_items WHERE remote = ?1)",
		    items[i].remote) == -1)
			goto fail;
		if (apply_field(st, rd, items[i].remote, !items[i].read) == -1 ||
		    apply_field(st, sr, items[i].remote, items[i].starred) == -1)
			goto fail;
	}
	sqlite3_finalize(map);
	sqlite3_finalize(rd);
	sqlite3_finalize(sr);
	map = rd = sr = NULL;
	if (quiet(st, 0) == -1 ||
	    (map = store_stmt(st, SS_FEED_RECOUNT)) == NULL)
		goto fail;
	sqlite3_bind_int64(map, 1, feed_id);
	if (store_step_done(st, map, N_("sync")) == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	if (map != NULL && map != st->stmts[SS_FEED_RECOUNT])
		sqlite3_finalize(map);
	sqlite3_finalize(rd);
	sqlite3_finalize(sr);
	store_tx_rollback(st);
	return -1;
}

/* temp.sync_set(kind, remote) holds the server's lists while applying. */
static int
fill_set(struct store *st, int kind, const int64_t *ids, size_t n)
{
	sqlite3_stmt *s;
	size_t i;

	if (prep(st, "INSERT OR IGNORE INTO temp.sync_set (kind, remote)"
	    " VALUES (?1, ?2)", &s) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		sqlite3_bind_int(s, 1, kind);
		sqlite3_bind_int64(s, 2, ids[i]);
		if (store_step_done(st, s, N_("sync")) == -1) {
			sqlite3_finalize(s);
			return -1;
		}
	}
	sqlite3_finalize(s);
	return 0;
}

int
store_sync_apply(struct store *st, const int64_t *unread, size_t nunread,
    const int64_t *starred, size_t nstarred)
{
	if (store_exec(st, "CREATE TEMP TABLE IF NOT EXISTS sync_set ("
	    " kind INTEGER NOT NULL, remote INTEGER NOT NULL,"
	    " PRIMARY KEY (kind, remote)) WITHOUT ROWID") == -1 ||
	    store_tx_begin(st) == -1)
		return -1;
	if (store_exec(st, "DELETE FROM temp.sync_set") == -1 ||
	    fill_set(st, 0, unread, nunread) == -1 ||
	    fill_set(st, 1, starred, nstarred) == -1 || quiet(st, 1) == -1)
		goto fail;
	/* Every mapped article takes the server's state, except a field
	 * with a local change waiting (the conflict rule: local wins). */
	if (store_exec(st,
	    "UPDATE articles SET unread = v.u FROM (SELECT i.article_id AS id,"
	    "  EXISTS (SELECT 1 FROM temp.sync_set s WHERE s.kind = 0 AND"
	    "   s.remote = i.remote) AS u FROM sync_items i) AS v"
	    " WHERE articles.id = v.id AND articles.unread <> v.u AND"
	    " NOT EXISTS (SELECT 1 FROM sync_pending p WHERE"
	    "  p.article_id = v.id AND p.field = 0);"
	    "UPDATE articles SET starred = v.s FROM (SELECT i.article_id AS id,"
	    "  EXISTS (SELECT 1 FROM temp.sync_set s WHERE s.kind = 1 AND"
	    "   s.remote = i.remote) AS s FROM sync_items i) AS v"
	    " WHERE articles.id = v.id AND articles.starred <> v.s AND"
	    " NOT EXISTS (SELECT 1 FROM sync_pending p WHERE"
	    "  p.article_id = v.id AND p.field = 1);"
	    "UPDATE feeds SET unread = (SELECT count(*) FROM articles a"
	    "  WHERE a.feed_id = feeds.id AND a.unread = 1)"
	    " WHERE id IN (SELECT feed_id FROM sync_feeds);"
	    "DELETE FROM temp.sync_set") == -1 || quiet(st, 0) == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_sync_pending(struct store *st, int64_t now, int force,
    struct store_sync_change **rows, size_t *n)
{
	sqlite3_stmt *s;
	size_t alloc = 0;
	struct store_sync_change *c;
	int rc;

	*rows = NULL;
	*n = 0;
	if (prep(st, "SELECT p.article_id, i.remote, p.field, p.value, p.tries"
	    " FROM sync_pending p JOIN sync_items i ON i.article_id ="
	    " p.article_id WHERE ?2 OR p.next_try <= ?1"
	    " ORDER BY p.field, p.value, i.remote", &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int(s, 2, force != 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*rows = xreallocarray(*rows, alloc, sizeof **rows);
		}
		c = &(*rows)[(*n)++];
		c->article_id = sqlite3_column_int64(s, 0);
		c->remote = sqlite3_column_int64(s, 1);
		c->field = sqlite3_column_int(s, 2);
		c->value = sqlite3_column_int(s, 3);
		c->tries = sqlite3_column_int(s, 4);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("sync"));
		FREE(rows);
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_sync_sent(struct store *st, const struct store_sync_change *rows,
    size_t n, int ok, int64_t now)
{
	sqlite3_stmt *s;
	size_t i;
	int64_t wait;

	if (store_tx_begin(st) == -1)
		return -1;
	/* Only the wish that was sent: a newer one stays queued. */
	if (prep(st, ok ? "DELETE FROM sync_pending WHERE article_id = ?1 AND"
	    " field = ?2 AND value = ?3" : "UPDATE sync_pending SET"
	    " tries = tries + 1, next_try = ?4 WHERE article_id = ?1 AND"
	    " field = ?2 AND value = ?3", &s) == -1)
		goto fail;
	for (i = 0; i < n; i++) {
		wait = SYNC_BACKOFF_S;
		for (int t = 0; t < rows[i].tries && wait < SYNC_BACKOFF_MAX_S;
		    t++)
			wait *= 2;
		if (wait > SYNC_BACKOFF_MAX_S)
			wait = SYNC_BACKOFF_MAX_S;
		sqlite3_bind_int64(s, 1, rows[i].article_id);
		sqlite3_bind_int(s, 2, rows[i].field);
		sqlite3_bind_int(s, 3, rows[i].value);
		if (!ok)
			sqlite3_bind_int64(s, 4, now + wait);
		if (store_step_done(st, s, N_("sync")) == -1) {
			sqlite3_finalize(s);
			goto fail;
		}
	}
	sqlite3_finalize(s);
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_sync_meta_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt *s;

	if (prep(st, value != NULL ? "INSERT OR REPLACE INTO sync_meta"
	    " (key, value) VALUES (?1, ?2)" :
	    "DELETE FROM sync_meta WHERE key = ?1", &s) == -1)
		return -1;
	store_bind_text(s, 1, key);
	if (value != NULL)
		store_bind_text(s, 2, value);
	return run(st, s);
}

char *
store_sync_meta_get(struct store *st, const char *key)
{
	sqlite3_stmt *s;
	char *v = NULL;

	if (prep(st, "SELECT value FROM sync_meta WHERE key = ?1", &s) == -1)
		return NULL;
	store_bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = store_col_strdup(s, 0);
	sqlite3_finalize(s);
	return v;
}

int
store_sync_counts(struct store *st, struct store_sync_counts *out)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if (prep(st, "SELECT (SELECT count(*) FROM sync_pending WHERE"
	    " field = 0), (SELECT count(*) FROM sync_pending WHERE field = 1),"
	    " (SELECT coalesce(max(tries), 0) FROM sync_pending),"
	    " (SELECT coalesce(min(next_try), 0) FROM sync_pending),"
	    " (SELECT count(*) FROM sync_feeds f JOIN feeds d ON"
	    "  d.id = f.feed_id WHERE d.position >= 0),"
	    " (SELECT count(*) FROM sync_items)", &s) == -1)
		return -1;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->pending_read = sqlite3_column_int64(s, 0);
		out->pending_star = sqlite3_column_int64(s, 1);
		out->max_tries = sqlite3_column_int64(s, 2);
		out->next_try = sqlite3_column_int64(s, 3);
		out->feeds = sqlite3_column_int64(s, 4);
		out->items = sqlite3_column_int64(s, 5);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW) {
		store_db_error(st, N_("sync"));
		return -1;
	}
	return 0;
}

int64_t
store_sync_article(struct store *st, int64_t remote)
{
	sqlite3_stmt *s;
	int64_t id = 0;

	if (prep(st, "SELECT article_id FROM sync_items WHERE remote = ?1",
	    &s) == -1)
		return -1;
	sqlite3_bind_int64(s, 1, remote);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}
