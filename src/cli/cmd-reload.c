/*
 * cmd-reload: `-x reload` (fetch every due feed, for cron: one summary
 * line on stdout, reasons on stderr, a progress count only on a terminal
 * and on stderr) and `-x errors`
 * (the feeds whose last fetch failed, one "address: reason" line each on
 * stdout).
 * Options come from cmd_reload_opts (config file and environment) and
 * --force; the progress line is drawn here.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "fetch/lib.h"
#include "model/download.h"
#include "model/model.h"
#include "model/notify.h"
#include "model/reload.h"
#include "model/sync.h"
#include "render/lib.h"
#include "store/lib.h"

/* Redraw the progress line at most this often. */
#define RELOAD_DRAW_MS		100

/* The progress line on stderr (a terminal only): "reloading: done/total
 * feeds", redrawn at most every RELOAD_DRAW_MS, cleared at the end. */
struct progress {
	int64_t	 last_ms;
	int	 drawn;
};

static void
progress_draw(void *arg, size_t done, size_t total)
{
	struct progress *p = arg;
	int64_t now = clock_mono_ms();

	if (p->drawn && now - p->last_ms < RELOAD_DRAW_MS)
		return;
	p->last_ms = now;
	fputc('\r', stderr);
	fprintf(stderr, _("reloading: %zu/%zu feeds"), done, total);
	fflush(stderr);
	p->drawn = 1;
}

static void
progress_clear(struct progress *p)
{
	if (!p->drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
}

/* The notify-* settings, kept past config_free. */
struct notify {
	char	*program;	/* ~ expanded; NULL = none */
	char	*format;
	int	 always, beep, xterm, screen;
};

/* After the reload: newsboat's notifications.  The program gets the text
 * as one argument; the bell and the escapes go to stdout only when it is
 * a terminal (a cron job's output stays clean). */
static void
notify_done(void *arg, const struct reload_summary *s, char *const *names,
    size_t n)
{
	struct notify *nt = arg;
	char *msg, *esc;
	int tty = isatty(STDOUT_FILENO);

	if (!model_notify_due(s, nt->always))
		return;
	msg = model_notify_text(nt->format, s, names, n);
	if (nt->program != NULL && model_notify_run(nt->program, msg) != 0)
		log_warn(_("cannot run the notify-program %s"), nt->program);
	if (tty && (nt->xterm || nt->screen)) {
		esc = model_notify_escape(nt->screen && !nt->xterm, msg);
		fputs(esc, stdout);
		free(esc);
		if (nt->xterm && nt->screen) {
			esc = model_notify_escape(1, msg);
			fputs(esc, stdout);
			free(esc);
		}
	}
	if (tty && nt->beep)
		fputc('\a', stdout);
	fflush(stdout);
	free(msg);
}

/* Ended by a signal while exec: commands run: stop them with us, then
 * die of the signal as if not caught. */
static void
reload_signal(int sig)
{
	fetch_stop_commands();
	signal(sig, SIG_DFL);
	raise(sig);
}

int
cmd_reload(const struct cli_ctx *ctx)
{
	static const int stop_on[] = { SIGHUP, SIGINT, SIGTERM };
	struct sigaction sa;
	size_t i;
	struct reload_summary sum;
	struct reload_opts o;
	struct progress prog;
	struct notify nt;
	struct config cfg;
	struct store *st = NULL;
	struct urls *u;
	char *feeds, *fresh;
	int rc;

	config_init(&cfg);
	config_load(ctx->config_path, &cfg);
	if (sync_kind_of(&cfg) != SYNC_NONE) {
		/* the server has the subscriptions, not the urls file */
		rc = cmd_sync_reload(ctx, &cfg);
		config_free(&cfg);
		return rc;
	}
	if ((u = urls_load(ctx->urls_path, 0)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		config_free(&cfg);
		return 1;
	}
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		config_free(&cfg);
		urls_free(&u);
		return 1;
	}

	cmd_reload_opts(&o, &cfg);
	memset(&prog, 0, sizeof prog);
	if (!ctx->quiet && isatty(STDERR_FILENO)) {
		o.on_progress = progress_draw;
		o.progress_arg = &prog;
	}
	if (ctx->force)
		o.force = 1;
	memset(&nt, 0, sizeof nt);
	if (cfg.notify_program != NULL && *cfg.notify_program != '\0')
		nt.program = paths_expand_home(cfg.notify_program);
	nt.format = xstrdup(cfg.notify_format != NULL ? cfg.notify_format :
	    "");
	nt.always = cfg.notify_always;
	nt.beep = cfg.notify_beep;
	nt.xterm = cfg.notify_xterm;
	nt.screen = cfg.notify_screen;
	if (nt.program != NULL || nt.beep || nt.xterm || nt.screen) {
		o.on_done = notify_done;
		o.done_arg = &nt;
	}

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = reload_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof stop_on / sizeof stop_on[0]; i++)
		sigaction(stop_on[i], &sa, NULL);
	rc = reload_run(st, u, &o, &sum);
	free(nt.program);
	free(nt.format);
	progress_clear(&prog);
	if (rc == 0)
		cmd_download_reloaded(st, &cfg);
	config_free(&cfg);
	store_close(&st);
	urls_free(&u);
	if (rc == -1) {
		log_error("%s", _("the reload could not run"));
		return 1;
	}
	/* The counts that take a plural are formatted on their own. */
	feeds = xasprintf(P_("%zu feed", "%zu feeds", sum.feeds), sum.feeds);
	fresh = xasprintf(P_("%zu new article", "%zu new articles",
	    sum.new_articles), sum.new_articles);
	/* The summary is the command's output: stdout, where cron mails
	 * it from; the reasons went to stderr. */
	if (ctx->quiet)
		;
	else if (sum.skipped > 0)
		printf(_("%s: %zu updated, %zu not modified, "
		    "%zu failed, %zu not due yet; %s%s\n"),
		    feeds, sum.updated, sum.not_modified, sum.failed,
		    sum.skipped, fresh, sum.failed > 0 ?
		    _(" (see tidings -x errors)") : "");
	else
		printf(_("%s: %zu updated, %zu not modified, "
		    "%zu failed; %s%s\n"),
		    feeds, sum.updated, sum.not_modified, sum.failed,
		    fresh, sum.failed > 0 ?
		    _(" (see tidings -x errors)") : "");
	free(feeds);
	free(fresh);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		log_error(_("cannot write the output: %s"), strerror(errno));
		return 1;
	}
	return 0;
}

int
cmd_errors(const struct cli_ctx *ctx)
{
	struct model_error *e = NULL;
	struct store *st = NULL;
	struct model *m;
	char err[256], *url, *why;
	size_t n = 0, i;
	int rc;

	if (access(ctx->cache_path, F_OK) == -1)
		return 0;	/* nothing fetched, nothing failed */
	if (store_open(ctx->cache_path, STORE_READONLY, &st, err,
	    sizeof err) == -1) {
		log_error("%s", err);
		return 1;
	}
	m = model_new(st, NULL);
	rc = model_errors(m, &e, &n);
	for (i = 0; i < n; i++) {
		/* Error texts can quote what a server sent: sanitised. */
		url = render_sanitize(e[i].url, strlen(e[i].url));
		why = render_sanitize(e[i].error, strlen(e[i].error));
		printf("%s: %s\n", url, why);
		free(url);
		free(why);
	}
	model_errors_free(&e, n);
	model_free(&m);
	store_close(&st);
	if (rc == -1)
		return 1;
	return fflush(stdout) == 0 ? 0 : 1;
}
