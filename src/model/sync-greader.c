/*
 * sync-greader: the Google Reader API client behind sync_run (sync.h),
 * written to the protocol and to this Miniflux's deviations:
 * - a POST carries the action token (GET token) as the T form field
 *   (the header alone gets 401 from Miniflux, whose token is the Auth
 *   string itself); reads ask output=json;
 * - item ids go out in the long form only (Miniflux reads short ids as
 *   hex, others as decimal); they come back in either;
 * - the items are listed by stream/items/ids (paged by continuation, n)
 *   and fetched by stream/items/contents, never by stream/contents (200
 *   with nothing in Miniflux 2.2.6); mark-all-as-read is never used
 *   (silently does nothing there): changes go by edit-tag on explicit
 *   ids.
 * Calls run on a fetch engine of the sync's own, in the calling thread;
 * the content batches run a few at a time.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "conf/import.h"
#include "feed/feed.h"
#include "fetch/lib.h"
#include "model/sync.h"
#include "model/sync-int.h"
#include "parse/greader.h"
#include "store/lib.h"

#define GR_API		"/reader/api/0/"
#define GR_READ		"user/-/state/com.google/read"
#define GR_STARRED	"user/-/state/com.google/starred"
#define GR_ALL		"user/-/state/com.google/reading-list"
/* Item ids per stream/items/ids page (sync_opts.page overrides), per
 * contents request and per edit-tag. */
#define GR_PAGE		10000
#define GR_BATCH	250
/* API replies are bigger than feeds: 250 items with their bodies. */
#define GR_MAX_BYTES	(64u * 1024 * 1024)

struct gr {
	const struct sync_opts	*o;
	struct store		*st;
	struct fetch		*f;
	struct fetch_group	 g;
	struct sync_summary	*sum;
	char			*token;
	char			*hdr;		/* Authorization: ... */
	int64_t			 now;
	/* subscriptions kept: stream -> feed id */
	char			**streams;
	int64_t			*feed_ids;
	size_t			 nfeeds;
};

/* The id lists: ids[0..n), grown by parse_gr_ids. */
struct idlist {
	int64_t	*ids;
	size_t	 n, alloc;
};

static void
form(struct buf *b, const char *key, const char *val)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	if (b->len > 0)
		buf_addc(b, '&');
	buf_adds(b, key);
	buf_addc(b, '=');
	for (p = (const unsigned char *)val; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p) != NULL)
			buf_addc(b, (char)*p);
		else {
			buf_addc(b, '%');
			buf_addc(b, hex[*p >> 4]);
			buf_addc(b, hex[*p & 15]);
		}
	}
}

/* Queue a call: path under the server's address; post NULL = GET. */
static void
gr_add(struct gr *g, const char *path, const struct buf *post, void *user)
{
	struct fetch_req req;
	char *url = xasprintf("%s%s", g->o->url, path);

	memset(&req, 0, sizeof req);
	req.url = url;
	req.group = &g->g;
	req.user = user;
	req.max_bytes = GR_MAX_BYTES;
	req.header = g->hdr;
	req.accept = "application/json, text/plain;q=0.9";
	if (post != NULL) {
		req.post = post->data != NULL ? post->data : "";
		req.post_len = post->len;
	}
	fetch_add(g->f, &req);
	g->sum->calls++;
	free(url);
}

/* The next finished call of ours; NULL when the engine failed. */
static struct fetch_result *
gr_wait(struct gr *g)
{
	struct fetch_result *r;

	while ((r = fetch_take(g->f, &g->g)) == NULL)
		if (g->g.pending == 0 || fetch_poll(g->f, 500) < 0)
			return NULL;
	return r;
}

/* 0 when r is a good reply; else -1, logged as "server: call: why". */
static int
gr_ok(struct gr *g, struct fetch_result *r, const char *call)
{
	if (r == NULL) {
		log_error(_("%s: %s: the transfer engine failed"), g->o->name,
		    call);
		return -1;
	}
	if (r->ok && r->status == 200)
		return 0;
	if (r->status >= 300 && r->status < 400)
		log_error(_("%s: %s: the server redirects (HTTP %ld): set the "
		    "address it names"), g->o->name, call, r->status);
	else if (r->status == 401 || r->status == 403)
		log_error(_("%s: %s: refused (HTTP %ld): check the login and "
		    "password"), g->o->name, call, r->status);
	else
		log_error("%s: %s: %s", g->o->name, call,
		    r->error[0] != '\0' ? r->error : _("unexpected reply"));
	return -1;
}

