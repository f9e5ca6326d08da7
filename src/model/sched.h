/*
 * sched: when to fetch a feed next.  Pure policy: no store, no clock (the
 * caller passes now), no logging, so the unit test can run it from a
 * table.  reload asks it after every fetch, whatever the source.
 *
 * The next fetch is now + the longest of: the interval asked for (the urls
 * file's reload=N or the default), the response's freshness (Cache-Control
 * max-age or Expires), the feed's own <ttl> or sy:updatePeriod, and after
 * a 304 the interval chosen last time (a 304 carries no <ttl>).  A failure
 * waits for Retry-After (429/503) and, when back-off is on, for a delay
 * that doubles while the feed keeps failing.  Nothing waits longer than
 * SCHED_MAX_S.  0 means "whenever": the next reload fetches it.
 */
#ifndef TIDINGS_MODEL_SCHED_H
#define TIDINGS_MODEL_SCHED_H

#include <stdint.h>

/* No hint may silence a feed for longer than this (a day). */
#define SCHED_MAX_S	86400L

enum sched_outcome {
	SCHED_FETCHED,		/* a document came and was stored */
	SCHED_NOT_MODIFIED,	/* 304 */
	SCHED_FAILED		/* any error, "not a feed" included */
};

struct sched_in {
	int64_t			 now;		/* seconds since the epoch */
	enum sched_outcome	 outcome;
	long			 interval_s;	/* asked for; 0 = none */
	long			 prev_s;	/* last chosen wait (previous
						 * next_fetch - last_fetch);
						 * 0 = none */
	int			 prev_failed;	/* the previous fetch failed */
	long			 max_age_s;	/* response; <= 0 = none */
	long			 ttl_s;		/* the feed's; <= 0 = none */
	long			 retry_after_s;	/* failed: <= 0 = none */
	long			 backoff_s;	/* failed: first wait after an
						 * error; 0 = no back-off */
};

/* When to fetch next: an absolute time, or 0 for whenever. */
int64_t	 sched_next(const struct sched_in *in);

/* Is a feed with this next_fetch due at now?  force makes every feed
 * due. */
int	 sched_due(int64_t next_fetch, int64_t now, int force);

/* reload=MINUTES as seconds, capped at SCHED_MAX_S (an absurd value must
 * not overflow); *cut (may be NULL) says whether it was capped. */
long	 sched_minutes(long minutes, int *cut);

#endif
