/* cmd-reload.c: placeholder until the fetcher lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_reload(const struct cli_ctx *ctx)
{
	log_error(_("%s is not implemented yet"), "-x reload");
	return 1;
}

int
cmd_errors(const struct cli_ctx *ctx)
{
	log_error(_("%s is not implemented yet"), "-x errors");
	return 1;
}
