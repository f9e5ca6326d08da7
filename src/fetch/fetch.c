/*
 * fetch: the transfer engine.  One libcurl multi handle drives every
 * http(s) transfer in the calling thread; exec: commands join the same
 * poll through curl_multi_poll's extra descriptors.  Requests wait in our
 * own queue until a slot is free, so the total and per-host limits hold
 * and a request's time-out only starts when it really starts (libcurl's
 * own pending queue would count waiting time against it).  A host that
 * answers 429/503 with Retry-After gets no more requests in this run.
 * New connections are paced a couple of milliseconds apart: a burst of
 * sixteen SYNs at once overflows small listen queues (many host names are
 * often one server), and each dropped SYN costs a one-second retransmit.
 *
 * Each transfer collects the headers of the final response itself (a
 * redirect resets them) and counts body bytes after decompression, so the
 * cap holds against gzip bombs.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>

#include "fetch/fetch-int.h"

#define FETCH_DEF_CONNS		16
#define FETCH_DEF_PER_HOST	2
#define FETCH_DEF_CONNECT_S	15
#define FETCH_DEF_TIMEOUT_S	60
#define FETCH_DEF_REDIRS	8
/* New connections are paced: at most FETCH_START_BURST at once, then one
 * every FETCH_START_GAP_US, so a burst of SYNs does not overflow a small
 * listen queue shared by many host names. */
#ifndef FETCH_START_GAP_US
#define FETCH_START_GAP_US	2000
#endif
#define FETCH_START_BURST	1
/* Finished documents waiting to be taken before no local source starts. */
#define FETCH_MAX_WAITING	4
/* Below this many bytes per second for the low-speed time, give up. */
#define FETCH_LOW_SPEED_BPS	64

enum xfer_kind { XFER_HTTP, XFER_FILE, XFER_EXEC };
enum xfer_state { XS_QUEUED, XS_RUNNING, XS_DONE };

struct fetch_host {
	char		*name;
	int		 active;
	int64_t		 blocked_until_ms;	/* Retry-After */
	long		 retry_after_s;
};

struct xfer {
	struct fetch		*f;
	enum xfer_kind		 kind;
	enum xfer_state		 state;
	struct fetch_result	*r;
	char			*etag;		/* request validators */
	char			*last_modified;
	size_t			 host;		/* index into f->hosts */
	CURL			*easy;
	struct curl_slist	*hdrs;
	struct buf		 body;
	int			 over;		/* body passed the cap */
	int			 all_permanent;	/* every redirect 301/308 */
	long			 hop_status;	/* status of the last header block */
	char			*cache_control;
	char			*expires;
	char			*date;
	char			*retry_after;
	char			*content_type;
	char			*encoding;	/* raw_encoding: to undo */
	char			*reason;
	struct fetch_proc	 proc;
	int64_t			 deadline_ms;	/* exec */
	size_t			 qi;		/* index in f->q */
	char			 errbuf[CURL_ERROR_SIZE];
};

struct fetch {
	struct fetch_opts	 o;
	char			*ua;
	CURLM			*multi;
	struct xfer		**q;		/* every request not yet taken */
	size_t			 nq;
	size_t			 first_queued;	/* q[0..first_queued) started */
	struct fetch_host	*hosts;
	size_t			 nhosts;
	size_t			*hset;		/* hash of hosts: index + 1 */
	size_t			 hsize;
	int			 active;
	struct fetch_result	**done;		/* ring of finished results */
	size_t			 ndone, done_head;
	size_t			 pending;
	int64_t			 next_start_us;	/* pacing of new connections */
	size_t			 holes;		/* NULL slots in q */
	int			 nexec;		/* commands running */
};

static size_t	 host_index(struct fetch *, const char *);
static size_t	 host_hash(const char *);
static int	 may_start(const struct fetch *, const struct xfer *);
static void	 start_ready(struct fetch *);
static void	 start_xfer(struct fetch *, struct xfer *);
static void	 start_http(struct fetch *, struct xfer *);
static void	 finish_xfer(struct fetch *, struct xfer *);
static void	 finish_http(struct fetch *, struct xfer *, CURLcode);
static void	 compact_queue(struct fetch *);
static void	 xfer_free(struct xfer *);
static size_t	 cb_write(char *, size_t, size_t, void *);
static size_t	 cb_header(char *, size_t, size_t, void *);
static char	*hdr_value(const char *, size_t);
static void	 parse_content_type(struct xfer *);
static long	 parse_max_age(struct xfer *);
static long	 parse_retry_after(const char *);
static void	 set_error(struct fetch_result *, const char *, ...)
		     __attribute__((format(printf, 2, 3)));

