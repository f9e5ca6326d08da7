/*
 * reload: fetch -> parse -> store, the only place the three meet.  The
 * fetch engine downloads many feeds at once in this thread.  A finished
 * document goes to a worker thread (base/pool) that does the pure work:
 * parse, make the store's rows (store_batch_new: packing, index text) and
 * find the quotations of the new and changed articles.  This thread then
 * writes each prepared feed in one transaction (articles, quotations,
 * retention, the fetch outcome), between polls, so the network keeps
 * going while documents are worked on.  Each feed's outcome (merged, not
 * modified, or the error) is recorded with store_feed_record_fetch; a
 * failure changes nothing else, so the cache keeps what it had.
 *
 * Politeness: a feed is skipped (unless forced) while its next_fetch lies
 * in the future; model/sched decides next_fetch from the outcome and the
 * hints (interval, <ttl>, max-age, Retry-After, back-off).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "fetch/lib.h"
#include "feed/feed.h"
#include "model/model.h"
#include "model/quotes.h"
#include "model/reload.h"
#include "model/sched.h"
#include "model/source.h"
#include "parse/lib.h"
#include "store/lib.h"

/* With timeout 0, keep writing finished documents this long. */
#define RELOAD_WORK_MS		20
/* Outcomes written in one transaction: at most this long (-x reload),
 * or one reload_poll's worth (the TUI, whose own writes must not join a
 * transaction that could still fail). */
#define RELOAD_GROUP_MS		300
/* Documents handed to the workers and not yet written: one per worker
 * and this many more, so a worker never waits for this thread to write;
 * more would only hold more memory (fetch stops starting transfers when
 * the workers are full). */
#define RELOAD_JOBS_EXTRA	1

struct reload_item {
	int64_t		 feed_id;
	char		*url;
	char		*etag;		/* validators sent */
	char		*last_modified;
	long		 interval_s;	/* asked-for interval; 0 = none */
	long		 prev_hint_s;	/* last interval chosen, for 304s */
	int		 prev_failed;	/* the last fetch failed */
};

/* One fetched document on its way through a worker. */
struct reload_job {
	struct reload_item	*it;
	const struct source_ops	*ops;
	struct source_yield	*y;		/* the source's document */
	struct store_known	*known;		/* what the feed held */
	size_t			 max_bytes;
	int			 failed;	/* err says why */
	char			 err[256];
	struct feed_doc		*doc;
	const struct model_rules *kill;		/* download killfile */
	char			*kill_title;	/* the feed's, for it */
	char			*kill_tags;
	struct store_batch	*batch;
	struct reload_quotes {
		struct quote	*q;
		size_t		 nq;
		int		 found;		/* searched */
	}			*quotes;	/* per batch article */
};

/* A feed whose outcome is in the open group (see group_open). */
struct reload_member {
	struct reload_item	*it;
	enum { RM_UPDATED, RM_SAME, RM_FAILED } kind;
	size_t			 added;
	int			 http_status;
	char			*error;		/* RM_FAILED: to record again */
};

struct reload {
	struct store		*st;
	const struct urls	*u;
	struct reload_opts	 o;
	struct fetch		*f;
	int			 own_f;		/* made here, freed here */
	struct source		*src;
	struct source_feed	*feeds;		/* what src was asked for */
	struct pool		*pool;
	size_t			 max_jobs;	/* in the pool at once */
	int			 grp_open;	/* a store transaction */
	int			 group_polls;	/* keep it open across polls */
	int64_t			 grp_start_ms;
	struct reload_member	*grp;
	size_t			 ngrp, grp_cap;
	struct reload_item	*items;
	size_t			 nitems;
	size_t			 total;		/* to fetch */
	size_t			 done;
	struct reload_summary	 sum;
	struct model_rules	*kill;		/* ignore-mode download */
	int			 over;
	int64_t			*fresh;		/* feeds with new articles, */
	size_t			 nfresh;	/* committed (for on_done) */
};

static void	 take(struct reload *, struct source_yield *);
static void	 job_run(void *);
static void	 job_write(struct reload *, struct reload_job *);
static void	 job_free(struct reload_job *);
static void	 take_ready(struct reload *);
static int	 group_open(struct reload *);
static int	 group_due(const struct reload *);
static void	 group_forget(struct reload *);
static void	 group_close(struct reload *);
static void	 group_fail(struct reload *);
static void	 record(struct reload *, struct reload_item *,
		     const struct store_fetch_outcome *, int, size_t);
