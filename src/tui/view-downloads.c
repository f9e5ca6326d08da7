/*
 * view-downloads: the podcast download queue, a view of its own (L from
 * anywhere), and the background job that runs it (model/download.h) on
 * the session's fetch engine while the reader is used.  One line per
 * file: state, a progress bar, bytes, speed, time left and the title.
 * d starts (or resumes), z pauses or resumes, c cancels, D deletes the
 * file, p plays it with `player` (exec, the path as one argument).  Also
 * the article view's enclosure lines and its enqueue action (e).
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "model/download.h"
#include "model/reload.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

struct vdownloads {
	struct model_download	*rows;
	size_t			 n;
	struct tui_list		 list;
};

/* The queue's runner while files are to fetch, and its settings. */
static struct download_run	*dl_run;
static struct download_conf	 dl_conf;
static int			 dl_conf_made;

static int	dl_job_poll(void *);
static void	dl_job_status(void *, struct buf *);
static void	dl_job_end(void *, int);

static const struct tui_job_ops dl_job_ops = {
	"downloads", dl_job_poll, dl_job_status, dl_job_end
};

static void	dls_title(struct view *, struct buf *);
static void	dls_draw(struct view *, int, int, int);
static int	dls_action(struct view *, enum action, int);
static void	dls_row(void *, size_t, int, int, int);
static void	dls_free(struct view *);

static const struct view_ops dls_ops = {
	.name = "downloads",
	.title = dls_title,
	.draw = dls_draw,
	.action = dls_action,
	.click = view_list_click,
	.row = dls_row,
	.free = dls_free,
};

static const struct download_conf *
dl_settings(void)
{
	if (!dl_conf_made) {
		download_conf_init(&dl_conf, tui.set.cfg);
		dl_conf_made = 1;
	}
	return &dl_conf;
}

/* Make sure the runner runs (after anything that may have queued). */
static void
dl_kick(void)
{
	const struct reload_opts *o = tui.env->reload_opts;

	if (dl_run != NULL) {
		download_run_kick(dl_run);
		return;
	}
	if (o == NULL || o->engine == NULL)
		return;
	dl_run = download_run_new(tui.m, o->engine, dl_settings());
	tui_job_add(&dl_job_ops, dl_run);
}

static int
dl_job_poll(void *arg)
{
	return download_run_poll(arg, 0) == 1;
}

static void
dl_job_status(void *arg, struct buf *b)
{
	struct download_stats s;

	download_run_stats(arg, &s);
	buf_printf(b, _("Downloading... %zu left"), s.left);
}

static void
dl_job_end(void *arg, int finished)
{
	struct download_stats s;

	download_run_stats(arg, &s);
	download_run_free(&dl_run);
	tui.dirty = 1;
	if (finished && (s.done > 0 || s.failed > 0))
		tui_message(s.failed > 0, _("Downloads: %zu finished, %zu "
		    "failed"), s.done, s.failed);
}

/* "12.3 MB", "512 KB", "900 B". */
static void
dl_size(char *out, size_t len, int64_t n)
{
	if (n < 0)
		snprintf(out, len, "?");
	else if (n >= 1024 * 1024)
		snprintf(out, len, "%.1f MB", (double)n / (1024.0 * 1024.0));
	else if (n >= 1024)
		snprintf(out, len, "%lld KB", (long long)(n / 1024));
	else
		snprintf(out, len, "%lld B", (long long)n);
}

static void
dl_duration(char *out, size_t len, int64_t s)
{
	if (s >= 3600)
		snprintf(out, len, "%lld:%02lld:%02lld", (long long)(s / 3600),
		    (long long)(s / 60 % 60), (long long)(s % 60));
	else
		snprintf(out, len, "%lld:%02lld", (long long)(s / 60),
		    (long long)(s % 60));
}

void
tui_enclosures_head(int64_t article_id, tui_head_fn add, void *arg)
{
	struct model_enclosure *e;
	struct buf b = BUF_INIT;
	char sz[32], du[32], *label;
	size_t n, i;

	if (model_enclosures(tui.m, article_id, &e, &n) == -1)
		return;
	for (i = 0; i < n; i++) {
		buf_reset(&b);
		buf_adds(&b, e[i].url);
		buf_adds(&b, " (");
		buf_adds(&b, e[i].type != NULL && *e[i].type != '\0' ?
		    e[i].type : "?");
		if (e[i].length > 0) {
			dl_size(sz, sizeof sz, e[i].length);
			buf_printf(&b, ", %s", sz);
		}
		if (e[i].duration >= 0) {
			dl_duration(du, sizeof du, e[i].duration);
			buf_printf(&b, ", %s", du);
		}
		buf_addc(&b, ')');
		label = n == 1 ? xstrdup(_("Enclosure: ")) :
		    xasprintf(_("Enclosure %zu: "), i + 1);
		add(arg, label, buf_str(&b));
		free(label);
	}
	buf_free(&b);
	model_enclosures_free(&e, n);
}

void
tui_downloads_enqueue(int64_t article_id, int count)
{
	int rc;

	rc = model_download_enqueue(tui.m, article_id,
	    count > 0 ? (size_t)count - 1 : 0, dl_settings());
	if (rc == 1)
		tui_message(0, "%s", _("Queued for download (L shows the "
		    "downloads)"));
	else if (rc == 0)
		tui_message(0, "%s", _("Already in the download queue"));
	else
		tui_done(-1);
	if (rc == 1)
		dl_kick();
}

void
tui_downloads_reloaded(void)
{
	int n = model_download_reloaded(tui.m, dl_settings());

	if (n > 0)
		dl_kick();
}

void
tui_downloads_open(void)
{
	struct vdownloads *d = xcalloc(1, sizeof *d);

	tui_push(view_new(&dls_ops, d, &d->list));
	/* Left over from a previous run: go on with it. */
	dl_kick();
}