static int fetch_curl_ready;

struct fetch *
fetch_new(const struct fetch_opts *opts)
{
	struct fetch *f;

	if (!fetch_curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			fatalx("%s", _("cannot initialise libcurl"));
		fetch_curl_ready = 1;
	}
	f = xcalloc(1, sizeof *f);
	if (opts != NULL)
		f->o = *opts;
	if (f->o.max_conns <= 0)
		f->o.max_conns = FETCH_DEF_CONNS;
	if (f->o.max_per_host <= 0)
		f->o.max_per_host = FETCH_DEF_PER_HOST;
	if (f->o.timeout_s <= 0)
		f->o.timeout_s = FETCH_DEF_TIMEOUT_S;
	if (f->o.connect_timeout_s <= 0)
		f->o.connect_timeout_s = FETCH_DEF_CONNECT_S;
	if (f->o.connect_timeout_s > f->o.timeout_s)
		f->o.connect_timeout_s = f->o.timeout_s;
	if (f->o.max_bytes == 0)
		f->o.max_bytes = FETCH_DEF_MAX_BYTES;
	if (f->o.max_redirs <= 0)
		f->o.max_redirs = FETCH_DEF_REDIRS;
	f->ua = xstrdup(f->o.user_agent != NULL ? f->o.user_agent :
	    PACKAGE_NAME "/" PACKAGE_VERSION);
	f->o.user_agent = f->ua;
	if ((f->multi = curl_multi_init()) == NULL)
		fatalx("%s", _("cannot initialise libcurl"));
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)f->o.max_conns);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
	    (long)f->o.max_per_host);
	/* A closed pipe to a command must not kill us. */
	signal(SIGPIPE, SIG_IGN);
	return f;
}

void
fetch_free(struct fetch **fp)
{
	struct fetch *f = *fp;
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nq; i++) {
		if (f->q[i] == NULL)
			continue;
		if (f->q[i]->state == XS_RUNNING && f->q[i]->kind == XFER_EXEC)
			fetch_proc_finish(&f->q[i]->proc, f->q[i]->r, 1,
			    f->o.timeout_s, f->o.max_bytes);
		if (f->q[i]->easy != NULL)
			curl_multi_remove_handle(f->multi, f->q[i]->easy);
		xfer_free(f->q[i]);
	}
	free(f->q);
	for (i = f->done_head; i < f->ndone; i++)
		fetch_result_free(&f->done[i]);
	free(f->done);
	for (i = 0; i < f->nhosts; i++)
		free(f->hosts[i].name);
	free(f->hosts);
	free(f->hset);
	curl_multi_cleanup(f->multi);
	free(f->ua);
	free(f);
	*fp = NULL;
}

void
fetch_result_free(struct fetch_result **rp)
{
	struct fetch_result *r = *rp;

	if (r == NULL)
		return;
	free(r->url);
	free(r->body);
	free(r->etag);
	free(r->last_modified);
	free(r->content_type);
	free(r->charset);
	free(r->encoding);
	free(r->moved_url);
	free(r);
	*rp = NULL;
}

static void
xfer_free(struct xfer *x)
{
	if (x->easy != NULL)
		curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->hdrs);
	buf_free(&x->body);
	buf_free(&x->proc.out);
	fetch_result_free(&x->r);
	free(x->etag);
	free(x->last_modified);
	free(x->cache_control);
	free(x->expires);
	free(x->date);
	free(x->retry_after);
	free(x->content_type);
	free(x->encoding);
	free(x->reason);
	free(x);
}

static void
set_error(struct fetch_result *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->error, sizeof r->error, fmt, ap);
	va_end(ap);
	r->ok = 0;
}

char *
fetch_url_redact(const char *url)
{
	const char *s, *at, *end;
	char *out;

	if ((s = strstr(url, "://")) == NULL)
		return xstrdup(url);
	s += 3;
	end = s + strcspn(s, "/?#");
	at = memchr(s, '@', (size_t)(end - s));
	if (at == NULL)
		return xstrdup(url);
	out = xmalloc(strlen(url) + 1);
	memcpy(out, url, (size_t)(s - url));
	/* NOLINTNEXTLINE(clang-analyzer-security.insecureAPI.strcpy): out has strlen(url) + 1 */
	strcpy(out + (s - url), at + 1);
	return out;
}

