/*
 * cmd-reload-opts: the reload options every front end uses: the config
 * file's (reload_opts_init) and then the environment's overrides, which
 * tests and careful users set.  They live here, not in model/, so that
 * model/ takes plain options and reads no environment.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "model/reload.h"

static long
env_long(const char *name, long def)
{
	const char *s = getenv(name);
	char *end;
	long v;

	if (s == NULL || *s == '\0')
		return def;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 0) {
		log_warn(_("ignoring %s=%s: not a number"), name, s);
		return def;
	}
	return v;
}

void
cmd_reload_opts(struct reload_opts *o, const struct config *cfg)
{
	reload_opts_init(o, cfg);
	o->force = env_long("TIDINGS_RELOAD_FORCE", 0) != 0;
	o->timeout_s = env_long("TIDINGS_FETCH_TIMEOUT", o->timeout_s);
	o->max_bytes = (size_t)env_long("TIDINGS_FETCH_MAX_BYTES",
	    (long)o->max_bytes);
}
