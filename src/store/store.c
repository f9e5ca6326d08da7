/*
 * store.c: opening and closing the cache, the single-writer lock, the
 * prepared-statement cache and transaction helpers.
 *
 * One writer at a time: a writer holds an open-file-description lock on
 * "<cache>.lock" (which carries its PID, for the message a second writer
 * gets).  Readers (STORE_READONLY) never take the lock and never block: WAL
 * lets them read the last committed state while a writer works.
 *
 * Crash safety comes from SQLite itself: WAL with synchronous=NORMAL keeps
 * every committed transaction across a killed process (a power cut may lose
 * the last transactions, never consistency).  A writer's checkpoints run
 * in a thread and connection of their own (store-ckpt.c).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store-int.h"

static int	 store_lock(struct store *st, char *err, size_t errlen);
static int	 store_refuse(const char *path, char *err, size_t errlen,
		     const char *why);
static int	 store_sniff(const char *path, char *err, size_t errlen);
static int	 store_open_err(const char *path, int flags, struct store **out,
		     char *err, size_t errlen);
static int	 store_readable(struct store *st, int oflags, char *err,
		     size_t errlen);
static int	 store_too_large(struct store *st);

/* The SQL of each cached statement, by enum store_stmt. */
static const char *store_sql[SS_STMT_MAX] = {
	[SS_FEED_FIND] = "SELECT id FROM feeds WHERE url = ?1",
	[SS_FEED_INSERT] = "INSERT INTO feeds (url, name, tags, hidden, position)"
	    " VALUES (?1, ?2, ?3, ?4, ?5)",
	[SS_FEED_UPDATE_URLS] = "UPDATE feeds SET name = ?2, tags = ?3,"
	    " hidden = ?4, position = ?5 WHERE id = ?1",
	[SS_FEED_LIST] = "SELECT id, url, name, title, site_link, tags, hidden,"
	    " position, unread, total, last_fetch, last_status, last_error,"
	    " next_fetch, etag, last_modified FROM feeds WHERE position >= 0"
	    " ORDER BY position, id",
	[SS_FEED_GET] = "SELECT id, url, name, title, site_link, tags, hidden,"
	    " position, unread, total, last_fetch, last_status, last_error,"
	    " next_fetch, etag, last_modified FROM feeds WHERE id = ?1",
	[SS_FEED_UNLIST_ALL] = "UPDATE feeds SET position = -1",
	[SS_FEED_SET_URL] = "UPDATE feeds SET url = ?2 WHERE id = ?1",
	[SS_FEED_RECORD_FETCH] = "UPDATE feeds SET last_fetch = ?2,"
	    " last_status = ?3, last_error = ?4,"
	    " etag = coalesce(?5, etag),"
	    " last_modified = coalesce(?6, last_modified),"
	    " next_fetch = ?7 WHERE id = ?1",
	[SS_FEED_SET_META] = "UPDATE feeds SET title = coalesce(?2, title),"
	    " site_link = coalesce(?3, site_link) WHERE id = ?1",
	[SS_FEED_ADD_COUNTS] = "UPDATE feeds SET total = total + ?2,"
	    " unread = unread + ?3 WHERE id = ?1",
	[SS_FEED_RECOUNT] = "UPDATE feeds SET"
	    " total = (SELECT count(*) FROM articles WHERE feed_id = ?1),"
	    " unread = (SELECT count(*) FROM articles"
	    "   WHERE feed_id = ?1 AND unread = 1) WHERE id = ?1",
	[SS_ART_FIND] = "SELECT id, guid, chash, first_seen FROM articles"
	    " WHERE feed_id = ?1 AND gkey = ?2",
	[SS_ART_KNOWN] = "SELECT gkey, chash, 0 FROM articles WHERE feed_id = ?1"
	    " UNION ALL SELECT gkey, 0, 1 FROM tombstones WHERE feed_id = ?1",
	[SS_ART_INSERT] = "INSERT INTO articles (feed_id, gkey, guid, date,"
	    " chash, first_seen, published, updated, title, author, link,"
	    " content_type, categories, enclosure_url, enclosure_type)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
	    " ?14, ?15)",
	[SS_ART_UPDATE] = "UPDATE articles SET date = ?2, chash = ?3,"
	    " published = ?4, updated = ?5, title = ?6, author = ?7,"
	    " link = ?8, content_type = ?9, categories = ?10,"
	    " enclosure_url = ?11, enclosure_type = ?12 WHERE id = ?1",
	[SS_BODY_PUT] = "INSERT OR REPLACE INTO bodies (id, summary, content)"
	    " VALUES (?1, ?2, ?3)",
	[SS_BODY_DELETE] = "DELETE FROM bodies WHERE id = ?1",
	[SS_ART_TOMB_FIND] = "SELECT 1 FROM tombstones"
	    " WHERE feed_id = ?1 AND gkey = ?2",
	[SS_ART_TOMB_ADD] = "INSERT OR IGNORE INTO tombstones (feed_id, gkey)"
	    " SELECT feed_id, gkey FROM articles WHERE id = ?1",
	[SS_ART_FTS_ADD] = "INSERT INTO articles_fts (rowid, text)"
	    " VALUES (?1, ?2)",
	[SS_ART_FTS_DEL] = "INSERT INTO articles_fts (articles_fts, rowid, text)"
	    " VALUES ('delete', ?1, ?2)",
	[SS_ART_FTS_SRC] = "SELECT a.title, a.author, b.summary, b.content"
	    " FROM articles a LEFT JOIN bodies b ON b.id = a.id WHERE a.id = ?1",
	[SS_ART_GET] = "SELECT a.id, a.feed_id, coalesce(nullif(f.name, ''),"
	    " nullif(f.title, ''), f.url),"
	    " a.title, a.author, a.link, a.date, a.unread, a.starred, a.guid,"
	    " b.summary, b.content, a.content_type, a.published, a.updated,"
	    " a.categories, a.enclosure_url, a.enclosure_type, a.flags,"
	    " a.deleted"
	    " FROM articles a JOIN feeds f ON f.id = a.feed_id"
	    " LEFT JOIN bodies b ON b.id = a.id WHERE a.id = ?1",
	[SS_ART_SET_UNREAD] = "UPDATE articles SET unread = ?2"
	    " WHERE id = ?1 AND unread <> ?2 RETURNING feed_id",
	[SS_ART_SET_STARRED] = "UPDATE articles SET starred = ?2 WHERE id = ?1",
	[SS_ART_DELETE] = "DELETE FROM articles WHERE id = ?1"
	    " RETURNING feed_id, unread",
	[SS_ART_FEED_OF] = "SELECT a.feed_id, f.position, a.date"
	    " FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1",
	[SS_FEED_MARK_READ] = "UPDATE articles SET unread = 0"
	    " WHERE feed_id = ?1 AND unread = 1",
	[SS_FEED_ZERO_UNREAD] = "UPDATE feeds SET unread = 0 WHERE id = ?1",
	[SS_UNREAD_TOTAL] = "SELECT coalesce(sum(unread), 0) FROM feeds"
	    " WHERE position >= 0 AND hidden = 0",
	[SS_QUOTE_DEL] = "DELETE FROM article_quotes WHERE article_id = ?1",
	/* Not OR REPLACE: that takes a statement savepoint, and a savepoint
	 * makes FTS5 flush its pending terms, which cost more than all the
	 * rest of the quotations' writing. */
	[SS_QUOTE_PUT] = "INSERT INTO article_quotes (article_id, data)"
	    " VALUES (?1, ?2)",
	[SS_QUOTE_LINKS_DEL] = "DELETE FROM speaker_articles"
	    " WHERE article_id = ?1",
	[SS_QUOTE_LINK_ADD] = "INSERT INTO speaker_articles"
	    " (speaker_id, article_id) VALUES (?1, ?2)",
	[SS_SPEAKER_FIND] = "SELECT id FROM speakers WHERE name = ?1",
	[SS_SPEAKER_ADD] = "INSERT INTO speakers (name) VALUES (?1)",
	[SS_SPEAKER_WORD_ADD] = "INSERT OR IGNORE INTO speaker_words"
	    " (word, speaker_id) VALUES (?1, ?2)",
	[SS_ENC_DEL] = "DELETE FROM enclosures WHERE article_id = ?1",
	[SS_ENC_PUT] = "INSERT OR IGNORE INTO enclosures (article_id, pos,"
	    " url, type, length, duration) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	/* store-newsboat.c */
	[SS_FEED_FIND_LISTED] = "SELECT id FROM feeds WHERE url = ?1"
	    " AND position >= 0",
	[SS_ART_GET_STATE] = "SELECT unread, starred FROM articles"
	    " WHERE id = ?1",
};

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

