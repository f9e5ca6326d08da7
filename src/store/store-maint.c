/*
 * store-maint.c: the cache's upkeep on request, and newsboat's read-state
 * files.  `-X` compacts the file, `--cleanup` drops the feeds the urls
 * file no longer lists with everything of theirs, `-E`/`-I` write and read
 * newsboat's list of read articles (one guid a line).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "store/store-int.h"

int
store_vacuum(struct store *st)
{
	/* The index's segments merged first, then the file rewritten. */
	if (store_exec(st, "INSERT INTO articles_fts (articles_fts)"
	    " VALUES ('optimize')") == -1)
		return -1;
	return store_exec(st, "VACUUM");
}

int
store_cleanup(struct store *st, size_t *feeds, size_t *articles)
{
	sqlite3_stmt *s = NULL;
	int64_t *ids = NULL;
	size_t n = 0, i;
	int rc, ret = -1;

	*feeds = *articles = 0;
	if (store_tx_begin(st) == -1)
		return -1;
	/* The contentless index forgets an article only given its text. */
	if (sqlite3_prepare_v2(st->db, "SELECT a.id FROM articles a"
	    " JOIN feeds f ON f.id = a.feed_id WHERE f.position < 0", -1, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, N_("cleanup"));
		goto out;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ids = xreallocarray(ids, n + 1, sizeof *ids);
		ids[n++] = sqlite3_column_int64(s, 0);
	}
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("cleanup"));
		goto out;
	}
	for (i = 0; i < n; i++)
		if (store_fts_remove(st, ids[i]) == -1)
			goto out;
	*articles = n;
	/* Articles, tombstones and quotations follow their feed (foreign
	 * keys); bodies share the article's id and go by hand. */
	if (store_exec(st, "DELETE FROM bodies WHERE id IN (SELECT a.id FROM"
	    " articles a JOIN feeds f ON f.id = a.feed_id"
	    " WHERE f.position < 0)") == -1 ||
	    store_exec(st, "DELETE FROM feeds WHERE position < 0") == -1)
		goto out;
	*feeds = (size_t)sqlite3_changes(st->db);
	ret = 0;
out:
	sqlite3_finalize(s);
	free(ids);
	if (ret == 0)
		return store_tx_commit(st);
	store_tx_rollback(st);
	return -1;
}

int
store_read_export(struct store *st, int (*fn)(void *, const char *),
    void *arg)
{
	sqlite3_stmt *s;
	int rc, ret = 0;

	if (sqlite3_prepare_v2(st->db, "SELECT a.guid FROM articles a"
	    " JOIN feeds f ON f.id = a.feed_id"
	    " WHERE a.unread = 0 AND f.position >= 0 ORDER BY a.id", -1, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, N_("read state"));
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if ((ret = fn(arg, (const char *)sqlite3_column_text(s, 0))) !=
		    0)
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_db_error(st, N_("read state"));
		ret = -1;
	}
	sqlite3_finalize(s);
	return ret;
}

/* Fill the temporary tables with the guids and, for each, every way of
 * reading it as newsboat's link + pubDate text. */
static int
read_fill(struct store *st, char *const *guids, size_t n)
{
	sqlite3_stmt *g = NULL, *l = NULL;
	size_t i, len, k;
	int64_t date;
	char *link;
	int ret = -1;

	if (sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO temp.read_guids"
	    " (guid) VALUES (?1)", -1, &g, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO temp.read_links"
	    " (link, date) VALUES (?1, ?2)", -1, &l, NULL) != SQLITE_OK)
		goto out;
	for (i = 0; i < n; i++) {
		sqlite3_bind_text(g, 1, guids[i], -1, SQLITE_STATIC);
		if (store_step_done(st, g, N_("read state")) == -1)
			goto out;
		len = strlen(guids[i]);
		for (k = len > NB_DATE_MAX ? len - NB_DATE_MAX : 1; k < len;
		    k++) {
			if ((date = date_parse(guids[i] + k)) == DATE_NONE)
				continue;
			link = xstrndup(guids[i], k);
			sqlite3_bind_text(l, 1, link, -1, free);
			sqlite3_bind_int64(l, 2, date);
			if (store_step_done(st, l, N_("read state")) == -1)
				goto out;
		}
	}
	ret = 0;
out:
	if (ret == -1 && (g == NULL || l == NULL))
		store_db_error(st, N_("read state"));
	sqlite3_finalize(g);
	sqlite3_finalize(l);
	return ret;
}

#define READ_MATCH " (guid IN (SELECT guid FROM temp.read_guids) OR" \
	" (link, published) IN (SELECT link, date FROM temp.read_links))"

int
store_read_import(struct store *st, char *const *guids, size_t n,
    struct store_read_stats *out)
{
	sqlite3_stmt *s = NULL;
	int64_t *feeds = NULL;
	size_t nf = 0, i;
	int rc, ret = -1;

	memset(out, 0, sizeof *out);
	out->lines = n;
	if (store_tx_begin(st) == -1)
		return -1;
	if (store_exec(st, "CREATE TEMP TABLE IF NOT EXISTS read_guids"
	    " (guid TEXT PRIMARY KEY) WITHOUT ROWID;"
	    "CREATE TEMP TABLE IF NOT EXISTS read_links (link TEXT,"
	    " date INTEGER, PRIMARY KEY (link, date)) WITHOUT ROWID;"
	    "DELETE FROM temp.read_guids; DELETE FROM temp.read_links") == -1 ||
	    read_fill(st, guids, n) == -1)
		goto out;
	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM articles WHERE"
	    READ_MATCH, -1, &s, NULL) != SQLITE_OK ||
	    store_step_row(st, s, N_("read state")) != 1)
		goto out;
	out->matched = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (sqlite3_prepare_v2(st->db, "UPDATE articles SET unread = 0"
	    " WHERE unread = 1 AND" READ_MATCH " RETURNING feed_id", -1, &s,
	    NULL) != SQLITE_OK) {
		s = NULL;
		goto out;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		feeds = xreallocarray(feeds, nf + 1, sizeof *feeds);
		feeds[nf++] = sqlite3_column_int64(s, 0);
	}
	if (rc != SQLITE_DONE)
		goto out;
	sqlite3_finalize(s);
	s = NULL;
	out->marked = nf;
	for (i = 0; i < nf; i++)
		if (store_add_counts(st, feeds[i], 0, -1) == -1)
			goto out;
	ret = 0;
out:
	if (ret == -1)
		store_db_error(st, N_("read state"));
	sqlite3_finalize(s);
	free(feeds);
	if (ret == 0)
		return store_tx_commit(st);
	store_tx_rollback(st);
	return -1;
}
