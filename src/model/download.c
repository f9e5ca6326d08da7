/*
 * download.c: the queue's pure rules (download.h): the state table, which
 * file starts next, and file names from download-filename-format.  No
 * store, no files, no clock but what is passed in (and localtime for the
 * date specifiers); table-tested in tests/unit/test-download.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "base/uri.h"
#include "conf/config.h"
#include "model/download.h"

/* A file name is cut at this many bytes (leaving room for ".part" and a
 * ".N" when the name is taken, within any file system's 255). */
#define DL_NAME_MAX	200

/* What each event does in each state; a missing pair changes nothing.
 * DE_CUT goes back to the queue until DOWNLOAD_MAX_TRIES (retry). */
static const struct {
	enum download_state	 from;
	enum download_event	 e;
	enum download_state	 to;
	int			 retry;
} transitions[] = {
	{ DL_QUEUED, DE_PAUSE, DL_PAUSED, 0 },
	{ DL_QUEUED, DE_CANCEL, DL_CANCELLED, 0 },
	{ DL_QUEUED, DE_BEGIN, DL_RUNNING, 0 },
	{ DL_RUNNING, DE_PAUSE, DL_PAUSED, 0 },
	{ DL_RUNNING, DE_CANCEL, DL_CANCELLED, 0 },
	{ DL_RUNNING, DE_COMPLETE, DL_DONE, 0 },
	{ DL_RUNNING, DE_CUT, DL_QUEUED, 1 },
	{ DL_RUNNING, DE_REFUSED, DL_FAILED, 0 },
	{ DL_RUNNING, DE_RESTART, DL_QUEUED, 0 },
	{ DL_PAUSED, DE_START, DL_QUEUED, 0 },
	{ DL_PAUSED, DE_RESUME, DL_QUEUED, 0 },
	{ DL_PAUSED, DE_CANCEL, DL_CANCELLED, 0 },
	{ DL_FAILED, DE_START, DL_QUEUED, 0 },
	{ DL_FAILED, DE_RESUME, DL_QUEUED, 0 },
	{ DL_FAILED, DE_CANCEL, DL_CANCELLED, 0 },
	{ DL_CANCELLED, DE_START, DL_QUEUED, 0 },
	{ DL_CANCELLED, DE_RESUME, DL_QUEUED, 0 },
};

enum download_state
download_next(enum download_state s, enum download_event e, int tries)
{
	size_t i;

	for (i = 0; i < sizeof transitions / sizeof transitions[0]; i++) {
		if (transitions[i].from != s || transitions[i].e != e)
			continue;
		if (transitions[i].retry && tries >= DOWNLOAD_MAX_TRIES)
			return DL_FAILED;
		return transitions[i].to;
	}
	return s;
}

const char *
download_state_name(enum download_state s)
{
	static const char *const names[DL_NSTATES] = {
		[DL_QUEUED] = N_("queued"),
		[DL_RUNNING] = N_("downloading"),
		[DL_PAUSED] = N_("paused"),
		[DL_DONE] = N_("finished"),
		[DL_FAILED] = N_("failed"),
		[DL_CANCELLED] = N_("cancelled"),
	};

	if ((unsigned)s >= DL_NSTATES)
		return "?";
	return _(names[s]);
}

size_t
download_pick(const enum download_state *states, size_t n, int max_running,
    size_t *out, size_t max_out)
{
	size_t i, k = 0;
	long running = 0;

	for (i = 0; i < n; i++)
		if (states[i] == DL_RUNNING)
			running++;
	for (i = 0; i < n && k < max_out && running < max_running; i++) {
		if (states[i] != DL_QUEUED)
			continue;
		out[k++] = i;
		running++;
	}
	return k;
}

/* Append s[0..len) made safe for a file name: '/', '\\' and controls
 * become '_'. */
static void
name_add(struct buf *b, const char *s, size_t len)
{
	size_t i;
	unsigned char c;

	for (i = 0; s != NULL && i < len; i++) {
		c = (unsigned char)s[i];
		buf_addc(b, c < 0x20 || c == 0x7f || c == '/' || c == '\\' ?
		    '_' : (char)c);
	}
}

/* The URL's last path part, percent-decoded (query and fragment off). */
static char *
url_base(const char *url)
{
	const char *p, *end, *slash;
	struct buf b = BUF_INIT;
	char *out;
	int hi, lo;

	if (url == NULL)
		return xstrdup("");
	p = strstr(url, "://");
	p = p != NULL ? p + 3 : url;
	end = p + strcspn(p, "?#");
	slash = NULL;
	for (const char *q = p; q < end; q++)
		if (*q == '/')
			slash = q;
	p = slash != NULL ? slash + 1 : end;
	for (; p < end; p++) {
		if (*p == '%' && end - p > 2 &&
		    (hi = uri_hexval((unsigned char)p[1])) >= 0 &&
		    (lo = uri_hexval((unsigned char)p[2])) >= 0) {
			buf_addc(&b, (char)(hi * 16 + lo));
			p += 2;
		} else
			buf_addc(&b, *p);
	}
	out = buf_detach(&b);
	return out != NULL ? out : xstrdup("");
}

