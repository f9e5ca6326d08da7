/*
 * cmd-cache: the cache opened the one way every command mode opens it:
 * its folder made first when writing, the store's own reason logged.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "store/lib.h"

struct store *
cmd_open_cache(const struct cli_ctx *ctx, int flags)
{
	struct store *st = NULL;
	char err[512];

	err[0] = '\0';
	if (!(flags & STORE_READONLY) && paths_mkparent(ctx->cache_path) == -1)
		snprintf(err, sizeof err, "%s: %s", ctx->cache_path,
		    strerror(errno));
	if (err[0] != '\0' ||
	    store_open(ctx->cache_path, flags, &st, err, sizeof err) == -1) {
		log_error("%s", err);
		return NULL;
	}
	return st;
}
