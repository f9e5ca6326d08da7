/*
 * store-newsboat.c: what tidings reads of newsboat's own files that are
 * SQL or keyed like its cache: its cache.db (articles, read state, flags)
 * and the read-state files of `-E`/`-I` (one guid of a read article a
 * line).
 *
 * newsboat's cache is only ever read: opened with immutable=1 after
 * checking that no newsboat holds it (its cache.db.lock names a live
 * process) and that no rollback journal is pending, so SQLite neither
 * locks nor creates anything beside it.  Its schema is checked column by
 * column first; another version is refused with what is missing.
 *
 * Keys: newsboat names an article by its guid; an RSS item without one
 * gets link + the pubDate text ("http://x/1Mon, 01 Jan 2024 ..."), where
 * tidings' parser takes the link.  nb_key() undoes that, so the next
 * reload finds the imported article instead of adding it again.  (Items
 * with neither guid nor link get newsboat's title and tidings' hash of the
 * text: those cannot be matched, and come again once.)
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/date.h"
#include "store/store-int.h"

static void	 nb_err(char *err, size_t errlen, const char *fmt, ...)
		     __attribute__((format(printf, 3, 4)));
static int	 nb_running(const char *path, char *err, size_t errlen);
static int	 nb_columns(sqlite3 *db, const char *path, int *have,
		     char *err, size_t errlen);
static void	 nb_select(const int *have, struct buf *feeds,
		     struct buf *items);
static const char *nb_key(const char *guid, const char *link);
static int	 nb_feed(struct store *st, sqlite3 *nb, sqlite3_stmt *items,
		     const char *url, const char *title, const char *site,
		     int64_t now, struct store_nb_stats *stats);
static int	 nb_apply(struct store *st, int64_t feed_id, const char *key,
		     int unread, int starred, int deleted,
		     struct store_nb_stats *stats);

/* The columns the import reads.  A cache without a needed one is another
 * schema; older caches lack the others (newsboat added them by ALTER
 * TABLE), which then read as if empty.  The rss_item ones are in the
 * order of nb_feed's columns. */
static const struct {
	const char	*table;
	const char	*column;
	const char	*missing;	/* NULL: needed; else its stand-in */
} nb_cols[] = {
	{ "rss_feed", "rssurl", NULL }, { "rss_feed", "title", NULL },
	{ "rss_feed", "url", "''" },
	{ "rss_item", "guid", NULL }, { "rss_item", "title", NULL },
	{ "rss_item", "author", "''" }, { "rss_item", "url", NULL },
	{ "rss_item", "pubDate", "0" }, { "rss_item", "content", "''" },
	{ "rss_item", "unread", NULL }, { "rss_item", "flags", "''" },
	{ "rss_item", "deleted", "0" }, { "rss_item", "enclosure_url", "''" },
	{ "rss_item", "enclosure_type", "''" },
	{ "rss_item", "feedurl", NULL },
};
#define NB_NCOLS	(sizeof nb_cols / sizeof nb_cols[0])

static void
nb_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/*
 * A running newsboat writes its cache when it likes; an unfinished write
 * leaves a journal.  Either way the file is not ours to read now: -1 with
 * the reason.
 */
static int
nb_running(const char *path, char *err, size_t errlen)
{
	struct stat sb;
	char *lock, *journal, buf[32];
	FILE *f;
	long pid = 0;

	lock = xasprintf("%s.lock", path);
	if ((f = fopen(lock, "r")) != NULL) {
		if (fgets(buf, sizeof buf, f) != NULL)
			pid = strtol(buf, NULL, 10);
		fclose(f);
	}
	free(lock);
	if (pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM)) {
		nb_err(err, errlen, _("%s: newsboat (process %ld) is using "
		    "it; quit newsboat first"), path, pid);
		return -1;
	}
	journal = xasprintf("%s-journal", path);
	if (stat(journal, &sb) == 0 && sb.st_size > 0) {
		nb_err(err, errlen, _("%s: a change of newsboat's is not "
		    "finished (%s); start and quit newsboat once first"),
		    path, journal);
		free(journal);
		return -1;
	}
	free(journal);
	return 0;
}

