/*
 * sched: the pure scheduling policy (see sched.h).
 */
#include "config.h"

#include <stddef.h>

#include "model/sched.h"

static long
cap(long s)
{
	if (s < 0)
		return 0;
	return s > SCHED_MAX_S ? SCHED_MAX_S : s;
}

static long
max_l(long a, long b)
{
	return a > b ? a : b;
}

/* The wait after a failure: Retry-After, and the back-off, which doubles
 * the previous wait while the feed keeps failing. */
static long
failed_wait(const struct sched_in *in)
{
	long s = in->retry_after_s > 0 ? in->retry_after_s : 0;
	long b = 0;

	if (in->backoff_s > 0) {
		b = in->backoff_s;
		if (in->prev_failed && in->prev_s > 0)
			b = in->prev_s >= SCHED_MAX_S / 2 ? SCHED_MAX_S :
			    max_l(b, in->prev_s * 2);
	}
	return max_l(s, b);
}

int64_t
sched_next(const struct sched_in *in)
{
	long s;

	switch (in->outcome) {
	case SCHED_FAILED:
		s = failed_wait(in);
		break;
	case SCHED_NOT_MODIFIED:
		s = max_l(in->interval_s, in->max_age_s);
		/* Failing before does not make the old wait a hint. */
		if (!in->prev_failed)
			s = max_l(s, in->prev_s);
		break;
	default:
		s = max_l(max_l(in->interval_s, in->max_age_s), in->ttl_s);
		break;
	}
	s = cap(s);
	return s > 0 ? in->now + s : 0;
}

int
sched_due(int64_t next_fetch, int64_t now, int force)
{
	return force || next_fetch <= now;
}

long
sched_minutes(long minutes, int *cut)
{
	if (cut != NULL)
		*cut = 0;
	if (minutes <= 0)
		return 0;
	if (minutes <= SCHED_MAX_S / 60)
		return minutes * 60;
	if (cut != NULL)
		*cut = 1;
	return SCHED_MAX_S;
}
