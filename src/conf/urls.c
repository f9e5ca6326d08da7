/*
 * urls: newsboat's urls file.  Each line is split into tokens (blanks
 * separate, "double quotes" group and take \" and \\, a token starting
 * with # starts a comment); the first token is the address, the rest are
 * tags, "~Name" (display name) and "!" (hidden).  The parsed list keeps
 * the original text so appending (OPML import) never disturbs the user's
 * comments and layout.
 */
#include <config.h>	/* autoconf's, not conf/config.h */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/lib.h"
#include "conf/urls.h"

/* A line longer than this is refused (no sane feed line is). */
#define URLS_MAX_LINE	65536
#define URLS_MAX_TOKENS	256

static int	 tokenize(const char *, size_t, char ***, size_t *);
static void	 free_tokens(char **, size_t);
static int	 url_kind(const char *, enum urls_kind *);
static void	 entry_clear(struct urls_entry *);
static void	 add_quoted(struct buf *, const char *);
static uint64_t	 url_hash(const char *);
static int	 seen_add(size_t **, size_t *, const struct urls *, size_t);

/* FNV-1a, for the duplicate check while parsing. */
static uint64_t
url_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/*
 * An open-addressing set of entry indices + 1 (0 = empty), so a long
 * urls file is checked for repeated lines in linear time.  Adds entry ei
 * unless its URL is there already: 1 if added, 0 if a duplicate.
 */
static int
seen_add(size_t **setp, size_t *sizep, const struct urls *u, size_t ei)
{
	size_t *set = *setp, size = *sizep, i, j, *nset;
	const char *url = u->entries[ei].url;

	if (ei * 2 >= size) {
		nset = xcalloc(size == 0 ? 64 : size * 2, sizeof *nset);
		size = size == 0 ? 64 : size * 2;
		for (i = 0; i < *sizep; i++) {
			if (set[i] == 0)
				continue;
			j = url_hash(u->entries[set[i] - 1].url) & (size - 1);
			while (nset[j] != 0)
				j = (j + 1) & (size - 1);
			nset[j] = set[i];
		}
		free(set);
		*setp = set = nset;
		*sizep = size;
	}
	for (j = url_hash(url) & (size - 1); set[j] != 0;
	    j = (j + 1) & (size - 1)) {
		if (strcmp(u->entries[set[j] - 1].url, url) == 0)
			return 0;
	}
	set[j] = ei + 1;
	return 1;
}

static int
url_kind(const char *url, enum urls_kind *kind)
{
	if (strncasecmp(url, "http://", 7) == 0 && url[7] != '\0')
		*kind = URLS_HTTP;
	else if (strncasecmp(url, "https://", 8) == 0 && url[8] != '\0')
		*kind = URLS_HTTP;
	else if (strncasecmp(url, "file://", 7) == 0 && url[7] != '\0')
		*kind = URLS_FILE;
	else if (strncmp(url, "exec:", 5) == 0 && url[5] != '\0')
		*kind = URLS_EXEC;
	else if (strncmp(url, "query:", 6) == 0)
		*kind = URLS_QUERY;
	else
		return -1;
	return 0;
}

static void
free_tokens(char **tok, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(tok[i]);
	free(tok);
}

/* Split one line.  0, or -1 when a quote is not closed. */
static int
tokenize(const char *p, size_t len, char ***tokp, size_t *np)
{
	const char *end = p + len;
	struct buf t = BUF_INIT;
	char **tok = NULL;
	size_t n = 0;

	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p == end || *p == '#')
			break;
		buf_reset(&t);
		buf_adds(&t, "");
		if (*p == '"') {
			for (p++; p < end && *p != '"'; p++) {
				if (*p == '\\' && p + 1 < end)
					p++;
				buf_addc(&t, *p);
			}
			if (p == end)
				goto bad;
			p++;
		} else {
			while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
				buf_addc(&t, *p++);
		}
		if (n == URLS_MAX_TOKENS)
			continue;
		tok = xreallocarray(tok, n + 1, sizeof *tok);
		tok[n++] = xstrdup(buf_str(&t));
	}
	buf_free(&t);
	*tokp = tok;
	*np = n;
	return 0;