static void	 record_failed(struct reload *, struct reload_item *, int,
		     const char *);
static void	 log_failure(const struct reload_item *, const char *);
static void	 wake(void *);
static void	 unread_counts(struct reload *, size_t *, size_t *);
static void	 done_hook(struct reload *);
static long	 interval_s(long, const char *);
static int64_t	 plan(const struct reload *, const struct reload_item *,
		     int64_t, enum sched_outcome, long, long, long);

struct reload *
reload_begin(struct store *st, const struct urls *u,
    const struct reload_opts *o, const int64_t *feed_ids, size_t nids)
{
	struct reload *r;
	struct store_feed *rows = NULL, one;
	const struct urls_entry *e;
	struct fetch_opts fo;
	struct reload_item *it;
	char *ua = NULL;
	size_t n = 0, i, j;
	int64_t now = (int64_t)time(NULL);

	r = xcalloc(1, sizeof *r);
	r->st = st;
	r->u = u;
	if (o != NULL)
		r->o = *o;
	if (r->o.tidy_cfg != NULL) {
		store_set_keep_flags(st, r->o.tidy_cfg->keep_flagged);
		if (r->o.tidy_cfg->ignore_mode == CI_DOWNLOAD)
			r->kill = model_rules_new(r->o.tidy_cfg, CR_IGNORE);
	}
	if (feed_ids == NULL) {
		if (store_feed_list(st, &rows, &n) == -1) {
			log_error("%s", _("cannot read the feed list from the "
			    "cache"));
			free(r);
			return NULL;
		}
	} else {
		rows = xcalloc(nids > 0 ? nids : 1, sizeof *rows);
		for (i = 0; i < nids; i++) {
			memset(&one, 0, sizeof one);
			if (store_feed_get(st, feed_ids[i], &one) == 0)
				rows[n++] = one;
		}
	}

	if ((r->f = r->o.engine) == NULL) {
		reload_fetch_opts(&r->o, &fo);
		if (r->o.user_agent_extra != NULL &&
		    *r->o.user_agent_extra != '\0') {
			ua = xasprintf("%s/%s %s", PACKAGE_NAME,
			    PACKAGE_VERSION, r->o.user_agent_extra);
			fo.user_agent = ua;
		}
		r->f = fetch_new(&fo);
		r->own_f = 1;
		free(ua);
	}
	/* libxml2 is set up here, before a worker parses. */
	parse_init();
	r->pool = pool_new(0, wake, r->f);
	r->max_jobs = (size_t)pool_threads(r->pool) + RELOAD_JOBS_EXTRA;

	r->items = xcalloc(n > 0 ? n : 1, sizeof *r->items);
	r->feeds = xcalloc(n > 0 ? n : 1, sizeof *r->feeds);
	for (i = 0; i < n; i++) {
		r->sum.feeds++;
		if (!sched_due(rows[i].next_fetch, now, r->o.force)) {
			r->sum.skipped++;
			continue;
		}
		it = &r->items[r->nitems];
		it->feed_id = rows[i].id;
		it->url = xstrdup(rows[i].url);
		/* The position is the urls-file index (reload_sync_feeds). */
		e = NULL;
		if (u != NULL && rows[i].position >= 0 &&
		    (size_t)rows[i].position < u->n &&
		    strcmp(u->entries[rows[i].position].url, rows[i].url) == 0)
			e = &u->entries[rows[i].position];
		else if (u != NULL)
			e = urls_find(u, rows[i].url);
		if (e != NULL && e->reload_minutes > 0)
			it->interval_s = interval_s(e->reload_minutes, it->url);
		else if (r->o.reload_minutes > 0)
			it->interval_s = interval_s(r->o.reload_minutes,
			    it->url);
		if (rows[i].next_fetch > rows[i].last_fetch &&
		    rows[i].last_fetch > 0)
			it->prev_hint_s = (long)(rows[i].next_fetch -
			    rows[i].last_fetch);
		it->prev_failed = rows[i].last_error != NULL;
		r->feeds[r->nitems].feed_id = it->feed_id;
		r->feeds[r->nitems].url = it->url;
		r->feeds[r->nitems].user = it;
		if (rows[i].etag != NULL)
			it->etag = xstrdup(rows[i].etag);
		if (rows[i].last_modified != NULL)
			it->last_modified = xstrdup(rows[i].last_modified);
		r->feeds[r->nitems].etag = it->etag;
		r->feeds[r->nitems].last_modified = it->last_modified;
		r->nitems++;
	}
	r->total = r->nitems;
	if (r->o.on_done != NULL)
		unread_counts(r, &r->sum.unread_before,
		    &r->sum.unread_feeds_before);
	for (j = 0; j < n; j++)
		store_feed_clear(&rows[j]);
	free(rows);
	r->src = r->o.source_new != NULL ? r->o.source_new(r->o.source_arg) :
	    source_url_new_tries(r->o.cfg != NULL ?
	    r->o.cfg->download_retries : 1);
	if (r->src == NULL ||
	    r->src->ops->start(r->src, r->f, r->feeds, r->nitems) == -1) {
		reload_end(&r, NULL);
		return NULL;
	}
	return r;
}