/* The host part of an http(s) URL, lower case, for the per-host limit. */
static size_t
host_index(struct fetch *f, const char *url)
{
	const char *s, *e, *at;
	char *name;
	size_t i, j, len, size, *set;

	s = strstr(url, "://");
	s = s != NULL ? s + 3 : url;
	e = s + strcspn(s, "/?#");
	if ((at = memchr(s, '@', (size_t)(e - s))) != NULL)
		s = at + 1;
	if (*s == '[')
		len = strcspn(s, "]") + 1;
	else
		len = strcspn(s, ":/?#");
	if (s + len > e)
		len = (size_t)(e - s);
	name = xstrndup(s, len);
	for (i = 0; name[i] != '\0'; i++)
		name[i] = (char)tolower((unsigned char)name[i]);
	/* Open addressing over host indices + 1, kept under half full. */
	if (f->nhosts * 2 >= f->hsize) {
		size = f->hsize == 0 ? 64 : f->hsize * 2;
		set = xcalloc(size, sizeof *set);
		for (i = 0; i < f->nhosts; i++) {
			for (j = host_hash(f->hosts[i].name) & (size - 1);
			    set[j] != 0; j = (j + 1) & (size - 1))
				;
			set[j] = i + 1;
		}
		free(f->hset);
		f->hset = set;
		f->hsize = size;
	}
	for (j = host_hash(name) & (f->hsize - 1); f->hset[j] != 0;
	    j = (j + 1) & (f->hsize - 1)) {
		if (strcmp(f->hosts[f->hset[j] - 1].name, name) == 0) {
			free(name);
			return f->hset[j] - 1;
		}
	}
	f->hosts = xreallocarray(f->hosts, f->nhosts + 1, sizeof *f->hosts);
	memset(&f->hosts[f->nhosts], 0, sizeof *f->hosts);
	f->hosts[f->nhosts].name = name;
	f->hset[j] = f->nhosts + 1;
	return f->nhosts++;
}

