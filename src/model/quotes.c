/*
 * model/quotes.c: the quotation index.  Articles are rendered exactly as
 * the article view renders them (render_html without the link list), so a
 * quotation's (block, offset) found here is the one the view highlights;
 * the finder runs once per stored or changed article (reload's after_merge
 * hook), never on every view.
 *
 * During a reload the rendering and the finder (pure CPU, no store) run in
 * one worker thread, so that a second core does them while the reload's
 * thread goes on fetching, parsing and merging: model_quotes_queue hands
 * over (id, a copy of the body, is_text) and returns; finished results
 * come back on a list and are written by the thread that owns the store
 * (SQLite stays single-threaded: every store call here is made by the
 * caller's thread), at the next model_quotes_queue and at
 * model_quotes_flush, which reload calls when it ends.  The results are
 * written in the order the articles were queued, so the index (row ids,
 * speaker ids) comes out exactly as the synchronous model_quotes_index
 * would have made it.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "model/quotes.h"
#include "parse/lib.h"
#include "quote/lib.h"
#include "render/lib.h"
#include "store/lib.h"

/* Articles queued but not yet searched: past this, the queueing thread
 * waits for the worker (bounds the memory held in body copies). */
#define QUOTES_MAX_PENDING	256

/* One article on its way through the worker. */
struct qjob {
	int64_t		 id;
	char		*body;		/* owned copy; freed by the worker */
	size_t		 len;
	int		 is_text;
	int		 rc;		/* model_quotes_body's */
	struct quote	*q;
	size_t		 nq;
	struct qjob	*next;
};

/* The worker and its two lists (FIFO), all under mu. */
static struct {
	pthread_mutex_t	 mu;
	pthread_cond_t	 work;		/* todo grew, or stop */
	pthread_cond_t	 done;		/* a job finished */
	struct qjob	*todo, **todo_tail;
	struct qjob	*fin, **fin_tail;
	size_t		 pending;	/* queued or being searched */
	int		 running;
	int		 stop;
	pthread_t	 th;
} qw = {
	.mu = PTHREAD_MUTEX_INITIALIZER,
	.work = PTHREAD_COND_INITIALIZER,
	.done = PTHREAD_COND_INITIALIZER,
	.todo_tail = &qw.todo,
	.fin_tail = &qw.fin,
};

static void	*quotes_worker(void *);
static void	 quotes_search(struct qjob *);
static void	 quotes_store(struct store *, int64_t, struct quote *, size_t);
static int	 quotes_load(struct store *, int64_t, char **, int *);
static void	 quotes_drain(struct store *, int);

int
model_quotes_rdoc(const struct rdoc *doc, struct quote **out, size_t *n)
{
	struct quote_para *p;
	const struct rblock *b;
	size_t i;
	int rc;

	*out = NULL;
	*n = 0;
	if (doc == NULL || doc->nblocks == 0)
		return 0;
	p = xreallocarray(NULL, doc->nblocks, sizeof *p);
	for (i = 0; i < doc->nblocks; i++) {
		b = &doc->blocks[i];
		p[i].text = b->text != NULL ? b->text : "";
		p[i].len = b->text != NULL ? b->len : 0;
		p[i].level = b->quote;
		p[i].flags = 0;
		if (b->kind == RB_HEADING)
			p[i].flags |= QUOTE_PARA_HEADING;
		if (b->kind == RB_PRE)
			p[i].flags |= QUOTE_PARA_VERBATIM;
	}
	rc = quote_find(p, doc->nblocks, out, n);
	free(p);
	return rc;
}

int
model_quotes_body(const char *body, size_t len, int is_text,
    struct quote **out, size_t *n)
{
	struct rdoc *doc = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (body == NULL || len == 0)
		return 0;
	if (render_html(body, len, is_text ? RENDER_TEXT : 0, &doc) != 0)
		return -1;
	rc = model_quotes_rdoc(doc, out, n);
	rdoc_free(&doc);
	return rc;
}

static enum store_quote_kind
store_kind(enum quote_kind k)
{
	switch (k) {
	case QUOTE_SPEECH:
		return STORE_QUOTE_SPEECH;
	case QUOTE_TERM:
		return STORE_QUOTE_TERM;
	case QUOTE_BLOCK:
		return STORE_QUOTE_BLOCK;
	}
	return STORE_QUOTE_TERM;
}

/* The body the index is built from (content, else summary) as a new
 * string, and whether it is plain text.  0, or -1 when the article is
 * gone. */
static int
quotes_load(struct store *st, int64_t id, char **body, int *is_text)
{
	struct store_article a;

	memset(&a, 0, sizeof a);
	*body = NULL;
	if (store_article_get(st, id, &a) != 0)
		return -1;
	*is_text = a.content_type == FEED_CONTENT_TEXT;
	/* Taken over, not copied: store_article_clear frees the rest. */
	if (a.content != NULL && *a.content != '\0') {
		*body = a.content;
		a.content = NULL;
	} else {
		*body = a.summary != NULL ? a.summary : xstrdup("");
		a.summary = NULL;
		*is_text = 0;
	}
	store_article_clear(&a);
	return 0;
}

/* Replace article id's stored quotations with q (freed). */
static void
quotes_store(struct store *st, int64_t id, struct quote *q, size_t nq)
{
	struct store_quote *sq;
	size_t j;

	sq = xcalloc(nq + 1, sizeof *sq);
	for (j = 0; j < nq; j++) {
		sq[j].kind = store_kind(q[j].kind);
		sq[j].level = q[j].level;
		sq[j].text = q[j].text;
		sq[j].speaker = q[j].speaker;
		sq[j].article_id = id;
	}
	if (store_quotes_replace(st, id, sq, nq) != 0)
		log_warn(_("quotes: article %lld not indexed"), (long long)id);
	free(sq);
	quote_free(&q, nq);
}

