/*
 * config-directive: newsboat's directives that are not options:
 *
 *   include FILE                 read FILE here (relative to this file)
 *   macro KEY OP [ARG...] [; OP...] [-- "description"]
 *   bind KEYS CONTEXT[,CONTEXT...] OP [ARG...] [; OP...] [-- "desc"]
 *
 * (bind is newsboat 2.44's: several operations on one key, per context.)
 * An include of a file already being read is refused, so a loop ends at
 * its first repeat; so is nesting deeper than CONFIG_MAX_INCLUDE.
 */
#include <config.h>	/* autoconf's; "config.h" here would be conf/config.h */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/config-int.h"

/* The files being read, outermost first (real paths, owned). */
static char	*include_stack[CONFIG_MAX_INCLUDE + 1];
static int	 include_depth;

int
config_include_push(const char *path)
{
	char *real;
	int i;

	if ((real = realpath(path, NULL)) == NULL)
		return -1;	/* errno from realpath */
	for (i = 0; i < include_depth; i++) {
		if (strcmp(include_stack[i], real) == 0) {
			free(real);
			errno = ELOOP;
			return -1;
		}
	}
	if (include_depth > CONFIG_MAX_INCLUDE) {
		free(real);
		errno = EMLINK;
		return -1;
	}
	include_stack[include_depth++] = real;
	return 0;
}

void
config_include_pop(void)
{
	if (include_depth > 0)
		free(include_stack[--include_depth]);
}

/* FILE of `include FILE` in the file name: ~/ is $HOME, a relative name
   is taken from name's folder. */
static char *
include_path(const char *file, const char *name)
{
	const char *home, *slash;

	if (file[0] == '~' && file[1] == '/' &&
	    (home = getenv("HOME")) != NULL && *home != '\0')
		return xasprintf("%s/%s", home, file + 2);
	if (file[0] == '/' || (slash = strrchr(name, '/')) == NULL)
		return xstrdup(file);
	return xasprintf("%.*s/%s", (int)(slash - name), name, file);
}

int
config_include(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	struct stat sb;
	char *path, *pv;
	int rc;

	if (ws->n != 2) {
		config_warn(c, name, line, _("usage: include FILE"));
		return -1;
	}
	path = include_path(ws->w[1], name);
	if (config_include_push(path) != 0) {
		pv = config_printable(path);
		if (errno == ELOOP)
			config_warn(c, name, line, _("include %s: it is "
			    "already being read (an include loop)"), pv);
		else if (errno == EMLINK)
			config_warn(c, name, line, _("include %s: more than "
			    "%d nested includes"), pv, CONFIG_MAX_INCLUDE);
		else
			config_warn(c, name, line, _("include %s: %s"), pv,
			    strerror(errno));
		free(pv);
		free(path);
		return -1;
	}
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		/* a FIFO or a device would block or never end */
		pv = config_printable(path);
		config_warn(c, name, line, _("include %s: not a regular file"),
		    pv);
		free(pv);
		config_include_pop();
		free(path);
		return -1;
	}
	rc = config_load_file(path, c);
	config_include_pop();
	if (rc < 0) {
		pv = config_printable(path);
		config_warn(c, name, line, _("include %s: cannot be read"),
		    pv);
		free(pv);
	}
	free(path);
	/* Problems inside count once more here, so the caller's count of
	   reported lines is not 0 when an included file had some. */
	return rc != 0 ? -1 : 0;
}

/*
 * Words from *i on up to ';', "--" or the end, as one operation string;
 * NULL when there are none.  A word ending in ';' ends the operation too.
 */
