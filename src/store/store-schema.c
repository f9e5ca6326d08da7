/*
 * store-schema.c: the cache's tables and their forward migrations, keyed on
 * PRAGMA user_version (migration i takes version i to i + 1).  A file that
 * carries another application_id, or a newer schema, is refused untouched.
 *
 * Rules the schema keeps: dates are UTC seconds since the epoch (INTEGER);
 * articles.date is the sort key (published, else updated, else first_seen);
 * feeds.unread/total are maintained by the code that changes articles, so
 * the feed list never scans articles; bodies (summary/content, one row per
 * article under the same id) are TEXT, or a BLOB
 * holding a 4-byte little-endian length and a zstd frame (store-text.c);
 * articles_fts is contentless, so removing a row from it needs the text it
 * was given, which store_fts_text() rebuilds from the stored fields;
 * article ids are AUTOINCREMENT so a stale index row can never name a newer
 * article.  Tombstones keep (feed, id-hash) of deleted articles.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

static int	schema_int(struct store *st, const char *sql, int64_t *out);
static int	schema_reindex(struct store *st);
static int	schema_speakers(struct store *st);
static int	schema_quote_rows(struct store *st);
static int	schema_tidy(struct store *st);

static const char *migrations[STORE_SCHEMA_VERSION] = {
	/* 0 -> 1 */
	"CREATE TABLE feeds ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  name TEXT, title TEXT, site_link TEXT, tags TEXT,"
	"  hidden INTEGER NOT NULL DEFAULT 0,"
	"  position INTEGER NOT NULL DEFAULT -1,"
	"  unread INTEGER NOT NULL DEFAULT 0,"
	"  total INTEGER NOT NULL DEFAULT 0,"
	"  last_fetch INTEGER NOT NULL DEFAULT 0,"
	"  last_status INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  next_fetch INTEGER NOT NULL DEFAULT 0,"
	"  etag TEXT, last_modified TEXT);"
	"CREATE INDEX feeds_position ON feeds (position);"
	/* Small, hot columns first: list queries stop before the bodies. */
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,"
	"  gkey INTEGER NOT NULL,"
	"  date INTEGER NOT NULL,"
	"  unread INTEGER NOT NULL DEFAULT 1,"
	"  starred INTEGER NOT NULL DEFAULT 0,"
	"  chash INTEGER NOT NULL,"
	"  first_seen INTEGER NOT NULL,"
	"  published INTEGER, updated INTEGER,"
	"  title TEXT, author TEXT, link TEXT,"
	"  content_type INTEGER NOT NULL DEFAULT 0,"
	"  categories TEXT, enclosure_url TEXT, enclosure_type TEXT,"
	"  guid TEXT NOT NULL);"
	"CREATE INDEX articles_key ON articles (feed_id, gkey);"
	"CREATE INDEX articles_feed_date ON articles (feed_id, date);"
	"CREATE INDEX articles_date ON articles (date);"
	"CREATE INDEX articles_unread ON articles (date) WHERE unread = 1;"
	"CREATE INDEX articles_feed_unread ON articles (feed_id, date)"
	"  WHERE unread = 1;"
	"CREATE INDEX articles_starred ON articles (date) WHERE starred = 1;"
	/* Bodies apart: article rows stay small, so list pages touch few
	 * pages, and the big rows pack densely on their own. */
	"CREATE TABLE bodies (id INTEGER PRIMARY KEY, summary, content);"
	"CREATE TABLE tombstones ("
	"  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,"
	"  gkey INTEGER NOT NULL,"
	"  PRIMARY KEY (feed_id, gkey)) WITHOUT ROWID;"
	"CREATE TABLE quotes ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  kind INTEGER NOT NULL, level INTEGER NOT NULL,"
	"  text TEXT NOT NULL, speaker TEXT);"
	"CREATE INDEX quotes_article ON quotes (article_id);"
	/* One column (title, author, body text): searches are by word only,
	 * so detail=none keeps the index small and fast to fill. */
	"CREATE VIRTUAL TABLE articles_fts USING fts5 (text, content='',"
	"  detail=none, columnsize=0,"
	"  tokenize='unicode61 remove_diacritics 2');",
	/* 1 -> 2: speakers are matched by word, which no index serves;
	 * and see migration_fns */
	"DROP INDEX IF EXISTS quotes_speaker;",
	/* 2 -> 3: speakers apart, found by any word of their name (the
	 * words lowercased, and the whole name as one more "word"). */
	"CREATE TABLE speakers (id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE speaker_words ("
	"  word TEXT NOT NULL,"
	"  speaker_id INTEGER NOT NULL REFERENCES speakers (id),"
	"  PRIMARY KEY (word, speaker_id)) WITHOUT ROWID;"
	"ALTER TABLE quotes ADD COLUMN speaker_id INTEGER"
	"  REFERENCES speakers (id);"
	"CREATE INDEX quotes_speaker_id ON quotes (speaker_id)"
	"  WHERE speaker_id IS NOT NULL;",
	/* 3 -> 4: an article's quotations in one row (store-quote.c has the
	 * format), and which speakers it quotes: a row per quotation cost
	 * three B-tree inserts each, most of the index's writing. */
	"CREATE TABLE article_quotes ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  data BLOB NOT NULL);"
	"CREATE TABLE speaker_articles ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers (id),"
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  PRIMARY KEY (speaker_id, article_id)) WITHOUT ROWID;"
	"CREATE INDEX speaker_articles_article ON speaker_articles"
	"  (article_id);"
	"INSERT INTO speaker_articles (speaker_id, article_id)"
	"  SELECT DISTINCT q.speaker_id, q.article_id FROM quotes q"
	"  JOIN articles a ON a.id = q.article_id"
	"  JOIN speakers sp ON sp.id = q.speaker_id;",
	/* 4 -> 5: every enclosure of an article (articles keeps the first
	 * one's URL and type, as before), the download queue, and the
	 * newest article podcast-auto-enqueue has looked at (the states are
	 * model/download.h's).  IF NOT EXISTS: a test that fakes an older
	 * file leaves these tables in place. */
	"CREATE TABLE IF NOT EXISTS enclosures ("
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL, url TEXT NOT NULL, type TEXT,"
	"  length INTEGER NOT NULL DEFAULT -1,"
	"  duration INTEGER NOT NULL DEFAULT -1,"
	"  PRIMARY KEY (article_id, pos)) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS downloads ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,"
	"  feed_title TEXT, title TEXT, type TEXT,"
	"  path TEXT NOT NULL,"
	"  state INTEGER NOT NULL DEFAULT 0,"
	"  size INTEGER NOT NULL DEFAULT -1,"
	"  got INTEGER NOT NULL DEFAULT 0,"
	"  tries INTEGER NOT NULL DEFAULT 0,"
	"  error TEXT,"
	"  added INTEGER NOT NULL DEFAULT 0,"
	"  played INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE IF NOT EXISTS download_mark ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  article_id INTEGER NOT NULL);"
	"INSERT OR IGNORE INTO download_mark (id, article_id)"
	"  SELECT 1, coalesce(max(id), 0) FROM articles;",
	/* 5 -> 6: sync with a server (store-sync.c).  sync_items maps an
	 * article to the server's item id; sync_feeds a feed to its stream.
	 * sync_pending is the queue of local changes (field 0 read state,
	 * 1 star; value the wanted unread/starred), one row per article and
	 * field holding the latest wish: the triggers write it in the
	 * transaction of the change itself, so a crash loses neither.  While
	 * sync_quiet has a row (only inside the sync's own transaction),
	 * changes come from the server and are not queued.  sync_gone: see
	 * below. */
	"CREATE TABLE IF NOT EXISTS sync_items ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  remote INTEGER NOT NULL UNIQUE);"
	"CREATE TABLE IF NOT EXISTS sync_feeds ("
	"  feed_id INTEGER PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,"
	"  stream TEXT NOT NULL UNIQUE);"
	"CREATE TABLE IF NOT EXISTS sync_pending ("
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles (id) ON DELETE CASCADE,"
	"  field INTEGER NOT NULL, value INTEGER NOT NULL,"
	"  tries INTEGER NOT NULL DEFAULT 0,"
	"  next_try INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (article_id, field)) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS sync_meta ("
	"  key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS sync_quiet (x INTEGER PRIMARY KEY);"
	/* items fetched and not kept (deleted here: a tombstone), so they
	 * are not fetched again at every sync */
	"CREATE TABLE IF NOT EXISTS sync_gone (remote INTEGER PRIMARY KEY);"
	"CREATE TRIGGER IF NOT EXISTS sync_queue_read"
	"  AFTER UPDATE OF unread ON articles"
	"  WHEN OLD.unread <> NEW.unread"
	"   AND NOT EXISTS (SELECT 1 FROM sync_quiet)"
	"   AND EXISTS (SELECT 1 FROM sync_items WHERE article_id = NEW.id)"
	"  BEGIN INSERT OR REPLACE INTO sync_pending (article_id, field, value)"
	"    VALUES (NEW.id, 0, NEW.unread); END;"
	"CREATE TRIGGER IF NOT EXISTS sync_queue_star"
	"  AFTER UPDATE OF starred ON articles"
	"  WHEN OLD.starred <> NEW.starred"
	"   AND NOT EXISTS (SELECT 1 FROM sync_quiet)"
	"   AND EXISTS (SELECT 1 FROM sync_items WHERE article_id = NEW.id)"
	"  BEGIN INSERT OR REPLACE INTO sync_pending (article_id, field, value)"
	"    VALUES (NEW.id, 1, NEW.starred); END;",
	/* 6 -> 7: tidying (schema_tidy) */
	NULL,
	/* 7 -> 8: search (the index is refilled: see migration_fns) */
	NULL,
};