static int
store_refuse(const char *path, char *err, size_t errlen, const char *why)
{
	seterr(err, errlen, _("%s: not a usable tidings cache (%s); "
	    "it was left untouched"), path, why);
	return -1;
}

/*
 * Look at the first bytes before SQLite does: a non-empty file that is not
 * an SQLite database is refused here, so nothing can ever write over it.
 */
static int
store_sniff(const char *path, char *err, size_t errlen)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	struct stat sb;
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return errno == ENOENT ? 1 : 0;	/* SQLite will say why */
	if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		close(fd);
		return store_refuse(path, err, errlen, _("a directory"));
	}
	n = read(fd, head, sizeof head);
	close(fd);
	if (n == 0)
		return 0;	/* empty: a fresh cache */
	if (n != (ssize_t)sizeof head || memcmp(head, magic, sizeof head) != 0)
		return store_refuse(path, err, errlen,
		    _("file is not an SQLite database"));
	return 0;
}

/* Take the writer's lock on "<path>.lock"; say who holds it if we can't. */
static int
store_lock(struct store *st, char *err, size_t errlen)
{
	struct flock fl;
	char *lpath, pid[32];
	ssize_t n;
	int fd, cmd;

	lpath = xasprintf("%s.lock", st->path);
	fd = open(lpath, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd == -1 && (errno == EROFS || errno == EACCES))
		seterr(err, errlen, _("%s: the cache is read-only here (%s); "
		    "this command needs to write to it"), st->path,
		    strerror(errno));
	else if (fd == -1)
		seterr(err, errlen, _("%s: cannot open: %s"), lpath,
		    strerror(errno));
	if (fd == -1) {
		free(lpath);
		return -1;
	}
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
#ifdef F_OFD_SETLK
	/* Per open file, so a second open in this very process conflicts too. */
	cmd = F_OFD_SETLK;
#else
	cmd = F_SETLK;
#endif
	if (fcntl(fd, cmd, &fl) == -1) {
		if (errno == EACCES || errno == EAGAIN) {
			n = pread(fd, pid, sizeof pid - 1, 0);
			pid[n > 0 ? n : 0] = '\0';
			pid[strcspn(pid, "\n")] = '\0';
			seterr(err, errlen, _("%s: cache in use by PID %s"),
			    st->path, pid[0] != '\0' ? pid : "?");
		} else
			seterr(err, errlen, _("%s: cannot lock: %s"), lpath,
			    strerror(errno));
		close(fd);
		free(lpath);
		return -1;
	}
	snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == -1 ||
	    pwrite(fd, pid, strlen(pid), 0) != (ssize_t)strlen(pid))
		log_warn(_("%s: cannot record the PID: %s"), lpath,
		    strerror(errno));
	free(lpath);
	st->lock_fd = fd;
	return 0;
}

