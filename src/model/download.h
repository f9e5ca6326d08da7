/*
 * download: the enclosure download queue (podcasts), kept in the store so
 * it survives restarts.  Three parts:
 *
 * - pure rules (download.c): the states and what each event does to
 *   them, which queued files start next, the retry rule, and the file
 *   name from download-filename-format (newsboat's %-specifiers), made
 *   safe (no '/', no leading '.' or '-', no control characters);
 * - actions (download-act.c): enqueue, pause, resume, cancel, delete,
 *   played, auto-enqueue after a reload; one store transaction each,
 *   0 or -1 with the reason logged, like model.h's;
 * - the runner (download-run.c): drives the queue on a shared fetch
 *   engine (a fetch_group per file, so the engine's per-host limits,
 *   redirects and caps apply), writing each file to NAME.part through an
 *   fd sink, resuming it with Range (from zero when the server ignores
 *   Range), and renaming it when complete.  Non-blocking: a front end
 *   polls it (the TUI as a job, -x download in a loop).
 *
 * Depends on base/, conf/ (the settings), fetch/ and store/.  Nothing here
 * prints or runs a program: playing is the front end's (exec, argv).
 */
#ifndef TIDINGS_MODEL_DOWNLOAD_H
#define TIDINGS_MODEL_DOWNLOAD_H

#include <stddef.h>
#include <stdint.h>

struct config;
struct fetch;
struct model;

/* Stored as numbers: append only. */
enum download_state {
	DL_QUEUED = 0,	/* waits for a free slot */
	DL_RUNNING,	/* a transfer is under way (after a crash: resumes) */
	DL_PAUSED,	/* stopped by the user, .part kept */
	DL_DONE,	/* complete, renamed to its path */
	DL_FAILED,	/* gave up (tries, a refusal); .part kept */
	DL_CANCELLED,	/* stopped by the user, .part removed */
	DL_NSTATES
};

enum download_event {
	DE_START,	/* the user: download it (again) */
	DE_PAUSE,
	DE_RESUME,
	DE_CANCEL,
	DE_BEGIN,	/* the runner started its transfer */
	DE_COMPLETE,
	DE_CUT,		/* a transient failure: cut, reset, time-out, 5xx */
	DE_REFUSED,	/* permanent: over the cap, 4xx, cannot write */
	DE_RESTART,	/* a new process found it so (RUNNING: crashed) */
	DE_NEVENTS
};

/* After this many transient failures in a row a file is DL_FAILED. */
#define DOWNLOAD_MAX_TRIES	3

/* The state after event e in state s, given the failures so far (tries,
 * counting this one for DE_CUT); s itself when e means nothing there. */
enum download_state download_next(enum download_state s,
	     enum download_event e, int tries);
/* A short name for a state ("queued", "downloading", ...), translated. */
const char *download_state_name(enum download_state s);

/* Which of n files (their states, in queue order) to start now when
 * max_running may run at once: their indexes into out (at most max_out),
 * oldest first; the count. */
size_t	 download_pick(const enum download_state *states, size_t n,
	     int max_running, size_t *out, size_t max_out);

/* What a file name is made from; strings may be NULL. */
struct download_name {
	const char	*url;
	const char	*feed;		/* %n */
	const char	*title;		/* %t */
	int64_t		 date;		/* %F %m %b %d %H %M %S %y %Y (UTC
					 * seconds; 0: now) */
};
/* The file name for fmt ("%n-%u"...): %n feed name, %h host, %u the URL's
 * last path part, %e its extension, %t title, %F %m %b %d %H %M %S %y %Y
 * the article's date (local time), %% a percent sign.  Each expansion has
 * '/' and controls replaced by '_'; the name never starts with '.' or
 * '-', is at most 200 bytes, and is never empty ("download").  Caller
 * frees. */
char	*download_filename(const char *fmt, const struct download_name *n);

/* 1 when url may be downloaded: http:// or https:// only (feed text
 * never runs a command nor reads a local file). */
int	 download_url_ok(const char *url);

/* The settings (from the config file; cfg NULL: defaults). */
struct download_conf {
	char	*dir;		/* download-path, ~ expanded */
	char	*format;	/* download-filename-format */
	int	 max_downloads;	/* at once */
	uint64_t max_bytes;	/* download-max-size; 0 = no cap */
	int	 auto_enqueue;	/* podcast-auto-enqueue */
	int	 delete_played;	/* delete-played-files */
};
void	 download_conf_init(struct download_conf *c, const struct config *cfg);
void	 download_conf_clear(struct download_conf *c);

