/* cmd-unread.c: placeholder until its issue lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_print_unread(const struct cli_ctx *ctx)
{
	log_error(_("%s is not implemented yet"), "-x print-unread");
	return 1;
}