static size_t
host_hash(const char *s)
{
	size_t h = 5381;

	for (; *s != '\0'; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

void
fetch_add(struct fetch *f, const struct fetch_req *req)
{
	struct xfer *x;

	x = xcalloc(1, sizeof *x);
	x->f = f;
	x->r = xcalloc(1, sizeof *x->r);
	x->r->user = req->user;
	x->r->url = xstrdup(req->url);
	x->r->max_age_s = -1;
	x->r->retry_after_s = -1;
	x->proc.fd = -1;
	if (req->etag != NULL && *req->etag != '\0')
		x->etag = xstrdup(req->etag);
	if (req->last_modified != NULL && *req->last_modified != '\0')
		x->last_modified = xstrdup(req->last_modified);
	if (strncasecmp(req->url, "http://", 7) == 0 ||
	    strncasecmp(req->url, "https://", 8) == 0) {
		x->kind = XFER_HTTP;
		x->host = host_index(f, req->url);
	} else if (strncasecmp(req->url, "file://", 7) == 0)
		x->kind = XFER_FILE;
	else
		x->kind = XFER_EXEC;
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): q holds pointers */
	f->q = xreallocarray(f->q, f->nq + 1, sizeof *f->q);
	x->qi = f->nq;
	f->q[f->nq++] = x;
	f->pending++;
}

size_t
fetch_pending(const struct fetch *f)
{
	return f->pending;
}

size_t
fetch_ready(const struct fetch *f)
{
	return f->ndone - f->done_head;
}

void
fetch_wakeup(struct fetch *f)
{
	curl_multi_wakeup(f->multi);
}

struct fetch_result *
fetch_next_done(struct fetch *f)
{
	struct fetch_result *r;

	if (f->ndone == 0)
		return NULL;
	r = f->done[f->done_head];
	f->done[f->done_head] = NULL;
	f->done_head++;
	if (f->done_head == f->ndone) {
		/* All taken: start the list afresh. */
		f->ndone = f->done_head = 0;
	}
	f->pending--;
	return r;
}

/* May another transfer start?  Results not yet taken count against the
 * slots, so a slow consumer holds at most max_conns bodies.  A local
 * source (file://, exec:) also waits while FETCH_MAX_WAITING results do:
 * it is a whole document the moment it starts, where a download takes
 * a round trip and comes in gradually. */
static int
may_start(const struct fetch *f, const struct xfer *x)
{
	size_t waiting = fetch_ready(f);

	if (f->active + (int)waiting >= f->o.max_conns)
		return 0;
	return x == NULL || x->kind == XFER_HTTP ||
	    waiting < FETCH_MAX_WAITING;
}

/* Start queued requests while there are free slots. */
static void
start_ready(struct fetch *f)
{
	struct fetch_host *h;
	struct xfer *x;
	int64_t now_us = clock_mono_us(), now = now_us / 1000;
	size_t i, n;

	compact_queue(f);
	n = f->nq;
	/* Back-pressure (may_start), with every slot busy for a consumer
	 * that keeps up. */
	for (i = f->first_queued; i < n && may_start(f, NULL); i++) {
		x = f->q[i];
		if (x == NULL || x->state != XS_QUEUED)
			continue;
		if (!may_start(f, x))
			continue;	/* a download may still start */
		if (x->kind == XFER_HTTP && now_us < f->next_start_us)
			break;
		if (x->kind == XFER_HTTP) {
			h = &f->hosts[x->host];
			if (h->blocked_until_ms > now) {
				/* The host asked us to wait: do not ask it
				 * again in this run. */
				x->r->retry_after_s = h->retry_after_s;
				set_error(x->r, _("not fetched: %s asked to "
				    "retry after %ld s"), h->name,
				    h->retry_after_s);
				finish_xfer(f, x);
				continue;
			}
			if (h->active >= f->o.max_per_host)
				continue;
		}
		if (x->kind == XFER_HTTP) {
			if (f->next_start_us < now_us - FETCH_START_BURST *
			    FETCH_START_GAP_US)
				f->next_start_us = now_us - FETCH_START_BURST *
				    FETCH_START_GAP_US;
			f->next_start_us += FETCH_START_GAP_US;
		}
		start_xfer(f, x);
	}
	compact_queue(f);
}

static void
start_xfer(struct fetch *f, struct xfer *x)
{
	x->state = XS_RUNNING;
	switch (x->kind) {
	case XFER_FILE:
		fetch_local_file(x->r, f->o.max_bytes);
		x->state = XS_DONE;
		finish_xfer(f, x);
		break;
	case XFER_EXEC:
		if (fetch_proc_start(&x->proc, x->r->url + 5, x->r) == -1) {
			x->state = XS_DONE;
			finish_xfer(f, x);
			break;
		}
		x->deadline_ms = clock_mono_ms() + f->o.timeout_s * 1000;
		f->active++;
		f->nexec++;
		break;
	case XFER_HTTP:
		start_http(f, x);
		break;
	}
}

static void
start_http(struct fetch *f, struct xfer *x)
{
	CURL *e;
	char *h;

	if ((e = curl_easy_init()) == NULL) {
		set_error(x->r, "%s", _("cannot start a transfer"));
		x->state = XS_DONE;
		finish_xfer(f, x);
		return;
	}
	x->easy = e;
	x->all_permanent = 1;
	curl_easy_setopt(e, CURLOPT_URL, x->r->url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, x);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	/* libcurl walks its whole DNS cache on every lookup; with thousands
	 * of host names kept for the default minute that turns quadratic.
	 * A few seconds still let feeds of one host share a lookup. */
	curl_easy_setopt(e, CURLOPT_DNS_CACHE_TIMEOUT, 3L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, cb_write);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, cb_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->ua);
	if (f->o.raw_encoding) {
		/* Decoded by the caller (fetch_result_decode), which caps
		 * the decoded bytes; here the cap counts encoded ones. */
		curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);
		x->hdrs = curl_slist_append(x->hdrs,
		    "Accept-Encoding: gzip, deflate, br, zstd");
	} else
		/* Every encoding this libcurl can decode; the cap counts
		 * the decoded bytes (cb_write). */
		curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)f->o.max_redirs);
	curl_easy_setopt(e, CURLOPT_AUTOREFERER, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS,
	    (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, f->o.connect_timeout_s);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, f->o.timeout_s);
	/* A server that drips: give up when under FETCH_LOW_SPEED_BPS for
	 * half the total time-out (at most 30 s). */
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, (long)FETCH_LOW_SPEED_BPS);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME,
	    f->o.timeout_s / 2 < 1 ? 1L :
	    f->o.timeout_s / 2 > 30 ? 30L : f->o.timeout_s / 2);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)f->o.max_bytes);
	/* Basic auth from user:password@ in the URL is libcurl's default;
	 * proxies come from the usual environment variables. */
	if (x->etag != NULL) {
		h = xasprintf("If-None-Match: %s", x->etag);
		x->hdrs = curl_slist_append(x->hdrs, h);
		free(h);
	}
	if (x->last_modified != NULL) {
		h = xasprintf("If-Modified-Since: %s", x->last_modified);
		x->hdrs = curl_slist_append(x->hdrs, h);
		free(h);
	}
	x->hdrs = curl_slist_append(x->hdrs,
	    "Accept: application/atom+xml, application/rss+xml, "
	    "application/rdf+xml, application/feed+json, application/xml;q=0.9, "
	    "text/xml;q=0.9, */*;q=0.5");
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->hdrs);
	if (curl_multi_add_handle(f->multi, e) != CURLM_OK) {
		set_error(x->r, "%s", _("cannot start a transfer"));
		x->state = XS_DONE;
		finish_xfer(f, x);
		return;
	}
	f->hosts[x->host].active++;
	f->active++;
}

