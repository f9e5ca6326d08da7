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
#include <unistd.h>

#include <curl/curl.h>

#include "fetch/fetch-int.h"

static size_t	 host_index(struct fetch *, const char *);
static size_t	 host_hash(const char *);
static int	 may_start(const struct fetch *, const struct xfer *);
static void	 start_ready(struct fetch *);
static void	 start_xfer(struct fetch *, struct xfer *);
static void	 compact_queue(struct fetch *);
static void	 xfer_free(struct xfer *);
static int	 filter_start(struct fetch *, struct xfer *);

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
	/* The engine owns its copies (freed in fetch_free). */
	f->o.proxy = f->o.proxy != NULL && *f->o.proxy != '\0' ?
	    xstrdup(f->o.proxy) : NULL;
	f->o.proxy_auth = f->o.proxy_auth != NULL && *f->o.proxy_auth != '\0' ?
	    xstrdup(f->o.proxy_auth) : NULL;
	f->o.cookie_file = f->o.cookie_file != NULL &&
	    *f->o.cookie_file != '\0' ? xstrdup(f->o.cookie_file) : NULL;
	/* One cookie store for every transfer; each writes it back to the
	 * file when it ends, so the file holds them all. */
	if (f->o.cookie_file != NULL &&
	    (f->share = curl_share_init()) != NULL)
		curl_share_setopt(f->share, CURLSHOPT_SHARE,
		    CURL_LOCK_DATA_COOKIE);
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
	if (f->share != NULL)
		curl_share_cleanup(f->share);
	free(f->ua);
	free((char *)f->o.proxy);
	free((char *)f->o.proxy_auth);
	free((char *)f->o.cookie_file);
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
	free(x->content_range);
	free(x->reason);
	free(x->filter);
	free(x->post);
	free(x->post_type);
	free(x->header);
	free(x->accept);
	free(x);
}

void
fetch_set_error(struct fetch_result *r, const char *fmt, ...)
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
	x->r->group = req->group;
	x->to_fd = req->to_fd;
	x->fd = req->fd;
	x->progress = req->progress;
	x->download = req->download && req->to_fd;
	x->range_from = x->download ? req->range_from : 0;
	x->no_timeout = x->download && req->no_timeout;
	x->cap = req->max_bytes > 0 ? req->max_bytes :
	    req->to_fd ? 0 : f->o.max_bytes;
	if (req->group != NULL)
		req->group->pending++;
	x->r->url = xstrdup(req->url);
	x->r->max_age_s = -1;
	x->r->retry_after_s = -1;
	x->proc.fd = -1;
	if (req->etag != NULL && *req->etag != '\0')
		x->etag = xstrdup(req->etag);
	if (req->last_modified != NULL && *req->last_modified != '\0')
		x->last_modified = xstrdup(req->last_modified);
	if (req->post != NULL) {
		x->post = xmalloc(req->post_len + 1);
		memcpy(x->post, req->post, req->post_len);
		x->post[req->post_len] = '\0';
		x->post_len = req->post_len;
		if (req->post_type != NULL)
			x->post_type = xstrdup(req->post_type);
	}
	if (req->header != NULL)
		x->header = xstrdup(req->header);
	if (req->accept != NULL)
		x->accept = xstrdup(req->accept);
	x->http_url = x->r->url;
	if (strncasecmp(req->url, "http://", 7) == 0 ||
	    strncasecmp(req->url, "https://", 8) == 0) {
		x->kind = XFER_HTTP;
		x->host = host_index(f, req->url);
	} else if (strncmp(req->url, "filter:", 7) == 0) {
		/* downloaded, then piped through the script (filter_start);
		 * a bad one is an http transfer of nothing, failing */
		x->kind = XFER_HTTP;
		if (fetch_filter_split(x->r->url, &x->filter, &x->http_url) ==
		    -1) {
			x->filter = xstrdup("");
			x->http_url = "";
		}
		x->host = host_index(f, x->http_url);
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
	return fetch_take(f, NULL);
}