static char *
url_host(const char *url)
{
	const char *p, *e, *at;

	if (url == NULL || (p = strstr(url, "://")) == NULL)
		return xstrdup("");
	p += 3;
	e = p + strcspn(p, "/?#");
	at = memchr(p, '@', (size_t)(e - p));
	if (at != NULL)
		p = at + 1;
	if (*p == '[')
		e = p + strcspn(p, "]") + (p[strcspn(p, "]")] == ']');
	else
		e = p + strcspn(p, ":/?#");
	return xstrndup(p, (size_t)(e - p));
}

char *
download_filename(const char *fmt, const struct download_name *n)
{
	static const char *const months[12] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct buf b = BUF_INIT;
	struct tm tm;
	time_t t = n->date > 0 ? (time_t)n->date : time(NULL);
	char *base, *host, num[32], *out;
	const char *dot, *p;
	size_t len, i;

	if (localtime_r(&t, &tm) == NULL)
		memset(&tm, 0, sizeof tm);
	base = url_base(n->url);
	host = url_host(n->url);
	if (fmt == NULL || *fmt == '\0')
		fmt = "%n-%u";
	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%' || p[1] == '\0') {
			name_add(&b, p, 1);
			continue;
		}
		num[0] = '\0';
		switch (*++p) {
		case 'n': name_add(&b, n->feed, n->feed ? strlen(n->feed) : 0);
			break;
		case 't': name_add(&b, n->title, n->title ? strlen(n->title) :
			    0);
			break;
		case 'h': name_add(&b, host, strlen(host)); break;
		case 'u': name_add(&b, base, strlen(base)); break;
		case 'e':
			dot = strrchr(base, '.');
			if (dot != NULL)
				name_add(&b, dot + 1, strlen(dot + 1));
			break;
		case 'F':
			snprintf(num, sizeof num, "%04d-%02d-%02d",
			    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
			break;
		case 'm': snprintf(num, sizeof num, "%02d", tm.tm_mon + 1); break;
		case 'b': snprintf(num, sizeof num, "%s",
			    months[tm.tm_mon % 12]);
			break;
		case 'd': snprintf(num, sizeof num, "%02d", tm.tm_mday); break;
		case 'H': snprintf(num, sizeof num, "%02d", tm.tm_hour); break;
		case 'M': snprintf(num, sizeof num, "%02d", tm.tm_min); break;
		case 'S': snprintf(num, sizeof num, "%02d", tm.tm_sec); break;
		case 'y': snprintf(num, sizeof num, "%02d", tm.tm_year % 100);
			break;
		case 'Y': snprintf(num, sizeof num, "%04d", tm.tm_year + 1900);
			break;
		case '%': buf_addc(&b, '%'); break;
		default:	/* unknown: kept as written */
			buf_addc(&b, '%');
			name_add(&b, p, 1);
			break;
		}
		buf_adds(&b, num);
	}
	free(base);
	free(host);
	out = buf_detach(&b);
	if (out == NULL)
		out = xstrdup("");
	/* Cut on a UTF-8 character boundary. */
	if ((len = strlen(out)) > DL_NAME_MAX) {
		len = DL_NAME_MAX;
		while (len > 0 && ((unsigned char)out[len] & 0xc0) == 0x80)
			len--;
		out[len] = '\0';
	}
	/* Never hidden, never an option, never "." or "..". */
	for (i = 0; out[i] == '.' || out[i] == '-'; i++)
		out[i] = '_';
	if (*out == '\0') {
		free(out);
		out = xstrdup("download");
	}
	return out;
}

void
download_conf_init(struct download_conf *c, const struct config *cfg)
{
	const char *dir = cfg != NULL && cfg->download_path != NULL ?
	    cfg->download_path : "~/";
	const char *home = getenv("HOME");

	memset(c, 0, sizeof *c);
	if (dir[0] == '~' && (dir[1] == '/' || dir[1] == '\0') &&
	    home != NULL && *home != '\0')
		c->dir = xasprintf("%s%s", home, dir + 1);
	else
		c->dir = xstrdup(*dir != '\0' ? dir : ".");
	c->format = xstrdup(cfg != NULL && cfg->download_filename_format !=
	    NULL ? cfg->download_filename_format : "%n-%u");
	c->max_downloads = cfg != NULL ? cfg->max_downloads : 1;
	if (c->max_downloads < 1)
		c->max_downloads = 1;
	c->max_bytes = cfg != NULL ? (uint64_t)cfg->podcast_max_size << 20 :
	    (uint64_t)1024 << 20;
	c->auto_enqueue = cfg != NULL && cfg->podcast_auto_enqueue;
	c->delete_played = cfg != NULL && cfg->delete_played_files;
}

void
download_conf_clear(struct download_conf *c)
{
	free(c->dir);
	free(c->format);
	memset(c, 0, sizeof *c);
}
