/*
 * pool: a few worker threads for pure CPU work (parsing, packing, finding
 * quotations) while the owner's thread keeps the network and the store.
 * Jobs are (fn, arg); a finished job's arg comes back to the owner through
 * pool_next_done, in the order jobs finish.  Only the owner's thread calls
 * these functions; fn runs in a worker and must touch nothing shared.
 */
#ifndef TIDINGS_BASE_POOL_H
#define TIDINGS_BASE_POOL_H

#include <stddef.h>

struct pool;

/* nthreads workers (0: one per online CPU, at most 8).  notify, when not
 * NULL, is called from a worker each time a job finishes, to wake an owner
 * that sleeps elsewhere (in poll(2), say).  Never NULL: when no thread
 * can start, pool_submit runs the job at once in the owner's thread. */
struct pool	*pool_new(int nthreads, void (*notify)(void *), void *arg);
/* Wait for every job submitted, stop the workers and free the pool;
 * finished jobs not taken with pool_next_done are dropped (their args
 * are the caller's to have freed).  Clears *pp. */
void		 pool_free(struct pool **pp);
/* Queue fn(arg). */
void		 pool_submit(struct pool *p, void (*fn)(void *), void *arg);
/* The arg of a finished job, or NULL when none has finished; with wait,
 * block until one finishes (NULL only when nothing is pending). */
void		*pool_next_done(struct pool *p, int wait);
/* Jobs submitted and not yet taken back. */
size_t		 pool_pending(const struct pool *p);
/* Workers running (0 when jobs run in the owner's thread). */
int		 pool_threads(const struct pool *p);

#endif