/* One call, waited for.  The result, or NULL (logged). */
static struct fetch_result *
gr_call(struct gr *g, const char *path, const struct buf *post,
    const char *call)
{
	struct fetch_result *r;

	gr_add(g, path, post, NULL);
	r = gr_wait(g);
	if (gr_ok(g, r, call) == -1) {
		fetch_result_free(&r);
		return NULL;
	}
	return r;
}

static int
gr_login(struct gr *g)
{
	struct buf b = BUF_INIT;
	struct fetch_result *r;
	size_t len;

	form(&b, "Email", g->o->login);
	form(&b, "Passwd", g->o->password);
	r = gr_call(g, "/accounts/ClientLogin", &b, "ClientLogin");
	explicit_bzero(b.data, b.len);
	buf_free(&b);
	if (r == NULL)
		return -1;
	g->token = parse_gr_login(r->body, r->len);
	fetch_result_free(&r);
	if (g->token == NULL) {
		log_error(_("%s: ClientLogin: no Auth in the reply"),
		    g->o->name);
		return -1;
	}
	g->hdr = xasprintf("Authorization: GoogleLogin auth=%s", g->token);
	/* POSTs carry the action token T: FreshRSS hands out a short-lived
	 * one here, Miniflux the Auth string again. */
	if ((r = gr_call(g, GR_API "token", NULL, "token")) == NULL)
		return -1;
	len = 0;
	while (len < r->len && r->body[len] != '\n' && r->body[len] != '\r')
		len++;
	if (len == 0) {
		log_error(_("%s: token: an empty token"), g->o->name);
		fetch_result_free(&r);
		return -1;
	}
	explicit_bzero(g->token, strlen(g->token));
	free(g->token);
	g->token = xstrndup(r->body, len);
	fetch_result_free(&r);
	return 0;
}

/* Send the due changes, GR_BATCH ids per edit-tag, grouped by what they
 * do.  0, or -1 when one failed (those wait for their backoff). */
static int
gr_push(struct gr *g, const struct store_sync_change *c, size_t n)
{
	struct fetch_result *r;
	struct buf b = BUF_INIT;
	size_t i, j, k;
	char id[64];
	int rc = 0, ok;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && j - i < GR_BATCH && c[j].field ==
		    c[i].field && c[j].value == c[i].value; j++)
			;
		buf_reset(&b);
		form(&b, "T", g->token);
		/* read: value is "unread" */
		if (c[i].field == STORE_SYNC_READ)
			form(&b, c[i].value ? "r" : "a", GR_READ);
		else
			form(&b, c[i].value ? "a" : "r", GR_STARRED);
		for (k = i; k < j; k++) {
			snprintf(id, sizeof id, PARSE_GR_ITEM_PREFIX "%016"
			    PRIx64, (uint64_t)c[k].remote);
			form(&b, "i", id);
		}
		r = gr_call(g, GR_API "edit-tag", &b, "edit-tag");
		ok = r != NULL && r->len >= 2 && memcmp(r->body, "OK", 2) == 0;
		if (r != NULL && !ok)
			log_error(_("%s: edit-tag: the server did not answer "
			    "OK"), g->o->name);
		fetch_result_free(&r);
		if (store_sync_sent(g->st, c + i, j - i, ok, g->now) == -1 ||
		    !ok)
			rc = -1;
		else
			g->sum->sent += j - i;
	}
	buf_free(&b);
	return rc;
}

