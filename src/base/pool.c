/*
 * pool.c: a mutex, two FIFO lists (to do, finished) and two conditions.
 * Jobs are few and long (a whole feed each), so one lock is no contention.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/pool.h"
#include "base/xmalloc.h"

#define POOL_MAX_THREADS	8

struct pool_job {
	void		(*fn)(void *);
	void		*arg;
	struct pool_job	*next;
};

struct pool {
	pthread_mutex_t	 mu;
	pthread_cond_t	 work;		/* todo grew, or stop */
	pthread_cond_t	 done;		/* a job finished */
	struct pool_job	*todo, **todo_tail;
	struct pool_job	*fin, **fin_tail;
	size_t		 pending;	/* submitted, not taken back */
	int		 stop;
	pthread_t	*th;
	int		 nth;
	void		(*notify)(void *);
	void		*notify_arg;
};

static void	*pool_worker(void *);
static void	 pool_finish(struct pool *, struct pool_job *);

/* With p->mu held. */
static void
pool_finish(struct pool *p, struct pool_job *j)
{
	j->next = NULL;
	*p->fin_tail = j;
	p->fin_tail = &j->next;
	pthread_cond_signal(&p->done);
}

static void *
pool_worker(void *arg)
{
	struct pool *p = arg;
	struct pool_job *j;

#ifdef __GLIBC__
	/* Seen by top -H and perf: which thread does what. */
	pthread_setname_np(pthread_self(), "tidings-work");
#endif
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->todo == NULL && !p->stop)
			pthread_cond_wait(&p->work, &p->mu);
		if ((j = p->todo) == NULL)
			break;		/* stop, and nothing left */
		if ((p->todo = j->next) == NULL)
			p->todo_tail = &p->todo;
		pthread_mutex_unlock(&p->mu);
		j->fn(j->arg);
		pthread_mutex_lock(&p->mu);
		pool_finish(p, j);
		if (p->notify != NULL)
			p->notify(p->notify_arg);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

struct pool *
pool_new(int nthreads, void (*notify)(void *), void *arg)
{
	struct pool *p;
	long ncpu;
	int i;

	if (nthreads <= 0) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		nthreads = ncpu < 1 ? 1 : ncpu > POOL_MAX_THREADS ?
		    POOL_MAX_THREADS : (int)ncpu;
	}
	p = xcalloc(1, sizeof *p);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	p->todo_tail = &p->todo;
	p->fin_tail = &p->fin;
	p->notify = notify;
	p->notify_arg = arg;
	p->th = xcalloc((size_t)nthreads, sizeof *p->th);
	for (i = 0; i < nthreads; i++) {
		if (pthread_create(&p->th[p->nth], NULL, pool_worker, p) != 0)
			break;
		p->nth++;
	}
	return p;
}

void
pool_free(struct pool **pp)
{
	struct pool *p = *pp;
	struct pool_job *j;
	int i;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->mu);
	p->stop = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (i = 0; i < p->nth; i++)
		pthread_join(p->th[i], NULL);
	while ((j = p->fin) != NULL) {
		p->fin = j->next;
		free(j);
	}
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p->th);
	free(p);
	*pp = NULL;
}

void
pool_submit(struct pool *p, void (*fn)(void *), void *arg)
{
	struct pool_job *j;

	j = xcalloc(1, sizeof *j);
	j->fn = fn;
	j->arg = arg;
	if (p->nth == 0) {
		fn(arg);
		pthread_mutex_lock(&p->mu);
		p->pending++;
		pool_finish(p, j);
		pthread_mutex_unlock(&p->mu);
		return;
	}
	pthread_mutex_lock(&p->mu);
	*p->todo_tail = j;
	p->todo_tail = &j->next;
	p->pending++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
}

void *
pool_next_done(struct pool *p, int wait)
{
	struct pool_job *j;
	void *arg;

	pthread_mutex_lock(&p->mu);
	while (wait && p->fin == NULL && p->pending > 0)
		pthread_cond_wait(&p->done, &p->mu);
	if ((j = p->fin) == NULL) {
		pthread_mutex_unlock(&p->mu);
		return NULL;
	}
	if ((p->fin = j->next) == NULL)
		p->fin_tail = &p->fin;
	p->pending--;
	pthread_mutex_unlock(&p->mu);
	arg = j->arg;
	free(j);
	return arg;
}

size_t
pool_pending(const struct pool *p)
{
	/* Only the owner changes pending upwards or takes jobs back, and it
	 * is the caller: a plain read is exact for it. */
	return p->pending;
}

int
pool_threads(const struct pool *p)
{
	return p->nth;
}
