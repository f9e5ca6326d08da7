/*
 * store-int.h: what the store's own files share and nobody else sees: the
 * connection, the prepared-statement cache, transaction helpers and the
 * text helpers (compression, tag stripping, hashing).  Only src/store/ and
 * its own tests include this.
 */
#ifndef TIDINGS_STORE_INT_H
#define TIDINGS_STORE_INT_H

#include <sqlite3.h>
#include <zstd.h>

#include "base/lib.h"
#include "store/lib.h"

/* Every statement the store runs more than once; prepared on first use and
 * kept until store_close (SQLITE_PREPARE_PERSISTENT). */
#define STORE_SPEAKER_CACHE	64	/* direct-mapped by name hash */

enum store_stmt {
	SS_FEED_FIND,
	SS_FEED_INSERT,
	SS_FEED_UPDATE_URLS,
	SS_FEED_LIST,
	SS_FEED_GET,
	SS_FEED_UNLIST_ALL,
	SS_FEED_SET_URL,
	SS_FEED_RECORD_FETCH,
	SS_FEED_SET_META,
	SS_FEED_ADD_COUNTS,
	SS_FEED_RECOUNT,
	SS_ART_FIND,
	SS_ART_KNOWN,
	SS_ART_INSERT,
	SS_ART_UPDATE,
	SS_BODY_PUT,
	SS_BODY_DELETE,
	SS_ART_TOMB_FIND,
	SS_ART_TOMB_ADD,
	SS_ART_FTS_ADD,
	SS_ART_FTS_DEL,
	SS_ART_FTS_SRC,
	SS_ART_GET,
	SS_ART_SET_UNREAD,
	SS_ART_SET_STARRED,
	SS_ART_DELETE,
	SS_ART_FEED_OF,
	SS_FEED_MARK_READ,
	SS_FEED_ZERO_UNREAD,
	SS_UNREAD_TOTAL,
	SS_QUOTE_DEL,
	SS_QUOTE_PUT,
	SS_QUOTE_LINKS_DEL,
	SS_QUOTE_LINK_ADD,
	SS_SPEAKER_FIND,
	SS_SPEAKER_ADD,
	SS_SPEAKER_WORD_ADD,
	SS_ENC_DEL,
	SS_ENC_PUT,
	SS_FEED_FIND_LISTED,
	SS_ART_GET_STATE,
	SS_STMT_MAX
};

struct store {
	sqlite3		*db;
	char		*path;
	int		 flags;
	int		 lock_fd;	/* -1 when readonly or in memory */
	int		 in_tx;
	int		 tx_failed;	/* an inner part rolled back */
	int64_t		 fresh_from;	/* first article id inserted in the
					 * open transaction (0: none): from
					 * it on, none has quotations yet, as
					 * AUTOINCREMENT never reuses an id */
	int		 vocab;		/* temp.articles_vocab made */
	char		 keep_flags[53]; /* expiry spares these flags */
	sqlite3_stmt	*stmts[SS_STMT_MAX];
	struct store_ckpt *ckpt;	/* checkpoints elsewhere; NULL: none */
	ZSTD_CCtx	*zc;		/* kept: a context per body is costly */
	/* Speaker ids by name, as committed or written in the open
	 * transaction; emptied by every rollback. */
	struct store_speaker {
		char	*name;
		int64_t	 id;
	}		 speakers[STORE_SPEAKER_CACHE];
};

/* store.c */
sqlite3_stmt	*store_stmt(struct store *st, enum store_stmt which);
/* Forget the cached speaker ids (after a rollback, and at close). */
void	 store_speakers_forget(struct store *st);
int	 store_exec(struct store *st, const char *sql);
/* Log the connection's last error with a short context, marked with N_()
 * by the caller (N_("merge"), ...): it is translated here. */
void	 store_db_error(struct store *st, const char *what);
int	 store_tx_begin(struct store *st);
int	 store_tx_commit(struct store *st);
void	 store_tx_rollback(struct store *st);
/* "file:PATH?QUERY" for sqlite3_open_v2 with SQLITE_OPEN_URI, the path
 * percent-encoded where a URI needs; the caller frees. */
char	*store_uri(const char *path, const char *query);
/* Bind text, or NULL when s is NULL. */
int	 store_bind_text(sqlite3_stmt *s, int col, const char *s_);
/* A column's text copied (NULL stays NULL). */
char	*store_col_strdup(sqlite3_stmt *s, int col);

