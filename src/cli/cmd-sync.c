/*
 * cmd-sync: `-x reload` with a sync server set (urls-source; with no
 * password set it asks for one on the terminal, echo off), and
 * `-x sync-status` (queued changes, the last sync).  The summary is
 * stdout; each failed server call was logged (stderr) by the model.
 * TIDINGS_SYNC_PAGE=N sets the ids asked per list page (tests page
 * through a thousand items with a small one).
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "model/sync.h"
#include "store/lib.h"

static int
flush_out(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		log_error(_("cannot write the output: %s"), strerror(errno));
		return 1;
	}
	return 0;
}

/* The first error of a sync, kept for -x sync-status, passed on to
 * the dispatcher that was set (stderr by default). */
struct first_error {
	log_dispatch_fn	 prev;
	void		*prev_arg;
	char		*msg;
};

static void
keep_error(enum log_level level, const char *msg, void *arg)
{
	struct first_error *fe = arg;

	if (level == LOG_ERROR && fe->msg == NULL)
		fe->msg = xstrdup(msg);
	if (fe->prev != NULL)
		fe->prev(level, msg, fe->prev_arg);
	else
		fprintf(stderr, "%s: %s\n", log_progname(), msg);
}

/* No password set: ask on the terminal, echo off; NULL when there is
 * no terminal (then the error says which settings to use). */
static char *
prompt_password(const struct config *cfg)
{
	struct termios old, quiet;
	char buf[1024], *pw;
	FILE *tty;
	size_t n;
	int ok;

	(void)cfg;
	if ((tty = fopen("/dev/tty", "r+")) == NULL)
		return NULL;
	if (tcgetattr(fileno(tty), &old) == -1) {
		fclose(tty);
		return NULL;
	}
	quiet = old;
	quiet.c_lflag &= ~(tcflag_t)ECHO;
	fputs(_("Password for the sync server: "), tty);
	fflush(tty);
	(void)tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
	ok = fgets(buf, sizeof buf, tty) != NULL;
	(void)tcsetattr(fileno(tty), TCSAFLUSH, &old);
	fputc('\n', tty);
	fclose(tty);
	if (!ok) {
		explicit_bzero(buf, sizeof buf);
		return NULL;
	}
	n = strcspn(buf, "\r\n");
	buf[n] = '\0';
	pw = n > 0 ? xstrdup(buf) : NULL;
	explicit_bzero(buf, sizeof buf);
	return pw;
}

int
cmd_sync_reload(const struct cli_ctx *ctx, const struct config *cfg)
{
	struct first_error fe = { NULL, NULL, NULL };
	struct sync_opts o;
	struct sync_summary sum;
	struct store *st = NULL;
	char err[256], *feeds, *fresh, *typed;
	const char *v;
	int rc;

	typed = sync_needs_password(cfg) ? prompt_password(cfg) : NULL;
	rc = sync_opts_load(cfg, typed, &o, err, sizeof err);
	if (typed != NULL) {
		explicit_bzero(typed, strlen(typed));
		free(typed);
	}
	if (rc == -1) {
		log_error("%s", err);
		return 1;
	}
	o.force = ctx->force;
	if ((v = getenv("TIDINGS_SYNC_PAGE")) != NULL)
		o.page = strtol(v, NULL, 10);
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		sync_opts_clear(&o);
		return 1;
	}
	fe.prev = log_get_dispatcher(&fe.prev_arg);
	log_set_dispatcher(keep_error, &fe);
	rc = sync_run(st, &o, &sum);
	log_set_dispatcher(fe.prev, fe.prev_arg);
	/* the model's messages name calls and servers, never a password */
	if (rc == -1 && fe.msg != NULL)
		(void)store_sync_meta_set(st, "last_error", fe.msg);
	free(fe.msg);
	store_close(&st);
	if (!ctx->quiet) {
		/* the counts that take a plural are formatted on their own */
		feeds = xasprintf(P_("%zu feed", "%zu feeds", sum.feeds),
		    sum.feeds);
		fresh = xasprintf(P_("%zu new article", "%zu new articles",
		    sum.new_articles), sum.new_articles);
		printf(_("%s: %s, %s, %zu changes sent, %zu queued\n"),
		    o.name, feeds, fresh, sum.sent, sum.queued);
		free(feeds);
		free(fresh);
	}
	sync_opts_clear(&o);
	if (rc == -1)
		log_error("%s", _("the sync failed; queued changes are kept "
		    "for the next one"));
	return flush_out() || rc == -1;
}

static void
print_time(const char *label, int64_t t)
{
	char buf[64];
	time_t tt = (time_t)t;
	struct tm tm;

	if (t <= 0 || gmtime_r(&tt, &tm) == NULL)
		printf("%s: %s\n", label, _("never"));
	else {
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
		printf("%s: %s\n", label, buf);
	}
}

int
cmd_sync_status(const struct cli_ctx *ctx)
{
	struct store_sync_counts c;
	struct store *st = NULL;
	char err[256], *last, *lerr;
	int rc;

	if (access(ctx->cache_path, F_OK) == -1) {
		printf("%s\n", _("no cache yet: never synced"));
		return flush_out();
	}
	if (store_open(ctx->cache_path, 0, &st, err, sizeof err) == -1) {
		log_error("%s", err);
		return 1;
	}
	if (store_sync_counts(st, &c) == -1) {
		store_close(&st);
		return 1;
	}
	last = store_sync_meta_get(st, "last_sync");
	lerr = store_sync_meta_get(st, "last_error");
	store_close(&st);
	printf(_("pending changes: %" PRId64 " (read state %" PRId64
	    ", stars %" PRId64 ")\n"), c.pending_read + c.pending_star,
	    c.pending_read, c.pending_star);
	if (c.max_tries > 0) {
		printf(_("failed sends: up to %" PRId64 " tries\n"),
		    c.max_tries);
		print_time(_("next try"), c.next_try);
	}
	print_time(_("last sync"), last != NULL ? strtoll(last, NULL, 10) : 0);
	printf(_("subscriptions: %" PRId64 ", articles from the server: %"
	    PRId64 "\n"), c.feeds, c.items);
	if (lerr != NULL)
		printf(_("last error: %s\n"), lerr);
	free(last);
	free(lerr);
	rc = flush_out();
	return rc;
}
