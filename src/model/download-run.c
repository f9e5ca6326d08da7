/*
 * download-run: the download queue's runner (download.h).  Each running
 * file has a slot: its own fetch_group on the shared engine, and the fd
 * of PATH.part, which the engine writes as the body comes.  A file
 * resumes from the .part's size with Range (the engine truncates and
 * starts again when the server answers 200); complete, the .part is
 * renamed to its path (PATH-1.ext and so on when that is taken).  Every
 * change of a file's state is a model action (download-act.c).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/lib.h"
#include "fetch/lib.h"
#include "model/download.h"
#include "model/model.h"

/* Slots: max-downloads' upper bound. */
#define DL_SLOTS	16

struct dl_slot {
	int		 active;
	int64_t		 id;
	struct fetch_group g;
	int		 fd;
	char		*path;
	char		*part;
	uint64_t	 from;		/* .part size at the start */
	uint64_t	 got;		/* bytes on disk now */
	uint64_t	 expected;	/* whole size; 0 unknown */
	int64_t		 t0_ms;
	int		 tries;		/* failures before this one */
};

struct download_run {
	struct model		*m;
	struct fetch		*f;
	struct download_conf	 c;
	struct dl_slot		 slots[DL_SLOTS];
	int			 scan;		/* read the queue again */
	size_t			 waiting;	/* queued at the last scan */
	struct download_stats	 stats;
};

static void	 run_scan(struct download_run *);
static void	 run_start(struct download_run *, const struct model_download *);
static void	 run_finish(struct download_run *, struct dl_slot *,
		     struct fetch_result *);
static void	 slot_stop(struct download_run *, struct dl_slot *,
		     enum download_event);

struct download_run *
download_run_new(struct model *m, struct fetch *f,
    const struct download_conf *c)
{
	struct download_run *r;
	struct model_download *d;
	size_t n, i;

	r = xcalloc(1, sizeof *r);
	r->m = m;
	r->f = f;
	r->c = *c;
	r->c.dir = xstrdup(c->dir);
	r->c.format = xstrdup(c->format);
	if (r->c.max_downloads > DL_SLOTS)
		r->c.max_downloads = DL_SLOTS;
	for (i = 0; i < DL_SLOTS; i++)
		r->slots[i].fd = -1;
	/* Found running: the process that ran it is gone. */
	if (model_downloads(m, NULL, &d, &n) == 0) {
		for (i = 0; i < n; i++)
			if (d[i].state == DL_RUNNING)
				model_download_outcome(m, d[i].id, DE_RESTART,
				    d[i].got, -1, NULL, NULL);
		model_downloads_free(&d, n);
	}
	r->scan = 1;
	return r;
}

static struct dl_slot *
slot_of(const struct download_run *r, int64_t id)
{
	size_t i;

	for (i = 0; i < DL_SLOTS; i++)
		if (r->slots[i].active && r->slots[i].id == id)
			return (struct dl_slot *)&r->slots[i];
	return NULL;
}

static void
on_progress(void *arg, uint64_t got, uint64_t expected)
{
	struct dl_slot *s = arg;

	s->got = got;
	if (expected > 0)
		s->expected = expected;
}

static size_t
running(const struct download_run *r)
{
	size_t i, n = 0;

	for (i = 0; i < DL_SLOTS; i++)
		n += r->slots[i].active != 0;
	return n;
}

int
download_run_poll(struct download_run *r, int wait_ms)
{
	struct fetch_result *res;
	size_t i;

	if (running(r) > 0 && fetch_poll(r->f, wait_ms) == -1)
		return -1;
	for (i = 0; i < DL_SLOTS; i++) {
		if (!r->slots[i].active)
			continue;
		if ((res = fetch_take(r->f, &r->slots[i].g)) != NULL) {
			run_finish(r, &r->slots[i], res);
			fetch_result_free(&res);
			r->scan = 1;
		}
	}
	if (r->scan && running(r) < (size_t)r->c.max_downloads)
		run_scan(r);
	return running(r) > 0 || r->waiting > 0 ? 1 : 0;
}

void
download_run_kick(struct download_run *r)
{
	r->scan = 1;
}

