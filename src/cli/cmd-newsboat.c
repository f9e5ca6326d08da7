/*
 * cmd-newsboat: `--import-newsboat [DIR]` moves a newsboat user in: the
 * urls file, the config file and the state of every article of newsboat's
 * cache.db.  newsboat's files are only read.
 *
 *   urls    copied byte for byte when tidings has none (or an empty one);
 *           else the feeds and queries it lacks are appended (the urls
 *           module's writer) and the lines it cannot read (filter:) as
 *           they are.  exec: lines are the user's own commands: kept,
 *           and named in the summary.
 *   config  each line the config parser takes is kept; every other one
 *           is written commented out, under the parser's own reason.
 *           `keymap newsboat` is added, judged the same way.  An existing
 *           config of tidings is never replaced: the translation then
 *           goes beside it, as CONFIG.newsboat.
 *   cache   the articles themselves (store_newsboat_import), so no reload
 *           is needed before the read and starred state shows.
 *
 * Running it again changes nothing more.  DIR holds urls, config and
 * cache.db; without it: ~/.newsboat, else $XDG_CONFIG_HOME/newsboat and
 * $XDG_DATA_HOME/newsboat, as newsboat looks.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "model/quotes.h"
#include "model/reload.h"
#include "render/lib.h"
#include "store/lib.h"

/* Lines named one by one in the summary before "and N more". */
#define NB_MAX_NAMED	10

/* Where newsboat keeps its three files. */
struct nb_paths {
	char	*urls;
	char	*config;
	char	*cache;
};

/* The reasons the config parser gave for one line (capture_log). */
struct capture {
	struct buf	 msg;
	const char	*prefix;	/* "name:line: ", cut off */
};

static int	 nb_locate(const char *dir, struct nb_paths *p);
static void	 nb_paths_free(struct nb_paths *p);
static int	 is_blank_or_comment(const char *p, size_t n);
static void	 name_line(const char *what, const char *p, size_t n,
		     size_t *count);
static int	 import_urls(const struct cli_ctx *ctx, const char *path,
		     struct urls **out);
static int	 import_config(const struct cli_ctx *ctx, const char *path);
static int	 import_cache(const struct cli_ctx *ctx, const struct urls *u,
		     const char *path);
static int	 write_file(const char *path, const char *data, size_t len);

static int
dir_exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* An XDG folder: $VAR, else $HOME/fallback; caller frees (NULL: none). */
static char *
xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var), *home = getenv("HOME");

	if (v != NULL && *v == '/')
		return paths_join(v, "newsboat");
	if (home == NULL || *home == '\0')
		return NULL;
	return xasprintf("%s/%s/newsboat", home, fallback);
}

static int
nb_locate(const char *dir, struct nb_paths *p)
{
	const char *home = getenv("HOME");
	char *dot = NULL, *cdir, *ddir;

	memset(p, 0, sizeof *p);
	if (dir == NULL && home != NULL && *home != '\0') {
		dot = paths_join(home, ".newsboat");
		if (dir_exists(dot))
			dir = dot;
	}
	if (dir != NULL) {
		p->urls = paths_join(dir, "urls");
		p->config = paths_join(dir, "config");
		p->cache = paths_join(dir, "cache.db");
		free(dot);
		return 0;
	}
	free(dot);
	cdir = xdg_dir("XDG_CONFIG_HOME", ".config");
	ddir = xdg_dir("XDG_DATA_HOME", ".local/share");
	if (cdir == NULL || ddir == NULL) {
		free(cdir);
		free(ddir);
		log_error("%s", _("neither $HOME nor the XDG variables are set; "
		    "name newsboat's folder: --import-newsboat DIR"));
		return -1;
	}
	p->urls = paths_join(cdir, "urls");
	p->config = paths_join(cdir, "config");
	p->cache = paths_join(ddir, "cache.db");
	free(cdir);
	free(ddir);
	return 0;
}

static void
nb_paths_free(struct nb_paths *p)
{
	free(p->urls);
	free(p->config);
	free(p->cache);
}

static int
is_blank_or_comment(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
		i++;
	return i == n || p[i] == '#';
}

/* "  what: LINE" (sanitised), the first NB_MAX_NAMED of a kind. */
static void
name_line(const char *what, const char *p, size_t n, size_t *count)
{
	char *s;

	if ((*count)++ >= NB_MAX_NAMED)
		return;
	s = render_sanitize(p, n);
	printf("  %s: %s\n", what, s);
	free(s);
}