/* C steps run after the SQL of the same migration, for what SQL alone
 * cannot do. */
static int (*const migration_fns[STORE_SCHEMA_VERSION])(struct store *) = {
	NULL,
	schema_reindex,	/* 1 -> 2: the index gets each word once */
	schema_speakers, /* 2 -> 3: quotes.speaker becomes speaker_id */
	schema_quote_rows, /* 3 -> 4: quotes rows become article_quotes */
	NULL,
	NULL,	/* 5 -> 6: sync */
	schema_tidy,	/* 6 -> 7: tidying */
	schema_reindex,	/* 7 -> 8: CJK runs go in as characters and pairs */
};

/* Pack each article's quotation rows, in their order, into its
 * article_quotes row; then the old table goes. */
static int
schema_quote_rows(struct store *st)
{
	sqlite3_stmt *sel, *ins;
	struct store_quote q;
	struct buf data = BUF_INIT;
	int64_t article = -1, id;
	int rc;

	/* Rows of vanished articles (a cache once used without foreign
	 * keys) are left behind rather than fail the upgrade. */
	if (sqlite3_prepare_v2(st->db, "SELECT q.article_id, q.kind, q.level,"
	    " q.text, coalesce(sp.id, 0) FROM quotes q"
	    " JOIN articles a ON a.id = q.article_id"
	    " LEFT JOIN speakers sp ON sp.id = q.speaker_id"
	    " ORDER BY q.article_id, q.id", -1, &sel, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(st->db, "INSERT INTO article_quotes"
	    " (article_id, data) VALUES (?1, ?2)", -1, &ins, NULL) !=
	    SQLITE_OK) {
		sqlite3_finalize(sel);
		return -1;
	}
	for (;;) {
		rc = sqlite3_step(sel);
		id = rc == SQLITE_ROW ? sqlite3_column_int64(sel, 0) : -1;
		if (article != -1 && id != article) {
			sqlite3_reset(ins);
			sqlite3_bind_int64(ins, 1, article);
			sqlite3_bind_blob(ins, 2, data.data, (int)data.len,
			    SQLITE_STATIC);
			if (sqlite3_step(ins) != SQLITE_DONE) {
				rc = SQLITE_ERROR;
				break;
			}
			buf_reset(&data);
		}
		if (rc != SQLITE_ROW)
			break;
		article = id;
		memset(&q, 0, sizeof q);
		q.kind = (enum store_quote_kind)sqlite3_column_int(sel, 1);
		q.level = sqlite3_column_int(sel, 2);
		q.text = (char *)sqlite3_column_text(sel, 3);
		store_quote_pack(&data, &q, sqlite3_column_int64(sel, 4));
	}
	buf_free(&data);
	sqlite3_finalize(ins);
	sqlite3_finalize(sel);
	if (rc != SQLITE_DONE)
		return -1;
	return sqlite3_exec(st->db, "DROP TABLE quotes", NULL, NULL, NULL) ==
	    SQLITE_OK ? 0 : -1;
}

/* Move the speakers' names of existing quotations into speakers. */
static int
schema_speakers(struct store *st)
{
	sqlite3_stmt *s;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int64_t sid;
	int rc, ret = -1;

	/* Names first, then the updates: no statement reads what another
	 * is changing. */
	if (sqlite3_prepare_v2(st->db, "SELECT DISTINCT speaker FROM quotes"
	    " WHERE speaker IS NOT NULL", -1, &s, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			names = xreallocarray(names, alloc, sizeof *names);
		}
		names[n++] = store_col_strdup(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE || sqlite3_prepare_v2(st->db, "UPDATE quotes"
	    " SET speaker_id = ?2, speaker = NULL WHERE speaker = ?1", -1, &s,
	    NULL) != SQLITE_OK)
		goto out;
	for (i = 0; i < n; i++) {
		if ((sid = store_speaker_id(st, names[i])) == -1)
			break;
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, names[i], -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, sid);
		if (sqlite3_step(s) != SQLITE_DONE)
			break;
	}
	sqlite3_finalize(s);
	if (i == n)
		ret = 0;
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return ret;
}

/* Refill the full-text index from the stored articles: its text must be
 * exactly what store_fts_text() makes today, or removals would go wrong. */
static int
schema_reindex(struct store *st)
{
	sqlite3_stmt *sel, *ins;
	char *title, *author, *summary, *content;
	int rc;

	if (sqlite3_exec(st->db, "INSERT INTO articles_fts (articles_fts)"
	    " VALUES ('delete-all')", NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(st->db, "SELECT a.id, a.title, a.author,"
	    " b.summary, b.content FROM articles a"
	    " LEFT JOIN bodies b ON b.id = a.id", -1, &sel, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(st->db, "INSERT INTO articles_fts (rowid, text)"
	    " VALUES (?1, ?2)", -1, &ins, NULL) != SQLITE_OK) {
		sqlite3_finalize(sel);
		return -1;
	}
	while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
		title = store_col_strdup(sel, 1);
		author = store_col_strdup(sel, 2);
		summary = store_col_body(sel, 3);
		content = store_col_body(sel, 4);
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, sqlite3_column_int64(sel, 0));
		sqlite3_bind_text(ins, 2, store_fts_text(title, author, summary,
		    content), -1, free);
		free(title);
		free(author);
		free(summary);
		free(content);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			rc = SQLITE_ERROR;
			break;
		}
	}
	sqlite3_finalize(ins);
	sqlite3_finalize(sel);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
schema_int(struct store *st, const char *sql, int64_t *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return sqlite3_extended_errcode(st->db);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(s, 0);
		rc = SQLITE_OK;
	} else
		rc = sqlite3_extended_errcode(st->db);
	sqlite3_finalize(s);
	return rc;
}

