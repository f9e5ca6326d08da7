/*
 * cmd-opml: `-i FILE` adds the feeds of an OPML file to the urls file
 * (appending; the user's lines stay as they are) and `-e` writes the feed
 * list as OPML 2.0 on stdout, with titles and site links from the cache
 * when there is one.  An import creates http(s) sources only
 * (import_url_check); everything else is skipped, counted by kind and
 * named, and every string from the file is sanitised before it is
 * printed or written.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "conf/import.h"
#include "conf/opml.h"
#include "conf/urls.h"
#include "render/lib.h"
#include "store/lib.h"

/* Skipped addresses named one by one before the summary counts them. */
#define IMPORT_MAX_WARNINGS	20

/*
 * s made safe for the terminal (render_sanitize: controls, escapes, bidi
 * controls, newlines) and without the invisible characters it keeps:
 * zero-width space/joiners, word joiner and the Unicode line and
 * paragraph separators, which can hide or split what is shown.  (These
 * belong in render's forbidden set; until then they are dropped here.)
 * The caller frees.
 */
static char *
clean(const char *s)
{
	char *c = render_sanitize(s, strlen(s)), *w = c;
	const char *p = c;
	size_t len = strlen(c), n;
	uint32_t cp;

	while (*p != '\0') {
		n = utf8_decode(p, len - (size_t)(p - c), &cp);
		if (!((cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 ||
		    cp == 0x2028 || cp == 0x2029)) {
			memmove(w, p, n);
			w += n;
		}
		p += n;
	}
	*w = '\0';
	return c;
}

/*
 * Add feed f of the OPML file to u if its address passes the import rule
 * (conf/import.h), hidden if it was, its title as the name ~Name only
 * with titles (--import-titles).  Names and tags are sanitised before
 * they reach the urls file.  Returns the verdict; *added tells a new line from a known
 * one.
 */
static enum import_verdict
import_one(struct urls *u, const struct opml_feed *f, int titles, int *added)
{
	enum import_verdict v;
	char *url, *name, *tags[OPML_MAX_TAGS];
	size_t off, len, i, nt;
	int rc;

	*added = 0;
	if ((v = import_url_check(f->url, &off, &len)) != IMPORT_OK)
		return v;
	url = xstrndup(f->url + off, len);
	/* A title pinned as ~Name would hide the feed's own for ever. */
	name = f->title != NULL && titles ? clean(f->title) : NULL;
	for (i = nt = 0; i < f->ntags && nt < OPML_MAX_TAGS; i++)
		tags[nt++] = clean(f->tags[i]);
	rc = urls_append_feed(u, url, name, tags, nt, f->hidden);
	for (i = 0; i < nt; i++)
		free(tags[i]);
	free(name);
	free(url);
	if (rc == -1)
		return IMPORT_LONG;	/* the line would be too long */
	*added = rc;
	return IMPORT_OK;
}

/* ": 2 exec:, 1 file:" for the summary, or "" when nothing was skipped;
 * the caller frees. */
static char *
skipped_detail(const size_t *counts)
{
	struct buf b = BUF_INIT;
	int v;

	buf_adds(&b, "");
	for (v = IMPORT_OK + 1; v < IMPORT_NVERDICTS; v++) {
		if (counts[v] == 0)
			continue;
		buf_adds(&b, b.len == 0 ? ": " : ", ");
		buf_printf(&b, "%zu %s", counts[v],
		    import_verdict_label((enum import_verdict)v));
	}
	return buf_detach(&b);
}

int
cmd_import_opml(const struct cli_ctx *ctx, const char *file)
{
	struct opml *o = NULL;
	struct urls *u;
	enum import_verdict v;
	char *data, err[256], *shown, *detail, *path;
	size_t len, i, added = 0, known = 0, bad = 0, start;
	size_t counts[IMPORT_NVERDICTS] = { 0 };
	int rc, new;

	shown = clean(file);
	if (file_read(file, &data, &len) == -1) {
		log_error("%s: %s", shown, strerror(errno));
		free(shown);
		return 1;
	}
	rc = opml_parse(data, len, &o, err, sizeof err);
	free(data);
	if (rc == -1) {
		log_error("%s: %s", shown, err);
		free(shown);
		return 1;
	}
	if ((u = urls_load(ctx->urls_path, 1)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		opml_free(&o);
		free(shown);
		return 1;
	}
	if (o->truncated)
		log_warn(_("%s: only the first %d feeds and %d levels of "
		    "folders are read"), shown, OPML_MAX_FEEDS, OPML_MAX_DEPTH);
	start = u->textlen;
	for (i = 0; i < o->n; i++) {
		if (u->textlen - start > IMPORT_MAX_GROWTH) {
			log_warn(_("%s: stopped: the feed list would grow by "
			    "more than %zu MB; %zu feeds not imported"), shown,
			    IMPORT_MAX_GROWTH >> 20, o->n - i);
			break;
		}
		if ((v = import_one(u, &o->feeds[i], ctx->import_titles,
		    &new)) == IMPORT_OK) {
			if (new)
				added++;
			else
				known++;
			continue;
		}
		counts[v]++;
		if (++bad <= IMPORT_MAX_WARNINGS) {
			data = clean(o->feeds[i].url);
			log_warn(_("%s: skipping %s: %s"), shown, data,
			    import_verdict_label(v));
			free(data);
		}
	}
	opml_free(&o);
	if (added > 0 && urls_save(u, ctx->urls_path) == -1) {
		log_error(_("cannot write the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		urls_free(&u);
		free(shown);
		return 1;
	}
	urls_free(&u);
	detail = skipped_detail(counts);
	path = clean(ctx->urls_path);
	log_info(_("imported %zu feeds into %s (%zu already listed, "
	    "%zu skipped%s)"), added, path, known, bad, detail);
	free(path);
	free(detail);
	free(shown);
	return 0;
}

int
cmd_export_opml(const struct cli_ctx *ctx)
{
	struct store_feed *rows = NULL, *f;
	struct store *st = NULL;
	struct buf out = BUF_INIT;
	struct opml *o;
	struct urls *u;
	const struct urls_entry *e;
	const char *title, *html;
	char err[256];
	size_t n = 0, i, j;

	if ((u = urls_load(ctx->urls_path, 0)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		return 1;
	}
	/* Titles are a nicety: without a cache the export still works. */
	if (access(ctx->cache_path, F_OK) == 0 &&
	    (store_open(ctx->cache_path, STORE_READONLY, &st, err,
	    sizeof err) == -1 || store_feed_list(st, &rows, &n) == -1)) {
		log_warn("%s: %s", ctx->cache_path, err);
		n = 0;
	}
	o = xcalloc(1, sizeof *o);
	for (i = j = 0; i < u->n; i++) {
		e = &u->entries[i];
		if (e->kind == URLS_QUERY)
			continue;
		/* Listed feeds come in urls-file order (their position is
		 * the line's index), so one cursor finds each in turn. */
		f = NULL;
		while (j < n && rows[j].position < (int)i)
			j++;
		if (j < n && rows[j].position == (int)i &&
		    strcmp(rows[j].url, e->url) == 0)
			f = &rows[j];
		title = e->name != NULL ? e->name :
		    f != NULL ? f->title : NULL;
		html = f != NULL ? f->site_link : NULL;
		opml_add(o, e->url, title, html, e->tags, e->ntags);
		o->feeds[o->n - 1].hidden = e->hidden;
	}
	opml_write(o, _("tidings feeds"), &out);
	fwrite(out.data, 1, out.len, stdout);
	buf_free(&out);
	opml_free(&o);
	store_feed_list_free(&rows, n);
	store_close(&st);
	urls_free(&u);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