/* Without an err buffer from the caller, the reason goes to the log. */
int
store_open(const char *path, int flags, struct store **out, char *err,
    size_t errlen)
{
	char lerr[512];

	if (err != NULL && errlen > 0) {
		err[0] = '\0';
		return store_open_err(path, flags, out, err, errlen);
	}
	lerr[0] = '\0';
	if (store_open_err(path, flags, out, lerr, sizeof lerr) == 0)
		return 0;
	log_error("%s", lerr);
	return -1;
}

static int
store_open_err(const char *path, int flags, struct store **out, char *err,
    size_t errlen)
{
	struct store *st;
	int oflags, rc, memory, fd, fresh;

	*out = NULL;
	memory = strcmp(path, ":memory:") == 0;
	fresh = 0;
	if (!memory) {
		if ((rc = store_sniff(path, err, errlen)) == -1)
			return -1;
		fresh = rc == 1;
		if (fresh && (flags & STORE_READONLY)) {
			seterr(err, errlen, _("%s: no cache yet"), path);
			return -1;
		}
	}

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->flags = flags;
	st->lock_fd = -1;
	if (!memory && !(flags & STORE_READONLY)) {
		if (store_lock(st, err, errlen) == -1)
			goto fail;
		if (fresh) {
			/* Create it ourselves: 0600, and -wal/-shm follow. */
			fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
			if (fd == -1) {
				seterr(err, errlen, _("%s: cannot create: %s"),
				    path, strerror(errno));
				goto fail;
			}
			close(fd);
		}
	}

	oflags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
	if (flags & STORE_READONLY)
		oflags |= SQLITE_OPEN_READONLY;
	else
		oflags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	rc = sqlite3_open_v2(path, &st->db, oflags, NULL);
	if (rc != SQLITE_OK) {
		seterr(err, errlen, _("%s: cannot open the cache: %s"), path,
		    st->db != NULL ? sqlite3_errmsg(st->db) :
		    sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_busy_timeout(st->db, 5000);
	sqlite3_extended_result_codes(st->db, 1);
	if ((flags & STORE_READONLY) && !memory &&
	    store_readable(st, oflags, err, errlen) == -1)
		goto fail;
	if (!(flags & STORE_READONLY) && !memory &&
	    sqlite3_db_readonly(st->db, "main") == 1) {
		/* The lock file could be written, the cache cannot. */
		seterr(err, errlen, _("%s: the cache is read-only here (%s); "
		    "this command needs to write to it"), path,
		    strerror(EACCES));
		goto fail;
	}

	if (store_schema_migrate(st, err, errlen) == -1) {
		/* (Rolled back by now: only SQLite's errno still says.) */
		if (sqlite3_system_errno(st->db) == EFBIG)
			seterr(err, errlen, _("%s: file too large: the file "
			    "size limit (ulimit -f) was reached; nothing was "
			    "written (%s)"), path, _("set up"));
		goto fail;
	}
	if (!memory && !(flags & STORE_READONLY))
		store_ckpt_start(st);
	*out = st;
	return 0;

fail:
	store_close(&st);
	return -1;
}

/*
 * A reader on read-only storage (a read-only mount, a directory it may
 * not write): SQLite cannot create the -shm file a WAL database needs
 * even to read, and fails.  When no -wal file holds
 * transactions not yet copied back, the database file is the whole cache
 * and immutable=1 reads it without -shm or locks (nothing writes to such
 * storage).  A -wal with content would then be ignored, so that case is
 * refused with a reason instead.  0, or -1 with err set.
 */
static int
store_readable(struct store *st, int oflags, char *err, size_t errlen)
{
	struct stat sb;
	char *wal, *uri;
	int rc, walsize;

	rc = sqlite3_exec(st->db, "SELECT count(*) FROM sqlite_schema", NULL,
	    NULL, NULL);
	/* A read-only mount gives CANTOPEN; a directory of another user's
	 * READONLY_CANTINIT (no -shm to read the log's index from). */
	rc = rc == SQLITE_OK ? rc : sqlite3_extended_errcode(st->db) & 0xff;
	if (rc != SQLITE_CANTOPEN && rc != SQLITE_READONLY)
		return 0;	/* fine, or store_schema_migrate says why */
	wal = xasprintf("%s-wal", st->path);
	walsize = stat(wal, &sb) == 0 && sb.st_size > 0;
	free(wal);
	if (walsize) {
		seterr(err, errlen, _("%s: the cache is read-only here and "
		    "its last changes are still in %s-wal; open it once where "
		    "it can be written"), st->path, st->path);
		return -1;
	}
	sqlite3_close_v2(st->db);
	st->db = NULL;
	uri = store_uri(st->path, "immutable=1");
	rc = sqlite3_open_v2(uri, &st->db, oflags | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		seterr(err, errlen, _("%s: cannot open the cache: %s"),
		    st->path, st->db != NULL ? sqlite3_errmsg(st->db) :
		    sqlite3_errstr(rc));
		return -1;
	}
	sqlite3_extended_result_codes(st->db, 1);
	log_debug("%s: read-only storage, opened immutable", st->path);
	return 0;
}

char *
store_uri(const char *path, const char *query)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;
	const unsigned char *p;

	buf_adds(&b, "file:");
	for (p = (const unsigned char *)path; *p != '\0'; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' ||
		    *p >= 0x7f) {
			buf_addc(&b, '%');
			buf_addc(&b, hex[*p >> 4]);
			buf_addc(&b, hex[*p & 15]);
		} else
			buf_addc(&b, (char)*p);
	}
	buf_addc(&b, '?');
	buf_adds(&b, query);
	return buf_detach(&b);
}