/* ---- what the views show ---------------------------------------------- */

struct model_enclosure {
	char	*url;
	char	*type;
	int64_t	 length;	/* bytes; -1 unknown */
	int64_t	 duration;	/* seconds; -1 unknown */
};
int	 model_enclosures(struct model *m, int64_t article_id,
	     struct model_enclosure **out, size_t *n);
void	 model_enclosures_free(struct model_enclosure **e, size_t n);

struct model_download {
	int64_t	 id;
	char	*url;
	char	*title;
	char	*feed_title;
	char	*path;		/* where the finished file goes */
	enum download_state state;
	int64_t	 size;		/* -1 unknown */
	int64_t	 got;		/* bytes on disk (live while running) */
	int64_t	 bps;		/* bytes per second now; 0 unknown */
	int	 played;
	int	 tries;		/* failures in a row */
	char	*error;		/* NULL when none */
};
/* The queue, in order; with r (may be NULL) the running files' live
 * progress.  0 or -1. */
struct download_run;
int	 model_downloads(struct model *m, const struct download_run *r,
	     struct model_download **out, size_t *n);
void	 model_downloads_free(struct model_download **d, size_t n);

/* ---- actions: one transaction each ------------------------------------- */

/* Queue enclosure pos of the article (its file name from c); 1 when it
 * was queued, 0 when that URL is queued already, -1. */
int	 model_download_enqueue(struct model *m, int64_t article_id,
	     size_t pos, const struct download_conf *c);
/* The user's events (DE_START, DE_PAUSE, DE_RESUME, DE_CANCEL): the new
 * state, and for cancel the partial file removed.  A running transfer is
 * stopped by download_run_event, which calls this. */
int	 model_download_event(struct model *m, int64_t id,
	     enum download_event e);
/* Remove it from the queue and its file (finished or partial) from disk. */
int	 model_download_delete(struct model *m, int64_t id);
int	 model_download_played(struct model *m, int64_t id);
/* After a reload: with c->auto_enqueue, queue the first enclosure of every
 * article new since the last call; either way, remember where it got to
 * (so turning the setting on later does not queue the whole cache).
 * The number queued, or -1. */
int	 model_download_reloaded(struct model *m, const struct download_conf *c);
/* delete-played-files: remove played, finished files and their rows. */
int	 model_download_purge_played(struct model *m);

/* The runner's outcome for a file: event e with the bytes on disk, the
 * size (-1 unknown), the final path (NULL: unchanged) and the error (NULL:
 * none); cut adds a failure to its tries. */
int	 model_download_outcome(struct model *m, int64_t id,
	     enum download_event e, int64_t got, int64_t size,
	     const char *path, const char *error);

/* ---- the runner --------------------------------------------------------- */

struct download_stats {
	size_t	 done;		/* finished in this run */
	size_t	 failed;
	size_t	 left;		/* still queued or running */
	uint64_t bytes;		/* written in this run */
};

/* A runner over m's queue on engine f (borrowed; both outlive it).  Files
 * found DL_RUNNING (a crash) go back to the queue and resume. */
struct download_run *download_run_new(struct model *m, struct fetch *f,
	     const struct download_conf *c);
/* Start what may start, take what finished; never blocks (the caller
 * polls the engine, or passes wait_ms > 0 to let this poll it).  1 while
 * files are queued or running, 0 when nothing is left, -1 on an engine
 * error. */
int	 download_run_poll(struct download_run *r, int wait_ms);
/* The queue changed outside the runner (an enqueue, a resume). */
void	 download_run_kick(struct download_run *r);
/* A user's event on file id, stopping its transfer first when it runs. */
int	 download_run_event(struct download_run *r, int64_t id,
	     enum download_event e);
int	 download_run_delete(struct download_run *r, int64_t id);
void	 download_run_stats(const struct download_run *r,
	     struct download_stats *s);
/* Live progress of a running file: 1 and the numbers, else 0. */
int	 download_run_live(const struct download_run *r, int64_t id,
	     int64_t *got, int64_t *size, int64_t *bps);
/* Stop every transfer (their files stay queued, to resume) and free.
 * (delete-played-files is the caller's: model_download_purge_played.) */
void	 download_run_free(struct download_run **rp);

#endif