struct fetch_result *
fetch_take(struct fetch *f, struct fetch_group *g)
{
	struct fetch_result *r;
	size_t i;

	for (i = f->done_head; i < f->ndone; i++)
		if (g == NULL || f->done[i]->group == g)
			break;
	if (i == f->ndone)
		return NULL;
	r = f->done[i];
	/* Close the gap (a few entries: they count against max_conns). */
	/* done holds pointers (bugprone-sizeof-expression) */
	memmove(&f->done[f->done_head + 1], &f->done[f->done_head],
	    (i - f->done_head) * sizeof *f->done); /* NOLINT(bugprone-sizeof-expression) */
	f->done[f->done_head] = NULL;
	f->done_head++;
	if (f->done_head == f->ndone) {
		/* All taken: start the list afresh. */
		f->ndone = f->done_head = 0;
	}
	f->pending--;
	if (r->group != NULL) {
		r->group->pending--;
		r->group->ready--;
	}
	return r;
}

void
fetch_cancel(struct fetch *f, struct fetch_group *g)
{
	struct fetch_result *r;
	struct xfer *x;
	size_t i;

	for (i = 0; g->pending > g->ready && i < f->nq; i++) {
		if ((x = f->q[i]) == NULL || x->r->group != g)
			continue;
		if (x->state == XS_RUNNING) {
			if (x->kind == XFER_EXEC) {
				fetch_proc_finish(&x->proc, x->r, 1,
				    f->o.timeout_s, f->o.max_bytes);
				f->nexec--;
			} else
				f->hosts[x->host].active--;
			f->active--;
		}
		if (x->easy != NULL)
			curl_multi_remove_handle(f->multi, x->easy);
		f->q[i] = NULL;
		f->holes++;
		f->pending--;
		g->pending--;
		xfer_free(x);
	}
	while ((r = fetch_take(f, g)) != NULL)
		fetch_result_free(&r);
	compact_queue(f);
}

int
fetch_write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}
/* May another transfer start?  Results not yet taken count against the
 * slots, so a slow consumer holds at most max_conns bodies, and no more
 * than FETCH_MAX_HELD of them finished.  A local
 * source (file://, exec:) also waits while FETCH_MAX_WAITING results do:
 * it is a whole document the moment it starts, where a download takes
 * a round trip and comes in gradually. */
static int
may_start(const struct fetch *f, const struct xfer *x)
{
	size_t waiting = fetch_ready(f);

	if (f->active + (int)waiting >= f->o.max_conns ||
	    waiting >= FETCH_MAX_HELD)
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
				fetch_set_error(x->r, _("not fetched: %s asked to "
				    "retry after %ld s"), h->name,
				    h->retry_after_s);
				fetch_finish_xfer(f, x);
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
		fetch_finish_xfer(f, x);
		break;
	case XFER_EXEC:
		if (fetch_proc_start(&x->proc, x->r->url + 5, -1, x->r) ==
		    -1) {
			x->state = XS_DONE;
			fetch_finish_xfer(f, x);
			break;
		}
		x->deadline_ms = clock_mono_ms() + f->o.timeout_s * 1000;
		f->active++;
		f->nexec++;
		break;
	case XFER_HTTP:
		fetch_http_start(f, x);
		break;
	}
}


/* Move a finished transfer's result to the done list and free the
 * transfer: a long reload keeps no dead transfers.  Its queue slot becomes
 * NULL until compact_queue. */
