/* cmd-quotes.c: placeholder until the quote finder lands; says so plainly. */
#include "config.h"

#include "base/lib.h"
#include "cli/cli.h"

int
cmd_quotes(const struct cli_ctx *ctx, const char *file)
{
	log_error(_("%s is not implemented yet"), "--quotes");
	return 1;
}

int
cmd_quotes_by(const struct cli_ctx *ctx, const char *name)
{
	log_error(_("%s is not implemented yet"), "--quotes-by");
	return 1;
}
