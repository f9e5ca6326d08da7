/*
 * cmd-unread: `-x print-unread` prints "N unread articles" (newsboat's
 * line) from the store's per-feed counters.  It opens the cache read-only,
 * so it never waits for, nor disturbs, a running tidings or reload; a cache
 * that does not exist yet holds no unread articles.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "store/lib.h"

int
cmd_print_unread(const struct cli_ctx *ctx)
{
	struct store *st;
	char err[512];
	int64_t n;

	if (access(ctx->cache_path, F_OK) == -1 && errno == ENOENT)
		n = 0;
	else {
		if (store_open(ctx->cache_path, STORE_READONLY, &st, err,
		    sizeof err) == -1) {
			log_error("%s", err);
			return 1;
		}
		n = store_unread_total(st);
		store_close(&st);
		if (n < 0)
			return 1;
	}
	printf(P_("%lld unread article\n", "%lld unread articles\n",
	    (unsigned long)n), (long long)n);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		log_error(_("cannot write the output: %s"), strerror(errno));
		return 1;
	}
	return 0;
}
