/*
 * cmd-tui: the default mode.  Resolves the user's files (config, urls,
 * cache), opens the cache as its one writer, brings the store's feed list
 * in step with the urls file, and hands everything to the interface.  A
 * missing urls file never gets here: main.c offers the demo first.
 *
 * The store's feed list is brought in step with the urls file by the
 * interface itself, right after its first paint (see tui_env.sync_feeds).
 *
 * Config warnings are printed before the screen is taken, so the user sees
 * them on stderr; afterwards the TUI's status line shows messages.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "fetch/lib.h"
#include "model/quotes.h"
#include "model/reload.h"
#include "model/sync.h"
#include "store/lib.h"
#include "tui/lib.h"

/* Warnings while reading the user's files: printed as usual, and the
 * first one kept for the status line (the screen hides stderr). */
struct tui_warnings {
	char	*first;
	int	 n;
};

static void	cmd_tui_warn(enum log_level level, const char *msg, void *arg);

static void
cmd_tui_warn(enum log_level level, const char *msg, void *arg)
{
	struct tui_warnings *w = arg;

	fprintf(stderr, "%s: %s\n", log_progname(), msg);
	if (level > LOG_WARN)
		return;
	if (w->first == NULL)
		w->first = xstrdup(msg);
	w->n++;
}

int
cmd_tui(const struct cli_ctx *ctx)
{
	struct tui_warnings warn = { NULL, 0 };
	struct reload_opts o;
	struct fetch_opts fo;
	struct tui_env env;
	struct config cfg;
	struct store *st = NULL;
	struct urls *u;
	struct store_feed *rows;
	size_t nrows;
	char err[256];
	int rc, sync;

	config_init(&cfg);
	log_set_dispatcher(cmd_tui_warn, &warn);
	rc = config_load(ctx->config_path, &cfg);
	u = rc < 0 ? NULL : urls_load(ctx->urls_path, 0);
	log_set_dispatcher(NULL, NULL);
	if (rc < 0) {
		config_free(&cfg);
		free(warn.first);
		return 1;
	}
	if (u == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		config_free(&cfg);
		free(warn.first);
		return 1;
	}
	if (paths_mkparent(ctx->cache_path) == -1 ||
	    store_open(ctx->cache_path, 0, &st, err, sizeof err) == -1) {
		log_error("%s: %s", ctx->cache_path, err);
		urls_free(&u);
		config_free(&cfg);
		free(warn.first);
		return 1;
	}
	/* A cache that never saw this urls file (a first start) is synced
	 * now; otherwise the interface paints first and syncs after. */
	sync = sync_kind_of(&cfg) != SYNC_NONE;
	if (!sync && store_feed_list(st, &rows, &nrows) == 0) {
		if (nrows == 0 && reload_sync_feeds(st, u) != 0)
			log_warn("%s", _("could not bring the cache in step "
			    "with the feed list"));
		store_feed_list_free(&rows, nrows);
	}

	/* The same options as -x reload (config, environment, quote
	 * indexing), except that R and r mean "now", whatever the intervals
	 * say. */
	cmd_reload_opts(&o, &cfg);
	o.force = 1;
	/* One engine for the session: every reload (and, later, downloads)
	 * shares its connections and limits. */
	reload_fetch_opts(&o, &fo);
	o.engine = fetch_new(&fo);

	memset(&env, 0, sizeof env);
	env.store = st;
	/* With a sync server the feed list is the store's (the server's
	 * subscriptions, as the last -x reload left them); reading and
	 * marking work offline and queue for the next sync.  The urls file
	 * is neither read into the list nor fetched. */
	env.urls = sync ? NULL : u;
	env.urls_path = ctx->urls_path;
	env.config = &cfg;
	env.reload_opts = &o;
	env.refresh_on_start = ctx->refresh_on_start;
	env.sync_feeds = !sync;
	env.message = warn.first;
	env.nwarnings = warn.n;
	rc = tui_run(&env);
	fetch_free(&o.engine);
	cmd_download_purge(st, &cfg);

	store_close(&st);
	urls_free(&u);
	config_free(&cfg);
	free(warn.first);
	return rc;
}
