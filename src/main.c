/*
 * main: option parsing and the choice of one mode.  No logic lives here;
 * the modes are the cmd_* functions in cli/.  Options follow newsboat's
 * where the two overlap.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "image/image.h"

enum mode {
	MODE_TUI, MODE_IMPORT,
	MODE_EXPORT, MODE_PARSE, MODE_QUOTES, MODE_QUOTES_BY, MODE_VERSION,
	MODE_HELP, MODE_NEWSBOAT, MODE_EXECUTE, MODE_EXPORT_READ,
	MODE_IMPORT_READ, MODE_VACUUM, MODE_CLEANUP
};

/* -x COMMAND...: newsboat's commands, run in the order given. */
static const struct {
	const char	*name;
	int		(*run)(const struct cli_ctx *);
} commands[] = {
	{ "reload",	  cmd_reload },
	{ "print-unread", cmd_print_unread },
	{ "errors",	  cmd_errors },
	{ "sync-status",  cmd_sync_status },
	{ "download",	  cmd_download },
};
#define MAX_COMMANDS	8

enum {
	OPT_PARSE = 256, OPT_URL, OPT_DEMO, OPT_QUOTES, OPT_QUOTES_BY,
	OPT_FORCE, OPT_IMPORT_NEWSBOAT, OPT_CLEANUP, OPT_EXPORT_OPML2,
	OPT_IMPORT_TITLES
};

static const struct option long_opts[] = {
	{ "url-file",	  required_argument, NULL, 'u' },
	{ "cache-file",	  required_argument, NULL, 'c' },
	{ "config-file",  required_argument, NULL, 'C' },
	{ "execute",	  required_argument, NULL, 'x' },
	{ "import-from-opml", required_argument, NULL, 'i' },
	{ "export-to-opml", no_argument,     NULL, 'e' },
	{ "refresh-on-start", no_argument,   NULL, 'r' },
	{ "quiet",	  no_argument,	     NULL, 'q' },
	{ "version",	  no_argument,	     NULL, 'v' },
	{ "help",	  no_argument,	     NULL, 'h' },
	{ "parse",	  required_argument, NULL, OPT_PARSE },
	{ "url",	  required_argument, NULL, OPT_URL },
	{ "demo",	  no_argument,	     NULL, OPT_DEMO },
	{ "quotes",	  required_argument, NULL, OPT_QUOTES },
	{ "quotes-by",	  required_argument, NULL, OPT_QUOTES_BY },
	{ "force",	  no_argument,	     NULL, OPT_FORCE },
	{ "import-newsboat", optional_argument, NULL, OPT_IMPORT_NEWSBOAT },
	{ "export-to-file", required_argument, NULL, 'E' },
	{ "import-from-file", required_argument, NULL, 'I' },
	{ "vacuum",	  no_argument,	     NULL, 'X' },
	{ "cleanup",	  no_argument,	     NULL, OPT_CLEANUP },
	{ "export-to-opml2", no_argument,   NULL, OPT_EXPORT_OPML2 },
	{ "import-titles", no_argument,	     NULL, OPT_IMPORT_TITLES },
	{ "log-level",	  required_argument, NULL, 'l' },
	{ "log-file",	  required_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fprintf(f, _("Usage: %s [OPTION]...\n"), log_progname());
	fputs(_("A terminal news reader for RSS and Atom feeds.\n\n"), f);
	fputs(_(
"  -u, --url-file=FILE      read the feed list from FILE\n"
"  -c, --cache-file=FILE    keep the article cache in FILE\n"
"  -C, --config-file=FILE   read the configuration from FILE\n"
"  -x, --execute=COMMAND    run COMMAND without the interface:\n"
"                             reload        fetch every feed\n"
"                             print-unread  print the number of unread articles\n"

"                             errors        list the feeds whose last fetch\n"
"                                           failed\n"
"                             download      fetch the podcast download queue\n"
"      --force              with -x reload: fetch feeds that are not due\n"
"  -r, --refresh-on-start   reload every feed when the interface starts\n"
"  -i, --import-from-opml=FILE  add the feeds of an OPML file to the feed list\n"
"  -e, --export-to-opml     write the feed list as OPML to standard output\n"

"      --parse=FILE         parse a feed document (- for standard input)\n"
"                           and print it as JSON\n"
"      --url=URL            the document's address, for --parse and --quotes\n"
"      --quotes=FILE        print the quotations of a feed document as JSON\n"
"      --quotes-by=NAME     list every cached quotation by NAME\n"
"      --demo               read the bundled demo feeds (no network needed)\n"
"  -q, --quiet              print only errors\n"
"  -v, --version            print the version and exit\n"
"  -h, --help               print this help and exit\n"), f);
	fputs(_("\nMoving in from newsboat:\n"), f);
	fputs(_(
"      --import-newsboat[=DIR]  copy newsboat's feed list and config, and\n"
"                           its articles with their read and flagged state\n"
"                           (from DIR, else ~/.newsboat or newsboat's XDG\n"
"                           folders); newsboat's files are only read\n"
"  -x COMMAND COMMAND...    run several of -x's commands in this order\n"
"                           (-x reload print-unread)\n"
"  -E, --export-to-file=FILE  write the guids of the read articles to FILE\n"
"                           (newsboat's read-state file, one a line)\n"
"  -I, --import-from-file=FILE  mark read the articles FILE names\n"
"  -X, --vacuum             compact the cache\n"
"      --cleanup            drop the cached feeds the feed list no longer\n"
"                           names, and compact the cache\n"
"      --export-to-opml2    the same as -e (which writes OPML 2.0)\n"
"  -l, --log-level=N        newsboat's levels: 1-3 errors, 4 warnings,\n"
"                           5 information (the default), 6 debugging\n"
"  -d, --log-file=FILE      also append every message up to that level to\n"
"                           FILE, with its time\n"), f);
	fputs(_(
"      --import-titles      with -i: keep the OPML titles as the feeds'\n"
"                           names (~Name), instead of the feeds' own\n"), f);
	fputs(_("\nFiles (XDG base directories):\n"), f);
	fputs(_(
"  $XDG_CONFIG_HOME/tidings/urls     the feed list (default ~/.config)\n"
"  $XDG_CONFIG_HOME/tidings/config   the configuration\n"
"  $XDG_DATA_HOME/tidings/cache.db   the article cache (default ~/.local/share)\n"),
	    f);
}

static void __attribute__((format(printf, 1, 2), noreturn))
usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", log_progname());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fprintf(stderr, _("Try '%s --help' for more information.\n"),
	    log_progname());
	exit(2);
}