void
fetch_finish_xfer(struct fetch *f, struct xfer *x)
{
	struct fetch_result *r = x->r;

	if (x->filter != NULL && x->kind == XFER_HTTP && filter_start(f, x))
		return;
	if (x->to_fd && r->body != NULL) {
		/* file:// and exec: read whole documents: write it now. */
		if (fetch_write_all(x->fd, r->body, r->len) == -1)
			fetch_set_error(r, _("cannot write the download: %s"),
			    strerror(errno));
		FREE(&r->body);
	}
	if (x->to_fd && r->ok && x->progress != NULL)
		x->progress(r->user, r->range_start + r->len,
		    r->range_start + r->len);
	if (r->group != NULL)
		r->group->ready++;
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

/* A filter: source's download is done: unless it failed or did not
 * change (304), run the script on it, the transfer becoming a command's
 * (the same time limit, cap and process group as exec:).  1 when the
 * script runs; 0 to finish x as it is (r->error says why, if it failed
 * here). */
static int
filter_start(struct fetch *f, struct xfer *x)
{
	struct fetch_result *r = x->r;
	int fd;

	if (*x->filter == '\0') {
		fetch_set_error(r, "%s", _("filter: not filter:SCRIPT:URL with "
		    "an http or https URL"));
		return 0;
	}
	if (!r->ok || r->not_modified)
		return 0;
	if (x->to_fd) {
		/* the body went to the fd as it came: nothing to filter */
		fetch_set_error(r, "%s", _("filter: sources cannot be "
		    "downloaded to a file"));
		return 0;
	}
	/* The script reads the document, not its transfer encoding. */
	if (r->encoding != NULL && fetch_result_decode(r, x->cap) == -1)
		return 0;
	if ((fd = fetch_body_fd(r->body != NULL ? r->body : "", r->len,
	    r)) == -1) {
		r->ok = 0;
		return 0;
	}
	r->ok = 0;
	FREE(&r->body);
	r->len = 0;
	/* Its output is a document of its own, at the address as written. */
	FREE(&r->content_type);
	FREE(&r->charset);
	FREE(&r->moved_url);
	if (x->easy != NULL) {
		curl_multi_remove_handle(f->multi, x->easy);
		curl_easy_cleanup(x->easy);
		x->easy = NULL;
	}
	x->kind = XFER_EXEC;
	x->state = XS_RUNNING;
	if (fetch_proc_start(&x->proc, x->filter, fd, r) == -1) {
		close(fd);
		x->state = XS_DONE;
		return 0;
	}
	close(fd);
	x->deadline_ms = clock_mono_ms() + f->o.timeout_s * 1000;
	f->active++;
	f->nexec++;
	return 1;
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


int
fetch_poll(struct fetch *f, int timeout_ms)
{
	struct curl_waitfd *wfd = NULL;
	struct xfer *x;
	CURLMsg *msg;
	int64_t now, now_us, until;
	size_t i, nw = 0, held;
	int running, left, wait_ms;
	CURLMcode mc;

	held = fetch_ready(f);
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
		}
		/* Its exit raises no event on the pipe when a child of it
		 * holds the pipe open: look again now and then. */
		if (wait_ms > FETCH_PROC_CHECK_MS)
			wait_ms = FETCH_PROC_CHECK_MS;
		until = x->deadline_ms - now;
		if (until < wait_ms)
			wait_ms = until < 0 ? 0 : (int)until;
	}
	/* Nothing to wait for: do not sleep.  (Finished documents waiting
	 * are no reason to return early: the caller knows of them, and may
	 * be holding them back on purpose; see fetch_ready.) */
	if (f->pending == 0)
		wait_ms = 0;
	/* file:// sources finished just now, in start_ready: the caller has
	 * not seen them yet, so do not sleep on them (a few local feeds
	 * would all finish here and the poll then slept its whole time). */
	if (fetch_ready(f) > held)
		wait_ms = 0;
	/* Sleep until the next start is due, rounded up: the gap is under
	 * a millisecond, and rounding down would spin on a 0 ms poll. */
	now_us = clock_mono_us();
	if (f->first_queued < f->nq && may_start(f, NULL) &&
	    (f->next_start_us - now_us + 999) / 1000 < wait_ms)
		wait_ms = f->next_start_us > now_us ?
		    (int)((f->next_start_us - now_us + 999) / 1000) : 0;
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
		fetch_http_finish(f, x, msg->data.result);
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
			fetch_finish_xfer(f, x);
		}
	}
	start_ready(f);
	return (int)(f->pending - f->ndone + f->done_head);
}