bad:
	buf_free(&t);
	free_tokens(tok, n);
	return -1;
}

static void
entry_clear(struct urls_entry *e)
{
	size_t i;

	free(e->url);
	free(e->name);
	for (i = 0; i < e->ntags; i++)
		free(e->tags[i]);
	free(e->tags);
	memset(e, 0, sizeof *e);
}

struct urls *
urls_parse(const char *buf, size_t len, const char *origin)
{
	struct urls *u = xcalloc(1, sizeof *u);
	struct urls_entry e;
	const char *p = buf, *end = buf + len, *nl;
	char **tok;
	size_t ntok, i, llen, *seen = NULL, nseen = 0;
	int line = 0;
	char *stop;

	if (origin == NULL)
		origin = "urls";
	u->text = xmalloc(len + 1);
	memcpy(u->text, buf, len);
	u->text[len] = '\0';
	u->textlen = len;

	for (; p < end; p = nl + 1) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		llen = (size_t)(nl - p);
		if (llen > URLS_MAX_LINE) {
			log_warn(_("%s:%d: line too long, skipped"), origin,
			    line);
			continue;
		}
		if (tokenize(p, llen, &tok, &ntok) == -1) {
			log_warn(_("%s:%d: unbalanced quotes, line skipped"),
			    origin, line);
			continue;
		}
		if (ntok == 0)
			continue;
		memset(&e, 0, sizeof e);
		if (url_kind(tok[0], &e.kind) == -1) {
			log_warn(_("%s:%d: not a feed address (http://, "
			    "https://, file://, exec: or query:): %s"), origin,
			    line, tok[0]);
			free_tokens(tok, ntok);
			continue;
		}
		e.url = tok[0];
		e.line = line;
		for (i = 1; i < ntok; i++) {
			if (tok[i][0] == '~' && tok[i][1] != '\0') {
				free(e.name);
				e.name = xstrdup(tok[i] + 1);
				free(tok[i]);
			} else if (strcmp(tok[i], "!") == 0) {
				e.hidden = 1;
				free(tok[i]);
			} else if (strncmp(tok[i], "reload=", 7) == 0 &&
			    (e.reload_minutes = strtol(tok[i] + 7, &stop,
			    10)) >= 0 && *stop == '\0' && stop != tok[i] + 7) {
				/* A per-feed interval is a hint, not a tag. */
				free(tok[i]);
			} else if (tok[i][0] == '\0')
				free(tok[i]);
			else {
				e.tags = xreallocarray(e.tags, e.ntags + 1,
				    sizeof *e.tags);
				e.tags[e.ntags++] = tok[i];
			}
		}
		if (e.reload_minutes < 0)
			e.reload_minutes = 0;
		free(tok);
		u->entries = xreallocarray(u->entries, u->n + 1,
		    sizeof *u->entries);
		u->entries[u->n] = e;
		if (!seen_add(&seen, &nseen, u, u->n)) {
			log_warn(_("%s:%d: %s is listed twice; the first line "
			    "counts"), origin, line, e.url);
			entry_clear(&u->entries[u->n]);
			continue;
		}
		u->n++;
	}
	free(seen);
	return u;
}

struct urls *
urls_load(const char *path, int missing_ok)
{
	struct urls *u;
	char *data;
	size_t len;

	if (file_read(path, &data, &len) == -1) {
		if (errno == ENOENT && missing_ok)
			return urls_parse("", 0, path);
		return NULL;
	}
	u = urls_parse(data, len, path);
	free(data);
	return u;
}

void
urls_free(struct urls **up)
{
	struct urls *u = *up;
	size_t i;

	if (u == NULL)
		return;
	for (i = 0; i < u->n; i++)
		entry_clear(&u->entries[i]);
	free(u->entries);
	free(u->text);
	free(u);
	*up = NULL;
}