/* Fill in the XDG defaults for the paths not given on the command line. */
static int
ctx_resolve(struct cli_ctx *ctx)
{
	char *cdir = NULL, *ddir = NULL;

	if (ctx->urls_path == NULL || ctx->config_path == NULL) {
		if ((cdir = paths_config_dir()) == NULL)
			goto nohome;
		if (ctx->urls_path == NULL)
			ctx->urls_path = paths_join(cdir, "urls");
		if (ctx->config_path == NULL)
			ctx->config_path = paths_join(cdir, "config");
	}
	if (ctx->cache_path == NULL) {
		if ((ddir = paths_data_dir()) == NULL)
			goto nohome;
		ctx->cache_path = paths_join(ddir, "cache.db");
	}
	free(cdir);
	free(ddir);
	return 0;
nohome:
	free(cdir);
	log_error("%s", _("neither $HOME nor the XDG variables are set; "
	    "give the files with -u, -c and -C"));
	return -1;
}

/* A file named on the command line must exist. */
static int
need_file(const char *opt, const char *path)
{
	struct stat sb;

	if (path == NULL)	/* (getopt gives required arguments) */
		return -1;
	if (strcmp(path, "-") == 0 || stat(path, &sb) == 0)
		return 0;
	log_error(_("%s %s: %s"), opt, path, strerror(errno));
	return -1;
}

/*
 * No urls file yet: a new user gets the bundled demo feeds instead of an
 * empty screen.  On a terminal we ask; otherwise we say what to do.
 */
static int
offer_demo(struct cli_ctx *ctx)
{
	struct stat sb;
	char answer[16];

	if (stat(ctx->urls_path, &sb) == 0)
		return 0;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		log_error(_("no feed list at %s: add feed addresses there, "
		    "import OPML with -i, or try --demo"), ctx->urls_path);
		return 1;
	}
	printf(_("There is no feed list at %s yet.\n"), ctx->urls_path);
	printf("%s", _("Read the bundled demo feeds instead? [Y/n] "));
	fflush(stdout);
	if (fgets(answer, sizeof answer, stdin) == NULL)
		return 1;
	if (answer[0] == 'n' || answer[0] == 'N') {
		printf(_("Add feed addresses to %s, one a line, or import an "
		    "OPML file with -i.\n"), ctx->urls_path);
		return 1;
	}
	free(ctx->urls_path);
	ctx->urls_path = NULL;
	free(ctx->cache_path);
	ctx->cache_path = NULL;
	ctx->demo = 1;
	if (cmd_demo_setup(ctx) != 0)
		return 1;
	return ctx_resolve(ctx);
}

/* Append -x's command name to cmds (indices into commands[]). */
static void
add_command(int *cmds, size_t *n, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(name, commands[i].name) == 0)
			break;
	if (i == sizeof commands / sizeof commands[0])
		usage_error(_("unknown command for -x: %s"), name);
	if (*n == MAX_COMMANDS)
		usage_error(_("at most %d commands for -x"), MAX_COMMANDS);
	cmds[(*n)++] = (int)i;
}