/* Check what the file is, then bring its schema up to date. */
int
store_schema_migrate(struct store *st, char *err, size_t errlen)
{
	int64_t appid = 0, version = 0, nobj = 0;
	int rc, ro = st->flags & STORE_READONLY;

	if ((rc = schema_int(st, "PRAGMA application_id", &appid)) !=
	    SQLITE_OK ||
	    (rc = schema_int(st, "PRAGMA user_version", &version)) !=
	    SQLITE_OK ||
	    (rc = schema_int(st, "SELECT count(*) FROM sqlite_schema",
	    &nobj)) != SQLITE_OK) {
		snprintf(err, errlen, _("%s: not a usable tidings cache (%s); "
		    "it was left untouched"), st->path, sqlite3_errmsg(st->db));
		return -1;
	}
	if (appid != STORE_APPLICATION_ID && (appid != 0 || version != 0 ||
	    nobj != 0)) {
		snprintf(err, errlen, _("%s: not a usable tidings cache (%s); "
		    "it was left untouched"), st->path,
		    _("another program's database"));
		return -1;
	}
	if (version > STORE_SCHEMA_VERSION) {
		snprintf(err, errlen, _("%s: made by a newer tidings "
		    "(schema %lld, this one knows %d)"), st->path,
		    (long long)version, STORE_SCHEMA_VERSION);
		return -1;
	}

	/* Per-connection settings.  A 1 MiB page cache: a reload's peak
	 * RSS is 1.5 MB lower than with 2 MiB, its time and the 1M-article
	 * queries (bench/store-run.sh) the same; the OS keeps the file. */
	sqlite3_exec(st->db, "PRAGMA foreign_keys = ON;"
	    "PRAGMA cache_size = -1024;", NULL, NULL, NULL);
	if (ro) {
		if (version < STORE_SCHEMA_VERSION) {
			snprintf(err, errlen, _("%s: the cache needs an upgrade; run"
			    " tidings or tidings -x reload once"), st->path);
			return -1;
		}
		return 0;
	}
	/* Before the first table and WAL: bodies pack into fewer pages. */
	if (nobj == 0)
		sqlite3_exec(st->db, "PRAGMA page_size = 8192", NULL, NULL,
		    NULL);
	if (sqlite3_exec(st->db, "PRAGMA journal_mode = WAL;"
	    "PRAGMA synchronous = NORMAL;", NULL, NULL, NULL) != SQLITE_OK) {
		snprintf(err, errlen, _("%s: cannot open the cache: %s"),
		    st->path, sqlite3_errmsg(st->db));
		return -1;
	}
	if (version == STORE_SCHEMA_VERSION)
		return 0;

	if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK)
		goto fail;
	for (; version < STORE_SCHEMA_VERSION; version++) {
		if (migrations[version] != NULL &&
		    sqlite3_exec(st->db, migrations[version], NULL, NULL,
		    NULL) != SQLITE_OK)
			goto fail;
		if (migration_fns[version] != NULL &&
		    migration_fns[version](st) == -1)
			goto fail;
	}
	{
		char sql[128];

		snprintf(sql, sizeof sql, "PRAGMA user_version = %d;"
		    "PRAGMA application_id = %d;", STORE_SCHEMA_VERSION,
		    STORE_APPLICATION_ID);
		if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
			goto fail;
	}
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	return 0;