/* reload=MINUTES in seconds (sched_minutes), saying when it was cut. */
static long
interval_s(long minutes, const char *url)
{
	char *shown;
	long s;
	int cut;

	s = sched_minutes(minutes, &cut);
	if (cut) {
		shown = fetch_url_redact(url);
		log_warn(_("%s: reload=%ld is more than %d minutes; reloading "
		    "it every %d minutes"), shown, minutes,
		    (int)(SCHED_MAX_S / 60), (int)(SCHED_MAX_S / 60));
		free(shown);
	}
	return s;
}

/* When to fetch this feed next (0 = whenever): sched's policy. */
static int64_t
plan(const struct reload *r, const struct reload_item *it, int64_t now,
    enum sched_outcome outcome, long max_age_s, long ttl_s,
    long retry_after_s)
{
	struct sched_in in;

	memset(&in, 0, sizeof in);
	in.now = now;
	in.outcome = outcome;
	in.interval_s = it->interval_s;
	in.prev_s = it->prev_hint_s;
	in.prev_failed = it->prev_failed;
	in.max_age_s = max_age_s;
	in.ttl_s = ttl_s;
	in.retry_after_s = retry_after_s;
	in.backoff_s = r->o.error_backoff_s;
	return sched_next(&in);
}

/* A worker finished a job: wake the poll sleeping in this thread. */
static void
wake(void *arg)
{
	fetch_wakeup(arg);
}

/*
 * A finished transfer: outcomes that need no document (errors, 304) are
 * recorded here; a body goes to the workers, which decode it and find
 * out whether it is empty.
 */
static void
take(struct reload *r, struct source_yield *y)
{
	struct reload_item *it = y->user;
	struct store_fetch_outcome out;
	struct store_feed one;
	struct reload_job *j;
	char *shown;
	int64_t now = (int64_t)time(NULL);

	if (y->kind == SOURCE_FEED || y->kind == SOURCE_STATE) {
		/* For sync sources, which do not exist yet. */
		log_debug("%s: a %s yield is not handled yet",
		    r->src->ops->name, y->kind == SOURCE_FEED ? "feed" :
		    "state");
		r->src->ops->yield_free(y);
		return;
	}
	if (y->moved_url != NULL) {
		shown = fetch_url_redact(y->moved_url);
		if (r->o.update_moved_urls &&
		    store_feed_set_url(r->st, it->feed_id, y->moved_url) == 0)
			log_info(_("%s moved permanently to %s; the cache "
			    "follows it"), it->url, shown);
		else
			log_info(_("%s moved permanently to %s; consider "
			    "updating the urls file"), it->url, shown);
		free(shown);
	}
	if (y->kind == SOURCE_DOC) {
		j = xcalloc(1, sizeof *j);
		j->it = it;
		j->ops = r->src->ops;
		j->y = y;
		j->max_bytes = r->o.max_bytes;
		if (model_rules_count(r->kill) > 0 &&
		    store_feed_get(r->st, it->feed_id, &one) == 0) {
			j->kill = r->kill;
			j->kill_title = one.title != NULL ?
			    xstrdup(one.title) : NULL;
			j->kill_tags = one.tags != NULL ? xstrdup(one.tags) :
			    NULL;
			store_feed_clear(&one);
		}
		/* Which articles are new is known now, so the worker packs
		 * and searches only those (store_merge_batch checks again). */
		if (store_known_load(r->st, it->feed_id, &j->known) == -1)
			j->known = NULL;
		pool_submit(r->pool, job_run, j);
		return;
	}

	memset(&out, 0, sizeof out);
	out.when = now;
	out.http_status = (int)y->status;
	r->done++;
	if (y->kind == SOURCE_NOT_MODIFIED) {
		/* A 304 costs no parsing. */
		out.etag = y->etag;
		out.last_modified = y->last_modified;
		out.next_fetch = plan(r, it, now, SCHED_NOT_MODIFIED,
		    y->max_age_s, 0, 0);
		record(r, it, &out, RM_SAME, 0);
	} else {
		out.error = y->error;
		out.next_fetch = plan(r, it, now, SCHED_FAILED, 0, 0,
		    y->retry_after_s);
		record(r, it, &out, RM_FAILED, 0);
	}
	r->src->ops->yield_free(y);
}

