/*
 * fetch-int: what fetch.c (the engine), fetch-http.c (http(s)) and
 * fetch-local.c (file:// and exec:) share.  Not a public header.
 */
#ifndef TIDINGS_FETCH_INT_H
#define TIDINGS_FETCH_INT_H

#include <sys/types.h>
#include <time.h>

#include <curl/curl.h>

#include "base/lib.h"
#include "fetch/lib.h"

/* A command being run for an exec: source. */
struct fetch_proc {
	pid_t		 pid;
	int		 fd;		/* read end of its stdout, -1 at EOF */
	struct buf	 out;
	int		 over;		/* output passed the cap */
	int		 status;	/* from waitpid, once reaped */
	int		 reaped;
};

/* Transfers at once: many hosts at once is normal on the internet (the
 * per-host limit and the pacing below keep each server's share small). */
#define FETCH_DEF_CONNS		100
#define FETCH_DEF_PER_HOST	2
#define FETCH_DEF_CONNECT_S	15
#define FETCH_DEF_TIMEOUT_S	60
#define FETCH_DEF_REDIRS	8
/* New connections are paced: at most FETCH_START_BURST at once, then one
 * every FETCH_START_GAP_US, so a burst of SYNs does not overflow a small
 * listen queue shared by many host names.  4 at once and then 2000 a
 * second stays under a backlog of 5 for a server accepting in a loop,
 * and starts 200 hosts in 0.1 s (one every 2 ms took 0.4 s, most of an
 * all-304 reload of 200 hosts). */
#ifndef FETCH_START_GAP_US
#define FETCH_START_GAP_US	500
#endif
#ifndef FETCH_START_BURST
#define FETCH_START_BURST	4
#endif
/* Finished documents waiting to be taken before no local source starts. */
#define FETCH_MAX_WAITING	4
/* ... and before no transfer at all starts: with a hundred transfers at
 * once, a consumer slower than the network (the parsers) would otherwise
 * hold a hundred bodies in memory. */
#define FETCH_MAX_HELD		32
/* While a command runs, look whether it has exited this often. */
#define FETCH_PROC_CHECK_MS	50
/* Below this many bytes per second for the low-speed time, give up. */
#define FETCH_LOW_SPEED_BPS	64

enum xfer_kind { XFER_HTTP, XFER_FILE, XFER_EXEC };
enum xfer_state { XS_QUEUED, XS_RUNNING, XS_DONE };

struct fetch_host {
	char		*name;
	int		 active;
	int64_t		 blocked_until_ms;	/* Retry-After */
	long		 retry_after_s;
};

struct xfer {
	struct fetch		*f;
	enum xfer_kind		 kind;
	enum xfer_state		 state;
	struct fetch_result	*r;
	char			*etag;		/* request validators */
	char			*last_modified;
	size_t			 host;		/* index into f->hosts */
	CURL			*easy;
	struct curl_slist	*hdrs;
	struct buf		 body;
	int			 over;		/* body passed the cap */
	size_t			 cap;		/* body cap; 0 = none */
	int			 to_fd;		/* sink: fd, not body */
	int			 fd;
	int			 werr;		/* errno of a failed write */
	uint64_t		 written;	/* to fd */
	uint64_t		 seen;		/* last progress reported */
	fetch_progress_fn	 progress;
	int			 download;	/* see fetch_req */
	uint64_t		 range_from;
	uint64_t		 base;		/* range start, once known */
	int			 body_seen;	/* first body bytes came */
	int			 no_timeout;
	char			*post;		/* see fetch_req; NULL = GET */
	size_t			 post_len;
	char			*post_type;
	char			*header;
	char			*accept;
	int			 all_permanent;	/* every redirect 301/308 */
	long			 hop_status;	/* status of the last header block */
	char			*cache_control;
	char			*expires;
	char			*date;
	char			*retry_after;
	char			*content_type;
	char			*encoding;	/* raw_encoding: to undo */
	char			*content_range;	/* download: a 206's */
	int			 range_bad;	/* it is not the range asked */
	char			*reason;
	struct fetch_proc	 proc;
	int64_t			 deadline_ms;	/* exec */
	char			*filter;	/* filter:: the script */
	const char		*http_url;	/* what libcurl fetches: r->url,
						 * or a filter:'s URL in it */
	size_t			 qi;		/* index in f->q */
	char			 errbuf[CURL_ERROR_SIZE];
};

struct fetch {
	struct fetch_opts	 o;
	char			*ua;
	CURLM			*multi;
	CURLSH			*share;		/* cookies, with cookie_file */
	struct xfer		**q;		/* every request not yet taken */
	size_t			 nq;
	size_t			 first_queued;	/* q[0..first_queued) started */
	struct fetch_host	*hosts;
	size_t			 nhosts;
	size_t			*hset;		/* hash of hosts: index + 1 */
	size_t			 hsize;
	int			 active;
	struct fetch_result	**done;		/* ring of finished results */
	size_t			 ndone, done_head;
	size_t			 pending;
	int64_t			 next_start_us;	/* pacing of new connections */
	size_t			 holes;		/* NULL slots in q */
	int			 nexec;		/* commands running */
};

/* Set r->error from the format and clear r->ok. */
void	 fetch_set_error(struct fetch_result *r, const char *fmt, ...)
	     __attribute__((format(printf, 2, 3)));
/* Move a finished transfer's result to the done list and free it. */
void	 fetch_finish_xfer(struct fetch *f, struct xfer *x);
/* Write all of p to fd (EINTR retried); 0, or -1 with errno. */
int	 fetch_write_all(int fd, const char *p, size_t n);
/* fetch-http.c: start x on the multi handle (or finish it with the
 * error), and turn a transfer libcurl finished into its result. */
void	 fetch_http_start(struct fetch *f, struct xfer *x);
void	 fetch_http_settings(struct fetch *f, CURL *e);
void	 fetch_http_finish(struct fetch *f, struct xfer *x, CURLcode rc);

/* The body cap when the options give none. */
#define FETCH_DEF_MAX_BYTES	((size_t)20 << 20)

/* "20 MB", "512 KB" or "1000 bytes", for messages. */
void	 fetch_size_str(size_t n, char *out, size_t outlen);

/* Milli- and microseconds on the monotonic clock. */

/* file://: read the file into r (r->ok, body or error). */
void	 fetch_local_file(struct fetch_result *r, size_t max_bytes);
/* exec:: start `/bin/sh -c cmd` with stdin from in_fd (-1: /dev/null;
 * the caller closes it); 0, or -1 with r->error set. */
int	 fetch_proc_start(struct fetch_proc *p, const char *cmd, int in_fd,
	     struct fetch_result *r);
/* filter:: a file holding body, open for reading at its start (unlinked:
 * it goes when the descriptor is closed); -1 with r->error set. */
int	 fetch_body_fd(const char *body, size_t len, struct fetch_result *r);
/* "filter:SCRIPT:URL" -> the script (copied) and the URL (a pointer into
 * s); -1 when s is not one (no script, not an http(s) URL). */
int	 fetch_filter_split(const char *s, char **script, const char **url);
/* Read what is ready; 1 when the output is complete (EOF and reaped). */
int	 fetch_proc_read(struct fetch_proc *p, size_t max_bytes);
/* Finish: move the output into r or set the error.  timed_out kills the
 * command first. */
void	 fetch_proc_finish(struct fetch_proc *p, struct fetch_result *r,
	     int timed_out, long timeout_s, size_t max_bytes);

#endif