static size_t
cb_write(char *p, size_t size, size_t nmemb, void *arg)
{
	struct xfer *x = arg;
	size_t n = size * nmemb;

	if (x->body.len + n > x->f->o.max_bytes) {
		x->over = 1;
		return 0;	/* aborts the transfer */
	}
	buf_add(&x->body, p, n);
	return n;
}

/* A header's value, trimmed, as a new string. */
static char *
hdr_value(const char *p, size_t n)
{
	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == '\n' ||
	    p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	return xstrndup(p, n);
}

static size_t
cb_header(char *p, size_t size, size_t nmemb, void *arg)
{
	static const struct {
		const char	*name;
		size_t		 off;
	} want[] = {
		{ "etag", offsetof(struct xfer, etag) },
		{ "last-modified", offsetof(struct xfer, last_modified) },
		{ "content-type", offsetof(struct xfer, content_type) },
		{ "cache-control", offsetof(struct xfer, cache_control) },
		{ "expires", offsetof(struct xfer, expires) },
		{ "date", offsetof(struct xfer, date) },
		{ "retry-after", offsetof(struct xfer, retry_after) },
		{ "content-encoding", offsetof(struct xfer, encoding) },
	};
	struct xfer *x = arg;
	size_t n = size * nmemb, i, len;
	const char *colon, *sp;
	char **field;
	long code;

	if (n >= 5 && strncmp(p, "HTTP/", 5) == 0) {
		/* A new response (after a redirect or a 100): forget the
		 * previous one's headers.  Request validators are kept in
		 * the same fields, so clear only once a reply has come. */
		sp = memchr(p, ' ', n);
		code = sp != NULL ? strtol(sp + 1, NULL, 10) : 0;
		if (code >= 100 && code < 200)
			return n;
		if (x->hop_status >= 300 && x->hop_status < 400 &&
		    x->hop_status != 301 && x->hop_status != 308 &&
		    x->hop_status != 304)
			x->all_permanent = 0;
		x->hop_status = code;
		for (i = 0; i < sizeof want / sizeof want[0]; i++) {
			field = (char **)((char *)x + want[i].off);
			FREE(field);
		}
		free(x->reason);
		x->reason = NULL;
		if (sp != NULL && (sp = memchr(sp + 1, ' ', n - (size_t)(sp +
		    1 - p))) != NULL)
			x->reason = hdr_value(sp + 1, n - (size_t)(sp + 1 - p));
		return n;
	}
	if ((colon = memchr(p, ':', n)) == NULL)
		return n;
	len = (size_t)(colon - p);
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		if (strlen(want[i].name) == len &&
		    strncasecmp(p, want[i].name, len) == 0) {
			field = (char **)((char *)x + want[i].off);
			free(*field);
			*field = hdr_value(colon + 1, n - len - 1);
			if (strlen(*field) > 1024)
				FREE(field);	/* nothing sane is that long */
			break;
		}
	}
	return n;
}