void
model_quotes_index(struct store *st, const int64_t *ids, size_t n, void *arg)
{
	struct quote *q;
	char *body;
	size_t i, nq;
	int is_text;

	(void)arg;
	/* One transaction for the feed's articles, not one commit each: a
	 * reload of many new articles otherwise spends its time in fsync. */
	if (store_begin(st) != 0)
		return;
	for (i = 0; i < n; i++) {
		if (quotes_load(st, ids[i], &body, &is_text) != 0)
			continue;
		if (model_quotes_body(body, strlen(body), is_text, &q,
		    &nq) == 0)
			quotes_store(st, ids[i], q, nq);
		free(body);
	}
	if (store_commit(st) != 0)
		log_warn("%s", _("quotes: the index was not saved"));
}

/* Render and search one job (no store, no shared state). */
static void
quotes_search(struct qjob *j)
{
	j->rc = model_quotes_body(j->body, j->len, j->is_text, &j->q, &j->nq);
	FREE(&j->body);
}

static void *
quotes_worker(void *arg)
{
	struct qjob *j;

	(void)arg;
	pthread_mutex_lock(&qw.mu);
	for (;;) {
		while (qw.todo == NULL && !qw.stop)
			pthread_cond_wait(&qw.work, &qw.mu);
		if ((j = qw.todo) == NULL)
			break;		/* stop, and nothing left */
		if ((qw.todo = j->next) == NULL)
			qw.todo_tail = &qw.todo;
		pthread_mutex_unlock(&qw.mu);

		quotes_search(j);

		pthread_mutex_lock(&qw.mu);
		j->next = NULL;
		*qw.fin_tail = j;
		qw.fin_tail = &j->next;
		qw.pending--;
		pthread_cond_signal(&qw.done);
	}
	pthread_mutex_unlock(&qw.mu);
	return NULL;
}

/*
 * Write the finished jobs, in queueing order, in one transaction.  With
 * wait, first wait for every queued job and stop the worker (started
 * again by the next model_quotes_queue).
 */
static void
quotes_drain(struct store *st, int wait)
{
	struct qjob *list, *j;
	int join = 0;

	pthread_mutex_lock(&qw.mu);
	if (wait) {
		while (qw.pending > 0)
			pthread_cond_wait(&qw.done, &qw.mu);
		if (qw.running) {
			qw.stop = 1;
			pthread_cond_signal(&qw.work);
			join = 1;
		}
	}
	list = qw.fin;
	qw.fin = NULL;
	qw.fin_tail = &qw.fin;
	pthread_mutex_unlock(&qw.mu);

	if (join) {
		pthread_join(qw.th, NULL);
		/* Only this thread starts and stops the worker. */
		pthread_mutex_lock(&qw.mu);
		qw.running = 0;
		qw.stop = 0;
		pthread_mutex_unlock(&qw.mu);
	}
	if (list == NULL)
		return;
	if (store_begin(st) != 0) {
		/* Cannot write now: keep them for the next drain. */
		pthread_mutex_lock(&qw.mu);
		for (j = list; j->next != NULL; j = j->next)
			;
		j->next = qw.fin;
		if (qw.fin == NULL)
			qw.fin_tail = &j->next;
		qw.fin = list;
		pthread_mutex_unlock(&qw.mu);
		return;
	}
	while ((j = list) != NULL) {
		list = j->next;
		if (j->rc == 0)
			quotes_store(st, j->id, j->q, j->nq);
		free(j);
	}
	if (store_commit(st) != 0)
		log_warn("%s", _("quotes: the index was not saved"));
}

void
model_quotes_queue(struct store *st, const int64_t *ids, size_t n, void *arg)
{
	struct qjob *j;
	size_t i;

	(void)arg;
	for (i = 0; i < n; i++) {
		j = xcalloc(1, sizeof *j);
		j->id = ids[i];
		if (quotes_load(st, ids[i], &j->body, &j->is_text) != 0) {
			free(j);
			continue;
		}
		j->len = strlen(j->body);
		pthread_mutex_lock(&qw.mu);
		if (!qw.running) {
			/* libxml2 must be initialised by the main thread
			 * before a second one parses. */
			parse_init();
			if (pthread_create(&qw.th, NULL, quotes_worker,
			    NULL) == 0)
				qw.running = 1;
		}
		if (!qw.running) {
			/* No thread: search here, write at the drain. */
			pthread_mutex_unlock(&qw.mu);
			quotes_search(j);
			pthread_mutex_lock(&qw.mu);
			*qw.fin_tail = j;
			qw.fin_tail = &j->next;
			pthread_mutex_unlock(&qw.mu);
			continue;
		}
		while (qw.pending >= QUOTES_MAX_PENDING)
			pthread_cond_wait(&qw.done, &qw.mu);
		*qw.todo_tail = j;
		qw.todo_tail = &j->next;
		qw.pending++;
		pthread_cond_signal(&qw.work);
		pthread_mutex_unlock(&qw.mu);
		/* A feed of many thousand articles: store as we go, so the
		 * results waiting here stay few too. */
		if (i % QUOTES_MAX_PENDING == QUOTES_MAX_PENDING - 1)
			quotes_drain(st, 0);
	}
	quotes_drain(st, 0);
}

void
model_quotes_flush(struct store *st)
{
	quotes_drain(st, 1);
}