char *
urls_entry_tags(const struct urls_entry *e)
{
	struct buf b = BUF_INIT;
	size_t i;

	if (e->ntags == 0)
		return NULL;
	for (i = 0; i < e->ntags; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, e->tags[i]);
	}
	return buf_detach(&b);
}

const struct urls_entry *
urls_find(const struct urls *u, const char *url)
{
	size_t i;

	for (i = 0; i < u->n; i++) {
		if (strcmp(u->entries[i].url, url) == 0)
			return &u->entries[i];
	}
	return NULL;
}

/* Append a token, quoted when it would not survive as one bare token. */
static void
add_quoted(struct buf *b, const char *s)
{
	const char *p;

	if (*s != '\0' && s[0] != '#' && strpbrk(s, " \t\r\n\"\\") == NULL) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	for (p = s; *p != '\0'; p++) {
		if (*p == '\n' || *p == '\r')
			continue;	/* a line cannot hold them */
		if (*p == '"' || *p == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
}

int
urls_append(struct urls *u, const char *url, const char *name,
    char *const *tags, size_t ntags)
{
	struct urls_entry e;
	struct buf line = BUF_INIT;
	char *tilde;
	size_t i;

	memset(&e, 0, sizeof e);
	if (url_kind(url, &e.kind) == -1 || e.kind == URLS_QUERY ||
	    strpbrk(url, "\r\n") != NULL)
		return -1;
	if (urls_find(u, url) != NULL)
		return 0;
	if (u->textlen > 0 && u->text[u->textlen - 1] != '\n')
		buf_addc(&line, '\n');
	add_quoted(&line, url);
	e.url = xstrdup(url);
	for (i = 0; i < ntags; i++) {
		if (tags[i] == NULL || *tags[i] == '\0' ||
		    strcmp(tags[i], "!") == 0 || tags[i][0] == '~')
			continue;
		buf_addc(&line, ' ');
		add_quoted(&line, tags[i]);
		e.tags = xreallocarray(e.tags, e.ntags + 1, sizeof *e.tags);
		e.tags[e.ntags++] = xstrdup(tags[i]);
	}
	if (name != NULL && *name != '\0') {
		tilde = xasprintf("~%s", name);
		buf_addc(&line, ' ');
		add_quoted(&line, tilde);
		free(tilde);
		e.name = xstrdup(name);
	}
	buf_addc(&line, '\n');
	u->text = xrealloc(u->text, u->textlen + line.len + 1);
	memcpy(u->text + u->textlen, line.data, line.len + 1);
	u->textlen += line.len;
	buf_free(&line);
	u->entries = xreallocarray(u->entries, u->n + 1, sizeof *u->entries);
	u->entries[u->n++] = e;
	return 1;
}

int
urls_save(const struct urls *u, const char *path)
{
	char *tmp, *real;
	size_t off = 0;
	ssize_t n;
	int fd, saved;

	/* Write through a symbolic link (dotfile managers use them) rather
	 * than replacing the link with a file. */
	if ((real = realpath(path, NULL)) != NULL)
		path = real;
	else if (paths_mkparent(path) == -1)
		return -1;
	tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1) {
		saved = errno;
		free(tmp);
		free(real);
		errno = saved;
		return -1;
	}
	while (off < u->textlen) {
		n = write(fd, u->text + off, u->textlen - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		off += (size_t)n;
	}
	if (fsync(fd) == -1 || close(fd) == -1) {
		fd = -1;
		goto fail;
	}
	if (rename(tmp, path) == -1) {
		fd = -1;
		goto fail;
	}
	free(tmp);
	free(real);
	return 0;
fail:
	saved = errno;
	if (fd != -1)
		close(fd);
	unlink(tmp);
	free(tmp);
	free(real);
	errno = saved;
	return -1;
}
