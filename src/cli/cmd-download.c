/*
 * cmd-download: `-x download` fetches the podcast download queue without
 * the interface (for cron): the same runner, engine limits and files as
 * the downloads view, a progress line on stderr only on a terminal, and
 * one summary line at the end.  Files found half done (a cut, a kill)
 * resume with Range.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "fetch/lib.h"
#include "model/download.h"
#include "model/model.h"
#include "model/reload.h"
#include "store/lib.h"

/* Redraw the progress line at most this often. */
#define DL_DRAW_MS	200

static void
mb(char *out, size_t len, uint64_t n)
{
	snprintf(out, len, "%.1f MB", (double)n / (1024.0 * 1024.0));
}

/* "downloading: 1 running, 2 queued, 3.4 MB" on stderr. */
static void
draw(struct model *m, struct download_run *r)
{
	struct model_download *d;
	size_t n, i, run = 0, wait = 0;
	uint64_t got = 0;
	char sz[32];

	if (model_downloads(m, r, &d, &n) == -1)
		return;
	for (i = 0; i < n; i++) {
		if (d[i].state == DL_RUNNING) {
			run++;
			got += d[i].got > 0 ? (uint64_t)d[i].got : 0;
		} else if (d[i].state == DL_QUEUED)
			wait++;
	}
	model_downloads_free(&d, n);
	mb(sz, sizeof sz, got);
	fputc('\r', stderr);
	fprintf(stderr, _("downloading: %zu running, %zu queued, %s"), run,
	    wait, sz);
	fputs("\033[K", stderr);
	fflush(stderr);
}

int
cmd_download(const struct cli_ctx *ctx)
{
	struct reload_opts o;
	struct fetch_opts fo;
	struct download_conf dc;
	struct download_stats s;
	struct config cfg;
	struct store *st = NULL;
	struct model *m;
	struct fetch *f;
	struct download_run *r;
	char sz[32];
	int rc, tty = !ctx->quiet && isatty(STDERR_FILENO), drawn = 0;
	int64_t last = 0;

	config_init(&cfg);
	config_load(ctx->config_path, &cfg);
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		config_free(&cfg);
		return 1;
	}
	/* The feeds' engine limits: per host, connect time-out, agent. */
	cmd_reload_opts(&o, &cfg);
	reload_fetch_opts(&o, &fo);
	f = fetch_new(&fo);
	download_conf_init(&dc, &cfg);
	config_free(&cfg);
	m = model_new(st, NULL);
	r = download_run_new(m, f, &dc);
	while ((rc = download_run_poll(r, 100)) == 1) {
		if (tty && clock_mono_ms() - last >= DL_DRAW_MS) {
			draw(m, r);
			drawn = 1;
			last = clock_mono_ms();
		}
	}
	if (drawn) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	download_run_stats(r, &s);
	download_run_free(&r);
	if (dc.delete_played)
		model_download_purge_played(m);
	fetch_free(&f);
	download_conf_clear(&dc);
	model_free(&m);
	store_close(&st);
	if (rc == -1) {
		log_error("%s", _("the downloads could not run"));
		return 1;
	}
	mb(sz, sizeof sz, s.bytes);
	log_info(_("downloads: %zu finished, %zu failed, %zu left; %s "
	    "written"), s.done, s.failed, s.left, sz);
	return s.failed > 0 ? 1 : 0;
}

void
cmd_download_purge(struct store *st, const struct config *cfg)
{
	struct model *m;

	if (!cfg->delete_played_files)
		return;
	m = model_new(st, NULL);
	model_download_purge_played(m);
	model_free(&m);
}

void
cmd_download_reloaded(struct store *st, const struct config *cfg)
{
	struct download_conf dc;
	struct model *m = model_new(st, NULL);
	int n;

	download_conf_init(&dc, cfg);
	if ((n = model_download_reloaded(m, &dc)) > 0)
		log_info(P_("%d file queued for download",
		    "%d files queued for download", n), n);
	download_conf_clear(&dc);
	model_free(&m);
}
