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
static void	 index_grow(struct urls *);
static int	 index_add(struct urls *, size_t);
static int	 parse_line(const char *, size_t, const char *, int,
		     struct urls_entry *);
static void	 push_entry(struct urls *, const struct urls_entry *);
static int	 tag_survives(const char *);
static int	 reload_hint(const char *, long *);

/* FNV-1a, for the URL index. */
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

/* Keep the index at most half full, so probes stay short. */
static void
index_grow(struct urls *u)
{
	size_t size, i, j, *nset;

	if ((u->n + 1) * 2 <= u->index_size)
		return;
	size = u->index_size == 0 ? 64 : u->index_size * 2;
	nset = xcalloc(size, sizeof *nset);
	for (i = 0; i < u->index_size; i++) {
		if (u->index[i] == 0)
			continue;
		j = url_hash(u->entries[u->index[i] - 1].url) & (size - 1);
		while (nset[j] != 0)
			j = (j + 1) & (size - 1);
		nset[j] = u->index[i];
	}
	free(u->index);
	u->index = nset;
	u->index_size = size;
}

/*
 * Index entry ei (which must be u->entries[u->n], not yet counted) unless
 * its URL is there already: 1 if added, 0 if a duplicate.
 */
static int
index_add(struct urls *u, size_t ei)
{
	const char *url = u->entries[ei].url;
	size_t j, mask;

	index_grow(u);
	mask = u->index_size - 1;
	for (j = url_hash(url) & mask; u->index[j] != 0; j = (j + 1) & mask) {
		if (strcmp(u->entries[u->index[j] - 1].url, url) == 0)
			return 0;
	}
	u->index[j] = ei + 1;
	return 1;
}

/* Room for one more entry at u->entries[u->n], then copy e there (not
 * yet counted: the caller bumps n once index_add agrees). */
static void
push_entry(struct urls *u, const struct urls_entry *e)
{
	if (u->n == u->cap) {
		u->cap = u->cap == 0 ? 16 : u->cap * 2;
		u->entries = xreallocarray(u->entries, u->cap,
		    sizeof *u->entries);
	}
	u->entries[u->n] = *e;
}

static int	url_is_filter(const char *url);

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
	else if (url_is_filter(url))
		*kind = URLS_FILTER;
	else
		return -1;
	return 0;
}

/* filter:SCRIPT:URL, newsboat's form: the script ends at the first colon
 * and the rest is an http(s) address (fetch splits it the same way). */
static int
url_is_filter(const char *url)
{
	const char *colon;

	if (strncmp(url, "filter:", 7) != 0 ||
	    (colon = strchr(url + 7, ':')) == NULL || colon == url + 7)
		return 0;
	return (strncasecmp(colon + 1, "http://", 7) == 0 && colon[8] !=
	    '\0') || (strncasecmp(colon + 1, "https://", 8) == 0 &&
	    colon[9] != '\0');
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

/*
 * Parse line number `line` (p[0..llen), no newline) into *e.  1 for an
 * entry, 0 for a blank or comment line, -1 for a bad line (warned about
 * with origin and line).
 */
static int
parse_line(const char *p, size_t llen, const char *origin, int line,
    struct urls_entry *e)
{
	char **tok;
	size_t ntok, i;

	memset(e, 0, sizeof *e);
	if (llen > URLS_MAX_LINE) {
		log_warn(_("%s:%d: line too long, skipped"), origin, line);
		return -1;
	}
	if (tokenize(p, llen, &tok, &ntok) == -1) {
		log_warn(_("%s:%d: unbalanced quotes, line skipped"), origin,
		    line);
		return -1;
	}
	if (ntok == 0)
		return 0;
	if (url_kind(tok[0], &e->kind) == -1) {
		log_warn(_("%s:%d: not a feed address (http://, https://, "
		    "file://, exec:, filter: or query:): %s"), origin, line, tok[0]);
		free_tokens(tok, ntok);
		return -1;
	}
	e->url = tok[0];
	e->line = line;
	for (i = 1; i < ntok; i++) {
		if (tok[i][0] == '~' && tok[i][1] != '\0') {
			free(e->name);
			e->name = xstrdup(tok[i] + 1);
			free(tok[i]);
		} else if (strcmp(tok[i], "!") == 0) {
			e->hidden = 1;
			free(tok[i]);
		} else if (reload_hint(tok[i], &e->reload_minutes)) {
			/* A per-feed interval is a hint, not a tag. */
			free(tok[i]);
		} else if (tok[i][0] == '\0')
			free(tok[i]);
		else {
			e->tags = xreallocarray(e->tags, e->ntags + 1,
			    sizeof *e->tags);
			e->tags[e->ntags++] = tok[i];
		}
	}
	free(tok);
	return 1;
}

struct urls *
urls_parse(const char *buf, size_t len, const char *origin)
{
	struct urls *u = xcalloc(1, sizeof *u);
	struct urls_entry e;
	const char *p = buf, *end = buf + len, *nl;
	int line = 0;

	if (origin == NULL)
		origin = "urls";
	u->textcap = len + 1;
	u->text = xmalloc(u->textcap);
	memcpy(u->text, buf, len);
	u->text[len] = '\0';
	u->textlen = len;

	for (; p < end; p = nl + 1) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (parse_line(p, (size_t)(nl - p), origin, line, &e) != 1)
			continue;
		push_entry(u, &e);
		if (!index_add(u, u->n)) {
			log_warn(_("%s:%d: %s is listed twice; the first line "
			    "counts"), origin, line, e.url);
			entry_clear(&u->entries[u->n]);
			continue;
		}
		u->n++;
	}
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
	free(u->index);
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
	size_t j, mask;

	if (u->index_size == 0)
		return NULL;
	mask = u->index_size - 1;
	for (j = url_hash(url) & mask; u->index[j] != 0; j = (j + 1) & mask) {
		if (strcmp(u->entries[u->index[j] - 1].url, url) == 0)
			return &u->entries[u->index[j] - 1];
	}
	return NULL;
}

