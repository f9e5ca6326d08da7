/*
 * tui-jobs: the background jobs the main loop polls between keys (a
 * reload today; downloads and sync plug in the same way), and the reload
 * job itself.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "conf/config.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

static int	reload_job_poll(void *);
static void	reload_job_status(void *, struct buf *);
static void	reload_job_end(void *, int);

static const struct tui_job_ops reload_job_ops = {
	"reload", reload_job_poll, reload_job_status, reload_job_end
};

/* The reload errors as lines for the `v` view ("name: why"); NULL when
 * there are none (or on an error, logged). */
char **
tui_errors(size_t *n)
{
	struct model_error *e;
	char **errs = NULL;
	size_t i;

	*n = 0;
	if (model_errors(tui.m, &e, n) != 0 || *n == 0)
		return NULL;
	errs = xreallocarray(NULL, *n, sizeof *errs);
	for (i = 0; i < *n; i++)
		errs[i] = xasprintf("%s: %s", e[i].name, e[i].error);
	model_errors_free(&e, *n);
	return errs;
}

void
tui_reload(int64_t feed_id)
{
	static const struct reload_opts defaults;
	const struct reload_opts *o = tui.env->reload_opts;
	struct reload_opts with;
	struct reload *r;

	if (tui_job_running(&reload_job_ops)) {
		tui_message(0, "%s", _("A reload is already running"));
		return;
	}
	if (tui.urls == NULL) {
		/* urls-source: the server's feeds, synced by -x reload */
		if (tui.env->config != NULL &&
		    tui.env->config->urls_source != CU_LOCAL)
			tui_message(0, "%s", _("The feeds come from the sync "
			    "server: tidings -x reload syncs them"));
		return;
	}
	if (o == NULL)
		o = &defaults;
	free(tui.msg);
	tui.msg = NULL;
	/* the notifications, as the config asks (reload_begin copies) */
	with = *o;
	tui_notify_opts(&with);
	r = reload_begin(tui.st, tui.urls, &with, feed_id > 0 ? &feed_id :
	    NULL, feed_id > 0 ? 1 : 0);
	if (r != NULL)
		tui_job_add(&reload_job_ops, r);
}

static int
reload_job_poll(void *arg)
{
	return reload_poll(arg, 0);
}

static void
reload_job_status(void *arg, struct buf *b)
{
	size_t done, total;

	reload_progress(arg, &done, &total);
	buf_printf(b, _("Reloading... %zu/%zu feeds"), done, total);
}

static void
reload_job_end(void *arg, int finished)
{
	struct reload *r = arg;
	struct reload_summary sum;
	char *feeds, *fresh;

	if (!finished) {
		reload_end(&r, NULL);
		return;
	}
	memset(&sum, 0, sizeof sum);
	reload_end(&r, &sum);
	tui_downloads_reloaded();
	if (tui.set.cfg->auto_reload)
		tui.next_auto = time(NULL) + 60 * (time_t)tui.set.cfg->reload_time;
	tui.dirty = 1;
	/* The counts that take a plural are formatted on their own. */
	feeds = xasprintf(P_("Reloaded %zu feed", "Reloaded %zu feeds",
	    sum.feeds), sum.feeds);
	fresh = xasprintf(P_("%zu new article", "%zu new articles",
	    sum.new_articles), sum.new_articles);
	if (sum.failed > 0)
		tui_message(1, _("%s: %s, %zu failed (v shows why)"), feeds,
		    fresh, sum.failed);
	else
		tui_message(0, _("%s: %s"), feeds, fresh);
	free(feeds);
	free(fresh);
}

void
tui_job_add(const struct tui_job_ops *ops, void *arg)
{
	tui.jobs = xreallocarray(tui.jobs, tui.njobs + 1, sizeof *tui.jobs);
	tui.jobs[tui.njobs].ops = ops;
	tui.jobs[tui.njobs].arg = arg;
	tui.njobs++;
}

int
tui_job_running(const struct tui_job_ops *ops)
{
	size_t i;

	for (i = 0; i < tui.njobs; i++)
		if (tui.jobs[i].ops == ops)
			return 1;
	return 0;
}

/* Give every job its turn; a finished one leaves the list before its end
 * runs (which may start another). */
void
tui_jobs_poll(void)
{
	struct tui_job j;
	size_t i = 0;

	while (i < tui.njobs) {
		j = tui.jobs[i];
		if (j.ops->poll(j.arg) == 1) {
			i++;
			continue;
		}
		memmove(&tui.jobs[i], &tui.jobs[i + 1],
		    (tui.njobs - i - 1) * sizeof *tui.jobs);
		tui.njobs--;
		j.ops->end(j.arg, 1);
	}
}

/* Quitting: end what still runs. */
void
tui_jobs_end(void)
{
	while (tui.njobs > 0) {
		tui.njobs--;
		tui.jobs[tui.njobs].ops->end(tui.jobs[tui.njobs].arg, 0);
	}
	FREE(&tui.jobs);
}

int
tui_reload_running(void)
{
	return tui_job_running(&reload_job_ops);
}