static void
parse_content_type(struct xfer *x)
{
	char *ct = x->content_type, *p, *cs, *e;
	size_t i;

	if (ct == NULL)
		return;
	x->r->content_type = xstrndup(ct, strcspn(ct, "; \t"));
	for (i = 0; x->r->content_type[i] != '\0'; i++)
		x->r->content_type[i] =
		    (char)tolower((unsigned char)x->r->content_type[i]);
	for (p = ct; (p = strchr(p, ';')) != NULL; p++) {
		cs = p + 1;
		while (*cs == ' ' || *cs == '\t')
			cs++;
		if (strncasecmp(cs, "charset=", 8) != 0)
			continue;
		cs += 8;
		if (*cs == '"')
			cs++;
		e = cs + strcspn(cs, "\"; \t");
		if (e > cs && e - cs < 64)
			x->r->charset = xstrndup(cs, (size_t)(e - cs));
		break;
	}
}

/* How long the response says it stays fresh, in seconds; -1 when it does
 * not say.  no-cache/no-store count as 0. */
static long
parse_max_age(struct xfer *x)
{
	const char *p;
	time_t exp, date;
	long v;

	if (x->cache_control != NULL) {
		for (p = x->cache_control; *p != '\0'; p++) {
			if (strncasecmp(p, "no-cache", 8) == 0 ||
			    strncasecmp(p, "no-store", 8) == 0)
				return 0;
		}
		if ((p = strcasestr(x->cache_control, "max-age=")) != NULL) {
			v = strtol(p + 8, NULL, 10);
			return v < 0 ? 0 : v;
		}
	}
	if (x->expires != NULL) {
		if ((exp = curl_getdate(x->expires, NULL)) == -1)
			return 0;	/* invalid means already expired */
		date = x->date != NULL ? curl_getdate(x->date, NULL) : -1;
		if (date == -1)
			date = time(NULL);
		return exp > date ? (long)(exp - date) : 0;
	}
	return -1;
}

static long
parse_retry_after(const char *s)
{
	time_t t;
	char *end;
	long v;

	if (s == NULL)
		return -1;
	v = strtol(s, &end, 10);
	if (end != s && *end == '\0')
		return v < 0 ? 0 : v;
	if ((t = curl_getdate(s, NULL)) == -1)
		return -1;
	return t > time(NULL) ? (long)(t - time(NULL)) : 0;
}

/* Move a finished transfer's result to the done list and free the
 * transfer: a long reload keeps no dead transfers.  Its queue slot becomes
 * NULL until compact_queue. */
static void
finish_xfer(struct fetch *f, struct xfer *x)
{
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): done holds pointers */
	f->done = xreallocarray(f->done, f->ndone + 1, sizeof *f->done);
	f->done[f->ndone++] = x->r;
	x->r = NULL;
	f->q[x->qi] = NULL;
	f->holes++;
	if (x->easy != NULL)
		curl_multi_remove_handle(f->multi, x->easy);
	xfer_free(x);
}

/* Drop the NULL slots once they are many (amortised linear time, however
 * long the feed list), then find the first request still queued. */
static void
compact_queue(struct fetch *f)
{
	size_t i, j;

	if (f->holes < 64 || f->holes * 2 < f->nq) {
		while (f->first_queued < f->nq &&
		    (f->q[f->first_queued] == NULL ||
		    f->q[f->first_queued]->state != XS_QUEUED))
			f->first_queued++;
		return;
	}
	f->holes = 0;
	for (i = j = 0; i < f->nq; i++) {
		if (f->q[i] == NULL)
			continue;
		f->q[j] = f->q[i];
		f->q[j]->qi = j;
		j++;
	}
	f->nq = j;
	for (i = 0; i < f->nq && f->q[i]->state != XS_QUEUED; i++)
		;
	f->first_queued = i;
}

