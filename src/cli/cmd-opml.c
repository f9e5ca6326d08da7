/*
 * cmd-opml: `-i FILE` adds the feeds of an OPML file to the urls file
 * (appending; the user's lines stay as they are) and `-e` writes the feed
 * list as OPML 2.0 on stdout, with titles and site links from the cache
 * when there is one.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/opml.h"
#include "conf/urls.h"
#include "store/lib.h"

int
cmd_import_opml(const struct cli_ctx *ctx, const char *file)
{
	struct opml *o = NULL;
	struct urls *u;
	char *data, err[256];
	size_t len, i, added = 0, known = 0, bad = 0;
	int rc;

	if (file_read(file, &data, &len) == -1) {
		log_error("%s: %s", file, strerror(errno));
		return 1;
	}
	rc = opml_parse(data, len, &o, err, sizeof err);
	free(data);
	if (rc == -1) {
		log_error("%s: %s", file, err);
		return 1;
	}
	if ((u = urls_load(ctx->urls_path, 1)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		opml_free(&o);
		return 1;
	}
	for (i = 0; i < o->n; i++) {
		switch (urls_append(u, o->feeds[i].url, o->feeds[i].title,
		    o->feeds[i].tags, o->feeds[i].ntags)) {
		case 1:
			added++;
			break;
		case 0:
			known++;
			break;
		default:
			log_warn(_("%s: skipping %s: not an http, https or "
			    "file address"), file, o->feeds[i].url);
			bad++;
		}
	}
	opml_free(&o);
	if (added > 0 && urls_save(u, ctx->urls_path) == -1) {
		log_error(_("cannot write the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		urls_free(&u);
		return 1;
	}
	urls_free(&u);
	log_info(_("imported %zu feeds into %s (%zu already listed, "
	    "%zu skipped)"), added, ctx->urls_path, known, bad);
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