void
store_close(struct store **sp)
{
	struct store *st = *sp;
	int i;

	if (st == NULL)
		return;
	/* First: the last connection to close copies the log back. */
	store_ckpt_stop(st);
	for (i = 0; i < SS_STMT_MAX; i++)
		sqlite3_finalize(st->stmts[i]);
	store_pack_end(&st->zc);
	store_speakers_forget(st);
	/* No PRAGMA optimize: ANALYZE of a big cache could stall the exit,
	 * and the queries are written for their indexes anyway. */
	if (st->db != NULL)
		sqlite3_close_v2(st->db);
	if (st->lock_fd != -1) {
		/* Leave the file: unlinking it would race a waiting writer. */
		if (ftruncate(st->lock_fd, 0) == -1)
			log_debug("lock: %s", strerror(errno));
		close(st->lock_fd);
	}
	free(st->path);
	free(st);
	*sp = NULL;
}

/* The cached statement, reset and unbound, ready to bind; NULL on error. */
sqlite3_stmt *
store_stmt(struct store *st, enum store_stmt which)
{
	sqlite3_stmt *s = st->stmts[which];

	if (s != NULL) {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return s;
	}
	if (sqlite3_prepare_v3(st->db, store_sql[which], -1,
	    SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		store_db_error(st, N_("prepare"));
		return NULL;
	}
	st->stmts[which] = s;
	return s;
}

int
store_exec(struct store *st, const char *sql)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		store_db_error(st, N_("exec"));
		return -1;
	}
	return 0;
}

