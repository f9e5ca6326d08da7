/*
 * cli: the command modes behind main()'s options.  Each cmd_* runs one mode
 * to completion and returns the process exit status (0 ok, 1 failure,
 * 2 usage).  main.c only parses options and picks one.
 */
#ifndef TIDINGS_CLI_CLI_H
#define TIDINGS_CLI_CLI_H

#include <stdio.h>

/* Resolved paths and switches, shared by every mode.  Strings owned here. */
struct cli_ctx {
	char	*urls_path;	/* -u, or XDG default */
	char	*cache_path;	/* -c, or XDG default */
	char	*config_path;	/* -C, or XDG default */
	int	 urls_given;	/* -u was on the command line */
	int	 config_given;	/* -C was on the command line */
	int	 refresh_on_start;	/* -r */
	int	 force;		/* --force: -x reload ignores due times */
	int	 demo;		/* --demo */
	int	 quiet;		/* -q */
	int	 import_titles;	/* --import-titles: -i pins names */
	const char *doc_url;	/* --url, for --parse / --quotes */
};

/* cmd-config.c: cache-file (unless -c was given) into ctx->cache_path,
 * and error-log opened (*errlog, the caller's to fclose after
 * log_set_error_file(NULL)) and installed.  -1 if it cannot be opened. */
int	cli_config_paths(struct cli_ctx *ctx, int cache_given, FILE **errlog);
int	cmd_parse(const struct cli_ctx *ctx, const char *file);
int	cmd_quotes(const struct cli_ctx *ctx, const char *file);
int	cmd_quotes_by(const struct cli_ctx *ctx, const char *name);
int	cmd_reload(const struct cli_ctx *ctx);
int	cmd_print_unread(const struct cli_ctx *ctx);
int	cmd_errors(const struct cli_ctx *ctx);
/* cmd-sync.c: -x reload with urls-source set (cfg loaded), and
 * -x sync-status. */
struct config;
int	cmd_sync_reload(const struct cli_ctx *ctx, const struct config *cfg);
int	cmd_sync_status(const struct cli_ctx *ctx);
int	cmd_download(const struct cli_ctx *ctx);
struct config;
/* After -x reload: podcast-auto-enqueue (model_download_reloaded). */
struct store;
void	cmd_download_reloaded(struct store *st, const struct config *cfg);
/* delete-played-files, when the interface ends. */
void	cmd_download_purge(struct store *st, const struct config *cfg);
int	cmd_import_opml(const struct cli_ctx *ctx, const char *file);
int	cmd_export_opml(const struct cli_ctx *ctx);
/* --import-newsboat [DIR] (cmd-newsboat.c): dir NULL = newsboat's own
 * places. */
int	cmd_import_newsboat(const struct cli_ctx *ctx, const char *dir);
/* newsboat's other options (cmd-newsboat-opts.c): -E FILE, -I FILE (its
 * read-state file), -X, --cleanup. */
int	cmd_export_read(const struct cli_ctx *ctx, const char *file);
int	cmd_import_read(const struct cli_ctx *ctx, const char *file);
int	cmd_vacuum(const struct cli_ctx *ctx);
int	cmd_cleanup(const struct cli_ctx *ctx);
int	cmd_tui(const struct cli_ctx *ctx);
/* cmd-cache.c: the cache at ctx->cache_path (flags as store_open's),
 * its folder made first unless STORE_READONLY; NULL with the reason
 * logged.  The caller closes it. */
struct store *cmd_open_cache(const struct cli_ctx *ctx, int flags);
/* The reload options of every mode: the config file's (cfg may be NULL),
 * then TIDINGS_RELOAD_FORCE=1, TIDINGS_FETCH_TIMEOUT=seconds and
 * TIDINGS_FETCH_MAX_BYTES=bytes from the environment. */
struct reload_opts;
void	cmd_reload_opts(struct reload_opts *o, const struct config *cfg);
/* --demo: point ctx at the bundled demo feeds (writes a urls file and uses
 * a cache of their own under the data folder).  0 or 1. */
int	cmd_demo_setup(struct cli_ctx *ctx);

#endif
