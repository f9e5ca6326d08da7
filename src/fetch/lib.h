/*
 * fetch: documents from the network (http, https via libcurl's multi
 * interface), from files (file://) and from commands (exec:COMMAND, and
 * filter:SCRIPT:URL piping a download through SCRIPT; both run by
 * /bin/sh -c: they come only from the user's own urls file).  Bytes in, bytes out: fetch knows nothing of parsing
 * or the store.  Depends on base/ and libcurl.
 *
 * One engine runs many transfers in the calling thread.  The caller adds
 * requests, calls fetch_poll until fetch_pending says nothing is left, and
 * takes finished transfers with fetch_next_done as they complete, so it
 * can work on one document while the others download.
 *
 * The engine is meant to live as long as the program: several consumers
 * (a reload, a download) share it, each with a struct fetch_group of its
 * own, so that each takes only its own results (fetch_take) and knows
 * when its own requests are done.  Whoever polls drives them all.
 *
 * A body goes to memory (fetch_result.body) or, with to_fd, straight to a
 * file descriptor as it comes (a download); either way a progress
 * callback can follow it.
 *
 * Limits enforced here: transfers at once (total and per host), connect
 * and total time-outs, a low-speed limit for servers that drip, a body cap
 * counted after decompression (a gzip bomb stops at the cap), redirects
 * (http and https only; never to file://), a time limit for commands.
 */
#ifndef TIDINGS_FETCH_LIB_H
#define TIDINGS_FETCH_LIB_H

#include <stddef.h>
#include <stdint.h>

struct fetch;

struct fetch_opts {
	int	 max_conns;		/* 0 = 100 */
	int	 max_per_host;		/* 0 = 2 */
	long	 connect_timeout_s;	/* 0 = 15 (capped by timeout_s) */
	long	 timeout_s;		/* whole transfer; 0 = 60 */
	size_t	 max_bytes;		/* 0 = 20 MB */
	int	 max_redirs;		/* 0 = 8 */
	const char *user_agent;		/* NULL = "tidings/VERSION" */
	int	 raw_encoding;		/* offer gzip and deflate only and
					 * leave bodies encoded: the caller
					 * runs fetch_result_decode */
	/* newsboat's http settings (the engine copies the strings): */
	const char *proxy;		/* host:port; NULL = libcurl's
					 * environment (http_proxy ...) */
	const char *proxy_auth;		/* user:password, or NULL */
	int	 proxy_type;		/* FETCH_PROXY_* */
	int	 proxy_auth_method;	/* FETCH_AUTH_* */
	int	 http_auth_method;	/* FETCH_AUTH_*, for user@ URLs */
	int	 no_verify_host;	/* ssl-verifyhost no */
	int	 no_verify_peer;	/* ssl-verifypeer no */
	long	 max_speed;		/* bytes/s per transfer, 0 = any */
	const char *cookie_file;	/* read and written; NULL = none */
};

/* In the order of conf/config.h's enum config_proxy_type and
   config_http_auth (reload-opts.c copies the values). */
enum { FETCH_PROXY_HTTP, FETCH_PROXY_SOCKS4, FETCH_PROXY_SOCKS4A,
	FETCH_PROXY_SOCKS5, FETCH_PROXY_SOCKS5H };
enum { FETCH_AUTH_ANY, FETCH_AUTH_BASIC, FETCH_AUTH_DIGEST,
	FETCH_AUTH_DIGEST_IE, FETCH_AUTH_GSSNEGOTIATE, FETCH_AUTH_NTLM,
	FETCH_AUTH_ANYSAFE };

/* One consumer's share of an engine: zero it, point requests at it, and
 * the engine keeps the counts.  It must outlive its requests (or the
 * engine). */
struct fetch_group {
	size_t	 pending;	/* added and not yet taken */
	size_t	 ready;		/* finished, waiting for fetch_take */
};

/* Called in fetch_poll's thread as a body comes: bytes so far and the
 * bytes expected (0 = not known, e.g. chunked); with to_fd, a last call
 * with both the size written when the transfer succeeded. */
typedef void	(*fetch_progress_fn)(void *user, uint64_t got,
		    uint64_t expected);

struct fetch_req {
	const char	*url;		/* http(s)://, file://, exec:COMMAND,
					 * filter:SCRIPT:URL */
	const char	*etag;		/* validators for a conditional GET */
	const char	*last_modified;
	void		*user;		/* handed back in the result */
	/* Additions (zero = as before): */
	struct fetch_group *group;	/* NULL = none */
	int		 to_fd;		/* 1: write the body to fd (not
					 * closed), not to memory: the result
					 * has body NULL and len = bytes
					 * written; never raw_encoding */
	int		 fd;
	size_t		 max_bytes;	/* 0 = the engine's cap (memory) or
					 * none (to_fd) */
	fetch_progress_fn progress;	/* NULL = none; called with user */
	/* A file download (http(s) with to_fd only; zero = a feed): no
	 * content coding is asked for, so offsets are the file's; with
	 * range_from > 0 the body is asked from that byte on (Range).  A
	 * server that answers 200 instead of 206 has the fd truncated to 0
	 * and the whole body written from the start; result.range_start
	 * says which.  no_timeout: only the connect and low-speed limits
	 * apply (a large file on a slow line is not a hung server). */
	int		 download;
	uint64_t	 range_from;
	int		 no_timeout;
	/* An API call (http(s) only; zero = a GET of a feed): post, when
	 * set, is sent as the body of a POST (post_len bytes, type
	 * post_type, NULL = form-urlencoded); header, when set, is one
	 * extra request header line ("Name: value", e.g. an
	 * Authorization); accept replaces the feed Accept header.  With
	 * post or header set, redirects are not followed (a 3xx is the
	 * result).  All copied. */
	const char	*post;
	size_t		 post_len;
	const char	*post_type;
	const char	*header;
	const char	*accept;
};

