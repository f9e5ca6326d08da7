/*
 * download-act: the download queue's actions and rows (download.h), one
 * store transaction each, and the enclosures the article view lists.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/lib.h"
#include "conf/import.h"
#include "model/download.h"
#include "model/model-int.h"

int
model_enclosures(struct model *m, int64_t article_id,
    struct model_enclosure **out, size_t *n)
{
	struct store_enclosure *e;
	size_t i;

	*out = NULL;
	*n = 0;
	if (store_enclosure_list(m->st, article_id, &e, n) == -1)
		return -1;
	if (*n == 0)
		return 0;
	*out = xcalloc(*n, sizeof **out);
	for (i = 0; i < *n; i++) {
		(*out)[i].url = e[i].url;
		(*out)[i].type = e[i].type;
		(*out)[i].length = e[i].length;
		(*out)[i].duration = e[i].duration;
		e[i].url = e[i].type = NULL;
	}
	store_enclosures_free(&e, *n);
	return 0;
}

void
model_enclosures_free(struct model_enclosure **e, size_t n)
{
	size_t i;

	if (*e == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*e)[i].url);
		free((*e)[i].type);
	}
	FREE(e);
}

int
model_downloads(struct model *m, const struct download_run *r,
    struct model_download **out, size_t *n)
{
	struct store_download *d;
	struct model_download *v;
	size_t i;

	*out = NULL;
	*n = 0;
	if (store_download_list(m->st, &d, n) == -1)
		return -1;
	if (*n == 0)
		return 0;
	v = xcalloc(*n, sizeof *v);
	for (i = 0; i < *n; i++) {
		v[i].id = d[i].id;
		v[i].url = d[i].url;
		v[i].title = d[i].title;
		v[i].feed_title = d[i].feed_title;
		v[i].path = d[i].path;
		v[i].error = d[i].error;
		d[i].url = d[i].title = d[i].feed_title = d[i].path = NULL;
		d[i].error = NULL;
		v[i].state = (enum download_state)d[i].state;
		v[i].size = d[i].size;
		v[i].got = d[i].got;
		v[i].played = d[i].played;
		v[i].tries = d[i].tries;
		if (r != NULL)
			download_run_live(r, v[i].id, &v[i].got, &v[i].size,
			    &v[i].bps);
	}
	store_downloads_free(&d, *n);
	*out = v;
	return 0;
}

void
model_downloads_free(struct model_download **d, size_t n)
{
	size_t i;

	if (*d == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*d)[i].url);
		free((*d)[i].title);
		free((*d)[i].feed_title);
		free((*d)[i].path);
		free((*d)[i].error);
	}
	FREE(d);
}

/* The path for a new queue row; caller frees. */
static char *
dl_path(const struct download_conf *c, const struct store_download *d)
{
	struct download_name nm;
	char *name, *path;

	memset(&nm, 0, sizeof nm);
	nm.url = d->url;
	nm.feed = d->feed_title;
	nm.title = d->title;
	nm.date = d->date;
	name = download_filename(c->format, &nm);
	path = xasprintf("%s%s%s", c->dir, *c->dir != '\0' &&
	    c->dir[strlen(c->dir) - 1] == '/' ? "" : "/", name);
	free(name);
	return path;
}

int
download_url_ok(const char *url)
{
	size_t off, len;

	/* Feed text: http(s) only, exactly as written.  An exec: or file:
	 * enclosure would run a command or copy a local file. */
	return url != NULL && import_url_check(url, &off, &len) == IMPORT_OK &&
	    off == 0 && len == strlen(url);
}

/* Queue d (path made here) inside an open transaction; 0 (not queued)
 * for an address that is not http(s). */
static int64_t
dl_add(struct model *m, struct store_download *d,
    const struct download_conf *c)
{
	int64_t id;

	if (!download_url_ok(d->url))
		return 0;

	d->path = dl_path(c, d);
	d->state = DL_QUEUED;
	d->added = (int64_t)time(NULL);
	id = store_download_add(m->st, d);
	FREE(&d->path);
	return id;
}

int
model_download_enqueue(struct model *m, int64_t article_id, size_t pos,
    const struct download_conf *c)
{
	struct store_article a;
	struct store_enclosure *e = NULL;
	struct store_download d;
	size_t n = 0;
	int64_t id = -1;

	if (store_article_get(m->st, article_id, &a) == -1)
		return -1;
	if (store_enclosure_list(m->st, article_id, &e, &n) == -1) {
		store_article_clear(&a);
		return -1;
	}
	if (pos >= n) {
		log_error("%s", _("the article has no such enclosure"));
		goto out;
	}
	if (!download_url_ok(e[pos].url)) {
		log_error("%s", _("only http and https enclosures can be "
		    "downloaded"));
		goto out;
	}
	memset(&d, 0, sizeof d);
	d.url = e[pos].url;
	d.type = e[pos].type;
	d.size = e[pos].length;
	d.title = a.row.title;
	d.feed_title = a.row.feed_title;
	d.article_id = article_id;
	d.date = a.row.date;
	if (store_begin(m->st) == -1)
		goto out;
	id = dl_add(m, &d, c);
	if (id == -1)
		store_rollback(m->st);
	else if (store_commit(m->st) == -1)
		id = -1;
out:
	store_enclosures_free(&e, n);
	store_article_clear(&a);
	return id < 0 ? -1 : id > 0 ? 1 : 0;
}

