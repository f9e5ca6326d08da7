/*
 * sync-ttrss: the Tiny Tiny RSS JSON API client behind sync_run
 * (sync.h).  Every call is a POST of a JSON object to URL/api/ (values
 * as strings, which every tt-rss version takes), answered by
 * {"status", "content"}.  Articles come from getHeadlines on the virtual
 * feed -4 (all articles) with since_id (the newest id the cache has) and
 * skip/limit paging (at most 200 a call); read and starred state from
 * the unread and starred (-1) lists, ids only; changes go by
 * updateArticle on explicit ids (never catchupFeed, which also marks
 * articles the client never saw).  php -S serves one call at a time, so
 * calls run one after another.
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
#include "feed/feed-json.h"
#include "feed/feed.h"
#include "fetch/lib.h"
#include "model/sync.h"
#include "model/sync-int.h"
#include "parse/ttrss.h"
#include "store/lib.h"

/* getHeadlines' largest page; ids per updateArticle. */
#define TT_PAGE		200
#define TT_BATCH	250
#define TT_MAX_BYTES	(64u * 1024 * 1024)

struct tt {
	const struct sync_opts	*o;
	struct store		*st;
	struct fetch		*f;
	struct fetch_group	 g;
	struct sync_summary	*sum;
	char			*api;		/* URL/api/ */
	char			*sid;
	int64_t			 now;
	int64_t			*tt_ids;	/* tt-rss feed id -> feed id */
	int64_t			*feed_ids;
	size_t			 nfeeds;
};

/* "key":"value" pairs into b, a JSON object under way. */
static void
kv(struct buf *b, const char *key, const char *val)
{
	buf_addc(b, b->len > 1 ? ',' : '{');
	feed_json_string(b, key, strlen(key));
	buf_addc(b, ':');
	feed_json_string(b, val, strlen(val));
}

static void
kvnum(struct buf *b, const char *key, int64_t v)
{
	char n[32];

	snprintf(n, sizeof n, "%" PRId64, v);
	kv(b, key, n);
}

/* Start an object for op, with the session when there is one. */
static void
begin(struct tt *t, struct buf *b, const char *op)
{
	buf_reset(b);
	if (t->sid != NULL)
		kv(b, "sid", t->sid);
	kv(b, "op", op);
}

/* One call, waited for: the reply body checked for status 0, or NULL
 * (logged as "server: op: why").  The password never reaches a message:
 * only op names and the server's error names do. */
static struct fetch_result *
tt_call(struct tt *t, struct buf *b, const char *op)
{
	struct fetch_req req;
	struct fetch_result *r;
	char err[256];

	buf_addc(b, '}');
	memset(&req, 0, sizeof req);
	req.url = t->api;
	req.group = &t->g;
	req.max_bytes = TT_MAX_BYTES;
	req.post = b->data;
	req.post_len = b->len;
	req.post_type = "application/json";
	req.accept = "application/json";
	fetch_add(t->f, &req);
	t->sum->calls++;
	while ((r = fetch_take(t->f, &t->g)) == NULL)
		if (t->g.pending == 0 || fetch_poll(t->f, 500) < 0)
			break;
	if (r == NULL) {
		log_error(_("%s: %s: the transfer engine failed"), t->o->name,
		    op);
		return NULL;
	}
	if (r->status >= 300 && r->status < 400) {
		log_error(_("%s: %s: the server redirects (HTTP %ld): set the "
		    "address it names"), t->o->name, op, r->status);
		fetch_result_free(&r);
		return NULL;
	}
	if (!r->ok || r->status != 200) {
		log_error("%s: %s: %s", t->o->name, op, r->error[0] != '\0' ?
		    r->error : _("unexpected reply"));
		fetch_result_free(&r);
		return NULL;
	}
	if (parse_tt_ok(r->body, r->len, err, sizeof err) == -1) {
		log_error("%s: %s: %s", t->o->name, op, err);
		fetch_result_free(&r);
		return NULL;
	}
	return r;
}

static int
tt_login(struct tt *t)
{
	struct buf b = BUF_INIT;
	struct fetch_result *r;
	char err[256];

	begin(t, &b, "login");
	kv(&b, "user", t->o->login);
	kv(&b, "password", t->o->password);
	r = tt_call(t, &b, "login");
	explicit_bzero(b.data, b.len);
	buf_free(&b);
	if (r == NULL)
		return -1;
	t->sid = parse_tt_login(r->body, r->len, err, sizeof err);
	fetch_result_free(&r);
	if (t->sid == NULL) {
		log_error("%s: login: %s", t->o->name, err);
		return -1;
	}
	return 0;
}

