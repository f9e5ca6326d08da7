/*
 * store-ckpt.c: WAL checkpoints in a thread of their own.
 *
 * SQLite's automatic checkpoint runs in the committing thread, right after
 * the commit: it copies the log into the database and syncs both files,
 * tens of milliseconds during which a reload's writer feeds nobody (its
 * workers run dry and the transfers stall).  Here the commit only signals,
 * and a second connection, in its own thread, checkpoints PASSIVE: it
 * never blocks the writer, who goes on appending to the log meanwhile.
 *
 * A log that is always being appended to is never found fully copied at
 * the start of a transaction, which is the only moment SQLite can start it
 * over; so once it holds STORE_CKPT_MAX pages, the commit that sees it
 * waits for the thread, copies the (few) remaining pages itself, and the
 * next transaction rewinds the log.  That bounds the -wal file of a long
 * import (64 MiB and a transaction).
 *
 * If the thread or its connection cannot be had, the commit checkpoints
 * inline, as SQLite would have.
 */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

/* Pages in the log (8 KiB each) before a checkpoint: SQLite's default. */
#define STORE_CKPT_PAGES	1000
/* Pages in the log at which the writer finishes the job itself. */
#define STORE_CKPT_MAX		8192

struct store_ckpt {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;		/* want or stop set; or a run ended */
	const char	*path;		/* the store's: it outlives the thread */
	int		 pages;		/* thresholds (tests lower them) */
	int		 max;
	int		 started;	/* th exists */
	int		 failed;	/* no thread: checkpoint inline */
	int		 want;		/* a checkpoint is asked for */
	int		 busy;		/* one is running */
	int		 stop;
	int		 asked_at;	/* log pages when last asked */
	unsigned	 runs;		/* checkpoints done (tests) */
	char		 err[160];	/* for the writer to log: the log
					 * is not the thread's to call */
};

static void	*ckpt_main(void *);
static int	 ckpt_hook(void *, sqlite3 *, const char *, int);
static void	 ckpt_inline(sqlite3 *, const char *);

void
store_ckpt_start(struct store *st)
{
	struct store_ckpt *ck;

	ck = xcalloc(1, sizeof *ck);
	ck->path = st->path;
	ck->pages = STORE_CKPT_PAGES;
	ck->max = STORE_CKPT_MAX;
	if (pthread_mutex_init(&ck->mu, NULL) != 0 ||
	    pthread_cond_init(&ck->cv, NULL) != 0)
		fatalx("store: cannot make the checkpoint lock");
	st->ckpt = ck;
	/* Replaces SQLite's own automatic checkpoint (itself a WAL hook). */
	sqlite3_wal_hook(st->db, ckpt_hook, st);
}

void
store_ckpt_limits(struct store *st, int pages, int max)
{
	if (st->ckpt == NULL)
		return;
	st->ckpt->pages = pages;
	st->ckpt->max = max;
}

unsigned
store_ckpt_wait(struct store *st)
{
	struct store_ckpt *ck = st->ckpt;
	unsigned runs;

	if (ck == NULL)
		return 0;
	pthread_mutex_lock(&ck->mu);
	while (ck->want || ck->busy)
		pthread_cond_wait(&ck->cv, &ck->mu);
	runs = ck->runs;
	pthread_mutex_unlock(&ck->mu);
	return runs;
}

void
store_ckpt_stop(struct store *st)
{
	struct store_ckpt *ck = st->ckpt;

	if (ck == NULL)
		return;
	if (st->db != NULL)
		sqlite3_wal_hook(st->db, NULL, NULL);
	pthread_mutex_lock(&ck->mu);
	ck->stop = 1;
	pthread_cond_broadcast(&ck->cv);
	pthread_mutex_unlock(&ck->mu);
	if (ck->started)
		pthread_join(ck->th, NULL);
	pthread_cond_destroy(&ck->cv);
	pthread_mutex_destroy(&ck->mu);
	free(ck);
	st->ckpt = NULL;
}

/* After every commit, in the writer's thread: pages = the log's length. */
static int
ckpt_hook(void *arg, sqlite3 *db, const char *name, int pages)
{
	struct store *st = arg;
	struct store_ckpt *ck = st->ckpt;
	int inline_ = 0;

	if (pages < ck->pages)
		return SQLITE_OK;
	pthread_mutex_lock(&ck->mu);
	if (ck->err[0] != '\0') {
		log_debug("store: checkpoint: %s", ck->err);
		ck->err[0] = '\0';
	}
	if (pages >= ck->max) {
		/* A hard bound: a rare wait for the thread's run. */
		while (ck->busy || ck->want)
			pthread_cond_wait(&ck->cv, &ck->mu);
		inline_ = 1;
	} else if (ck->failed)
		inline_ = 1;
	else if (!ck->busy && !ck->want &&
	    (pages < ck->asked_at || pages - ck->asked_at >= ck->pages)) {
		if (!ck->started) {
			if (pthread_create(&ck->th, NULL, ckpt_main, ck) != 0) {
				log_debug("store: no checkpoint thread");
				ck->failed = inline_ = 1;
			} else
				ck->started = 1;
		}
		if (!inline_) {
			ck->want = 1;
			ck->asked_at = pages;
			pthread_cond_broadcast(&ck->cv);
		}
	}
	pthread_mutex_unlock(&ck->mu);
	if (inline_)
		ckpt_inline(db, name);
	return SQLITE_OK;
}

/* As SQLite's automatic checkpoint does it. */
static void
ckpt_inline(sqlite3 *db, const char *name)
{
	int rc;

	rc = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE,
	    NULL, NULL);
	if (rc != SQLITE_OK && rc != SQLITE_BUSY)
		log_debug("store: checkpoint: %s", sqlite3_errstr(rc));
}

static void *
ckpt_main(void *arg)
{
	struct store_ckpt *ck = arg;
	sqlite3 *db = NULL;
	int rc;

	rc = sqlite3_open_v2(ck->path, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL);
	/* A connection finds the log on its first read; before, SQLite
	 * 3.40 takes the file for a rollback-journal one and its
	 * checkpoints do nothing. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "SELECT 1 FROM sqlite_schema LIMIT 1",
		    NULL, NULL, NULL);
	pthread_mutex_lock(&ck->mu);
	if (rc != SQLITE_OK) {
		snprintf(ck->err, sizeof ck->err, "connection: %s",
		    db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		/* The next commits checkpoint inline. */
		ck->failed = 1;
		ck->want = 0;
		pthread_cond_broadcast(&ck->cv);
	}
	while (!ck->failed) {
		while (!ck->want && !ck->stop)
			pthread_cond_wait(&ck->cv, &ck->mu);
		if (ck->stop)
			break;
		ck->want = 0;
		ck->busy = 1;
		pthread_mutex_unlock(&ck->mu);
		rc = sqlite3_wal_checkpoint_v2(db, NULL,
		    SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&ck->mu);
		if (rc != SQLITE_OK && rc != SQLITE_BUSY)
			snprintf(ck->err, sizeof ck->err, "%s",
			    sqlite3_errmsg(db));
		ck->busy = 0;
		ck->runs++;
		pthread_cond_broadcast(&ck->cv);
	}
	pthread_mutex_unlock(&ck->mu);
	/* Not the last connection: closing it leaves the log alone. */
	sqlite3_close_v2(db);
	return NULL;
}