/* path + ".part", the name a file has until it is complete. */
static char *
dl_part(const char *path)
{
	return xasprintf("%s.part", path);
}

static void
dl_unlink(const char *path)
{
	if (path != NULL && *path != '\0' && unlink(path) == -1 &&
	    errno != ENOENT)
		log_warn(_("cannot remove %s: %s"), path, strerror(errno));
}

/* An action's two halves: open the transaction and read row id into d;
 * then write d back, commit (or roll back) and clear d. */
static int
dl_open(struct model *m, int64_t id, struct store_download *d)
{
	if (store_begin(m->st) == -1)
		return -1;
	if (store_download_get(m->st, id, d) == -1) {
		store_rollback(m->st);
		log_error("%s", _("no such download"));
		return -1;
	}
	return 0;
}

static int
dl_close(struct model *m, struct store_download *d)
{
	int rc = store_download_update(m->st, d);

	store_download_clear(d);
	if (rc == -1) {
		store_rollback(m->st);
		return -1;
	}
	return store_commit(m->st);
}

int
model_download_event(struct model *m, int64_t id, enum download_event e)
{
	struct store_download d;
	enum download_state to;
	char *part;

	if (dl_open(m, id, &d) == -1)
		return -1;
	to = download_next((enum download_state)d.state, e, d.tries);
	if (e == DE_START || e == DE_RESUME) {
		d.tries = 0;
		FREE(&d.error);
	}
	if (to == DL_CANCELLED && d.state != DL_CANCELLED) {
		part = dl_part(d.path);
		dl_unlink(part);
		free(part);
		d.got = 0;
	}
	d.state = (int)to;
	return dl_close(m, &d);
}

int
model_download_outcome(struct model *m, int64_t id, enum download_event e,
    int64_t got, int64_t size, const char *path, const char *error)
{
	struct store_download d;

	if (dl_open(m, id, &d) == -1)
		return -1;
	if (e == DE_CUT)
		d.tries++;
	else if (e == DE_COMPLETE)
		d.tries = 0;
	d.state = (int)download_next((enum download_state)d.state, e,
	    d.tries);
	d.got = got;
	if (size >= 0)
		d.size = size;
	if (path != NULL) {
		free(d.path);
		d.path = xstrdup(path);
	}
	free(d.error);
	d.error = error != NULL ? xstrdup(error) : NULL;
	return dl_close(m, &d);
}

int
model_download_delete(struct model *m, int64_t id)
{
	struct store_download d;
	char *part;

	if (dl_open(m, id, &d) == -1)
		return -1;
	if (store_download_delete(m->st, id) == -1) {
		store_download_clear(&d);
		store_rollback(m->st);
		return -1;
	}
	if (store_commit(m->st) == -1) {
		store_download_clear(&d);
		return -1;
	}
	/* The row first: a file left behind is better than a row that
	 * names a file gone. */
	part = dl_part(d.path);
	dl_unlink(part);
	if (d.state == DL_DONE)
		dl_unlink(d.path);
	free(part);
	store_download_clear(&d);
	return 0;
}

int
model_download_played(struct model *m, int64_t id)
{
	struct store_download d;

	if (dl_open(m, id, &d) == -1)
		return -1;
	d.played = 1;
	return dl_close(m, &d);
}

int
model_download_reloaded(struct model *m, const struct download_conf *c)
{
	struct store_download *d;
	size_t n, i;
	int64_t upto, id;
	int queued = 0;

	if (store_begin(m->st) == -1)
		return -1;
	if (store_download_fresh(m->st, &d, &n, &upto) == -1) {
		store_rollback(m->st);
		return -1;
	}
	for (i = 0; c->auto_enqueue && i < n; i++) {
		if ((id = dl_add(m, &d[i], c)) == -1)
			break;
		if (id > 0)
			queued++;
	}
	store_downloads_free(&d, n);
	if ((c->auto_enqueue && i < n) ||
	    store_download_set_mark(m->st, upto) == -1) {
		store_rollback(m->st);
		return -1;
	}
	return store_commit(m->st) == -1 ? -1 : queued;
}

int
model_download_purge_played(struct model *m)
{
	struct store_download *d;
	size_t n, i;
	int rc = 0;

	if (store_download_list(m->st, &d, &n) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if (d[i].played && d[i].state == DL_DONE &&
		    model_download_delete(m, d[i].id) == -1)
			rc = -1;
	store_downloads_free(&d, n);
	return rc;
}