static void
dls_load(struct vdownloads *d)
{
	model_downloads_free(&d->rows, d->n);
	d->n = 0;
	if (model_downloads(tui.m, dl_run, &d->rows, &d->n) == -1)
		d->n = 0;
	list_set_count(&d->list, d->n);
}

static void
dls_title(struct view *v, struct buf *b)
{
	struct vdownloads *d = v->data;

	buf_printf(b, _("Downloads (%zu)"), d->n);
}

static void
dls_draw(struct view *v, int y, int h, int w)
{
	struct vdownloads *d = v->data;

	dls_load(d);
	if (d->n == 0) {
		text_put(y, 0, w, _("The download queue is empty: e in an "
		    "article queues its enclosure."), theme_attr(CE_INFO), 1);
		return;
	}
	view_list_draw(v, y, h, w);
}

#define DL_BAR	10

static void
dls_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vdownloads *d = arg;
	const struct model_download *r = &d->rows[i];
	struct buf b = BUF_INIT;
	char got[32], size[32], speed[32], eta[32], bar[DL_BAR + 3];
	int attr = theme_attr(focus ? CE_LISTFOCUS : CE_LISTNORMAL), k, fill;
	int pct = r->size > 0 ? (int)(r->got * 100 / r->size) : -1;

	if (r->state == DL_DONE)
		pct = 100;
	if (pct > 100)
		pct = 100;
	fill = pct > 0 ? pct * DL_BAR / 100 : 0;
	bar[0] = '[';
	for (k = 0; k < DL_BAR; k++)
		bar[k + 1] = k < fill ? '#' : '-';
	bar[DL_BAR + 1] = ']';
	bar[DL_BAR + 2] = '\0';
	dl_size(got, sizeof got, r->got);
	dl_size(size, sizeof size, r->size);
	speed[0] = eta[0] = '\0';
	if (r->state == DL_RUNNING && r->bps > 0) {
		dl_size(speed, sizeof speed - 2, r->bps);
		memcpy(speed + strlen(speed), "/s", 3);
		if (r->size > r->got)
			dl_duration(eta, sizeof eta, (r->size - r->got) /
			    r->bps);
	}
	buf_printf(&b, "%-11.11s %s ", r->state == DL_DONE && r->played ?
	    _("played") : download_state_name(r->state), bar);
	if (pct >= 0)
		buf_printf(&b, "%3d%% ", pct);
	else
		buf_adds(&b, "  ?% ");
	buf_printf(&b, "%9s/%-9s %10s %7s ", got, size, speed, eta);
	k = text_put(y, 0, w, buf_str(&b), attr, 0);
	buf_reset(&b);
	buf_adds(&b, r->title != NULL && *r->title != '\0' ? r->title :
	    r->url);
	if (r->error != NULL && r->state != DL_DONE)
		buf_printf(&b, " - %s", r->error);
	text_put(y, k, w - k, buf_str(&b), attr, 1);
	buf_free(&b);
}

/* Run the player on a finished file: exec, the path one argument. */
static void
dl_play(int64_t id, enum download_state state, const char *path)
{
	const char *cmd = tui.set.cfg->player;
	char **argv;
	pid_t pid;
	int status = -1;

	if (state != DL_DONE) {
		tui_message(1, "%s", _("Only a finished download can be "
		    "played"));
		return;
	}
	if (cmd == NULL || *cmd == '\0') {
		tui_message(1, "%s", _("No player: set player in the config "
		    "file"));
		return;
	}
	argv = browser_argv(cmd, path);
	if (argv[0] == NULL) {
		tui_argv_free(argv);
		return;
	}
	def_prog_mode();
	endwin();
	if ((pid = fork()) == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	while (pid > 0 && waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	reset_prog_mode();
	tui_redraw_all();
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		tui_message(1, _("The player (%s) failed"), argv[0]);
	else
		tui_done(model_download_played(tui.m, id));
	tui_argv_free(argv);
}

static int
dls_action(struct view *v, enum action a, int count)
{
	struct vdownloads *d = v->data;
	enum download_event e;
	enum download_state state;
	int64_t id;
	char *path;
	int rc;

	(void)count;
	if (view_list_action(v, a))
		return 1;
	if (d->n == 0 || d->list.cur >= d->n)
		return 0;
	/* Copied: a prompt or a redraw reloads the rows. */
	id = d->rows[d->list.cur].id;
	state = d->rows[d->list.cur].state;
	switch (a) {
	case A_DL_START:
		e = state == DL_PAUSED ? DE_RESUME : DE_START;
		break;
	case A_DL_PAUSE:
		e = state == DL_PAUSED ? DE_RESUME : DE_PAUSE;
		break;
	case A_DL_CANCEL:
		e = DE_CANCEL;
		break;
	case A_DL_DELETE:
		if (!tui_confirm(_("Delete this download and its file? "
		    "[y/n]")))
			return 1;
		rc = dl_run != NULL ? download_run_delete(dl_run, id) :
		    model_download_delete(tui.m, id);
		tui_done(rc);
		return 1;
	case A_DL_PLAY:
		path = xstrdup(d->rows[d->list.cur].path);
		dl_play(id, state, path);
		free(path);
		return 1;
	default:
		return 0;
	}
	if (dl_run == NULL && (e == DE_START || e == DE_RESUME))
		dl_kick();
	rc = dl_run != NULL ? download_run_event(dl_run, id, e) :
	    model_download_event(tui.m, id, e);
	tui_done(rc);
	return 1;
}

static void
dls_free(struct view *v)
{
	struct vdownloads *d = v->data;

	model_downloads_free(&d->rows, d->n);
	free(d);
}
