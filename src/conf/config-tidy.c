/*
 * config-tidy: the config directives of the tidying features, which take
 * several words and may repeat (so they are not config_table[] options):
 *
 *   define-filter NAME EXPR              select-filter's choices
 *   ignore-article FEED|* EXPR           the killfile
 *   highlight-article EXPR FG BG [ATTR...]
 *   highlight-feed EXPR FG BG [ATTR...]
 *   highlight CONTEXT REGEX FG BG [ATTR...]  (the regex is model/'s too)
 *
 * Expressions are kept as text: conf knows nothing of the filter language
 * (model/ parses them and says which are bad).  Up to CONFIG_MAX_RULES of
 * each kind.
 */
#include <config.h>	/* autoconf's; "config.h" here would be conf/config.h */

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/config-int.h"

static const struct {
	const char	*name;
	enum config_rule_kind kind;
	int		 min, max;	/* words after the directive */
	const char	*usage;
} tidy_cmds[] = {
	{ "define-filter", CR_FILTER, 2, 2,
	  N_("usage: define-filter NAME EXPRESSION") },
	{ "highlight", CR_HL_TEXT, 4, 11,
	  N_("usage: highlight article|articlelist|feedlist|all REGEX FG BG "
	  "[ATTR...]") },
	{ "highlight-article", CR_HL_ARTICLE, 3, 10,
	  N_("usage: highlight-article EXPRESSION FG BG [ATTR...]") },
	{ "highlight-feed", CR_HL_FEED, 3, 10,
	  N_("usage: highlight-feed EXPRESSION FG BG [ATTR...]") },
	{ "ignore-article", CR_IGNORE, 2, 2,
	  N_("usage: ignore-article FEED-URL|* EXPRESSION") },
};

int
config_tidy_apply(struct config *c, int n, char *const *w, const char *name,
    unsigned line)
{
	struct config_rule r;
	size_t i;
	int k, bit, hl, o;

	for (i = 0; i < sizeof tidy_cmds / sizeof tidy_cmds[0]; i++)
		if (strcmp(w[0], tidy_cmds[i].name) == 0)
			break;
	if (i == sizeof tidy_cmds / sizeof tidy_cmds[0])
		return 1;
	if (n - 1 < tidy_cmds[i].min || n - 1 > tidy_cmds[i].max) {
		config_warn(c, name, line, "%s", _(tidy_cmds[i].usage));
		return -1;
	}
	if (c->nrules >= CONFIG_MAX_RULES) {
		config_warn(c, name, line, "%s", _("too many rules"));
		return -1;
	}
	memset(&r, 0, sizeof r);
	r.kind = tidy_cmds[i].kind;
	hl = r.kind == CR_HL_ARTICLE || r.kind == CR_HL_FEED ||
	    r.kind == CR_HL_TEXT;
	o = r.kind == CR_HL_TEXT;	/* the context comes first */
	if (o && strcmp(w[1], "article") != 0 &&
	    strcmp(w[1], "articlelist") != 0 &&
	    strcmp(w[1], "feedlist") != 0 && strcmp(w[1], "all") != 0) {
		config_warn(c, name, line, "%s", _(tidy_cmds[i].usage));
		return -1;
	}
	if (hl) {
		if (config_color_parse(w[2 + o], &r.color.fg) != 0 ||
		    config_color_parse(w[3 + o], &r.color.bg) != 0) {
			config_warn(c, name, line, "%s", _("unknown color"));
			return -1;
		}
		for (k = 4 + o; k < n; k++) {
			if (config_attr_find(w[k], &bit) != 0) {
				config_warn(c, name, line, "%s",
				    _("unknown attribute"));
				return -1;
			}
			r.color.attrs |= bit;
		}
		r.color.set = 1;
		r.expr = xstrdup(w[1 + o]);
		if (o)
			r.name = xstrdup(w[1]);
	} else {
		r.name = xstrdup(w[1]);
		r.expr = xstrdup(w[2]);
	}
	r.file = xstrdup(name);
	r.line = line;
	c->rules = xreallocarray(c->rules, c->nrules + 1, sizeof *c->rules);
	c->rules[c->nrules++] = r;
	return 0;
}

void
config_tidy_free(struct config *c)
{
	size_t i;

	for (i = 0; i < c->nrules; i++) {
		free(c->rules[i].name);
		free(c->rules[i].expr);
		free(c->rules[i].file);
	}
	FREE(&c->rules);
	c->nrules = 0;
}
