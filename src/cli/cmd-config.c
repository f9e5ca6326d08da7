/*
 * cmd-config: the config settings that must be known before any command
 * runs: cache-file (where the cache is; -c wins) and error-log (a file
 * every error and warning is appended to).  The file is read once more
 * here, quietly: each command reads it again and reports its problems.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "conf/config.h"

static void
drop(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)msg;
	(void)arg;
}

/* error-log's file: appended to, private to the user, not inherited by
 * the programs tidings runs. */
static FILE *
open_error_log(const char *path)
{
	char *p = paths_expand_home(path);
	FILE *f = NULL;
	int fd;

	fd = open(p, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (fd == -1 || (f = fdopen(fd, "a")) == NULL) {
		log_error(_("error-log %s: %s"), p, strerror(errno));
		if (fd != -1)
			close(fd);
	}
	free(p);
	return f;
}

int
cli_config_paths(struct cli_ctx *ctx, int cache_given, FILE **errlog)
{
	struct config cfg;
	log_dispatch_fn fn;
	void *arg;

	*errlog = NULL;
	config_init(&cfg);
	fn = log_get_dispatcher(&arg);
	log_set_dispatcher(drop, NULL);
	config_load(ctx->config_path, &cfg);
	log_set_dispatcher(fn, arg);
	if (!cache_given && !ctx->demo && cfg.cache_file != NULL &&
	    *cfg.cache_file != '\0') {
		free(ctx->cache_path);
		ctx->cache_path = paths_expand_home(cfg.cache_file);
	}
	if (cfg.error_log != NULL && *cfg.error_log != '\0' &&
	    (*errlog = open_error_log(cfg.error_log)) == NULL) {
		config_free(&cfg);
		return -1;
	}
	if (*errlog != NULL)
		log_set_error_file(*errlog);
	config_free(&cfg);
	return 0;
}
