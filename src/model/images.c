/*
 * images: pictures for the article view (images.h).  Each picture is an
 * entry that goes QUEUED -> FETCH (its own fetch_group on the shared
 * engine, the body written to DIR/HASH.part through the fd sink, renamed
 * to DIR/HASH when whole) -> DECODE (a worker reads the file and runs
 * image_decode) -> READY or FAILED.  A picture already in the cache
 * skips FETCH.  Entries are remembered for the session, the least
 * recently used finished one making room when IM_MAX are known.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "base/lib.h"
#include "fetch/lib.h"
#include "model/download.h"
#include "model/images.h"

#define IM_MAX		64	/* pictures remembered */
#define IM_SIDE		1280	/* pixels kept a side (80 cells of 16) */
#define IM_FETCHES	4	/* fetched at once (the engine's per-host
				 * limit applies too) */

enum im_stage { ST_QUEUED, ST_FETCH, ST_DECODE, ST_DONE };

struct im_entry {
	char			*url;
	char			*path;
	char			*part;
	enum im_stage		 stage;
	struct fetch_group	 g;
	int			 fd;
	struct image_pixels	*px;
	char			*why;
	uint64_t		 used;		/* last images_get, a tick */
};

/* A decode in a worker: the file in, the picture or the reason out. */
struct im_job {
	struct im_entry		*e;
	char			*path;
	struct image_pixels	*px;
	char			 err[256];
};

struct images {
	struct fetch		*f;
	char			*dir;
	uint64_t		 cache_max;
	struct pool		*pool;
	struct im_entry		*e[IM_MAX];
	size_t			 n;
	uint64_t		 tick;
};

struct images *
images_new(struct fetch *f, const char *dir, uint64_t cache_max)
{
	struct images *im = xcalloc(1, sizeof *im);

	im->f = f;
	im->dir = xstrdup(dir);
	im->cache_max = cache_max;
	/* one worker: pictures come one at a time, the reader comes first */
	im->pool = pool_new(1, NULL, NULL);
	if (paths_mkdir_p(dir) == -1)
		log_warn("%s: %s", dir, strerror(errno));
	return im;
}

static void
entry_free(struct images *im, struct im_entry *e)
{
	if (e->stage == ST_FETCH) {
		fetch_cancel(im->f, &e->g);
		if (unlink(e->part) == -1 && errno != ENOENT)
			log_warn("%s: %s", e->part, strerror(errno));
	}
	if (e->fd != -1)
		close(e->fd);
	image_free(&e->px);
	free(e->url);
	free(e->path);
	free(e->part);
	free(e->why);
	free(e);
}

void
images_free(struct images **ip)
{
	struct images *im = *ip;
	struct im_job *j;
	size_t i;

	if (im == NULL)
		return;
	/* the decodes still running finish, then go */
	while ((j = pool_next_done(im->pool, 1)) != NULL) {
		image_free(&j->px);
		free(j->path);
		free(j);
	}
	pool_free(&im->pool);
	for (i = 0; i < im->n; i++)
		entry_free(im, im->e[i]);
	free(im->dir);
	free(im);
	*ip = NULL;
}

/* FNV-1a, 64 bits: a name for the URL that holds nothing of it. */
char *
images_cache_path(const char *dir, const char *url)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const unsigned char *p;

	for (p = (const unsigned char *)url; *p != '\0'; p++) {
		h ^= *p;
		h *= 0x100000001b3ULL;
	}
	return xasprintf("%s/%016llx.img", dir, (unsigned long long)h);
}

static void
set_failed(struct im_entry *e, const char *why)
{
	e->stage = ST_DONE;
	free(e->why);
	e->why = xstrdup(why != NULL && *why != '\0' ? why :
	    _("could not be fetched"));
}

/* Room for one more: drop the least recently used finished picture. */
static int
make_room(struct images *im)
{
	size_t i, old = IM_MAX;

	if (im->n < IM_MAX)
		return 0;
	for (i = 0; i < im->n; i++)
		if (im->e[i]->stage == ST_DONE && (old == IM_MAX ||
		    im->e[i]->used < im->e[old]->used))
			old = i;
	if (old == IM_MAX)
		return -1;
	entry_free(im, im->e[old]);
	im->e[old] = im->e[--im->n];
	return 0;
}

enum images_state
images_get(struct images *im, const char *url,
    const struct image_pixels **px, const char **why)
{
	struct im_entry *e = NULL;
	size_t i;

	if (px != NULL)
		*px = NULL;
	if (why != NULL)
		*why = NULL;
	for (i = 0; i < im->n && e == NULL; i++)
		if (strcmp(im->e[i]->url, url) == 0)
			e = im->e[i];
	if (e == NULL) {
		if (make_room(im) == -1)
			return IMAGES_LOADING;	/* asked again later */
		e = xcalloc(1, sizeof *e);
		e->fd = -1;
		e->url = xstrdup(url);
		e->path = images_cache_path(im->dir, url);
		e->part = xasprintf("%s.part", e->path);
		e->stage = ST_QUEUED;
		if (!download_url_ok(url))
			set_failed(e, _("only http and https pictures are "
			    "fetched"));
		im->e[im->n++] = e;
	}
	e->used = ++im->tick;
	if (e->stage != ST_DONE)
		return IMAGES_LOADING;
	if (e->px != NULL) {
		if (px != NULL)
			*px = e->px;
		return IMAGES_READY;
	}
	if (why != NULL)
		*why = e->why;
	return IMAGES_FAILED;
}

size_t
images_loading(const struct images *im)
{
	size_t i, n = 0;

	for (i = 0; i < im->n; i++)
		n += im->e[i]->stage != ST_DONE;
	return n;
}

