/* cmd-opml.c: placeholder until OPML lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_import_opml(const struct cli_ctx *ctx, const char *file)
{
	log_error(_("%s is not implemented yet"), "-i");
	return 1;
}

int
cmd_export_opml(const struct cli_ctx *ctx)
{
	log_error(_("%s is not implemented yet"), "-e");
	return 1;
}
