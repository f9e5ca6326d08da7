/*
 * import: which imported addresses may become sources (see import.h).
 * The scheme decides first, so a refused address is reported by what it
 * would have done; then length, bytes and host.  Only printable ASCII is
 * accepted (IRIs must come percent-encoded, IDN hosts as punycode), so
 * nothing that passes can hide a blank, a control, a bidi override or a
 * second urls-file token.
 */
#include <config.h>	/* autoconf's, not conf/config.h */

#include <string.h>
#include <strings.h>

#include "base/lib.h"
#include "conf/import.h"

static const struct {
	const char		*scheme;
	enum import_verdict	 verdict;
} import_schemes[] = {
	{ "http",	IMPORT_OK },
	{ "https",	IMPORT_OK },
	{ "exec",	IMPORT_EXEC },
	{ "filter",	IMPORT_FILTER },
	{ "file",	IMPORT_FILE },
	{ "query",	IMPORT_QUERY },
};

static const char *const import_labels[IMPORT_NVERDICTS] = {
	[IMPORT_OK] =		N_("accepted"),
	[IMPORT_EXEC] =		"exec:",
	[IMPORT_FILTER] =	"filter:",
	[IMPORT_FILE] =		"file:",
	[IMPORT_QUERY] =	"query:",
	[IMPORT_SCHEME] =	N_("other scheme"),
	[IMPORT_NOHOST] =	N_("no host"),
	[IMPORT_CHARS] =	N_("blanks or control characters"),
	[IMPORT_LONG] =		N_("too long"),
};

static int	 import_blank(char);
static enum import_verdict import_scheme(const char *, size_t, size_t *);

static int
import_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* The verdict the scheme of s[0..len) gives; *slen its length. */
static enum import_verdict
import_scheme(const char *s, size_t len, size_t *slen)
{
	size_t i, k;

	for (i = 0; i < len && s[i] != ':'; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') || (i > 0 &&
		    ((s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
		    s[i] == '-' || s[i] == '.'))))
			return IMPORT_SCHEME;
	}
	if (i == 0 || i == len)
		return IMPORT_SCHEME;
	*slen = i;
	for (k = 0; k < sizeof import_schemes / sizeof import_schemes[0];
	    k++) {
		if (strlen(import_schemes[k].scheme) == i &&
		    strncasecmp(s, import_schemes[k].scheme, i) == 0)
			return import_schemes[k].verdict;
	}
	return IMPORT_SCHEME;
}

enum import_verdict
import_url_check(const char *url, size_t *off, size_t *len)
{
	const char *s = url, *auth, *end, *at, *host;
	enum import_verdict v;
	size_t n, slen = 0, i;

	while (import_blank(*s))
		s++;
	n = strlen(s);
	while (n > 0 && import_blank(s[n - 1]))
		n--;
	if ((v = import_scheme(s, n, &slen)) != IMPORT_OK)
		return v;
	if (n > IMPORT_MAX_URL)
		return IMPORT_LONG;
	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f)
			return IMPORT_CHARS;
	}
	/* "//" authority, then a host that is not empty after any
	 * userinfo@ and before any :port. */
	if (n < slen + 3 || s[slen + 1] != '/' || s[slen + 2] != '/')
		return IMPORT_NOHOST;
	auth = s + slen + 3;
	end = auth + strcspn(auth, "/?#");
	if (end > s + n)
		end = s + n;
	for (host = auth, at = auth; at < end; at++) {
		if (*at == '@')
			host = at + 1;
	}
	if (host == end || *host == ':')
		return IMPORT_NOHOST;
	if (off != NULL)
		*off = (size_t)(s - url);
	if (len != NULL)
		*len = n;
	return IMPORT_OK;
}

const char *
import_verdict_label(enum import_verdict v)
{
	if ((unsigned)v >= IMPORT_NVERDICTS)
		v = IMPORT_SCHEME;
	return _(import_labels[v]);
}