static char *
next_op(struct words *ws, int *i, int *ended)
{
	struct buf b = BUF_INIT;
	size_t len;
	char *w;

	*ended = 0;
	for (; *i < ws->n; (*i)++) {
		w = ws->w[*i];
		if (strcmp(w, ";") == 0) {
			(*i)++;
			break;
		}
		if (strcmp(w, "--") == 0) {
			*ended = 1;
			break;
		}
		len = strlen(w);
		if (b.len > 0)
			buf_addc(&b, ' ');
		if (len > 1 && w[len - 1] == ';') {
			buf_add(&b, w, len - 1);
			(*i)++;
			break;
		}
		buf_adds(&b, w);
	}
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* The operations from word i on, each one string; 0 or -1 (warned). */
static int
parse_ops(struct config *c, struct words *ws, int i, char ***ops,
    size_t *nops, char **desc, const char *name, unsigned line)
{
	char *op;
	int ended = 0;

	*ops = NULL;
	*nops = 0;
	*desc = NULL;
	while (i < ws->n && !ended) {
		if ((op = next_op(ws, &i, &ended)) == NULL)
			continue;
		*ops = xreallocarray(*ops, *nops + 1, sizeof **ops);
		(*ops)[(*nops)++] = op;
	}
	if (ended) {
		if (i + 2 == ws->n)
			*desc = xstrdup(ws->w[i + 1]);
		else {
			config_warn(c, name, line, _("expected one "
			    "description after --"));
			goto bad;
		}
	}
	if (*nops == 0) {
		config_warn(c, name, line, _("no operation"));
		goto bad;
	}
	return 0;
bad:
	while (*nops > 0)
		free((*ops)[--(*nops)]);
	FREE(ops);
	FREE(desc);
	return -1;
}

int
config_macro(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	struct config_macro m, *old;
	size_t i;
	char *pv;

	memset(&m, 0, sizeof m);
	if (ws->n < 3) {
		config_warn(c, name, line, _("usage: macro KEY OPERATION "
		    "[; OPERATION...] [-- DESCRIPTION]"));
		return -1;
	}
	if (config_key_parse(ws->w[1], &m.code) != 0) {
		pv = config_printable(ws->w[1]);
		config_warn(c, name, line, _("unknown key '%s'"), pv);
		free(pv);
		return -1;
	}
	if (parse_ops(c, ws, 2, &m.ops, &m.nops, &m.desc, name, line) != 0)
		return -1;
	m.key = xstrdup(ws->w[1]);
	/* A later macro for the same key replaces the earlier one. */
	for (i = 0; i < c->nmacros; i++) {
		old = &c->macros[i];
		if (old->code == m.code) {
			config_macro_clear(old);
			*old = m;
			return 0;
		}
	}
	if (c->nmacros >= CONFIG_MAX_MACROS) {
		config_warn(c, name, line, _("too many macros"));
		config_macro_clear(&m);
		return -1;
	}
	c->macros = xreallocarray(c->macros, c->nmacros + 1,
	    sizeof *c->macros);
	c->macros[c->nmacros++] = m;
	return 0;
}

void
config_macro_clear(struct config_macro *m)
{
	size_t i;

	for (i = 0; i < m->nops; i++)
		free(m->ops[i]);
	free(m->ops);
	free(m->key);
	free(m->desc);
	memset(m, 0, sizeof *m);
}

void
config_macros_free(struct config *c)
{
	size_t i;

	for (i = 0; i < c->nmacros; i++)
		config_macro_clear(&c->macros[i]);
	FREE(&c->macros);
	c->nmacros = 0;
	for (i = 0; i < c->nstartup_ops; i++)
		free(c->startup_ops[i]);
	FREE(&c->startup_ops);
	c->nstartup_ops = 0;
	for (i = 0; i < c->nreset_unread; i++)
		free(c->reset_unread[i]);
	FREE(&c->reset_unread);
	c->nreset_unread = 0;
}

/* reset-unread-on-update FEEDURL...: lines add up, as in newsboat. */
int
config_reset_unread(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	size_t i, n;

	if (ws->n < 2) {
		config_warn(c, name, line, _("usage: reset-unread-on-update "
		    "FEEDURL..."));
		return -1;
	}
	n = (size_t)ws->n - 1;
	c->reset_unread = xreallocarray(c->reset_unread,
	    c->nreset_unread + n, sizeof c->reset_unread[0]);
	for (i = 0; i < n; i++)
		c->reset_unread[c->nreset_unread++] = xstrdup(ws->w[i + 1]);
	return 0;
}

/* run-on-startup OP [; OP...]: the interface runs them once it starts;
 * a later line replaces an earlier one, as in newsboat. */
int
config_startup(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	char **ops, *desc;
	size_t nops, i;

	if (ws->n < 2) {
		config_warn(c, name, line, _("usage: run-on-startup OPERATION "
		    "[; OPERATION...]"));
		return -1;
	}
	if (parse_ops(c, ws, 1, &ops, &nops, &desc, name, line) != 0)
		return -1;
	free(desc);
	for (i = 0; i < c->nstartup_ops; i++)
		free(c->startup_ops[i]);
	free(c->startup_ops);
	c->startup_ops = ops;
	c->nstartup_ops = nops;
	return 0;
}

/*
 * bind: one binding per context, its action the operations joined by
 * " ; " (struct config_binding says the TUI runs them in order).  Only
 * single keys: a sequence such as "gg" is refused with that reason.
 */
int
config_bind(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	struct buf act = BUF_INIT;
	char **ops, *desc, *ctx, *p, *comma, *pv;
	size_t nops, i;
	int code, rc = 0;

	if (ws->n < 4) {
		config_warn(c, name, line, _("usage: bind KEY "
		    "CONTEXT[,CONTEXT...] OPERATION [; OPERATION...] "
		    "[-- DESCRIPTION]"));
		return -1;
	}
	if (config_key_parse(ws->w[1], &code) != 0) {
		pv = config_printable(ws->w[1]);
		config_warn(c, name, line, _("unknown key '%s' (sequences of "
		    "keys are not supported)"), pv);
		free(pv);
		return -1;
	}
	if (parse_ops(c, ws, 3, &ops, &nops, &desc, name, line) != 0)
		return -1;
	for (i = 0; i < nops; i++) {
		if (i > 0)
			buf_adds(&act, " ; ");
		buf_adds(&act, ops[i]);
		free(ops[i]);
	}
	free(ops);
	free(desc);
	ctx = xstrdup(ws->w[2]);
	for (p = ctx; p != NULL && rc == 0; p = comma) {
		if ((comma = strchr(p, ',')) != NULL)
			*comma++ = '\0';
		if (*p == '\0')
			continue;
		rc = config_add_binding(c, ws->w[1], code, buf_str(&act),
		    strcmp(p, "all") == 0 || strcmp(p, "everywhere") == 0 ?
		    NULL : p, name, line);
	}
	free(ctx);
	buf_free(&act);
	return rc;
}