/* Read the queue and start what download_pick says. */
static void
run_scan(struct download_run *r)
{
	struct model_download *d;
	enum download_state *states;
	size_t n, i, k, pick[DL_SLOTS];

	r->scan = 0;
	r->waiting = 0;
	if (model_downloads(r->m, NULL, &d, &n) == -1 || n == 0)
		return;
	states = xreallocarray(NULL, n, sizeof *states);
	for (i = 0; i < n; i++) {
		states[i] = d[i].state;
		/* Running in the store but not here: the start failed. */
		if (states[i] == DL_RUNNING && slot_of(r, d[i].id) == NULL)
			states[i] = DL_PAUSED;
		if (states[i] == DL_QUEUED)
			r->waiting++;
	}
	k = download_pick(states, n, r->c.max_downloads, pick, DL_SLOTS);
	for (i = 0; i < k; i++) {
		run_start(r, &d[pick[i]]);
		r->waiting--;
	}
	free(states);
	model_downloads_free(&d, n);
}

static void
run_start(struct download_run *r, const struct model_download *d)
{
	struct fetch_req req;
	struct dl_slot *s = NULL;
	struct stat sb;
	char *why;
	size_t i;

	for (i = 0; i < DL_SLOTS && s == NULL; i++)
		if (!r->slots[i].active)
			s = &r->slots[i];
	if (s == NULL)
		return;
	if (!download_url_ok(d->url)) {
		model_download_event(r->m, d->id, DE_BEGIN);
		model_download_outcome(r->m, d->id, DE_REFUSED, 0, -1, NULL,
		    _("only http and https enclosures can be downloaded"));
		r->stats.failed++;
		return;
	}
	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->id = d->id;
	s->path = xstrdup(d->path);
	s->part = xasprintf("%s.part", d->path);
	/* Only what the store says, and no link followed: a name from a
	 * feed cannot point the write elsewhere. */
	if (paths_mkparent(s->path) == -1 ||
	    (s->fd = open(s->part, O_WRONLY | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0644)) == -1 || fstat(s->fd, &sb) == -1 ||
	    !S_ISREG(sb.st_mode)) {
		why = xasprintf("%s: %s", s->part, strerror(errno));
		log_error("%s", why);
		model_download_event(r->m, d->id, DE_BEGIN);
		model_download_outcome(r->m, d->id, DE_REFUSED, 0, -1, NULL,
		    why);
		free(why);
		r->stats.failed++;
		if (s->fd != -1)
			close(s->fd);
		FREE(&s->path);
		FREE(&s->part);
		return;
	}
	s->from = (uint64_t)sb.st_size;
	if (lseek(s->fd, 0, SEEK_END) == -1)
		s->from = 0;
	s->got = s->from;
	s->expected = d->size > 0 ? (uint64_t)d->size : 0;
	s->t0_ms = clock_mono_ms();
	s->tries = d->tries;
	s->active = 1;
	if (model_download_event(r->m, d->id, DE_BEGIN) == -1) {
		slot_stop(r, s, DE_PAUSE);
		return;
	}
	memset(&req, 0, sizeof req);
	req.url = d->url;
	req.user = s;
	req.group = &s->g;
	req.to_fd = 1;
	req.fd = s->fd;
	req.max_bytes = (size_t)r->c.max_bytes;
	req.progress = on_progress;
	req.download = 1;
	req.range_from = s->from;
	req.no_timeout = 1;
	fetch_add(r->f, &req);
}

static void
slot_free(struct dl_slot *s)
{
	if (s->fd != -1)
		close(s->fd);
	free(s->path);
	free(s->part);
	memset(s, 0, sizeof *s);
	s->fd = -1;
}

/* The bytes of the .part on disk. */
static int64_t
part_size(const struct dl_slot *s)
{
	struct stat sb;

	if (s->fd != -1 && fstat(s->fd, &sb) == 0)
		return (int64_t)sb.st_size;
	return (int64_t)s->got;
}

/* The whole size as the server gave it, -1 when it did not. */
static int64_t
slot_size(const struct dl_slot *s)
{
	return s->expected > 0 ? (int64_t)s->expected : -1;
}

/* Rename the .part to its path, or PATH-N.ext when that is taken; the
 * final path (caller frees) or NULL with errno. */
static char *
place(const struct dl_slot *s)
{
	const char *slash = strrchr(s->path, '/');
	const char *dot = strrchr(slash != NULL ? slash : s->path, '.');
	struct stat sb;
	char *p;
	int i;

	if (dot == NULL || dot == s->path || dot[-1] == '/')
		dot = s->path + strlen(s->path);
	for (i = 0; i < 100; i++) {
		p = i == 0 ? xstrdup(s->path) : xasprintf("%.*s-%d%s",
		    (int)(dot - s->path), s->path, i, dot);
		if (lstat(p, &sb) == -1 && errno == ENOENT) {
			if (rename(s->part, p) == 0)
				return p;
			free(p);
			return NULL;
		}
		free(p);
	}
	errno = EEXIST;
	return NULL;
}