static void
finish_http(struct fetch *f, struct xfer *x, CURLcode rc)
{
	struct fetch_result *r = x->r;
	struct fetch_host *h = &f->hosts[x->host];
	char *eff = NULL, sz[32];
	double secs = 0;
	long status = 0, redirs = 0, oserr = 0;

	h->active--;
	f->active--;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(x->easy, CURLINFO_REDIRECT_COUNT, &redirs);
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eff);
	curl_easy_getinfo(x->easy, CURLINFO_OS_ERRNO, &oserr);
	r->status = status;
	r->redirects = redirs;
	if (x->hop_status >= 300 && x->hop_status < 400 &&
	    x->hop_status != 301 && x->hop_status != 308 &&
	    x->hop_status != 304)
		x->all_permanent = 0;

	switch (rc) {
	case CURLE_OK:
		break;
	case CURLE_WRITE_ERROR:
	case CURLE_FILESIZE_EXCEEDED:
		fetch_size_str(f->o.max_bytes, sz, sizeof sz);
		set_error(r, _("the document is larger than the %s limit"),
		    sz);
		goto out;
	case CURLE_COULDNT_RESOLVE_HOST:
		set_error(r, "%s", _("cannot resolve the host name"));
		goto out;
	case CURLE_COULDNT_RESOLVE_PROXY:
		set_error(r, "%s", _("cannot resolve the proxy's host name"));
		goto out;
	case CURLE_COULDNT_CONNECT:
		if (oserr == ECONNREFUSED)
			set_error(r, "%s", _("connection refused"));
		else if (oserr != 0)
			set_error(r, _("cannot connect: %s"), strerror(oserr));
		else
			set_error(r, _("cannot connect: %s"), x->errbuf);
		goto out;
	case CURLE_OPERATION_TIMEDOUT:
		curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME, &secs);
		if (x->hop_status == 0 && strstr(x->errbuf, "onnect") == NULL)
			set_error(r, _("no reply from the server within %.0f s"),
			    secs);
		else if (strstr(x->errbuf, "too slow") != NULL)
			set_error(r, _("the server is too slow (under %d "
			    "bytes/s)"), FETCH_LOW_SPEED_BPS);
		else if (strstr(x->errbuf, "onnect") != NULL)
			set_error(r, _("timed out connecting after %ld s"),
			    f->o.connect_timeout_s);
		else
			set_error(r, _("timed out after %ld s"),
			    f->o.timeout_s);
		goto out;
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		if (oserr == ECONNRESET || strstr(x->errbuf, "reset") != NULL)
			set_error(r, "%s", _("the connection was reset"));
		else
			set_error(r, _("network error: %s"), x->errbuf);
		goto out;
	case CURLE_PARTIAL_FILE:
		set_error(r, "%s", _("truncated: the connection closed before "
		    "the whole document came"));
		goto out;
	case CURLE_GOT_NOTHING:
		set_error(r, "%s", _("the server closed the connection "
		    "without replying"));
		goto out;
	case CURLE_TOO_MANY_REDIRECTS:
		set_error(r, _("too many redirects (more than %d)"),
		    f->o.max_redirs);
		goto out;
	case CURLE_UNSUPPORTED_PROTOCOL:
		set_error(r, "%s", _("redirected to an address that is not "
		    "http or https"));
		goto out;
	case CURLE_BAD_CONTENT_ENCODING:
		set_error(r, "%s", _("the compressed document is corrupt"));
		goto out;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
#if LIBCURL_VERSION_NUM < 0x073e00
	case CURLE_SSL_CACERT:
#endif
	case CURLE_SSL_CERTPROBLEM:
		set_error(r, _("TLS failed: %s"), x->errbuf[0] != '\0' ?
		    x->errbuf : curl_easy_strerror(rc));
		goto out;
	default:
		set_error(r, "%s", x->errbuf[0] != '\0' ? x->errbuf :
		    curl_easy_strerror(rc));
		goto out;
	}

	if (redirs > 0 && x->all_permanent && eff != NULL &&
	    strcmp(eff, r->url) != 0)
		r->moved_url = xstrdup(eff);
	/* The request's validators were sent; these fields now hold the
	 * final response's (cb_header). */
	r->etag = x->etag;
	x->etag = NULL;
	r->last_modified = x->last_modified;
	x->last_modified = NULL;
	parse_content_type(x);
	r->max_age_s = parse_max_age(x);
	if (status == 304) {
		r->not_modified = 1;
		r->ok = 1;
	} else if (status == 429 || status == 503) {
		r->retry_after_s = parse_retry_after(x->retry_after);
		if (r->retry_after_s > 0) {
			if (r->retry_after_s > 86400)
				r->retry_after_s = 86400;
			h->retry_after_s = r->retry_after_s;
			h->blocked_until_ms = clock_mono_ms() +
			    r->retry_after_s * 1000;
			set_error(r, _("HTTP %ld %s (retry after %ld s)"),
			    status, x->reason != NULL ? x->reason : "",
			    r->retry_after_s);
		} else
			set_error(r, "HTTP %ld %s", status,
			    x->reason != NULL ? x->reason : "");
	} else if (status >= 400 || status < 200) {
		set_error(r, "HTTP %ld %s", status,
		    x->reason != NULL ? x->reason : "");
	} else if (status >= 300) {
		set_error(r, _("HTTP %ld redirect without a usable Location"),
		    status);
	} else {
		r->len = x->body.len;
		r->body = buf_detach(&x->body);
		r->ok = 1;
		if (f->o.raw_encoding) {
			r->encoding = x->encoding;
			x->encoding = NULL;
		}
	}