/* Which columns of nb_cols[] the cache has (have[i]): 0, or -1 naming
 * the first needed one missing. */
static int
nb_columns(sqlite3 *db, const char *path, int *have, char *err,
    size_t errlen)
{
	sqlite3_stmt *s;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT max(name = ?2) FROM"
	    " pragma_table_info(?1)", -1, &s, NULL) != SQLITE_OK) {
		nb_err(err, errlen, _("%s: not a newsboat cache: %s"), path,
		    sqlite3_errmsg(db));
		return -1;
	}
	for (i = 0; i < NB_NCOLS; i++) {
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, nb_cols[i].table, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, nb_cols[i].column, -1, SQLITE_STATIC);
		/* One row: NULL without the table, 0 without the column. */
		rc = sqlite3_step(s);
		have[i] = rc == SQLITE_ROW && sqlite3_column_int(s, 0) == 1;
		if (have[i] || (rc == SQLITE_ROW && nb_cols[i].missing !=
		    NULL && sqlite3_column_type(s, 0) != SQLITE_NULL))
			continue;
		if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) ==
		    SQLITE_NULL)
			nb_err(err, errlen, _("%s: not a newsboat cache this "
			    "version reads: it has no table %s"), path,
			    nb_cols[i].table);
		else if (rc == SQLITE_ROW)
			nb_err(err, errlen, _("%s: not a newsboat cache this "
			    "version reads: table %s has no column %s"), path,
			    nb_cols[i].table, nb_cols[i].column);
		else
			nb_err(err, errlen, _("%s: not a newsboat cache: %s"),
			    path, sqlite3_errmsg(db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	return 0;
}

/* The two queries, with stand-ins for the columns the cache lacks:
 * feeds (rssurl, title, url), then items of feed ?1 (nb_cols' order). */
static void
nb_select(const int *have, struct buf *feeds, struct buf *items)
{
	size_t i;
	struct buf *b;

	buf_adds(feeds, "SELECT ");
	buf_adds(items, "SELECT ");
	for (i = 0; i < NB_NCOLS; i++) {
		if (strcmp(nb_cols[i].column, "feedurl") == 0)
			continue;	/* the WHERE's */
		b = strcmp(nb_cols[i].table, "rss_feed") == 0 ? feeds : items;
		if (b->len > strlen("SELECT "))
			buf_adds(b, ", ");
		/* Names from the table above, never from the file. */
		buf_adds(b, have[i] ? nb_cols[i].column : nb_cols[i].missing);
	}
	buf_adds(feeds, " FROM rss_feed ORDER BY rowid");
	buf_adds(items, " FROM rss_item WHERE feedurl = ?1 ORDER BY rowid");
}

/* The key tidings' parser gives the article newsboat calls guid: the link
 * when guid is the link followed by a date, else guid itself. */
static const char *
nb_key(const char *guid, const char *link)
{
	size_t n;

	if (link == NULL || (n = strlen(link)) == 0 ||
	    strncmp(guid, link, n) != 0 || guid[n] == '\0' ||
	    strlen(guid + n) > NB_DATE_MAX || date_parse(guid + n) == DATE_NONE)
		return guid;
	return link;
}

/* The article (feed_id, key) takes newsboat's state. */
static int
nb_apply(struct store *st, int64_t feed_id, const char *key, int unread,
    int starred, int deleted, struct store_nb_stats *stats)
{
	sqlite3_stmt *s;
	int64_t id;
	int was_unread, was_starred, rc;

	if ((s = store_stmt(st, SS_ART_FIND)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, (int64_t)store_hash_str(STORE_HASH_INIT,
	    key));
	id = 0;
	while ((rc = store_step_row(st, s, N_("newsboat import"))) == 1) {
		if (strcmp((const char *)sqlite3_column_text(s, 1), key) == 0) {
			id = sqlite3_column_int64(s, 0);
			break;
		}
	}
	sqlite3_reset(s);
	if (rc == -1)
		return -1;
	if (id == 0)
		return 0;	/* a tombstone kept it out: deleted here */
	if (deleted) {
		stats->deleted++;
		return store_article_delete(st, id);
	}
	if ((s = store_stmt(st, SS_ART_GET_STATE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step_row(st, s, N_("newsboat import"))) != 1)
		return rc;
	was_unread = sqlite3_column_int(s, 0);
	was_starred = sqlite3_column_int(s, 1);
	sqlite3_reset(s);
	if (was_unread != unread || was_starred != starred)
		stats->changed++;
	if (was_unread != unread &&
	    store_article_set_unread(st, id, unread) == -1)
		return -1;
	if (was_starred != starred &&
	    store_article_set_starred(st, id, starred) == -1)
		return -1;
	return 0;
}

/* One newsboat feed: its articles merged into feed_id, then their state. */
static int
nb_feed(struct store *st, sqlite3 *nb, sqlite3_stmt *items, const char *url,
    const char *title, const char *site, int64_t now,
    struct store_nb_stats *stats)
{
	struct store_merge_stats ms;
	struct feed_doc *doc;
	struct feed_entry *e;
	struct feed_enclosure *enc;
	sqlite3_stmt *s;
	const char *guid, *link, *flags;
	int64_t feed_id = 0;
	size_t i;
	int rc, ret = -1;
	struct nb_state {
		int	 unread, starred, deleted;
	} *state = NULL;

	memset(&ms, 0, sizeof ms);
	if ((s = store_stmt(st, SS_FEED_FIND_LISTED)) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, url, -1, SQLITE_STATIC);
	if ((rc = store_step_row(st, s, N_("newsboat import"))) == -1)
		return -1;
	if (rc == 1)
		feed_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (feed_id == 0) {
		stats->unlisted++;
		return 0;
	}
	stats->feeds++;

	doc = feed_doc_new();
	doc->meta.title = title != NULL ? xstrdup(title) : NULL;
	doc->meta.link = site != NULL && *site != '\0' ? xstrdup(site) : NULL;
	sqlite3_reset(items);
	sqlite3_bind_text(items, 1, url, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(items)) == SQLITE_ROW) {
		if ((guid = (const char *)sqlite3_column_text(items, 0)) ==
		    NULL || *guid == '\0')
			continue;
		link = (const char *)sqlite3_column_text(items, 3);
		e = feed_doc_add_entry(doc);
		e->id = xstrdup(nb_key(guid, link));
		e->title = store_col_strdup(items, 1);
		if (sqlite3_column_bytes(items, 2) > 0)
			e->author = store_col_strdup(items, 2);
		e->link = store_col_strdup(items, 3);
		if (sqlite3_column_int64(items, 4) > 0)
			e->published = sqlite3_column_int64(items, 4);
		e->content = store_col_strdup(items, 5);
		if (sqlite3_column_bytes(items, 9) > 0) {
			enc = feed_entry_add_enclosure(e);
			enc->url = store_col_strdup(items, 9);
			enc->type = store_col_strdup(items, 10);
		}
		state = xreallocarray(state, doc->nentries, sizeof *state);
		flags = (const char *)sqlite3_column_text(items, 7);
		state[doc->nentries - 1].unread =
		    sqlite3_column_int(items, 6) != 0;
		state[doc->nentries - 1].starred = flags != NULL &&
		    *flags != '\0';
		state[doc->nentries - 1].deleted =
		    sqlite3_column_int(items, 8) != 0;
	}
	sqlite3_reset(items);
	if (rc != SQLITE_DONE) {
		log_error(_("newsboat's cache: %s"), sqlite3_errmsg(nb));
		goto out;
	}
	if (store_merge(st, feed_id, doc, now, &ms) == -1)
		goto out;
	stats->added += ms.added;
	for (i = 0; state != NULL && i < doc->nentries; i++) {
		stats->articles++;
		if (state[i].deleted)
			;
		else if (state[i].unread)
			stats->unread++;
		else
			stats->read++;
		if (state[i].starred && !state[i].deleted)
			stats->flagged++;
		if (nb_apply(st, feed_id, doc->entries[i].id, state[i].unread,
		    state[i].starred, state[i].deleted, stats) == -1)
			goto out;
	}
	/* Those written and still there (not deleted just now) are to be
	 * indexed. */
	for (i = 0; i < ms.nchanged; i++) {
		if ((s = store_stmt(st, SS_ART_GET_STATE)) == NULL)
			goto out;
		sqlite3_bind_int64(s, 1, ms.changed_ids[i]);
		if ((rc = store_step_row(st, s, N_("newsboat import"))) == -1)
			goto out;
		sqlite3_reset(s);
		if (rc == 0)
			continue;
		stats->changed_ids = xreallocarray(stats->changed_ids,
		    stats->nchanged + 1, sizeof *stats->changed_ids);
		stats->changed_ids[stats->nchanged++] = ms.changed_ids[i];
	}
	ret = 0;
out:
	store_merge_stats_clear(&ms);
	free(state);
	feed_doc_free(&doc);
	return ret;
}

void
store_nb_stats_clear(struct store_nb_stats *s)
{
	free(s->changed_ids);
	s->changed_ids = NULL;
	s->nchanged = 0;
}

int
store_newsboat_import(struct store *st, const char *path, int64_t now,
    struct store_nb_stats *stats, char *err, size_t errlen)
{
	sqlite3 *nb = NULL;
	sqlite3_stmt *feeds = NULL, *items = NULL;
	struct buf fsql = BUF_INIT, isql = BUF_INIT;
	int have[NB_NCOLS];
	char *uri;
	int rc, ret = -1;

	memset(stats, 0, sizeof *stats);
	if (nb_running(path, err, errlen) == -1)
		return -1;
	if (access(path, R_OK) == -1) {
		nb_err(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	uri = store_uri(path, "immutable=1");
	rc = sqlite3_open_v2(uri, &nb, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
	    NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		nb_err(err, errlen, _("%s: cannot open newsboat's cache: %s"),
		    path, nb != NULL ? sqlite3_errmsg(nb) : sqlite3_errstr(rc));
		goto out;
	}
	if (nb_columns(nb, path, have, err, errlen) == -1)
		goto out;
	nb_select(have, &fsql, &isql);
	rc = sqlite3_prepare_v2(nb, buf_str(&fsql), -1, &feeds, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(nb, buf_str(&isql), -1, &items, NULL);
	buf_free(&fsql);
	buf_free(&isql);
	if (rc != SQLITE_OK) {
		nb_err(err, errlen, _("%s: not a newsboat cache: %s"), path,
		    sqlite3_errmsg(nb));
		goto out;
	}
	/* All or nothing: a second run then starts from either state. */
	if (store_begin(st) == -1) {
		nb_err(err, errlen, "%s", _("the cache cannot be written"));
		goto out;
	}
	while ((rc = sqlite3_step(feeds)) == SQLITE_ROW) {
		if (sqlite3_column_text(feeds, 0) == NULL)
			continue;
		if (nb_feed(st, nb, items,
		    (const char *)sqlite3_column_text(feeds, 0),
		    (const char *)sqlite3_column_text(feeds, 1),
		    (const char *)sqlite3_column_text(feeds, 2), now,
		    stats) == -1)
			break;
	}
	if (rc != SQLITE_DONE) {
		store_rollback(st);
		store_nb_stats_clear(stats);
		nb_err(err, errlen, rc == SQLITE_ROW ?
		    _("%s: the import stopped; nothing was changed") :
		    _("%s: cannot read newsboat's cache"), path);
		goto out;
	}
	if (store_commit(st) == -1) {
		store_nb_stats_clear(stats);
		nb_err(err, errlen, _("%s: the import could not be saved; "
		    "nothing was changed"), path);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(items);
	sqlite3_finalize(feeds);
	sqlite3_close_v2(nb);
	return ret;
}