/* store-ckpt.c: WAL checkpoints in their own thread and connection,
 * asked for by the writer's commits (a writable file-backed cache only).
 * stop joins the thread; it comes before closing st->db. */
void	 store_ckpt_start(struct store *st);
void	 store_ckpt_stop(struct store *st);
/* Tests: the thresholds in log pages, and wait for the thread to be idle
 * (returns the checkpoints it has run). */
void	 store_ckpt_limits(struct store *st, int pages, int max);
unsigned store_ckpt_wait(struct store *st);

/* store-quote.c */
/* Append one quotation to an article's packed list (speaker_id 0: none). */
void	 store_quote_pack(struct buf *b, const struct store_quote *q,
	     int64_t speaker_id);

/* store-schema.c */
#define STORE_SCHEMA_VERSION	8
#define STORE_APPLICATION_ID	0x54444e47	/* "TDNG" */
int	 store_schema_migrate(struct store *st, char *err, size_t errlen);

/* store-text.c */
/* A body as its column will hold it: z (owned) is the packed BLOB, or NULL
 * when the text is kept plain (short, or incompressible). */
struct store_packed {
	unsigned char	*z;
	size_t		 zlen;
};
/* Pack text (NULL allowed) with the compression context *zc, made on
 * first use and freed with store_pack_end.  Pure: no connection, any
 * thread. */
void	 store_pack(ZSTD_CCtx **zc, const char *text, struct store_packed *out);
void	 store_pack_end(ZSTD_CCtx **zc);
/* Bind a packed body to column col, taking p->z; text when not packed. */
int	 store_bind_packed(sqlite3_stmt *s, int col, const char *text,
	     struct store_packed *p);
/* store_pack with the connection's stream, then store_bind_packed. */
int	 store_bind_body(struct store *st, sqlite3_stmt *s, int col,
	     const char *text);
/* Unpack a body column (BLOB or TEXT); NULL when the column is NULL. */
char	*store_col_body(sqlite3_stmt *s, int col);
/* Append text with markup tags removed and entities left as they are. */
void	 store_strip_tags(struct buf *b, const char *html, size_t cap);
/* The text the full-text index holds for one article. */
char	*store_fts_text(const char *title, const char *author,
	     const char *summary, const char *content);
/* store-query.c: the FTS5 expression for a search's words (see there);
 * NULL when there is none.  Caller frees. */
char	*store_search_expr(const char *text);
/* store-cjk.c: CJK runs as characters and pairs (see there). */
size_t	 store_cjk_char(const unsigned char *p);
int	 store_cjk_any(const char *s, size_t n);
void	 store_cjk_grams(const unsigned char *w, size_t n, int query,
	     void (*emit)(void *arg, const unsigned char *t, size_t len),
	     void *arg);
uint64_t store_hash(uint64_t h, const void *p, size_t n);
uint64_t store_hash_str(uint64_t h, const char *s);
#define STORE_HASH_INIT	UINT64_C(0xcbf29ce484222325)

/* store-newsboat.c, store-maint.c: newsboat names an RSS item without a
 * guid by its link and its pubDate text, which is never longer than this. */
#define NB_DATE_MAX	64

/* store-quote.c */
/* The id of a speaker's row, made (with its words) when new; -1. */
int64_t	 store_speaker_id(struct store *st, const char *name);

/* store-download.c: an article's enclosures, rewritten with it by the
 * merge (fresh: a new article, nothing to delete first). */
int	 store_enclosures_put(struct store *st, int64_t article_id,
	     const struct feed_entry *e, int fresh);

/* store-entry.c */
int	 store_fts_remove(struct store *st, int64_t id);
/* The two ways to run a statement; use them rather than sqlite3_step by
 * hand so every error is logged and no statement stays open (an unreset
 * read holds its snapshot).  store_step_done steps s to its end and
 * resets it: 0, or -1 (logged with what).  store_step_row steps once: 1
 * on a row, which s is left on for the caller to read and then reset; 0
 * when there is none and -1 (logged) on error, both with s reset. */
int	 store_step_done(struct store *st, sqlite3_stmt *s, const char *what);
int	 store_step_row(struct store *st, sqlite3_stmt *s, const char *what);
/* Add to a feed's total and unread counters. */
/* Inside a transaction: an article out of the index, a tombstone for it,
 * its row and body gone, the counters kept (store-entry.c). */
int	 store_delete_one(struct store *st, int64_t id);
int	 store_add_counts(struct store *st, int64_t feed_id, int64_t total,
	     int64_t unread);

#endif