out:
	x->state = XS_DONE;
	finish_xfer(f, x);
}

int
fetch_poll(struct fetch *f, int timeout_ms)
{
	struct curl_waitfd *wfd = NULL;
	struct xfer *x;
	CURLMsg *msg;
	int64_t now, until;
	size_t i, nw = 0;
	int running, left, wait_ms;
	CURLMcode mc;

	start_ready(f);
	/* Commands join the wait through their stdout pipes. */
	now = clock_mono_ms();
	wait_ms = timeout_ms;
	for (i = 0; f->nexec > 0 && i < f->nq; i++) {
		x = f->q[i];
		if (x == NULL || x->kind != XFER_EXEC ||
		    x->state != XS_RUNNING)
			continue;
		if (x->proc.fd != -1) {
			wfd = xreallocarray(wfd, nw + 1, sizeof *wfd);
			wfd[nw].fd = x->proc.fd;
			wfd[nw].events = CURL_WAIT_POLLIN;
			wfd[nw].revents = 0;
			nw++;
		} else if (wait_ms > 50)
			wait_ms = 50;	/* waiting to reap it */
		until = x->deadline_ms - now;
		if (until < wait_ms)
			wait_ms = until < 0 ? 0 : (int)until;
	}
	/* Nothing to wait for: do not sleep.  (Finished documents waiting
	 * are no reason to return early: the caller knows of them, and may
	 * be holding them back on purpose; see fetch_ready.) */
	if (f->pending == 0)
		wait_ms = 0;
	if (f->first_queued < f->nq && may_start(f, NULL) &&
	    f->next_start_us / 1000 - now < wait_ms)
		wait_ms = f->next_start_us / 1000 > now ?
		    (int)(f->next_start_us / 1000 - now) + 1 : 0;
	/* With nothing running this still sleeps (curl_multi_poll waits out
	 * its time-out), so pacing never spins. */
	if (f->active > 0 || nw > 0 || wait_ms > 0) {
		mc = curl_multi_poll(f->multi, wfd, (unsigned)nw, wait_ms, NULL);
		if (mc != CURLM_OK) {
			free(wfd);
			log_error("libcurl: %s", curl_multi_strerror(mc));
			return -1;
		}
	}
	free(wfd);
	mc = curl_multi_perform(f->multi, &running);
	if (mc != CURLM_OK) {
		log_error("libcurl: %s", curl_multi_strerror(mc));
		return -1;
	}
	while ((msg = curl_multi_info_read(f->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE,
		    (char **)&x);
		if (x->over)
			msg->data.result = CURLE_WRITE_ERROR;
		finish_http(f, x, msg->data.result);
	}
	now = clock_mono_ms();
	for (i = 0; f->nexec > 0 && i < f->nq; i++) {
		x = f->q[i];
		if (x == NULL || x->kind != XFER_EXEC ||
		    x->state != XS_RUNNING)
			continue;
		if (fetch_proc_read(&x->proc, f->o.max_bytes) ||
		    x->proc.over || now >= x->deadline_ms) {
			fetch_proc_finish(&x->proc, x->r,
			    !x->proc.reaped && !x->proc.over &&
			    now >= x->deadline_ms, f->o.timeout_s,
			    f->o.max_bytes);
			f->active--;
			f->nexec--;
			x->state = XS_DONE;
			finish_xfer(f, x);
		}
	}
	start_ready(f);
	return (int)(f->pending - f->ndone + f->done_head);
}