/* updateArticle field: 2 = unread, 0 = starred; mode 1 sets it. */
static int
tt_push(struct tt *t, const struct store_sync_change *c, size_t n)
{
	struct fetch_result *r;
	struct buf b = BUF_INIT, ids = BUF_INIT;
	size_t i, j, k;
	int rc = 0, ok;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && j - i < TT_BATCH && c[j].field ==
		    c[i].field && c[j].value == c[i].value; j++)
			;
		buf_reset(&ids);
		for (k = i; k < j; k++)
			buf_printf(&ids, "%s%" PRId64, k > i ? "," : "",
			    c[k].remote);
		begin(t, &b, "updateArticle");
		kv(&b, "article_ids", buf_str(&ids));
		kv(&b, "field", c[i].field == STORE_SYNC_READ ? "2" : "0");
		kv(&b, "mode", c[i].value ? "1" : "0");
		r = tt_call(t, &b, "updateArticle");
		ok = r != NULL;
		fetch_result_free(&r);
		if (store_sync_sent(t->st, c + i, j - i, ok, t->now) == -1 ||
		    !ok)
			rc = -1;
		else
			t->sum->sent += j - i;
	}
	buf_free(&b);
	buf_free(&ids);
	return rc;
}

static const char *
cat_title(const struct parse_tt_cat *c, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (c[i].id == id)
			return c[i].title;
	return NULL;
}

static int
tt_feeds(struct tt *t)
{
	struct fetch_result *r;
	struct parse_tt_feed *f = NULL;
	struct parse_tt_cat *c = NULL;
	struct buf b = BUF_INIT;
	size_t nf = 0, nc = 0, i, off, len;
	char err[256], *url, *tags, *p, stream[48], *name;
	const char *ct;
	int64_t id;
	int rc = -1, pos = 0;

	begin(t, &b, "getCategories");
	if ((r = tt_call(t, &b, "getCategories")) == NULL)
		goto out;
	if (parse_tt_cats(r->body, r->len, &c, &nc, err, sizeof err) == -1) {
		log_error("%s: getCategories: %s", t->o->name, err);
		fetch_result_free(&r);
		goto out;
	}
	fetch_result_free(&r);
	begin(t, &b, "getFeeds");
	kv(&b, "cat_id", "-3");		/* every real feed */
	if ((r = tt_call(t, &b, "getFeeds")) == NULL)
		goto out;
	if (parse_tt_feeds(r->body, r->len, &f, &nf, err, sizeof err) == -1) {
		log_error("%s: getFeeds: %s", t->o->name, err);
		fetch_result_free(&r);
		goto out;
	}
	fetch_result_free(&r);
	t->tt_ids = xcalloc(nf + 1, sizeof *t->tt_ids);
	t->feed_ids = xcalloc(nf + 1, sizeof *t->feed_ids);
	if (store_begin(t->st) == -1)
		goto out;
	if (store_feed_unlist_all(t->st) == -1) {
		store_rollback(t->st);
		goto out;
	}
	for (i = 0; i < nf; i++) {
		if (import_url_check(f[i].url, &off, &len) != IMPORT_OK) {
			name = sync_shown(f[i].url);
			log_warn(_("%s: skipped the subscription %s (%s): "
			    "only http(s) feeds"), t->o->name, name,
			    import_verdict_label(import_url_check(f[i].url,
			    NULL, NULL)));
			free(name);
			t->sum->refused++;
			continue;
		}
		url = xstrndup(f[i].url + off, len);
		ct = cat_title(c, nc, f[i].cat_id);
		tags = ct != NULL ? xstrdup(ct) : NULL;
		for (p = tags; p != NULL && *p != '\0'; p++)
			if (*p == ' ' || *p == '\t' || *p == '"')
				*p = '_';
		snprintf(stream, sizeof stream, "ttrss:feed/%" PRId64, f[i].id);
		id = store_sync_feed(t->st, stream, url, f[i].title, tags,
		    pos++);
		free(url);
		free(tags);
		if (id < 0) {
			store_rollback(t->st);
			goto out;
		}
		t->tt_ids[t->nfeeds] = f[i].id;
		t->feed_ids[t->nfeeds++] = id;
	}
	if (store_commit(t->st) == -1)
		goto out;
	t->sum->feeds = t->nfeeds;
	rc = 0;
out:
	buf_free(&b);
	parse_tt_feeds_free(&f, nf);
	parse_tt_cats_free(&c, nc);
	return rc;
}

static int64_t
feed_of(const struct tt *t, int64_t tt_id)
{
	size_t i;

	for (i = 0; i < t->nfeeds; i++)
		if (t->tt_ids[i] == tt_id)
			return t->feed_ids[i];
	return -1;
}

