/*
 * uri: split a URI reference into its components and resolve one reference
 * against a base (RFC 3986 section 5).  Surrounding whitespace in feed URLs
 * is dropped; nothing is percent-decoded.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/uri.h"
#include "base/xmalloc.h"

static int	 uri_scheme_len(const char *);
static void	 uri_remove_dots(struct buf *, const char *, size_t);
static char	*uri_trim(const char *);

/* Length of a valid scheme before ':', or 0. */
static int
uri_scheme_len(const char *s)
{
	int i;

	if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return 0;
	for (i = 1; s[i] != '\0'; i++) {
		if (s[i] == ':')
			return i;
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '+' || s[i] == '-' || s[i] == '.'))
			return 0;
	}
	return 0;
}

int
uri_is_absolute(const char *s)
{
	return uri_scheme_len(s) > 0;
}

void
uri_split(const char *s, struct uri_parts *u)
{
	size_t n;

	memset(u, 0, sizeof *u);
	n = uri_scheme_len(s);
	if (n > 0) {
		u->scheme = s;
		u->scheme_len = n;
		s += n + 1;
	}
	if (s[0] == '/' && s[1] == '/') {
		s += 2;
		u->has_auth = 1;
		u->auth = s;
		u->auth_len = strcspn(s, "/?#");
		s += u->auth_len;
	}
	u->path = s;
	u->path_len = strcspn(s, "?#");
	s += u->path_len;
	if (*s == '?') {
		u->has_query = 1;
		u->query = ++s;
		u->query_len = strcspn(s, "#");
		s += u->query_len;
	}
	if (*s == '#') {
		u->has_frag = 1;
		u->frag = ++s;
		u->frag_len = strlen(s);
	}
}

/* RFC 3986 5.2.4 remove_dot_segments, appending the result to out. */
static void
uri_remove_dots(struct buf *out, const char *p, size_t len)
{
	size_t start = out->len, seg;
	const char *end = p + len;

	while (p < end) {
		if (end - p >= 3 && strncmp(p, "../", 3) == 0)
			p += 3;
		else if (end - p >= 2 && strncmp(p, "./", 2) == 0)
			p += 2;
		else if (end - p >= 3 && strncmp(p, "/./", 3) == 0)
			p += 2;
		else if (end - p == 2 && strncmp(p, "/.", 2) == 0) {
			p += 1;
			buf_addc(out, '/');
			break;
		} else if ((end - p >= 4 && strncmp(p, "/../", 4) == 0) ||
		    (end - p == 3 && strncmp(p, "/..", 3) == 0)) {
			int last = end - p == 3;

			p += 3;
			while (out->len > start && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > start)
				out->len--;
			out->data[out->len] = '\0';
			if (last) {
				buf_addc(out, '/');
				break;
			}
		} else if ((end - p == 1 && *p == '.') ||
		    (end - p == 2 && strncmp(p, "..", 2) == 0))
			break;
		else {
			seg = 1;
			while (p + seg < end && p[seg] != '/')
				seg++;
			if (*p != '/') {
				seg = 0;
				while (p + seg < end && p[seg] != '/')
					seg++;
			}
			buf_add(out, p, seg);
			p += seg;
		}
	}
}

static char *
uri_trim(const char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	return xstrndup(s, n);
}

char *
uri_resolve(const char *base, const char *ref)
{
	struct uri_parts b, r;
	struct buf out = BUF_INIT;
	char *rt, *bt;
	const char *slash;

	rt = uri_trim(ref);
	if (base == NULL || uri_is_absolute(rt))
		return rt;
	bt = uri_trim(base);
	if (!uri_is_absolute(bt)) {
		free(bt);
		return rt;
	}
	uri_split(bt, &b);
	uri_split(rt, &r);

	buf_add(&out, b.scheme, b.scheme_len);
	buf_addc(&out, ':');
	if (r.has_auth) {
		buf_adds(&out, "//");
		buf_add(&out, r.auth, r.auth_len);
		uri_remove_dots(&out, r.path, r.path_len);
		if (r.has_query) {
			buf_addc(&out, '?');
			buf_add(&out, r.query, r.query_len);
		}
	} else {
		if (b.has_auth) {
			buf_adds(&out, "//");
			buf_add(&out, b.auth, b.auth_len);
		}
		if (r.path_len == 0) {
			buf_add(&out, b.path, b.path_len);
			if (r.has_query) {
				buf_addc(&out, '?');
				buf_add(&out, r.query, r.query_len);
			} else if (b.has_query) {
				buf_addc(&out, '?');
				buf_add(&out, b.query, b.query_len);
			}
		} else {
			if (r.path[0] == '/')
				uri_remove_dots(&out, r.path, r.path_len);
			else {
				/* merge: base path up to its last '/' + ref */
				struct buf m = BUF_INIT;

				if (b.has_auth && b.path_len == 0)
					buf_addc(&m, '/');
				else {
					slash = NULL;
					for (size_t i = 0; i < b.path_len; i++)
						if (b.path[i] == '/')
							slash = b.path + i;
					if (slash != NULL)
						buf_add(&m, b.path, slash - b.path + 1);
				}
				buf_add(&m, r.path, r.path_len);
				uri_remove_dots(&out, m.data, m.len);
				buf_free(&m);
			}
			if (r.has_query) {
				buf_addc(&out, '?');
				buf_add(&out, r.query, r.query_len);
			}
		}
	}
	if (r.has_frag) {
		buf_addc(&out, '#');
		buf_add(&out, r.frag, r.frag_len);
	}
	free(bt);
	free(rt);
	return buf_detach(&out);
}

int
uri_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}