/* One finished transfer.  All strings are owned by the result (NULL when
 * absent); free it with fetch_result_free. */
struct fetch_result {
	void	*user;
	struct fetch_group *group;	/* the request's */
	char	*url;		/* as requested */
	int	 ok;		/* 1: body (or not_modified) is good */
	int	 not_modified;	/* 304 */
	long	 status;	/* HTTP status, 0 for file:// and exec: */
	char	*body;		/* NUL-terminated (NUL not counted) */
	size_t	 len;
	char	*etag;		/* validators of the final response */
	char	*last_modified;
	char	*content_type;	/* without parameters, lower case */
	char	*charset;	/* Content-Type charset parameter */
	char	*encoding;	/* Content-Encoding still to undo (only
				 * with raw_encoding), else NULL */
	char	*moved_url;	/* set when every redirect was permanent
				 * (301/308): the address to use from now */
	long	 redirects;
	long	 max_age_s;	/* Cache-Control max-age or Expires - Date;
				 * -1 when the response gave none */
	long	 retry_after_s;	/* Retry-After on 429/503; -1 none */
	int	 too_large;	/* refused for the size cap */
	uint64_t range_start;	/* download: the file offset the body
				 * written began at (range_from on a 206,
				 * 0 when the server sent it all) */
	char	 error[256];	/* one line; "" when ok */
};

/* NULL opts = defaults.  Never NULL (fatal when libcurl cannot start). */
struct fetch	*fetch_new(const struct fetch_opts *opts);
/* Abort whatever is still running and free everything; clears *fp. */
void		 fetch_free(struct fetch **fp);

/* Queue a request; it starts when a slot is free.  Strings are copied. */
void		 fetch_add(struct fetch *f, const struct fetch_req *req);
/* Run transfers for at most timeout_ms (0: only what is ready); it sleeps
 * even when finished transfers wait to be taken, so take them first.
 * Returns the number of requests not yet finished (queued or running),
 * or -1 on a fatal engine error. */
int		 fetch_poll(struct fetch *f, int timeout_ms);
/* Finished transfers waiting for fetch_next_done.  They count against
 * max_conns, so a slow consumer holds that many bodies at most (and a
 * file:// or exec: source waits while a few do). */
size_t		 fetch_ready(const struct fetch *f);
/* From any thread: make a fetch_poll sleeping in another return now. */
void		 fetch_wakeup(struct fetch *f);
/* Requests added and not yet taken with fetch_next_done. */
size_t		 fetch_pending(const struct fetch *f);
/* The next finished transfer, or NULL; the caller frees it. */
struct fetch_result *fetch_next_done(struct fetch *f);
/* The same for one group's requests only (NULL: any request).  Cheap:
 * finished transfers waiting are at most max_conns. */
struct fetch_result *fetch_take(struct fetch *f, struct fetch_group *g);
/* Drop every request of g, queued, running or finished (a command still
 * running is killed); the others go on.  Afterwards g->pending is 0. */
void		 fetch_cancel(struct fetch *f, struct fetch_group *g);
void		 fetch_result_free(struct fetch_result **rp);
/* Undo r->encoding in place (raw_encoding), capping the decoded body at
 * max_bytes (0 = the default cap).  Pure: any thread.  0, or -1 with r->ok
 * cleared, the body dropped and r->error saying why (corrupt, over the
 * cap, an encoding not offered). */
int		 fetch_result_decode(struct fetch_result *r, size_t max_bytes);

/* Split a command line into argv like a POSIX shell would split
 * words, with '...' and "..." quoting and backslash escapes, and nothing
 * else (no variables, globs or operators).  NULL-terminated vector of
 * xstrdup'd words, freed with fetch_argv_free; NULL when quoting is
 * unbalanced or there are no words. */
char		**fetch_split_argv(const char *cmd);
void		 fetch_argv_free(char ***argvp);

/* For a handler of a signal that ends the process: SIGKILL the process
 * group of every exec: command still running (they are groups of their
 * own, so the terminal's Ctrl-C does not reach them).  Async-signal-safe:
 * only kill(2). */
void		 fetch_stop_commands(void);

/* A copy of url with any user:password@ removed, for messages. */
char		*fetch_url_redact(const char *url);

#endif
