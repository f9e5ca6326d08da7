/* cmd-parse.c: placeholder until its issue lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_parse(const struct cli_ctx *ctx, const char *file)
{
	log_error(_("%s is not implemented yet"), "--parse");
	return 1;
}