/*
 * The group: outcomes and articles of several feeds go into one store
 * transaction, one commit (and one full-text index flush) instead of one
 * per feed.  Every member's outcome is kept until the commit, so that if
 * the group fails (a full disk, say) each member is recorded as failed on
 * its own and the summary says so; nothing half-written stays.
 */
static int
group_open(struct reload *r)
{
	if (r->grp_open)
		return 0;
	if (store_begin(r->st) == -1)
		return -1;
	r->grp_open = 1;
	r->grp_start_ms = clock_mono_ms();
	return 0;
}

/* The open group has run long enough to commit. */
static int
group_due(const struct reload *r)
{
	return r->grp_open &&
	    clock_mono_ms() - r->grp_start_ms >= RELOAD_GROUP_MS;
}

static void
group_forget(struct reload *r)
{
	size_t i;

	for (i = 0; i < r->ngrp; i++)
		free(r->grp[i].error);
	r->ngrp = 0;
	r->grp_open = 0;
}

static void
group_close(struct reload *r)
{
	size_t i;

	if (!r->grp_open)
		return;
	if (store_commit(r->st) == -1) {
		group_fail(r);
		return;
	}
	for (i = 0; r->o.on_done != NULL && i < r->ngrp; i++) {
		if (r->grp[i].kind != RM_UPDATED || r->grp[i].added == 0)
			continue;
		r->fresh = xreallocarray(r->fresh, r->nfresh + 1,
		    sizeof *r->fresh);
		r->fresh[r->nfresh++] = r->grp[i].it->feed_id;
	}
	group_forget(r);
}

/* Unread articles, and feeds with unread articles (listed ones). */
static void
unread_counts(struct reload *r, size_t *articles, size_t *feeds)
{
	struct store_feed *rows;
	size_t n, i;
	int64_t t;

	t = store_unread_total(r->st);
	*articles = t > 0 ? (size_t)t : 0;
	*feeds = 0;
	if (store_feed_list(r->st, &rows, &n) != 0)
		return;
	for (i = 0; i < n; i++) {
		if (rows[i].unread > 0 && !rows[i].hidden)
			(*feeds)++;
	}
	store_feed_list_free(&rows, n);
}

/* The reload ran to its end: the counts after it, the names of the feeds
 * that got new articles, and the front end's hook. */
struct fresh_name {
	int	 position;
	char	*name;
};

static int
fresh_cmp(const void *a, const void *b)
{
	const struct fresh_name *x = a, *y = b;

	return (x->position > y->position) - (x->position < y->position);
}

/* The feeds come in the order their articles were committed, which is
 * the order they finished: the names go out in the urls file's. */