/* Append a token, quoted when it would not survive as one bare token.
 * Inside quotes only '"' and '\\' need a backslash and only '\n' cannot
 * be carried (a CR or tab is kept: the tokenizer keeps them in quotes). */
static void
add_quoted(struct buf *b, const char *s)
{
	const char *p;

	if (*s != '\0' && s[0] != '#' && s[0] != '"' &&
	    strpbrk(s, " \t\r\n") == NULL) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	for (p = s; *p != '\0'; p++) {
		if (*p == '\n')
			continue;
		if (*p == '"' || *p == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
}

/* "reload=N" (N >= 0, as strtol reads it): 1 and *minutes = N, else 0
 * and *minutes untouched. */
static int
reload_hint(const char *t, long *minutes)
{
	char *stop;
	long v;

	if (strncmp(t, "reload=", 7) != 0)
		return 0;
	v = strtol(t + 7, &stop, 10);
	if (v < 0 || *stop != '\0' || stop == t + 7)
		return 0;
	*minutes = v;
	return 1;
}

/* Whether a tag reads back as a tag (not the name, hidden or a hint). */
static int
tag_survives(const char *t)
{
	long dummy;

	return t != NULL && *t != '\0' && strcmp(t, "!") != 0 &&
	    !(t[0] == '~' && t[1] != '\0') && strchr(t, '\n') == NULL &&
	    !reload_hint(t, &dummy);
}

void
urls_entry_write(const struct urls_entry *e, struct buf *out)
{
	size_t i;
	char *t;

	add_quoted(out, e->url);
	for (i = 0; i < e->ntags; i++) {
		buf_addc(out, ' ');
		add_quoted(out, e->tags[i]);
	}
	if (e->name != NULL && *e->name != '\0') {
		t = xasprintf("~%s", e->name);
		buf_addc(out, ' ');
		add_quoted(out, t);
		free(t);
	}
	if (e->reload_minutes > 0)
		buf_printf(out, " reload=%ld", e->reload_minutes);
	if (e->hidden)
		buf_adds(out, " !");
	buf_addc(out, '\n');
}

int
urls_append(struct urls *u, const char *url, const char *name,
    char *const *tags, size_t ntags)
{
	return urls_append_feed(u, url, name, tags, ntags, 0);
}

int
urls_append_feed(struct urls *u, const char *url, const char *name,
    char *const *tags, size_t ntags, int hidden)
{
	struct urls_entry w, e;
	struct buf line = BUF_INIT;
	size_t i, need;
	int nl;

	memset(&w, 0, sizeof w);
	if (url_kind(url, &w.kind) == -1 || w.kind == URLS_QUERY ||
	    strpbrk(url, "\r\n") != NULL)
		return -1;
	if (urls_find(u, url) != NULL)
		return 0;
	w.url = (char *)url;
	w.name = (char *)name;
	w.hidden = hidden != 0;
	w.tags = xreallocarray(NULL, ntags + 1, sizeof *w.tags);
	for (i = 0; i < ntags && w.ntags < URLS_MAX_TOKENS - 3; i++) {
		if (tag_survives(tags[i]))
			w.tags[w.ntags++] = tags[i];
	}
	urls_entry_write(&w, &line);
	free(w.tags);
	/* The entry is what reading the line back gives, so the list in
	 * memory and the file can never disagree. */
	if (line.len - 1 > URLS_MAX_LINE ||
	    parse_line(line.data, line.len - 1, "urls", 0, &e) != 1) {
		buf_free(&line);
		return -1;
	}
	nl = u->textlen > 0 && u->text[u->textlen - 1] != '\n';
	need = u->textlen + (size_t)nl + line.len + 1;
	if (need > u->textcap) {
		u->textcap = need > u->textcap * 2 ? need : u->textcap * 2;
		u->text = xrealloc(u->text, u->textcap);
	}
	if (nl)
		u->text[u->textlen++] = '\n';
	memcpy(u->text + u->textlen, line.data, line.len + 1);
	u->textlen += line.len;
	buf_free(&line);
	push_entry(u, &e);
	if (!index_add(u, u->n)) {
		/* Cannot happen (urls_find said no); keep the list sane. */
		entry_clear(&u->entries[u->n]);
		return 0;
	}
	u->n++;
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