static int
gr_subs(struct gr *g)
{
	struct fetch_result *r;
	struct parse_gr_sub *subs;
	size_t n, i, off, len;
	char err[256], *url, *tags, *p, *name;
	int64_t id;
	int rc = 0, pos = 0;

	r = gr_call(g, GR_API "subscription/list?output=json", NULL,
	    "subscription/list");
	if (r == NULL)
		return -1;
	if (parse_gr_subs(r->body, r->len, &subs, &n, err, sizeof err) == -1) {
		log_error("%s: %s", g->o->name, err);
		fetch_result_free(&r);
		return -1;
	}
	fetch_result_free(&r);
	g->streams = xcalloc(n + 1, sizeof *g->streams);
	g->feed_ids = xcalloc(n + 1, sizeof *g->feed_ids);
	if (store_begin(g->st) == -1 || store_feed_unlist_all(g->st) == -1)
		rc = -1;
	for (i = 0; rc == 0 && i < n; i++) {
		if (import_url_check(subs[i].url, &off, &len) != IMPORT_OK) {
			name = sync_shown(subs[i].url);
			log_warn(_("%s: skipped the subscription %s (%s): "
			    "only http(s) feeds"), g->o->name, name,
			    import_verdict_label(import_url_check(subs[i].url,
			    NULL, NULL)));
			free(name);
			g->sum->refused++;
			continue;
		}
		url = xstrndup(subs[i].url + off, len);
		tags = subs[i].label != NULL ? xstrdup(subs[i].label) : NULL;
		for (p = tags; p != NULL && *p != '\0'; p++)
			if (*p == ' ' || *p == '\t' || *p == '"')
				*p = '_';
		id = store_sync_feed(g->st, subs[i].stream, url,
		    subs[i].title, tags, pos++);
		free(url);
		free(tags);
		if (id < 0) {
			rc = -1;
			break;
		}
		g->streams[g->nfeeds] = xstrdup(subs[i].stream);
		g->feed_ids[g->nfeeds++] = id;
	}
	if (rc == 0 && store_commit(g->st) == -1)
		rc = -1;
	else if (rc == -1)
		store_rollback(g->st);
	g->sum->feeds = g->nfeeds;
	parse_gr_subs_free(&subs, n);
	return rc;
}

/* Every id of a stream (xt excluded), page by page. */
static int
gr_ids(struct gr *g, const char *stream, const char *xt, struct idlist *l)
{
	struct fetch_result *r;
	struct buf path = BUF_INIT, q = BUF_INIT;
	char *cont = NULL, err[256], num[32];
	int rc = 0;

	do {
		buf_reset(&q);
		form(&q, "output", "json");
		form(&q, "s", stream);
		if (xt != NULL)
			form(&q, "xt", xt);
		snprintf(num, sizeof num, "%ld", g->o->page > 0 ? g->o->page :
		    (long)GR_PAGE);
		form(&q, "n", num);
		if (cont != NULL)
			form(&q, "c", cont);
		FREE(&cont);
		buf_reset(&path);
		buf_printf(&path, GR_API "stream/items/ids?%s", buf_str(&q));
		if ((r = gr_call(g, buf_str(&path), NULL,
		    "stream/items/ids")) == NULL) {
			rc = -1;
			break;
		}
		if (parse_gr_ids(r->body, r->len, &l->ids, &l->n, &l->alloc,
		    &cont, err, sizeof err) == -1) {
			log_error("%s: %s", g->o->name, err);
			rc = -1;
		}
		fetch_result_free(&r);
	} while (rc == 0 && cont != NULL);
	free(cont);
	buf_free(&path);
	buf_free(&q);
	return rc;
}

static int
cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

static int64_t
feed_of(const struct gr *g, const char *stream)
{
	size_t i;

	for (i = 0; i < g->nfeeds; i++)
		if (strcmp(g->streams[i], stream) == 0)
			return g->feed_ids[i];
	return -1;
}

/* Store one contents reply: each stream's items into its feed. */
static int
gr_store(struct gr *g, struct fetch_result *r)
{
	struct parse_gr_stream *s = NULL;
	struct store_sync_item *items;
	struct store_merge_stats ms;
	size_t n = 0, i, k;
	char err[256];
	int64_t fid;
	int rc = 0;

	if (parse_gr_items(r->body, r->len, &s, &n, err, sizeof err) == -1) {
		log_error("%s: %s", g->o->name, err);
		return -1;
	}
	for (i = 0; rc == 0 && i < n; i++) {
		/* an item of a feed not (or no longer) listed waits */
		if ((fid = feed_of(g, s[i].stream)) < 0)
			continue;
		items = xcalloc(s[i].n + 1, sizeof *items);
		for (k = 0; k < s[i].n; k++) {
			items[k].remote = s[i].st[k].id;
			items[k].read = s[i].st[k].read;
			items[k].starred = s[i].st[k].starred;
		}
		memset(&ms, 0, sizeof ms);
		if (store_sync_merge(g->st, fid, s[i].doc, items, g->now,
		    &ms) == -1)
			rc = -1;
		else
			g->sum->new_articles += ms.added;
		store_merge_stats_clear(&ms);
		free(items);
	}
	parse_gr_streams_free(&s, n);
	return rc;
}