static void
done_hook(struct reload *r)
{
	struct store_feed one;
	struct fresh_name *fn;
	char **names;
	size_t i, n = 0;

	unread_counts(r, &r->sum.unread_after, &r->sum.unread_feeds_after);
	fn = xcalloc(r->nfresh + 1, sizeof *fn);
	for (i = 0; i < r->nfresh; i++) {
		memset(&one, 0, sizeof one);
		if (store_feed_get(r->st, r->fresh[i], &one) != 0)
			continue;
		fn[n].position = one.position;
		fn[n++].name = xstrdup(model_feed_name(one.name, one.title,
		    one.url));
		store_feed_clear(&one);
	}
	qsort(fn, n, sizeof *fn, fresh_cmp);
	names = xcalloc(n + 1, sizeof *names);
	for (i = 0; i < n; i++)
		names[i] = fn[i].name;
	r->o.on_done(r->o.done_arg, &r->sum, names, n);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(fn);
}

/* Roll the group back and record each member as failed, on its own. */
static void
group_fail(struct reload *r)
{
	struct reload_member *m;
	size_t i, n = r->ngrp;

	store_rollback(r->st);
	r->ngrp = 0;
	r->grp_open = 0;
	for (i = 0; i < n; i++) {
		m = &r->grp[i];
		if (m->kind == RM_UPDATED) {
			r->sum.updated--;
			r->sum.new_articles -= m->added;
		} else if (m->kind == RM_SAME)
			r->sum.not_modified--;
		else
			r->sum.failed--;
		record_failed(r, m->it, m->http_status, m->error != NULL ?
		    m->error : _("cannot store the articles (see the log)"));
		free(m->error);
	}
}

/* Outside any group: this feed failed (validators dropped). */
static void
record_failed(struct reload *r, struct reload_item *it, int status,
    const char *error)
{
	struct store_fetch_outcome out;

	memset(&out, 0, sizeof out);
	out.when = (int64_t)time(NULL);
	out.http_status = status;
	out.error = error;
	store_feed_record_fetch(r->st, it->feed_id, &out);
	r->sum.failed++;
	log_failure(it, error);
}

/* The debug log says which feed failed and why (credentials left out). */
static void
log_failure(const struct reload_item *it, const char *error)
{
	char *shown = fetch_url_redact(it->url);

	log_debug("%s: %s", shown, error);
	free(shown);
}

/* Record a feed's outcome in the group (kind and articles added for the
 * summary). */
static void
record(struct reload *r, struct reload_item *it,
    const struct store_fetch_outcome *out, int kind, size_t added)
{
	struct reload_member *m;

	if (group_open(r) == -1) {
		record_failed(r, it, out->http_status, out->error != NULL ?
		    out->error : _("cannot store the articles (see the log)"));
		return;
	}
	if (r->ngrp == r->grp_cap) {
		r->grp_cap = r->grp_cap ? r->grp_cap * 2 : 16;
		r->grp = xreallocarray(r->grp, r->grp_cap, sizeof *r->grp);
	}
	m = &r->grp[r->ngrp++];
	memset(m, 0, sizeof *m);
	m->it = it;
	m->kind = kind;
	m->added = added;
	m->http_status = out->http_status;
	if (kind == RM_UPDATED) {
		r->sum.updated++;
		r->sum.new_articles += added;
	} else if (kind == RM_SAME)
		r->sum.not_modified++;
	else {
		m->error = xstrdup(out->error);
		r->sum.failed++;
		log_failure(it, out->error);
	}
	/* Counted first: group_fail takes the counts back. */
	if (store_feed_record_fetch(r->st, it->feed_id, out) == -1)
		group_fail(r);
}

/* In a worker: parse, make the rows, find the new articles' quotations.
 * Touches nothing but the job. */
static void
job_run(void *arg)
{
	struct reload_job *j = arg;
	const char *body;
	size_t i, n;
	int is_text;

	j->err[0] = '\0';
	if (j->ops->prepare(j->y, j->max_bytes, &j->doc, j->err,
	    sizeof j->err) == -1) {
		j->failed = 1;
		return;
	}
	if (j->kill != NULL)
		(void)model_rules_drop(j->kill, j->it->url, j->kill_title,
		    j->kill_tags, j->doc, (int64_t)time(NULL));
	j->batch = store_batch_new(j->doc, j->known);
	n = store_batch_size(j->batch);
	j->quotes = xcalloc(n > 0 ? n : 1, sizeof *j->quotes);
	for (i = 0; i < n; i++) {
		if (!store_batch_body(j->batch, i, &body, &is_text))
			continue;
		if (model_quotes_body(body, strlen(body), is_text,
		    &j->quotes[i].q, &j->quotes[i].nq) == 0)
			j->quotes[i].found = 1;
	}
}