/* newsboat's -l level, 1 to 6; 0 when it is none. */
static int
log_level_arg(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	return *s != '\0' && *end == '\0' && v >= 1 && v <= 6 ? (int)v : 0;
}

int
main(int argc, char **argv)
{
	struct cli_ctx ctx;
	enum mode mode = MODE_TUI;
	const char *arg = NULL, *log_path = NULL;
	size_t ncmds = 0, i;
	int c, rc, modes = 0, level = 0, cmds[MAX_COMMANDS];
	FILE *log_file = NULL, *errlog = NULL;
	int cache_given = 0;

#ifdef __GLIBC__
	/* A reload holds a few dozen documents of some hundred KiB, briefly.
	 * Left alone, glibc raises its mmap threshold after the first is
	 * freed and keeps the rest in the heap, where their growth slack
	 * and the holes they leave stay resident; pinned, each gets pages
	 * of its own, touched only as far as used and returned when freed.
	 * (Measured: 2 MiB less peak RSS for a 200-feed reload, no slower.) */
	mallopt(M_MMAP_THRESHOLD, 128 << 10);
#endif
	/* Past a file size limit (ulimit -f), a write fails with EFBIG,
	 * which the store reports, instead of killing us without a word
	 * in the middle of a transaction.  Commands get it back (fetch). */
	signal(SIGXFSZ, SIG_IGN);
	setlocale(LC_ALL, "");
#if ENABLE_NLS
	bindtextdomain(PACKAGE, getenv("TIDINGS_LOCALEDIR") != NULL ?
	    getenv("TIDINGS_LOCALEDIR") : LOCALEDIR);
	textdomain(PACKAGE);
#endif
	log_set_progname(argv[0]);
	memset(&ctx, 0, sizeof ctx);

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":u:c:C:x:i:erqvhE:I:Xl:d:", long_opts,
	    NULL)) != -1) {
		switch (c) {
		case 'u':
			free(ctx.urls_path);
			ctx.urls_path = xstrdup(optarg);
			ctx.urls_given = 1;
			break;
		case 'c':
			free(ctx.cache_path);
			ctx.cache_path = xstrdup(optarg);
			cache_given = 1;
			break;
		case 'C':
			free(ctx.config_path);
			ctx.config_path = xstrdup(optarg);
			ctx.config_given = 1;
			break;
		case 'x':
			if (ncmds == 0)
				modes++;
			mode = MODE_EXECUTE;
			add_command(cmds, &ncmds, optarg);
			break;
		case 'E':
			modes++;
			mode = MODE_EXPORT_READ;
			arg = optarg;
			break;
		case 'I':
			modes++;
			mode = MODE_IMPORT_READ;
			arg = optarg;
			break;
		case 'X':
			modes++;
			mode = MODE_VACUUM;
			break;
		case OPT_CLEANUP:
			modes++;
			mode = MODE_CLEANUP;
			break;
		case OPT_EXPORT_OPML2:
			modes++;
			mode = MODE_EXPORT;
			break;
		case OPT_IMPORT_TITLES:
			ctx.import_titles = 1;
			break;
		case 'l':
			if ((level = log_level_arg(optarg)) == 0)
				usage_error(_("-l takes a level from 1 to 6, "
				    "not '%s'"), optarg);
			break;
		case 'd':
			log_path = optarg;
			break;
		case 'i':
			modes++;
			mode = MODE_IMPORT;
			arg = optarg;
			break;
		case 'e':
			modes++;
			mode = MODE_EXPORT;
			break;
		case 'r':
			ctx.refresh_on_start = 1;
			break;
		case OPT_FORCE:
			ctx.force = 1;
			break;
		case OPT_IMPORT_NEWSBOAT:
			modes++;
			mode = MODE_NEWSBOAT;
			arg = optarg;
			break;
		case 'q':
			ctx.quiet = 1;
			log_set_level(LOG_WARN);
			break;
		case 'v':
			modes++;
			mode = MODE_VERSION;
			break;
		case 'h':
			modes++;
			mode = MODE_HELP;
			break;
		case OPT_PARSE:
			modes++;
			mode = MODE_PARSE;
			arg = optarg;
			break;
		case OPT_QUOTES:
			modes++;
			mode = MODE_QUOTES;
			arg = optarg;
			break;
		case OPT_QUOTES_BY:
			modes++;
			mode = MODE_QUOTES_BY;
			arg = optarg;
			break;
		case OPT_URL:
			ctx.doc_url = optarg;
			break;
		case OPT_DEMO:
			ctx.demo = 1;
			break;
		case ':':
			if (optopt >= 256 || optopt == 0)
				usage_error(_("option '%s' needs an argument"),
				    argv[optind - 1]);
			else {
				char o[3] = { '-', (char)optopt, '\0' };
				usage_error(_("option '%s' needs an argument"),
				    o);
			}
			break;
		default:
			if (optopt != 0 && optopt < 256) {
				char o[3] = { '-', (char)optopt, '\0' };
				usage_error(_("unknown option '%s'"), o);
			}
			usage_error(_("unknown option '%s'"), argv[optind - 1]);
		}
	}
	/* "--import-newsboat DIR" as well as "--import-newsboat=DIR". */
	if (mode == MODE_NEWSBOAT && arg == NULL && optind < argc)
		arg = argv[optind++];
	/* "-x reload print-unread": the words after -x's are commands. */
	while (mode == MODE_EXECUTE && optind < argc)
		add_command(cmds, &ncmds, argv[optind++]);
	if (optind < argc)
		usage_error(_("unexpected argument '%s'"), argv[optind]);
	if (modes > 1)
		usage_error("%s", _("choose one of -x, -i, -e, -E, -I, -X, "
		    "--cleanup, --import-newsboat, --parse, --quotes, "
		    "--quotes-by, --version or --help"));
	if (level > 0) {
		/* newsboat's 1-3 are kinds of error. */
		level = level <= 3 ? LOG_ERROR : level - 3;
		if (log_path == NULL && !ctx.quiet)
			log_set_level((enum log_level)level);
	}
	if (log_path != NULL) {
		if ((log_file = fopen(log_path, "a")) == NULL) {
			log_error("-d %s: %s", log_path, strerror(errno));
			rc = 1;
			goto out;
		}
		log_set_file(log_file, level > 0 ? (enum log_level)level :
		    LOG_INFO);
	}

	switch (mode) {
	case MODE_HELP:
		usage(stdout);
		rc = 0;
		goto out;
	case MODE_VERSION:
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		/* what configure found: scripts (and tests) ask */
		printf("images: %s\n", image_supported() ? "yes" : "no");
		rc = 0;
		goto out;
	case MODE_PARSE:
		rc = need_file("--parse", arg) == -1 ? 1 : cmd_parse(&ctx, arg);
		goto out;
	case MODE_QUOTES:
		rc = need_file("--quotes", arg) == -1 ? 1 : cmd_quotes(&ctx, arg);
		goto out;
	default:
		break;
	}

	rc = 1;
	if (ctx.urls_given && mode != MODE_IMPORT && mode != MODE_NEWSBOAT &&
	    need_file("-u", ctx.urls_path) == -1)
		goto out;
	if (ctx.config_given && mode != MODE_NEWSBOAT &&
	    need_file("-C", ctx.config_path) == -1)
		goto out;
	if (ctx.demo && cmd_demo_setup(&ctx) != 0)
		goto out;
	if (ctx_resolve(&ctx) == -1)
		goto out;
	if (mode == MODE_TUI && !ctx.demo && offer_demo(&ctx) != 0)
		goto out;
	if (mode != MODE_NEWSBOAT &&
	    cli_config_paths(&ctx, cache_given, &errlog) == -1)
		goto out;

	switch (mode) {
	case MODE_EXECUTE:
		/* In order; a command that fails ends the run. */
		for (i = 0, rc = 0; i < ncmds && rc == 0; i++)
			rc = commands[cmds[i]].run(&ctx);
		break;
	case MODE_EXPORT_READ:	rc = cmd_export_read(&ctx, arg); break;
	case MODE_IMPORT_READ:
		rc = need_file("-I", arg) == -1 ? 1 : cmd_import_read(&ctx, arg);
		break;
	case MODE_VACUUM:	rc = cmd_vacuum(&ctx); break;
	case MODE_CLEANUP:	rc = cmd_cleanup(&ctx); break;
	case MODE_IMPORT:
		rc = need_file("-i", arg) == -1 ? 1 : cmd_import_opml(&ctx, arg);
		break;
	case MODE_EXPORT:	rc = cmd_export_opml(&ctx); break;
	case MODE_QUOTES_BY:	rc = cmd_quotes_by(&ctx, arg); break;
	case MODE_NEWSBOAT:	rc = cmd_import_newsboat(&ctx, arg); break;
	default:		rc = cmd_tui(&ctx); break;
	}
out:
	if (errlog != NULL) {
		log_set_error_file(NULL);
		fclose(errlog);
	}
	if (log_file != NULL) {
		log_set_file(NULL, LOG_ERROR);
		fclose(log_file);
	}
	free(ctx.urls_path);
	free(ctx.cache_path);
	free(ctx.config_path);
	return rc;
}