/* Did the last write fail on the file size limit (ulimit -f; SIGXFSZ is
 * ignored, see main.c)?  SQLite calls that an I/O error (or full). */
static int
store_too_large(struct store *st)
{
	int rc = sqlite3_extended_errcode(st->db) & 0xff;

	return (rc == SQLITE_IOERR || rc == SQLITE_FULL) &&
	    sqlite3_system_errno(st->db) == EFBIG;
}

void
store_db_error(struct store *st, const char *what)
{
	int rc = sqlite3_extended_errcode(st->db);

	/* cppcheck-suppress selfAssignment ; _() is the identity without NLS */
	what = _(what);		/* the callers mark it with N_() */

	if (store_too_large(st)) {
		log_error(_("%s: file too large: the file size limit (ulimit "
		    "-f) was reached; nothing was written (%s)"), st->path,
		    what);
		return;
	}
	switch (rc & 0xff) {
	case SQLITE_FULL:
		log_error(_("%s: the disk is full; nothing was written (%s)"),
		    st->path, what);
		break;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		log_error(_("%s: the cache is damaged (%s: %s)"), st->path,
		    what, sqlite3_errmsg(st->db));
		break;
	case SQLITE_READONLY:
		log_error(_("%s: the cache is read-only (%s)"), st->path, what);
		break;
	default:
		log_error(_("%s: cache error (%s: %s)"), st->path, what,
		    sqlite3_errmsg(st->db));
		break;
	}
}