/* The contents of ids the cache lacks, GR_BATCH per request, a few
 * requests at a time (the engine's per-host limit). */
static int
gr_fetch_new(struct gr *g, const struct idlist *all)
{
	struct fetch_result *r;
	struct buf b = BUF_INIT;
	int64_t *known, *want;
	size_t nknown, nwant = 0, i, k = 0;
	char id[64];
	int rc = 0;

	if (store_sync_known(g->st, &known, &nknown) == -1)
		return -1;
	want = xcalloc(all->n + 1, sizeof *want);
	for (i = 0; i < all->n; i++)
		if (nknown == 0 || bsearch(&all->ids[i], known, nknown,
		    sizeof *known, cmp_id) == NULL)
			want[nwant++] = all->ids[i];
	free(known);
	for (i = 0; i < nwant; i += GR_BATCH) {
		buf_reset(&b);
		form(&b, "T", g->token);
		form(&b, "output", "json");
		for (k = i; k < nwant && k < i + GR_BATCH; k++) {
			snprintf(id, sizeof id, PARSE_GR_ITEM_PREFIX "%016"
			    PRIx64, (uint64_t)want[k]);
			form(&b, "i", id);
		}
		gr_add(g, GR_API "stream/items/contents", &b, NULL);
	}
	buf_free(&b);
	free(want);
	while (g->g.pending > 0) {
		r = gr_wait(g);
		if (gr_ok(g, r, "stream/items/contents") == -1 ||
		    gr_store(g, r) == -1)
			rc = -1;
		fetch_result_free(&r);
	}
	return rc;
}

static void
gr_free(struct gr *g)
{
	size_t i;

	if (g->f != NULL)
		fetch_cancel(g->f, &g->g);
	fetch_free(&g->f);
	if (g->token != NULL)
		explicit_bzero(g->token, strlen(g->token));
	free(g->token);
	free(g->hdr);
	for (i = 0; i < g->nfeeds; i++)
		free(g->streams[i]);
	free(g->streams);
	free(g->feed_ids);
}

int
sync_greader_run(struct store *st, const struct sync_opts *o,
    struct sync_summary *sum)
{
	struct fetch_opts fo;
	struct gr g;
	struct idlist all, unread, starred;
	struct store_sync_change *c = NULL;
	struct store_sync_counts cnt;
	size_t nc = 0;
	char when[32];
	int rc = -1;

	memset(&g, 0, sizeof g);
	memset(&all, 0, sizeof all);
	memset(&unread, 0, sizeof unread);
	memset(&starred, 0, sizeof starred);
	g.o = o;
	g.st = st;
	g.sum = sum;
	g.now = o->now > 0 ? o->now : (int64_t)time(NULL);
	memset(&fo, 0, sizeof fo);
	fo.max_per_host = 4;
	fo.timeout_s = o->timeout_s > 0 ? o->timeout_s : 60;
	fo.max_bytes = GR_MAX_BYTES;
	g.f = fetch_new(&fo);
	if (store_sync_pending(st, g.now, o->force, &c, &nc) == -1)
		goto out;
	if (gr_login(&g) == -1) {
		/* the queue waits for its backoff, unchanged */
		if (nc > 0)
			(void)store_sync_sent(st, c, nc, 0, g.now);
		goto out;
	}
	/* Send first: the lists read next then show our own changes. */
	if (gr_push(&g, c, nc) == -1 || gr_subs(&g) == -1 ||
	    gr_ids(&g, GR_ALL, NULL, &all) == -1 ||
	    gr_fetch_new(&g, &all) == -1 ||
	    gr_ids(&g, GR_ALL, GR_READ, &unread) == -1 ||
	    gr_ids(&g, GR_STARRED, NULL, &starred) == -1 ||
	    store_sync_apply(st, unread.ids, unread.n, starred.ids,
	    starred.n) == -1)
		goto out;
	snprintf(when, sizeof when, "%" PRId64, g.now);
	if (store_sync_meta_set(st, "last_sync", when) == -1)
		goto out;
	rc = 0;
out:
	(void)store_sync_meta_set(st, "last_error", rc == 0 ? NULL :
	    _("the last sync failed; see its messages"));
	if (store_sync_counts(st, &cnt) == 0)
		sum->queued = (size_t)(cnt.pending_read + cnt.pending_star);
	free(c);
	free(all.ids);
	free(unread.ids);
	free(starred.ids);
	gr_free(&g);
	return rc;
}