static void
run_finish(struct download_run *r, struct dl_slot *s,
    struct fetch_result *res)
{
	int64_t got = part_size(s), total;
	char *final, *why;

	if (res->ok) {
		total = (int64_t)(res->range_start + res->len);
		close(s->fd);
		s->fd = -1;
		if ((final = place(s)) == NULL) {
			why = xasprintf("%s: %s", s->path, strerror(errno));
			model_download_outcome(r->m, s->id, DE_REFUSED, got,
			    total, NULL, why);
			free(why);
			r->stats.failed++;
		} else {
			model_download_outcome(r->m, s->id, DE_COMPLETE, total,
			    total, final, NULL);
			free(final);
			r->stats.done++;
			r->stats.bytes += (uint64_t)total - s->from;
		}
		slot_free(s);
		return;
	}
	r->stats.bytes += (uint64_t)got > s->from ? (uint64_t)got - s->from :
	    0;
	if (res->status == 416 && s->from > 0) {
		/* The range is past the end: whatever the .part holds, it
		 * is not this file.  Start again from nothing. */
		if (ftruncate(s->fd, 0) == -1)
			log_warn("%s: %s", s->part, strerror(errno));
		model_download_outcome(r->m, s->id, DE_CUT, 0, -1, NULL,
		    res->error);
	} else if (res->too_large || (res->status >= 400 &&
	    res->status < 500 && res->status != 408 && res->status != 429)) {
		/* Refused: no partial file is left to look complete. */
		if (unlink(s->part) == -1 && errno != ENOENT)
			log_warn("%s: %s", s->part, strerror(errno));
		model_download_outcome(r->m, s->id, DE_REFUSED, 0, -1, NULL,
		    res->error);
		r->stats.failed++;
	} else {
		model_download_outcome(r->m, s->id, DE_CUT, got, slot_size(s),
		    NULL, res->error);
		if (s->tries + 1 >= DOWNLOAD_MAX_TRIES)
			r->stats.failed++;
	}
	slot_free(s);
}

/* Stop a running transfer: e is DE_PAUSE, DE_CANCEL or DE_RESTART. */
static void
slot_stop(struct download_run *r, struct dl_slot *s, enum download_event e)
{
	int64_t got = part_size(s);

	fetch_cancel(r->f, &s->g);
	model_download_outcome(r->m, s->id, e, got, slot_size(s), NULL, NULL);
	slot_free(s);
}

int
download_run_event(struct download_run *r, int64_t id,
    enum download_event e)
{
	struct dl_slot *s = slot_of(r, id);
	int rc;

	if (s != NULL && (e == DE_PAUSE || e == DE_CANCEL))
		slot_stop(r, s, DE_PAUSE);
	rc = model_download_event(r->m, id, e);
	r->scan = 1;
	return rc;
}

int
download_run_delete(struct download_run *r, int64_t id)
{
	struct dl_slot *s = slot_of(r, id);

	if (s != NULL)
		slot_stop(r, s, DE_PAUSE);
	r->scan = 1;
	return model_download_delete(r->m, id);
}

void
download_run_stats(const struct download_run *r, struct download_stats *s)
{
	*s = r->stats;
	s->left = running(r) + r->waiting;
}

int
download_run_live(const struct download_run *r, int64_t id, int64_t *got,
    int64_t *size, int64_t *bps)
{
	const struct dl_slot *s = slot_of(r, id);
	int64_t ms;

	if (s == NULL)
		return 0;
	*got = (int64_t)s->got;
	if (s->expected > 0)
		*size = (int64_t)s->expected;
	ms = clock_mono_ms() - s->t0_ms;
	*bps = ms > 0 && s->got > s->from ?
	    (int64_t)((s->got - s->from) * 1000 / (uint64_t)ms) : 0;
	return 1;
}

void
download_run_free(struct download_run **rp)
{
	struct download_run *r = *rp;
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < DL_SLOTS; i++)
		if (r->slots[i].active)
			slot_stop(r, &r->slots[i], DE_RESTART);
	download_conf_clear(&r->c);
	free(r);
	*rp = NULL;
}