/* Transactions nest by depth: only the outermost one talks to SQLite. */
int
store_tx_begin(struct store *st)
{
	if (st->in_tx++ > 0)
		return 0;
	if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		st->in_tx = 0;
		store_db_error(st, N_("begin"));
		return -1;
	}
	return 0;
}

int
store_tx_commit(struct store *st)
{
	if (st->in_tx == 0) {
		/* Rolled back by an inner failure: the group is lost. */
		if (st->tx_failed) {
			st->tx_failed = 0;
			return -1;
		}
		return 0;
	}
	if (--st->in_tx > 0)
		return 0;
	st->fresh_from = 0;
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		store_db_error(st, N_("commit"));
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		store_speakers_forget(st);
		return -1;
	}
	return 0;
}

void
store_tx_rollback(struct store *st)
{
	if (st->in_tx == 0)
		return;
	if (st->in_tx > 1)
		st->tx_failed = 1;
	st->in_tx = 0;
	st->fresh_from = 0;
	if (sqlite3_get_autocommit(st->db) == 0)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	/* A speaker added in the transaction is gone again. */
	store_speakers_forget(st);
}

void
store_speakers_forget(struct store *st)
{
	size_t i;

	for (i = 0; i < STORE_SPEAKER_CACHE; i++) {
		free(st->speakers[i].name);
		st->speakers[i].name = NULL;
	}
}

int
store_begin(struct store *st)
{
	if (st->in_tx == 0)
		st->tx_failed = 0;
	return store_tx_begin(st);
}

int
store_commit(struct store *st)
{
	return store_tx_commit(st);
}

void
store_rollback(struct store *st)
{
	store_tx_rollback(st);
	st->tx_failed = 0;
}

int
store_bind_text(sqlite3_stmt *s, int col, const char *str)
{
	if (str == NULL)
		return sqlite3_bind_null(s, col);
	return sqlite3_bind_text(s, col, str, -1, SQLITE_STATIC);
}

char *
store_col_strdup(sqlite3_stmt *s, int col)
{
	const unsigned char *t;

	if (sqlite3_column_type(s, col) == SQLITE_NULL)
		return NULL;
	t = sqlite3_column_text(s, col);
	return xstrdup(t != NULL ? (const char *)t : "");
}

/* Run SQLite's own consistency check; 0 when it says "ok". */
int
store_check(struct store *st, char *err, size_t errlen)
{
	sqlite3_stmt *s;
	const unsigned char *t;
	int rc, ok = 0;

	if (sqlite3_prepare_v2(st->db, "PRAGMA integrity_check", -1, &s,
	    NULL) != SQLITE_OK) {
		seterr(err, errlen, "%s", sqlite3_errmsg(st->db));
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		t = sqlite3_column_text(s, 0);
		if (t != NULL && strcmp((const char *)t, "ok") == 0)
			ok = 1;
		else
			seterr(err, errlen, "%s", t != NULL ?
			    (const char *)t : "?");
	}
	if (rc != SQLITE_DONE) {
		seterr(err, errlen, "%s", sqlite3_errmsg(st->db));
		ok = 0;
	}
	sqlite3_finalize(s);
	if (ok && sqlite3_prepare_v2(st->db, "INSERT INTO articles_fts"
	    "(articles_fts) VALUES ('integrity-check')", -1, &s, NULL) ==
	    SQLITE_OK && !(st->flags & STORE_READONLY)) {
		/* Contentless: this checks the index's own structure. */
		if (sqlite3_step(s) != SQLITE_DONE) {
			seterr(err, errlen, "fts: %s", sqlite3_errmsg(st->db));
			ok = 0;
		}
		sqlite3_finalize(s);
	} else if (ok)
		sqlite3_finalize(s);
	return ok ? 0 : -1;
}