static void
job_free(struct reload_job *j)
{
	size_t i, n;

	if (j->batch != NULL) {
		n = store_batch_size(j->batch);
		for (i = 0; i < n; i++)
			quote_free(&j->quotes[i].q, j->quotes[i].nq);
		store_batch_free(&j->batch);
	}
	free(j->quotes);
	feed_doc_free(&j->doc);
	free(j->kill_title);
	free(j->kill_tags);
	store_known_free(&j->known);
	j->ops->yield_free(j->y);
	free(j);
}

/* reset-unread-on-update names this feed. */
static int
resets_unread(const struct reload *r, const char *url)
{
	size_t i;

	if (r->o.cfg == NULL || url == NULL)
		return 0;
	for (i = 0; i < r->o.cfg->nreset_unread; i++)
		if (strcmp(r->o.cfg->reset_unread[i], url) == 0)
			return 1;
	return 0;
}

/*
 * Write one prepared document in the group: articles, their quotations,
 * retention and the outcome.  If any of it fails, the group is rolled
 * back (group_fail), so the feed stays as it was, validators included:
 * the next reload fetches it again.
 */
static void
job_write(struct reload *r, struct reload_job *j)
{
	struct reload_item *it = j->it;
	struct source_yield *y = j->y;
	struct store_fetch_outcome out;
	struct store_merge_stats ms;
	struct quote *q;
	const char *body;
	size_t i, n, nq;
	int64_t id, now = (int64_t)time(NULL);
	int is_text, rc;

	memset(&out, 0, sizeof out);
	out.when = now;
	out.http_status = (int)y->status;
	r->done++;
	if (j->failed) {
		/* Not a feed: the validators must not be kept, or the next
		 * reload would get a 304 and never see the repaired feed. */
		out.error = j->err;
		out.next_fetch = plan(r, it, now, SCHED_FAILED, 0, 0, 0);
		if (y->keep_validators) {
			out.etag = y->etag;
			out.last_modified = y->last_modified;
		}
		record(r, it, &out, RM_FAILED, 0);
		return;
	}
	if (group_open(r) == -1)
		goto failed;
	store_batch_reset_unread(j->batch, resets_unread(r, it->url));
	if (store_merge_batch(r->st, it->feed_id, j->batch, now, &ms) == -1)
		goto failed_group;
	n = store_batch_size(j->batch);
	for (i = 0; i < n; i++) {
		if ((id = store_batch_id(j->batch, i)) == 0)
			continue;
		if (j->quotes[i].found) {
			rc = model_quotes_save(r->st, id, j->quotes[i].q,
			    j->quotes[i].nq);
			j->quotes[i].q = NULL;
			j->quotes[i].nq = 0;
		} else {
			/* The known set was stale: search here. */
			store_batch_body(j->batch, i, &body, &is_text);
			rc = 0;
			if (model_quotes_body(body, strlen(body), is_text,
			    &q, &nq) == 0)
				rc = model_quotes_save(r->st, id, q, nq);
		}
		if (rc == -1) {
			store_merge_stats_clear(&ms);
			goto failed_group;
		}
	}
	if ((r->o.max_items > 0 || r->o.max_age_days > 0) &&
	    store_expire(r->st, it->feed_id, r->o.max_items,
	    r->o.max_age_days, now) != 0) {
		log_warn(_("%s: old articles were not expired"), it->url);
		store_merge_stats_clear(&ms);
		goto failed_group;
	}
	out.next_fetch = plan(r, it, now, SCHED_FETCHED, y->max_age_s,
	    j->doc->meta.ttl_minutes > 0 ? (long)j->doc->meta.ttl_minutes * 60 :
	    0, 0);
	out.etag = y->etag;
	out.last_modified = y->last_modified;
	/* A body with nothing new or changed counts as not modified. */
	record(r, it, &out, ms.added > 0 || ms.updated > 0 ? RM_UPDATED :
	    RM_SAME, ms.added);
	store_merge_stats_clear(&ms);
	return;

failed_group:
	group_fail(r);
failed:
	record_failed(r, it, (int)y->status,
	    _("cannot store the articles (see the log)"));
}

