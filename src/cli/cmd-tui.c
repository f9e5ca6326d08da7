/* cmd-tui.c: placeholder until its issue lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_tui(const struct cli_ctx *ctx)
{
	log_error(_("%s is not implemented yet"), "the interface");
	return 1;
}