static void
capture_log(enum log_level level, const char *msg, void *arg)
{
	struct capture *c = arg;
	size_t n = strlen(c->prefix);

	(void)level;
	if (strncmp(msg, c->prefix, n) == 0)
		msg += n;
	if (c->msg.len > 0)
		buf_adds(&c->msg, "; ");
	buf_adds(&c->msg, msg);
}

/* Swallow the urls parser's warnings about lines we name ourselves. */
static void
quiet_log(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)msg;
	(void)arg;
}

/* Write data to path through a temporary file and a rename (mode 0600). */
static int
write_file(const char *path, const char *data, size_t len)
{
	char *tmp;
	size_t off = 0;
	ssize_t n;
	int fd, saved;

	if (paths_mkparent(path) == -1)
		return -1;
	tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1) {
		free(tmp);
		return -1;
	}
	while (off < len) {
		if ((n = write(fd, data + off, len - off)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		off += (size_t)n;
	}
	if (off < len || fsync(fd) == -1 || close(fd) == -1 ||
	    rename(tmp, path) == -1) {
		saved = errno;
		if (off < len)
			close(fd);
		unlink(tmp);
		free(tmp);
		errno = saved;
		return -1;
	}
	free(tmp);
	return 0;
}

/* End b's last line, if it has one. */
static void
line_end(struct buf *b)
{
	if (b->len > 0 && b->data[b->len - 1] != '\n')
		buf_addc(b, '\n');
}

/*
 * newsboat's urls file into tidings'; *out is tidings' list as written.
 * 0 or -1 (logged).
 */
static int
import_urls(const struct cli_ctx *ctx, const char *path, struct urls **out)
{
	struct urls *nb, *u = NULL, *one;
	struct buf text = BUF_INIT;
	const char *p, *end, *nl;
	const struct urls_entry *e;
	size_t feeds = 0, queries = 0, execs = 0, unread_lines = 0, added = 0;
	size_t i;
	int lineno = 0;
	char *data;
	size_t len;
	int fresh;

	*out = NULL;
	if (file_read(path, &data, &len) == -1) {
		log_error(_("newsboat's feed list %s: %s"), path,
		    strerror(errno));
		return -1;
	}
	log_set_dispatcher(quiet_log, NULL);
	nb = urls_parse(data, len, path);
	u = urls_load(ctx->urls_path, 1);
	log_set_dispatcher(NULL, NULL);
	if (u == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		goto fail;
	}
	/* Only a list with nothing in it is replaced: a comment is the
	 * user's too. */
	fresh = u->textlen == strspn(u->text, " \t\r\n");
	buf_add(&text, u->text, u->textlen);
	if (fresh) {
		buf_reset(&text);
		buf_add(&text, data, len);
	}

	/* What the file holds, line by line, and what tidings lacks, in
	 * newsboat's order.  nb's entries come in line order; a line
	 * that parses but is none of them repeats an earlier one. */
	printf(_("feed list: %s -> %s\n"), path, ctx->urls_path);
	for (p = data, end = data + len, i = 0; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		lineno++;
		if (i < nb->n && nb->entries[i].line == lineno) {
			e = &nb->entries[i++];
			if (e->kind == URLS_QUERY)
				queries++;
			else
				feeds++;
			if (e->kind == URLS_EXEC || e->kind == URLS_FILTER)
				name_line(_("your command, kept"), e->url,
				    strlen(e->url), &execs);
			if (fresh || urls_find(u, e->url) != NULL)
				continue;
			line_end(&text);
			urls_entry_write(e, &text);
			added++;
			continue;
		}
		if (is_blank_or_comment(p, (size_t)(nl - p)))
			continue;
		log_set_dispatcher(quiet_log, NULL);
		one = urls_parse(p, (size_t)(nl - p), path);
		log_set_dispatcher(NULL, NULL);
		if (one->n == 0) {
			/* filter: and what else tidings does not read:
			 * kept, once. */
			name_line(_("kept, but not read by tidings"), p,
			    (size_t)(nl - p), &unread_lines);
			if (!fresh && memmem(text.data, text.len, p,
			    (size_t)(nl - p)) == NULL) {
				line_end(&text);
				buf_add(&text, p, (size_t)(nl - p));
				buf_addc(&text, '\n');
				added++;
			}
		}
		urls_free(&one);
	}
	if (fresh && u->textlen == len && memcmp(u->text, data, len) == 0)
		fresh = 0;	/* the very same file already */
	if (fresh)
		added = feeds + queries;
	if (added > 0 && write_file(ctx->urls_path, text.data != NULL ?
	    text.data : "", text.len) == -1) {
		log_error(_("cannot write the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		goto fail;
	}
	printf(_("  %zu feeds and %zu queries in newsboat's list; %zu added, "
	    "%zu exec: commands, %zu lines tidings does not read\n"), feeds,
	    queries, added, execs, unread_lines);
	urls_free(&u);
	log_set_dispatcher(quiet_log, NULL);
	u = urls_parse(text.data != NULL ? text.data : "", text.len,
	    ctx->urls_path);
	log_set_dispatcher(NULL, NULL);
	*out = u;
	urls_free(&nb);
	buf_free(&text);
	free(data);
	return 0;
fail:
	urls_free(&u);
	urls_free(&nb);
	buf_free(&text);
	free(data);
	return -1;
}

/* One config line judged by the parser (prefix is what its messages
 * start with), and written to out as it is or commented out. */
struct translation {
	struct config	 scratch;
	struct capture	 cap;
	struct buf	 out;
	size_t		 kept, dropped, named;
};

/*
 * `include FILE` with a relative FILE names a file beside newsboat's
 * config; the translation lives elsewhere, so it gets the whole path
 * (quoted, with \ and " escaped).  NULL when the line is no such include.
 */
static char *
include_absolute(const char *path, const char *line)
{
	const char *p = line, *slash;
	struct buf b = BUF_INIT;
	size_t n;

	while (*p == ' ' || *p == '\t')
		p++;
	if (strncmp(p, "include", 7) != 0 || (p[7] != ' ' && p[7] != '\t'))
		return NULL;
	for (p += 7; *p == ' ' || *p == '\t'; p++)
		;
	n = strlen(p);
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' ||
	    p[n - 1] == '\r'))
		n--;
	if (n >= 2 && p[0] == '"' && p[n - 1] == '"') {
		p++;
		n -= 2;
	}
	if (n == 0 || p[0] == '/' || p[0] == '~' || memchr(p, '"', n) != NULL ||
	    memchr(p, '\\', n) != NULL || (slash = strrchr(path, '/')) == NULL)
		return NULL;	/* absolute, or quoting we leave alone */
	buf_adds(&b, "include \"");
	buf_add(&b, path, (size_t)(slash - path) + 1);
	buf_add(&b, p, n);
	buf_adds(&b, "\"");
	return buf_detach(&b);
}

/* A cache-file line (leading blanks allowed). */
static int
is_cache_file(const char *line)
{
	line += strspn(line, " \t");
	return strncmp(line, "cache-file", 10) == 0 &&
	    (line[10] == ' ' || line[10] == '\t' || line[10] == '\0');
}

static void
translate_line(struct translation *t, const char *path, unsigned lineno,
    const char *line)
{
	char *prefix, *abs;
	int rc;

	if (is_blank_or_comment(line, strlen(line))) {
		buf_printf(&t->out, "%s\n", line);
		return;
	}
	if ((abs = include_absolute(path, line)) != NULL) {
		translate_line(t, path, lineno, abs);
		free(abs);
		return;
	}
	if (is_cache_file(line)) {
		/* newsboat's own cache: tidings must never open it. */
		buf_printf(&t->out, "# %s %s\n# %s\n",
		    _("not taken by tidings:"), _("cache-file names newsboat's "
		    "cache; its read state was brought over"), line);
		t->dropped++;
		return;
	}
	prefix = xasprintf("%s:%u: ", path, lineno);
	t->cap.prefix = prefix;
	buf_reset(&t->cap.msg);
	buf_adds(&t->cap.msg, "");
	log_set_dispatcher(capture_log, &t->cap);
	rc = config_apply_line(&t->scratch, line, path, lineno);
	log_set_dispatcher(NULL, NULL);
	if (rc == 0 && t->cap.msg.len == 0) {
		buf_printf(&t->out, "%s\n", line);
		t->kept++;
	} else {
		if (t->cap.msg.len == 0)
			buf_adds(&t->cap.msg, _("not taken"));
		buf_printf(&t->out, "# %s %s\n# %s\n",
		    _("not taken by tidings:"), buf_str(&t->cap.msg), line);
		name_line(buf_str(&t->cap.msg), line, strlen(line), &t->named);
		t->dropped++;
	}
	free(prefix);
}

/*
 * newsboat's config translated: each line the parser takes as it is,
 * the others commented out with the parser's reason; then `keymap
 * newsboat`.  0 or -1.
 */
static int
import_config(const struct cli_ctx *ctx, const char *path)
{
	struct translation t;
	const char *p, *end, *nl;
	char *data, *old = NULL, *dest, *line;
	size_t len, oldlen;
	unsigned lineno = 0;
	int rc;

	if (file_read(path, &data, &len) == -1) {
		if (errno == ENOENT) {
			printf(_("config: %s: none\n"), path);
			return 0;
		}
		log_error("%s: %s", path, strerror(errno));
		return -1;
	}
	printf(_("config: %s -> %s\n"), path, ctx->config_path);
	memset(&t, 0, sizeof t);
	config_init(&t.scratch);
	for (p = data, end = data + len; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		line = xstrndup(p, (size_t)(nl - p));
		translate_line(&t, path, ++lineno, line);
		free(line);
	}
	translate_line(&t, path, ++lineno, "keymap newsboat");
	buf_free(&t.cap.msg);
	config_free(&t.scratch);
	free(data);

	/* The user's own config is never replaced. */
	dest = xstrdup(ctx->config_path);
	if (file_read(ctx->config_path, &old, &oldlen) == 0 &&
	    !(oldlen == t.out.len && memcmp(old, t.out.data, oldlen) == 0)) {
		free(dest);
		dest = xasprintf("%s.newsboat", ctx->config_path);
		printf(_("  %s exists: the translation is in %s\n"),
		    ctx->config_path, dest);
	}
	free(old);
	rc = write_file(dest, buf_str(&t.out), t.out.len);
	if (rc == -1)
		log_error("%s: %s", dest, strerror(errno));
	else
		printf(_("  %zu lines taken, %zu commented out\n"), t.kept,
		    t.dropped);
	free(dest);
	buf_free(&t.out);
	return rc;
}

/* The quotations of the articles the import wrote, as a reload finds
 * them for the articles it stores.  0 or -1 (logged). */
static int
index_quotes(struct store *st, const int64_t *ids, size_t n)
{
	struct store_article a;
	struct quote *q;
	const char *body;
	size_t i, nq;
	int rc = 0;

	if (n == 0 || store_begin(st) == -1)
		return n == 0 ? 0 : -1;
	for (i = 0; i < n && rc == 0; i++) {
		if (store_article_get(st, ids[i], &a) == -1) {
			rc = -1;
			break;
		}
		body = a.content != NULL ? a.content : a.summary;
		if (body != NULL && model_quotes_body(body, strlen(body),
		    a.content_type == FEED_CONTENT_TEXT, &q, &nq) == 0)
			rc = model_quotes_save(st, ids[i], q, nq);
		store_article_clear(&a);
	}
	if (rc == -1) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

/* newsboat's articles and their state into tidings' cache.  0 or -1. */
static int
import_cache(const struct cli_ctx *ctx, const struct urls *u, const char *path)
{
	struct store_nb_stats s;
	struct store *st = NULL;
	char err[512];
	int rc;

	if (access(path, F_OK) == -1) {
		printf(_("cache: %s: none\n"), path);
		return 0;
	}
	printf(_("cache: %s -> %s\n"), path, ctx->cache_path);
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		return -1;
	}
	memset(&s, 0, sizeof s);
	err[0] = '\0';
	rc = reload_sync_feeds(st, u);
	if (rc == 0)
		rc = store_newsboat_import(st, path, (int64_t)time(NULL), &s,
		    err, sizeof err);
	if (rc == 0)
		rc = index_quotes(st, s.changed_ids, s.nchanged);
	store_nb_stats_clear(&s);
	store_close(&st);
	if (rc == -1) {
		if (err[0] != '\0')
			log_error("%s", err);
		return -1;
	}
	printf(_("  %zu feeds, %zu articles (%zu read, %zu unread, %zu "
	    "flagged); %zu new here, %zu changed state, %zu deleted\n"),
	    s.feeds, s.articles, s.read, s.unread, s.flagged, s.added,
	    s.changed, s.deleted);
	if (s.unlisted > 0)
		printf(_("  %zu feeds of newsboat's cache are not in the feed "
		    "list: left out\n"), s.unlisted);
	return 0;
}

int
cmd_import_newsboat(const struct cli_ctx *ctx, const char *dir)
{
	struct nb_paths p;
	struct urls *u = NULL;
	int rc = 1;

	if (dir != NULL && !dir_exists(dir)) {
		log_error("%s: %s", dir, strerror(ENOTDIR));
		return 1;
	}
	if (nb_locate(dir, &p) == -1)
		return 1;
	if (import_urls(ctx, p.urls, &u) == 0 &&
	    import_config(ctx, p.config) == 0 &&
	    import_cache(ctx, u, p.cache) == 0)
		rc = 0;
	urls_free(&u);
	nb_paths_free(&p);
	if (fflush(stdout) == EOF || ferror(stdout))
		rc = 1;
	return rc;
}