/* Write the documents the workers have finished, for at most budget_ms
 * (all of them with wait, waiting for the rest too). */
static void
write_done(struct reload *r, int64_t start, int64_t budget_ms, int wait)
{
	struct reload_job *j;

	while ((j = pool_next_done(r->pool, wait)) != NULL) {
		/* Keep the workers fed and the transfers moving between
		 * documents. */
		take_ready(r);
		job_write(r, j);
		job_free(j);
		if (group_due(r))
			group_close(r);
		if (fetch_poll(r->f, 0) == -1)
			break;		/* reload_poll's next call says so */
		take_ready(r);
		if (!wait && clock_mono_ms() - start > budget_ms)
			break;
	}
}

/* Hand finished transfers to the workers while they have room. */
static void
take_ready(struct reload *r)
{
	struct source_yield *y;

	while (pool_pending(r->pool) < r->max_jobs &&
	    /* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): reload_begin sets src before any poll */
	    (y = r->src->ops->next(r->src)) != NULL)
		take(r, y);
}

int
reload_poll(struct reload *r, int timeout_ms)
{
	int64_t start = clock_mono_ms(), budget;
	int wait_ms = timeout_ms;

	if (r->over)
		return 0;
	budget = timeout_ms > RELOAD_WORK_MS ? timeout_ms : RELOAD_WORK_MS;
	take_ready(r);
	/* Work waiting here: look at the network, do not sleep on it (a
	 * worker finishing wakes the poll through fetch_wakeup). */
	if (r->src->ops->ready(r->src) > 0 &&
	    pool_pending(r->pool) < r->max_jobs)
		wait_ms = 0;
	if (fetch_poll(r->f, wait_ms) == -1) {
		r->over = 1;
		return -1;
	}
	write_done(r, start, budget, 0);
	take_ready(r);
	if (r->o.on_progress != NULL)
		r->o.on_progress(r->o.progress_arg, r->done, r->total);
	if (r->src->ops->pending(r->src) == 0 && pool_pending(r->pool) > 0 &&
	    timeout_ms > 0)
		/* Only the workers are left: wait for them here. */
		write_done(r, start, budget, 1);
	if (!r->group_polls || group_due(r))
		group_close(r);
	if (r->src->ops->pending(r->src) == 0 && pool_pending(r->pool) == 0) {
		group_close(r);
		r->over = 1;
		return 0;
	}
	return 1;
}

void
reload_progress(const struct reload *r, size_t *done, size_t *total)
{
	*done = r->done;
	*total = r->total;
}

void
reload_end(struct reload **rp, struct reload_summary *sum)
{
	struct reload *r = *rp;
	size_t i;

	if (r == NULL)
		return;
	/* Ended early: what the workers have is written, the transfers
	 * still running are dropped. */
	write_done(r, 0, 0, 1);
	group_close(r);
	free(r->grp);
	pool_free(&r->pool);
	if (r->src != NULL)
		r->src->ops->free(r->src);
	if (r->own_f)
		fetch_free(&r->f);
	if (r->over && r->o.on_done != NULL)
		done_hook(r);
	free(r->fresh);
	if (sum != NULL)
		*sum = r->sum;
	for (i = 0; i < r->nitems; i++) {
		free(r->items[i].url);
		free(r->items[i].etag);
		free(r->items[i].last_modified);
	}
	free(r->items);
	free(r->feeds);
	model_rules_free(&r->kill);
	free(r);
	*rp = NULL;
}

int
reload_run(struct store *st, const struct urls *u,
    const struct reload_opts *o, struct reload_summary *sum)
{
	struct reload *r;
	int rc;

	if (sum != NULL)
		memset(sum, 0, sizeof *sum);
	if (reload_sync_feeds(st, u) == -1)
		return -1;
	if ((r = reload_begin(st, u, o, NULL, 0)) == NULL)
		return -1;
	/* Nothing else writes meanwhile: group across polls. */
	r->group_polls = 1;
	while ((rc = reload_poll(r, 1000)) == 1)
		;
	reload_end(&r, sum);
	return rc == -1 ? -1 : 0;
}
