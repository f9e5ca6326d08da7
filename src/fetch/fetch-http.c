/*
 * fetch-http: one http(s) transfer: the libcurl easy handle's set-up, the
 * headers of the final response (a redirect resets them), the body with
 * its cap counted after decompression, and the outcome in words.  The
 * engine (fetch.c) starts and polls them.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "fetch/fetch-int.h"

static size_t	 cb_write(char *, size_t, size_t, void *);
static size_t	 cb_header(char *, size_t, size_t, void *);
static int	 cb_progress(void *, curl_off_t, curl_off_t, curl_off_t,
		     curl_off_t);
static char	*hdr_value(const char *, size_t);
static void	 parse_content_type(struct xfer *);
static long	 parse_max_age(struct xfer *);
static long	 parse_retry_after(const char *);

void
fetch_http_start(struct fetch *f, struct xfer *x)
{
	CURL *e;
	char *h;

	if ((e = curl_easy_init()) == NULL) {
		fetch_set_error(x->r, "%s", _("cannot start a transfer"));
		x->state = XS_DONE;
		fetch_finish_xfer(f, x);
		return;
	}
	x->easy = e;
	x->all_permanent = 1;
	curl_easy_setopt(e, CURLOPT_URL, x->http_url);
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
	if (x->download) {
		/* Identity: a Range counts the file's bytes. */
		if (x->range_from > 0) {
			h = xasprintf("%llu-",
			    (unsigned long long)x->range_from);
			curl_easy_setopt(e, CURLOPT_RANGE, h);
			free(h);
		}
	} else if (f->o.raw_encoding && !x->to_fd) {
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
	curl_easy_setopt(e, CURLOPT_TIMEOUT, x->no_timeout ? 0L :
	    f->o.timeout_s);
	/* download-timeout means what it says: a feed that drips is given
	 * the whole time-out (a low-speed limit of half of it used to drop
	 * it first), and finish says it was too slow.  A file download has
	 * no total limit: there a stall under FETCH_LOW_SPEED_BPS for half
	 * the time-out (at most 30 s) ends it. */
	if (x->no_timeout) {
		curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT,
		    (long)FETCH_LOW_SPEED_BPS);
		curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME,
		    f->o.timeout_s / 2 < 1 ? 1L :
		    f->o.timeout_s / 2 > 30 ? 30L : f->o.timeout_s / 2);
	}
	fetch_http_settings(f, e);
	if (x->cap > 0)
		curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
		    (curl_off_t)x->cap);
	if (x->progress != NULL) {
		curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, cb_progress);
		curl_easy_setopt(e, CURLOPT_XFERINFODATA, x);
		curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
	}
	/* Without a proxy setting, proxies come from the usual environment
	 * variables (libcurl's default). */
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
	if (x->post != NULL) {
		curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)x->post_len);
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, x->post);
		h = xasprintf("Content-Type: %s", x->post_type != NULL ?
		    x->post_type : "application/x-www-form-urlencoded");
		x->hdrs = curl_slist_append(x->hdrs, h);
		free(h);
	}
	if (x->header != NULL)
		x->hdrs = curl_slist_append(x->hdrs, x->header);
	/* An API call (a body or a header of the caller's: credentials) is
	 * never redirected: a 307 would send the body elsewhere. */
	if (x->post != NULL || x->header != NULL)
		curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	if (x->accept != NULL) {
		h = xasprintf("Accept: %s", x->accept);
		x->hdrs = curl_slist_append(x->hdrs, h);
		free(h);
	} else {
		x->hdrs = curl_slist_append(x->hdrs, x->download ?
		    "Accept: */*" :
		    "Accept: application/atom+xml, application/rss+xml, "
		    "application/rdf+xml, application/feed+json, "
		    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->hdrs);
	if (curl_multi_add_handle(f->multi, e) != CURLM_OK) {
		fetch_set_error(x->r, "%s", _("cannot start a transfer"));
		x->state = XS_DONE;
		fetch_finish_xfer(f, x);
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
	uint64_t have = x->to_fd ? x->written : x->body.len;

	if (x->download && !x->body_seen) {
		x->body_seen = 1;
		if (x->hop_status == 206) {
			/* Only the bytes asked for may follow the file's. */
			if (x->content_range == NULL || strncasecmp(
			    x->content_range, "bytes ", 6) != 0 ||
			    strtoull(x->content_range + 6, NULL, 10) !=
			    x->range_from) {
				x->range_bad = 1;
				return 0;
			}
			x->base = x->range_from;
		} else if (x->range_from > 0 && (ftruncate(x->fd, 0) == -1 ||
		    lseek(x->fd, 0, SEEK_SET) == -1)) {
			/* Range ignored: the whole file comes again. */
			x->werr = errno;
			return 0;
		}
	}
	have += x->base;
	if (x->cap > 0 && have + n > x->cap) {
		x->over = 1;
		return 0;	/* aborts the transfer */
	}
	if (!x->to_fd) {
		buf_add(&x->body, p, n);
		return n;
	}
	if (fetch_write_all(x->fd, p, n) == -1) {
		x->werr = errno;
		return 0;
	}
	x->written += n;
	return n;
}

/* libcurl's progress meter, passed on when the body has grown. */
static int
cb_progress(void *arg, curl_off_t dltotal, curl_off_t dlnow,
    curl_off_t ultotal, curl_off_t ulnow)
{
	struct xfer *x = arg;

	(void)ultotal;
	(void)ulnow;
	if (dlnow > 0 && (uint64_t)dlnow != x->seen) {
		x->seen = (uint64_t)dlnow;
		x->progress(x->r->user, x->base + (uint64_t)dlnow,
		    dltotal > 0 ? x->base + (uint64_t)dltotal : 0);
	}
	return 0;
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
		{ "content-range", offsetof(struct xfer, content_range) },
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

/* Libcurl's bits for newsboat's auth-method names (FETCH_AUTH_*). */
static const unsigned long auth_bits[] = {
	CURLAUTH_ANY, CURLAUTH_BASIC, CURLAUTH_DIGEST, CURLAUTH_DIGEST_IE,
	CURLAUTH_GSSNEGOTIATE, CURLAUTH_NTLM, CURLAUTH_ANYSAFE
};
static const long proxy_types[] = {
	CURLPROXY_HTTP, CURLPROXY_SOCKS4, CURLPROXY_SOCKS4A, CURLPROXY_SOCKS5,
	CURLPROXY_SOCKS5_HOSTNAME
};

#define AUTH_BITS(i)	((i) >= 0 && (size_t)(i) < sizeof auth_bits / \
			    sizeof auth_bits[0] ? auth_bits[i] : CURLAUTH_ANY)

/* The user's proxy, authentication, TLS, speed and cookie settings. */
void
fetch_http_settings(struct fetch *f, CURL *e)
{
	const struct fetch_opts *o = &f->o;

	if (o->proxy != NULL) {
		curl_easy_setopt(e, CURLOPT_PROXY, o->proxy);
		curl_easy_setopt(e, CURLOPT_PROXYTYPE, o->proxy_type >= 0 &&
		    (size_t)o->proxy_type < sizeof proxy_types /
		    sizeof proxy_types[0] ? proxy_types[o->proxy_type] :
		    (long)CURLPROXY_HTTP);
		if (o->proxy_auth != NULL) {
			curl_easy_setopt(e, CURLOPT_PROXYUSERPWD,
			    o->proxy_auth);
			curl_easy_setopt(e, CURLOPT_PROXYAUTH,
			    AUTH_BITS(o->proxy_auth_method));
		}
	}
	/* Only asked for when the URL carries user:password@. */
	curl_easy_setopt(e, CURLOPT_HTTPAUTH, AUTH_BITS(o->http_auth_method));
	if (o->no_verify_peer)
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
	if (o->no_verify_host)
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
	if (o->max_speed > 0)
		curl_easy_setopt(e, CURLOPT_MAX_RECV_SPEED_LARGE,
		    (curl_off_t)o->max_speed);
	if (o->cookie_file != NULL) {
		if (f->share != NULL)
			curl_easy_setopt(e, CURLOPT_SHARE, f->share);
		curl_easy_setopt(e, CURLOPT_COOKIEFILE, o->cookie_file);
		curl_easy_setopt(e, CURLOPT_COOKIEJAR, o->cookie_file);
	}
}

void
fetch_http_finish(struct fetch *f, struct xfer *x, CURLcode rc)
{
	struct fetch_result *r = x->r;
	struct fetch_host *h = &f->hosts[x->host];
	char *eff = NULL, sz[32];
	double secs = 0;
	curl_off_t got = 0;
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
		if (x->range_bad) {
			fetch_set_error(r, "%s", _("the server sent another part "
			    "of the file than asked for"));
			goto out;
		}
		if (x->werr != 0) {
			fetch_set_error(r, _("cannot write the download: %s"),
			    strerror(x->werr));
			goto out;
		}
		fetch_size_str(x->cap, sz, sizeof sz);
		fetch_set_error(r, _("the document is larger than the %s limit"),
		    sz);
		r->too_large = 1;
		goto out;
	case CURLE_COULDNT_RESOLVE_HOST:
		fetch_set_error(r, "%s", _("cannot resolve the host name"));
		goto out;
	case CURLE_COULDNT_RESOLVE_PROXY:
		fetch_set_error(r, "%s", _("cannot resolve the proxy's host name"));
		goto out;
	case CURLE_COULDNT_CONNECT:
		if (oserr == ECONNREFUSED)
			fetch_set_error(r, "%s", _("connection refused"));
		else if (oserr != 0)
			fetch_set_error(r, _("cannot connect: %s"), strerror(oserr));
		else
			fetch_set_error(r, _("cannot connect: %s"), x->errbuf);
		goto out;
	case CURLE_OPERATION_TIMEDOUT:
		curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME, &secs);
		curl_easy_getinfo(x->easy, CURLINFO_SIZE_DOWNLOAD_T, &got);
		if (x->hop_status != 0 && secs > 0 &&
		    (double)got / secs < FETCH_LOW_SPEED_BPS)
			fetch_set_error(r, _("the server is too slow (under %d "
			    "bytes/s)"), FETCH_LOW_SPEED_BPS);
		else if (x->hop_status == 0 &&
		    strstr(x->errbuf, "onnect") == NULL)
			fetch_set_error(r, _("no reply from the server within %.0f s"),
			    secs);
		else if (strstr(x->errbuf, "too slow") != NULL)
			fetch_set_error(r, _("the server is too slow (under %d "
			    "bytes/s)"), FETCH_LOW_SPEED_BPS);
		else if (strstr(x->errbuf, "onnect") != NULL)
			fetch_set_error(r, _("timed out connecting after %ld s"),
			    f->o.connect_timeout_s);
		else
			fetch_set_error(r, _("timed out after %ld s"),
			    f->o.timeout_s);
		goto out;
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		if (oserr == ECONNRESET || strstr(x->errbuf, "reset") != NULL)
			fetch_set_error(r, "%s", _("the connection was reset"));
		else
			fetch_set_error(r, _("network error: %s"), x->errbuf);
		goto out;
	case CURLE_PARTIAL_FILE:
		fetch_set_error(r, "%s", _("truncated: the connection closed before "
		    "the whole document came"));
		goto out;
	case CURLE_GOT_NOTHING:
		fetch_set_error(r, "%s", _("the server closed the connection "
		    "without replying"));
		goto out;
	case CURLE_TOO_MANY_REDIRECTS:
		fetch_set_error(r, _("too many redirects (more than %d)"),
		    f->o.max_redirs);
		goto out;
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_WEIRD_SERVER_REPLY:
		/* Unsupported is also what libcurl says of a reply with no
		 * status line (taken for HTTP/0.9, which it refuses). */
		if (rc == CURLE_UNSUPPORTED_PROTOCOL &&
		    x->hop_status >= 300 && x->hop_status < 400)
			fetch_set_error(r, "%s", _("redirected to an address that "
			    "is not http or https"));
		else
			fetch_set_error(r, "%s", _("the server's reply is not HTTP"));
		goto out;
#if LIBCURL_VERSION_NUM >= 0x080600
	case CURLE_TOO_LARGE:
#endif
	case CURLE_OUT_OF_MEMORY:
		/* Before 8.6, libcurl's answer to a header line over its
		 * 100 KB limit, with nothing in the error buffer.  Before
		 * the body, that is what it means: libcurl's own buffers are
		 * small, and our allocations never fail (xmalloc). */
		if (rc != CURLE_OUT_OF_MEMORY || x->body.len == 0 ||
		    strstr(x->errbuf, "header") != NULL)
			fetch_set_error(r, "%s", _("the server sent a header line "
			    "that is too long"));
		else
			fetch_set_error(r, "%s", _("out of memory"));
		goto out;
	case CURLE_BAD_CONTENT_ENCODING:
		fetch_set_error(r, "%s", _("the compressed document is corrupt"));
		goto out;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
#if LIBCURL_VERSION_NUM < 0x073e00
	case CURLE_SSL_CACERT:
#endif
	case CURLE_SSL_CERTPROBLEM:
		fetch_set_error(r, _("TLS failed: %s"), x->errbuf[0] != '\0' ?
		    x->errbuf : curl_easy_strerror(rc));
		goto out;
	default:
		fetch_set_error(r, "%s", x->errbuf[0] != '\0' ? x->errbuf :
		    curl_easy_strerror(rc));
		goto out;
	}

	if (redirs > 0 && x->all_permanent && eff != NULL &&
	    strcmp(eff, x->http_url) != 0)
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
			fetch_set_error(r, _("HTTP %ld %s (retry after %ld s)"),
			    status, x->reason != NULL ? x->reason : "",
			    r->retry_after_s);
		} else
			fetch_set_error(r, "HTTP %ld %s", status,
			    x->reason != NULL ? x->reason : "");
	} else if (status >= 400 || status < 200) {
		fetch_set_error(r, "HTTP %ld %s", status,
		    x->reason != NULL ? x->reason : "");
	} else if (status >= 300) {
		fetch_set_error(r, _("HTTP %ld redirect without a usable Location"),
		    status);
	} else {
		r->ok = 1;
		if (x->to_fd) {
			r->len = (size_t)x->written;
			r->range_start = x->base;
			goto out;
		}
		r->len = x->body.len;
		r->body = buf_detach(&x->body);
		if (f->o.raw_encoding) {
			r->encoding = x->encoding;
			x->encoding = NULL;
		}
	}
out:
	x->state = XS_DONE;
	fetch_finish_xfer(f, x);
}
