/*
 * source-url: the URL source (see source.h).  One engine request per feed
 * in its own fetch group, so the engine may be shared; each finished
 * transfer is one yield; prepare decodes the body (Content-Encoding) and
 * parses it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "fetch/lib.h"
#include "model/source.h"
#include "parse/lib.h"

struct url_source {
	struct source		 s;
	struct fetch		*f;
	struct fetch_group	 g;
	/* download-retries: tries per feed; feeds is the reload's */
	int			 tries;
	const struct source_feed *feeds;
	size_t			 nfeeds;
	unsigned char		*tried;
};

struct url_yield {
	struct source_yield	 y;
	struct fetch_result	*res;
};

static void
url_add(struct url_source *u, size_t i)
{
	struct fetch_req req;

	memset(&req, 0, sizeof req);
	req.url = u->feeds[i].url;
	/* Validators from the very first reload on. */
	req.etag = u->feeds[i].etag;
	req.last_modified = u->feeds[i].last_modified;
	req.user = u->feeds[i].user;
	req.group = &u->g;
	fetch_add(u->f, &req);
}

static int	url_retry(struct url_source *, const struct fetch_result *);

static int
url_start(struct source *s, struct fetch *f, const struct source_feed *feeds,
    size_t n)
{
	struct url_source *u = (struct url_source *)s;
	size_t i;

	u->f = f;
	u->feeds = feeds;
	u->nfeeds = n;
	if (u->tries > 1)
		u->tried = xcalloc(n > 0 ? n : 1, 1);
	for (i = 0; i < n; i++)
		url_add(u, i);
	return 0;
}

/* A failure worth another try: no answer, or the server's own trouble
 * without a Retry-After (that one is the scheduler's). */
static int
url_transient(const struct fetch_result *res)
{
	return !res->ok && !res->too_large && res->retry_after_s < 0 &&
	    strncmp(res->url, "http", 4) == 0 &&
	    (res->status == 0 || res->status >= 500);
}

/* Ask for the failed feed again when it has tries left; 1 if asked. */
static int
url_retry(struct url_source *u, const struct fetch_result *res)
{
	size_t i;

	if (u->tried == NULL || !url_transient(res))
		return 0;
	for (i = 0; i < u->nfeeds; i++)
		if (u->feeds[i].user == res->user)
			break;
	if (i == u->nfeeds || u->tried[i] + 1 >= u->tries)
		return 0;
	u->tried[i]++;
	url_add(u, i);
	return 1;
}

static struct source_yield *
url_next(struct source *s)
{
	struct url_source *u = (struct url_source *)s;
	struct fetch_result *res;
	struct url_yield *uy;
	struct source_yield *y;

	for (;;) {
		if (u->f == NULL || (res = fetch_take(u->f, &u->g)) == NULL)
			return NULL;
		if (!url_retry(u, res))
			break;
		fetch_result_free(&res);
	}
	uy = xcalloc(1, sizeof *uy);
	uy->res = res;
	y = &uy->y;
	y->user = res->user;
	y->status = res->status;
	y->moved_url = res->moved_url;
	y->max_age_s = res->max_age_s;
	y->retry_after_s = res->retry_after_s;
	y->etag = res->etag;
	y->last_modified = res->last_modified;
	if (res->ok && !res->not_modified)
		y->kind = SOURCE_DOC;
	else if (res->ok)
		y->kind = SOURCE_NOT_MODIFIED;
	else {
		y->kind = SOURCE_FAILED;
		y->error = res->error;
	}
	return y;
}

static size_t
url_ready(const struct source *s)
{
	return ((const struct url_source *)s)->g.ready;
}

static size_t
url_pending(const struct source *s)
{
	return ((const struct url_source *)s)->g.pending;
}

/* In a worker: decode, refuse an empty body, parse; the body goes as soon
 * as the document is parsed. */
static int
url_prepare(struct source_yield *y, size_t max_bytes, struct feed_doc **doc,
    char *err, size_t errlen)
{
	struct fetch_result *res = ((struct url_yield *)y)->res;
	struct parse_opts po;

	if (fetch_result_decode(res, max_bytes) == -1) {
		snprintf(err, errlen, "%s", res->error);
		return -1;
	}
	if (res->len == 0) {
		snprintf(err, errlen, "%s", _("the document is empty"));
		y->keep_validators = 1;
		return -1;
	}
	memset(&po, 0, sizeof po);
	po.url = res->moved_url != NULL ? res->moved_url : res->url;
	po.charset = res->charset;
	po.max_bytes = max_bytes;
	err[0] = '\0';
	if (parse_feed(res->body, res->len, &po, doc, err, errlen) == -1) {
		if (err[0] == '\0')
			snprintf(err, errlen, "%s", _("not a feed"));
		return -1;
	}
	FREE(&res->body);
	return 0;
}

static void
url_yield_free(struct source_yield *y)
{
	struct url_yield *uy = (struct url_yield *)y;

	if (uy == NULL)
		return;
	fetch_result_free(&uy->res);
	free(uy);
}

static void
url_free(struct source *s)
{
	struct url_source *u = (struct url_source *)s;

	if (u == NULL)
		return;
	if (u->f != NULL)
		fetch_cancel(u->f, &u->g);
	free(u->tried);
	free(u);
}

static const struct source_ops url_ops = {
	"url", url_start, url_next, url_ready, url_pending, url_prepare,
	url_yield_free, url_free
};

struct source *
source_url_new(void)
{
	return source_url_new_tries(1);
}

struct source *
source_url_new_tries(int tries)
{
	struct url_source *u = xcalloc(1, sizeof *u);

	u->s.ops = &url_ops;
	u->tries = tries > 10 ? 10 : tries;
	return &u->s;
}