static int
tt_store(struct tt *t, struct parse_tt_batch *b, size_t n)
{
	struct store_sync_item *items;
	struct store_merge_stats ms;
	size_t i, k;
	int64_t fid;
	int rc = 0;

	for (i = 0; rc == 0 && i < n; i++) {
		if ((fid = feed_of(t, b[i].feed_id)) < 0)
			continue;
		items = xcalloc(b[i].n + 1, sizeof *items);
		for (k = 0; k < b[i].n; k++) {
			items[k].remote = b[i].st[k].id;
			items[k].read = b[i].st[k].read;
			items[k].starred = b[i].st[k].starred;
		}
		memset(&ms, 0, sizeof ms);
		if (store_sync_merge(t->st, fid, b[i].doc, items, t->now,
		    &ms) == -1)
			rc = -1;
		else
			t->sum->new_articles += ms.added;
		store_merge_stats_clear(&ms);
		free(items);
	}
	return rc;
}

/* Page through getHeadlines of feed (view mode view): with content, the
 * articles newer than since are stored; without, ids are collected. */
static int
tt_headlines(struct tt *t, const char *feed, const char *view, int64_t since,
    int content, int64_t **ids, size_t *nids, size_t *alloc)
{
	struct fetch_result *r;
	struct parse_tt_batch *bt;
	struct buf b = BUF_INIT;
	size_t nb, count, page = t->o->page > 0 && t->o->page < TT_PAGE ?
	    (size_t)t->o->page : TT_PAGE;
	int64_t skip = 0;
	char err[256];
	int rc = 0;

	do {
		begin(t, &b, "getHeadlines");
		kv(&b, "feed_id", feed);
		kv(&b, "view_mode", view);
		kvnum(&b, "limit", (int64_t)page);
		kvnum(&b, "skip", skip);
		kv(&b, "show_content", content ? "1" : "0");
		kv(&b, "show_excerpt", "0");
		kv(&b, "order_by", "date_reverse");
		if (since > 0)
			kvnum(&b, "since_id", since);
		if ((r = tt_call(t, &b, "getHeadlines")) == NULL) {
			rc = -1;
			break;
		}
		bt = NULL;
		nb = 0;
		if (parse_tt_headlines(r->body, r->len, ids, nids, alloc,
		    content ? &bt : NULL, &nb, &count, err, sizeof err) == -1) {
			log_error("%s: getHeadlines: %s", t->o->name, err);
			rc = -1;
		} else if (content && tt_store(t, bt, nb) == -1)
			rc = -1;
		parse_tt_batches_free(&bt, nb);
		fetch_result_free(&r);
		skip += (int64_t)count;
	} while (rc == 0 && count == page);
	buf_free(&b);
	return rc;
}

int
sync_ttrss_run(struct store *st, const struct sync_opts *o,
    struct sync_summary *sum)
{
	struct fetch_opts fo;
	struct tt t;
	struct store_sync_change *c = NULL;
	struct store_sync_counts cnt;
	int64_t *known = NULL, *unread = NULL, *starred = NULL;
	size_t nc = 0, nknown = 0, nu = 0, au = 0, ns = 0, as = 0;
	char when[32];
	int rc = -1;

	memset(&t, 0, sizeof t);
	t.o = o;
	t.st = st;
	t.sum = sum;
	t.now = o->now > 0 ? o->now : (int64_t)time(NULL);
	t.api = xasprintf("%s/api/", o->url);
	memset(&fo, 0, sizeof fo);
	fo.timeout_s = o->timeout_s > 0 ? o->timeout_s : 60;
	fo.max_bytes = TT_MAX_BYTES;
	t.f = fetch_new(&fo);
	if (store_sync_pending(st, t.now, o->force, &c, &nc) == -1)
		goto out;
	if (tt_login(&t) == -1) {
		if (nc > 0)
			(void)store_sync_sent(st, c, nc, 0, t.now);
		goto out;
	}
	if (tt_push(&t, c, nc) == -1 || tt_feeds(&t) == -1 ||
	    store_sync_known(st, &known, &nknown) == -1 ||
	    tt_headlines(&t, "-4", "all_articles", nknown > 0 ?
	    known[nknown - 1] : 0, 1, NULL, NULL, NULL) == -1 ||
	    tt_headlines(&t, "-4", "unread", 0, 0, &unread, &nu, &au) == -1 ||
	    tt_headlines(&t, "-1", "all_articles", 0, 0, &starred, &ns,
	    &as) == -1 ||
	    store_sync_apply(st, unread, nu, starred, ns) == -1)
		goto out;
	snprintf(when, sizeof when, "%" PRId64, t.now);
	if (store_sync_meta_set(st, "last_sync", when) == -1)
		goto out;
	rc = 0;
out:
	(void)store_sync_meta_set(st, "last_error", rc == 0 ? NULL :
	    _("the last sync failed; see its messages"));
	if (store_sync_counts(st, &cnt) == 0)
		sum->queued = (size_t)(cnt.pending_read + cnt.pending_star);
	free(c);
	free(known);
	free(unread);
	free(starred);
	fetch_cancel(t.f, &t.g);
	fetch_free(&t.f);
	free(t.api);
	if (t.sid != NULL)
		explicit_bzero(t.sid, strlen(t.sid));
	free(t.sid);
	free(t.tt_ids);
	free(t.feed_ids);
	return rc;
}
