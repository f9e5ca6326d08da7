/*
 * fetch-int: what fetch.c (the engine, http) and fetch-local.c (file://
 * and exec:) share.  Not a public header.
 */
#ifndef TIDINGS_FETCH_INT_H
#define TIDINGS_FETCH_INT_H

#include <sys/types.h>
#include <time.h>

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

/* The body cap when the options give none. */
#define FETCH_DEF_MAX_BYTES	((size_t)20 << 20)

/* "20 MB", "512 KB" or "1000 bytes", for messages. */
void	 fetch_size_str(size_t n, char *out, size_t outlen);

/* Milli- and microseconds on the monotonic clock. */

/* file://: read the file into r (r->ok, body or error). */
void	 fetch_local_file(struct fetch_result *r, size_t max_bytes);
/* exec:: start the command; 0, or -1 with r->error set. */
int	 fetch_proc_start(struct fetch_proc *p, const char *cmd,
	     struct fetch_result *r);
/* Read what is ready; 1 when the output is complete (EOF and reaped). */
int	 fetch_proc_read(struct fetch_proc *p, size_t max_bytes);
/* Finish: move the output into r or set the error.  timed_out kills the
 * command first. */
void	 fetch_proc_finish(struct fetch_proc *p, struct fetch_result *r,
	     int timed_out, long timeout_s, size_t max_bytes);

#endif