fail:
	snprintf(err, errlen, _("%s: cannot set up the cache: %s"), st->path,
	    sqlite3_errmsg(st->db));
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* 6 -> 7: newsboat's flags (sorted letters, NULL = none) and
 * delete-article's mark, purged later into a tombstone.  Each column only
 * when missing: a file taken back to an older user_version (the tests
 * do) still has them. */
static int
schema_tidy(struct store *st)
{
	static const struct {
		const char	*col;
		const char	*sql;
	} cols[] = {
		{ "flags", "ALTER TABLE articles ADD COLUMN flags TEXT" },
		{ "deleted", "ALTER TABLE articles ADD COLUMN deleted INTEGER"
		  " NOT NULL DEFAULT 0" },
	};
	sqlite3_stmt *s;
	size_t i;
	int rc, have;

	for (i = 0; i < sizeof cols / sizeof cols[0]; i++) {
		if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM"
		    " pragma_table_info('articles') WHERE name = ?1", -1, &s,
		    NULL) != SQLITE_OK)
			return -1;
		sqlite3_bind_text(s, 1, cols[i].col, -1, SQLITE_STATIC);
		rc = sqlite3_step(s);
		have = rc == SQLITE_ROW && sqlite3_column_int(s, 0) > 0;
		sqlite3_finalize(s);
		if (rc != SQLITE_ROW)
			return -1;
		if (!have && sqlite3_exec(st->db, cols[i].sql, NULL, NULL,
		    NULL) != SQLITE_OK)
			return -1;
	}
	return 0;
}
