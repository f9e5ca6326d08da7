/*
 * cmd-newsboat-opts: the rest of newsboat's command line.  `-E FILE` and
 * `-I FILE` write and read newsboat's read-state file (one guid of a read
 * article a line), `-X` compacts the cache, `--cleanup` drops what the
 * feed list no longer names.  Each opens the cache for writing (-E only
 * reads) and says what it did in one line on stdout.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "store/lib.h"

static int
put_line(void *arg, const char *guid)
{
	FILE *f = arg;

	/* A guid is one line of the file: one with a newline cannot be. */
	if (strchr(guid, '\n') != NULL)
		return 0;
	return fprintf(f, "%s\n", guid) < 0 ? -1 : 0;
}

int
cmd_export_read(const struct cli_ctx *ctx, const char *file)
{
	struct store *st;
	FILE *f;
	int rc;

	if ((f = fopen(file, "w")) == NULL) {
		log_error("%s: %s", file, strerror(errno));
		return 1;
	}
	if (access(ctx->cache_path, F_OK) == -1)
		rc = 0;		/* no cache: nothing was read yet */
	else if ((st = cmd_open_cache(ctx, STORE_READONLY)) == NULL)
		rc = -1;
	else {
		rc = store_read_export(st, put_line, f);
		store_close(&st);
	}
	if (fclose(f) == EOF && rc == 0) {
		log_error("%s: %s", file, strerror(errno));
		rc = -1;
	}
	return rc == 0 ? 0 : 1;
}

int
cmd_import_read(const struct cli_ctx *ctx, const char *file)
{
	struct store_read_stats rs;
	struct store *st;
	char *data, **guids = NULL, *p, *nl;
	size_t len, n = 0;
	int rc;

	if (file_read(file, &data, &len) == -1) {
		log_error("%s: %s", file, strerror(errno));
		return 1;
	}
	for (p = data; p < data + len; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(data + len - p))) == NULL)
			nl = data + len;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		if (*p == '\0')
			continue;
		guids = xreallocarray(guids, n + 1, sizeof *guids);
		guids[n++] = p;
	}
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		free(guids);
		free(data);
		return 1;
	}
	rc = store_read_import(st, guids, n, &rs);
	store_close(&st);
	free(guids);
	free(data);
	if (rc == -1)
		return 1;
	printf(_("%zu guids read: %zu articles known, %zu of them marked "
	    "read\n"), rs.lines, rs.matched, rs.marked);
	return fflush(stdout) == 0 ? 0 : 1;
}

int
cmd_vacuum(const struct cli_ctx *ctx)
{
	struct store *st;
	int rc;

	if ((st = cmd_open_cache(ctx, 0)) == NULL)
		return 1;
	rc = store_vacuum(st);
	store_close(&st);
	if (rc == -1)
		return 1;
	printf(_("%s: compacted\n"), ctx->cache_path);
	return fflush(stdout) == 0 ? 0 : 1;
}

int
cmd_cleanup(const struct cli_ctx *ctx)
{
	struct store *st;
	struct urls *u;
	size_t feeds = 0, articles = 0;
	int rc;

	if ((u = urls_load(ctx->urls_path, 0)) == NULL) {
		log_error(_("cannot read the feed list %s: %s"),
		    ctx->urls_path, strerror(errno));
		return 1;
	}
	if ((st = cmd_open_cache(ctx, 0)) == NULL) {
		urls_free(&u);
		return 1;
	}
	/* What the list names now, not at the last reload. */
	rc = reload_sync_feeds(st, u);
	urls_free(&u);
	if (rc == 0)
		rc = store_cleanup(st, &feeds, &articles);
	if (rc == 0)
		rc = store_vacuum(st);
	store_close(&st);
	if (rc == -1)
		return 1;
	printf(_("removed %zu feeds no longer listed, with %zu articles\n"),
	    feeds, articles);
	return fflush(stdout) == 0 ? 0 : 1;
}
