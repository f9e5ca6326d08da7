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
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "model/quotes.h"
#include "model/reload.h"
#include "store/lib.h"
#include "tui/lib.h"

int
cmd_tui(const struct cli_ctx *ctx)
{
	struct reload_opts o;
	struct tui_env env;
	struct config cfg;
	struct store *st = NULL;
	struct urls *u;
	struct store_feed *rows;
	size_t nrows;
	char err[256];
	int rc;

	config_init(&cfg);
	if (config_load(ctx->config_path, &cfg) < 0) {
		config_free(&cfg);
		return 1;
	}
	if ((u = urls_load(ctx->urls_path, 0)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		config_free(&cfg);
		return 1;
	}
	if (paths_mkparent(ctx->cache_path) == -1 ||
	    store_open(ctx->cache_path, 0, &st, err, sizeof err) == -1) {
		log_error("%s: %s", ctx->cache_path, err);
		urls_free(&u);
		config_free(&cfg);
		return 1;
	}
	/* A cache that never saw this urls file (a first start) is synced
	 * now; otherwise the interface paints first and syncs after. */
	if (store_feed_list(st, &rows, &nrows) == 0) {
		if (nrows == 0 && reload_sync_feeds(st, u) != 0)
			log_warn("%s", _("could not bring the cache in step "
			    "with the feed list"));
		store_feed_list_free(&rows, nrows);
	}

	memset(&o, 0, sizeof o);
	o.max_conns = cfg.reload_threads > 1 ? cfg.reload_threads : 16;
	o.max_per_host = cfg.max_per_host;
	/* R and r in the interface mean "now", whatever the intervals say */
	o.force = 1;
	/* keep the who-said-what index current, as -x reload does */
	o.after_merge = model_quotes_index;

	memset(&env, 0, sizeof env);
	env.store = st;
	env.urls = u;
	env.config = &cfg;
	env.reload_opts = &o;
	env.refresh_on_start = ctx->refresh_on_start;
	env.sync_feeds = 1;
	rc = tui_run(&env);

	store_close(&st);
	urls_free(&u);
	config_free(&cfg);
	return rc;
}
