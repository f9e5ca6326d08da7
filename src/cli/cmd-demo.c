/*
 * cmd-demo: --demo points tidings at the feeds bundled under data/demo.
 * It writes a urls file of file:// addresses and keeps a cache of its own
 * (under $XDG_DATA_HOME/tidings/demo), so the user's own feeds and cache
 * are never touched, and reloads on start: file:// needs no network.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"

static int
is_dir(const char *p)
{
	struct stat sb;

	return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* The installed copy, else the source tree's (running from a build). */
static char *
demo_dir(void)
{
	char *d = paths_join(paths_pkgdata_dir(), "demo");

	if (is_dir(d))
		return d;
	free(d);
	d = paths_join(SRCDATADIR, "demo");
	if (is_dir(d))
		return d;
	free(d);
	return NULL;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
cmd_demo_setup(struct cli_ctx *ctx)
{
	char *src = demo_dir(), *dst = NULL, *path = NULL, **names = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *dir;
	FILE *f;
	int rc = 1;

	if (src == NULL) {
		log_error("%s", _("the demo feeds are not installed"));
		return 1;
	}
	if ((dst = paths_data_dir()) == NULL) {
		log_error("%s", _("neither $HOME nor $XDG_DATA_HOME is set"));
		goto out;
	}
	path = paths_join(dst, "demo");
	free(dst);
	dst = path;
	path = NULL;
	if (paths_mkdir_p(dst) == -1) {
		log_error(_("cannot create %s: %s"), dst, strerror(errno));
		goto out;
	}
	if ((dir = opendir(src)) == NULL) {
		log_error(_("cannot read %s: %s"), src, strerror(errno));
		goto out;
	}
	while ((de = readdir(dir)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len < 5 || (strcmp(de->d_name + len - 4, ".xml") != 0 &&
		    strcmp(de->d_name + len - 4, ".rss") != 0 &&
		    strcmp(de->d_name + len - 5, ".atom") != 0 &&
		    strcmp(de->d_name + len - 5, ".json") != 0))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dir);
	if (n > 1)	/* names is NULL when the folder has none */
		qsort(names, n, sizeof *names, cmp_str);

	if (!ctx->urls_given) {
		path = paths_join(dst, "urls");
		if ((f = fopen(path, "w")) == NULL) {
			log_error(_("cannot write %s: %s"), path, strerror(errno));
			goto out;
		}
		fputs("# The bundled demo feeds (written by tidings --demo).\n", f);
		for (i = 0; i < n; i++)
			fprintf(f, "file://%s/%s demo\n", src, names[i]);
		if (fclose(f) != 0) {
			log_error(_("cannot write %s: %s"), path, strerror(errno));
			goto out;
		}
		free(ctx->urls_path);
		ctx->urls_path = path;
		path = NULL;
	}
	if (ctx->cache_path == NULL)
		ctx->cache_path = paths_join(dst, "cache.db");
	ctx->refresh_on_start = 1;
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(path);
	free(dst);
	free(src);
	return rc;
}