/* In a worker: read the file (capped) and decode it. */
static void
decode_job(void *arg)
{
	struct im_job *j = arg;
	struct stat sb;
	char *buf;
	ssize_t r;
	size_t got = 0;
	int fd;

	if ((fd = open(j->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) == -1 ||
	    fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		snprintf(j->err, sizeof j->err, "%s", strerror(errno));
		if (fd != -1)
			close(fd);
		return;
	}
	if (sb.st_size > (off_t)IMAGE_MAX_BYTES) {
		snprintf(j->err, sizeof j->err,
		    _("file too large (%lld bytes)"), (long long)sb.st_size);
		close(fd);
		return;
	}
	buf = xmalloc((size_t)sb.st_size + 1);
	while (got < (size_t)sb.st_size && (r = read(fd, buf + got,
	    (size_t)sb.st_size - got)) > 0)
		got += (size_t)r;
	close(fd);
	image_decode(buf, got, NULL, &j->px, j->err, sizeof j->err);
	free(buf);
	/* more than any terminal shows: the drawing stays quick */
	image_shrink(&j->px, IM_SIDE, IM_SIDE);
}

static void
start_decode(struct images *im, struct im_entry *e)
{
	struct im_job *j = xcalloc(1, sizeof *j);

	j->e = e;
	j->path = xstrdup(e->path);
	e->stage = ST_DECODE;
	pool_submit(im->pool, decode_job, j);
}

static void
start_fetch(struct images *im, struct im_entry *e)
{
	struct fetch_req req;
	struct stat sb;
	char *why;

	/* in the cache already: mark it used, for the trim */
	if (lstat(e->path, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    sb.st_size > 0) {
		if (utimes(e->path, NULL) == -1)
			log_warn("%s: %s", e->path, strerror(errno));
		start_decode(im, e);
		return;
	}
	if ((e->fd = open(e->part, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) == -1) {
		why = xasprintf("%s: %s", e->part, strerror(errno));
		set_failed(e, why);
		free(why);
		return;
	}
	memset(&e->g, 0, sizeof e->g);
	memset(&req, 0, sizeof req);
	req.url = e->url;
	req.user = e;
	req.group = &e->g;
	req.to_fd = 1;
	req.fd = e->fd;
	req.max_bytes = IMAGE_MAX_BYTES;
	req.download = 1;	/* identity: the bytes are the picture's */
	e->stage = ST_FETCH;
	fetch_add(im->f, &req);
}

static void
finish_fetch(struct images *im, struct im_entry *e, struct fetch_result *r)
{
	close(e->fd);
	e->fd = -1;
	if (r->ok && r->len > 0 && rename(e->part, e->path) == 0) {
		images_cache_trim(im->dir, im->cache_max);
		start_decode(im, e);
		return;
	}
	if (unlink(e->part) == -1 && errno != ENOENT)
		log_warn("%s: %s", e->part, strerror(errno));
	set_failed(e, r->too_large ? _("too large") : r->ok ?
	    _("empty reply") : r->error);
}

int
images_poll(struct images *im)
{
	struct fetch_result *r;
	struct im_job *j;
	size_t i, fetching = 0;
	int changed = 0;

	for (i = 0; i < im->n; i++)
		fetching += im->e[i]->stage == ST_FETCH;
	if (fetching > 0 && fetch_poll(im->f, 0) == -1)
		return -1;
	for (i = 0; i < im->n; i++) {
		if (im->e[i]->stage != ST_FETCH ||
		    (r = fetch_take(im->f, &im->e[i]->g)) == NULL)
			continue;
		finish_fetch(im, im->e[i], r);
		fetch_result_free(&r);
		changed += im->e[i]->stage == ST_DONE;
	}
	while ((j = pool_next_done(im->pool, 0)) != NULL) {
		j->e->stage = ST_DONE;
		j->e->px = j->px;
		if (j->px == NULL)
			set_failed(j->e, j->err);
		free(j->path);
		free(j);
		changed++;
	}
	fetching = 0;
	for (i = 0; i < im->n; i++)
		fetching += im->e[i]->stage == ST_FETCH;
	for (i = 0; i < im->n && fetching < IM_FETCHES; i++) {
		if (im->e[i]->stage != ST_QUEUED)
			continue;
		start_fetch(im, im->e[i]);
		fetching += im->e[i]->stage == ST_FETCH;
		changed += im->e[i]->stage == ST_DONE;
	}
	return changed;
}

struct cache_file {
	char	*path;
	off_t	 size;
	time_t	 mtime;
};

static int
by_mtime(const void *a, const void *b)
{
	const struct cache_file *x = a, *y = b;

	return x->mtime < y->mtime ? -1 : x->mtime > y->mtime;
}

uint64_t
images_cache_trim(const char *dir, uint64_t max)
{
	struct cache_file *files = NULL;
	struct dirent *de;
	struct stat sb;
	uint64_t total = 0;
	size_t n = 0, i, len;
	char *p;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		/* ours only: HASH.img (a .part is being written) */
		if (len < 5 || strcmp(de->d_name + len - 4, ".img") != 0)
			continue;
		p = paths_join(dir, de->d_name);
		if (lstat(p, &sb) == -1 || !S_ISREG(sb.st_mode)) {
			free(p);
			continue;
		}
		files = xreallocarray(files, n + 1, sizeof *files);
		files[n].path = p;
		files[n].size = sb.st_size;
		files[n].mtime = sb.st_mtime;
		total += (uint64_t)sb.st_size;
		n++;
	}
	closedir(d);
	if (n > 0)
		qsort(files, n, sizeof *files, by_mtime);
	for (i = 0; i < n; i++) {
		if (total > max && unlink(files[i].path) == 0)
			total -= (uint64_t)files[i].size;
		free(files[i].path);
	}
	free(files);
	return total;
}
