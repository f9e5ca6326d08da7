/*
 * config: the config file parser.  A line is split into words (newsboat's
 * quoting: "double quotes", backslash escapes, '#' comments), then the
 * first word picks a directive: bind-key/unbind-key (kept as data for the
 * TUI), color (element, colours, attributes), or an option described in
 * config_table[].  Every problem is one log_warn("file:line: reason") and
 * the line is skipped; nothing is fatal.
 */
#include <config.h>	/* autoconf's; "config.h" here would be conf/config.h */

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/config-int.h"

#define CONFIG_MAX_FILE		(4u * 1024 * 1024)
#define CONFIG_MAX_BINDINGS	4096

static int	 apply_bind(struct config *, struct words *, const char *,
		     unsigned);
static int	 apply_color(struct config *, struct words *, const char *,
		     unsigned);
static int	 apply_option(struct config *, const struct config_option *,
		     const char *, const char *, unsigned, int);
static int	 parse_bool(const char *, int *);

static const char *const element_names[CE__COUNT] = {
	"background", "listnormal", "listfocus", "listnormal_unread",
	"listfocus_unread", "info", "article", "title", "hint", "link",
	"quote", "quote-term", "quoted1", "quoted2", "quoted3", "error",
	"search-match", "speaker"
};

/* Other names accepted for elements (newsboat's and spelling variants). */
static const struct {
	const char		*name;
	enum config_element	 e;
} element_aliases[] = {
	{ "listnormal-unread", CE_LISTNORMAL_UNREAD },
	{ "listfocus-unread", CE_LISTFOCUS_UNREAD },
	{ "hint-key", CE_HINT },
	{ "hint-keys-delimiter", CE_HINT },
	{ "hint-separator", CE_HINT },
	{ "hint-description", CE_HINT },
	{ "end-of-text-marker", CE_HINT },
	{ "quote-speech", CE_QUOTE },
	{ "quote_term", CE_QUOTE_TERM },
	{ "search_match", CE_SEARCH_MATCH },
	{ "searchmatch", CE_SEARCH_MATCH },
};

/* Defaults: newsboat's look for the bars and focus, mutt's for quotes. */
static const struct config_color default_colors[CE__COUNT] = {
	[CE_BACKGROUND] =	 { -1, -1, 0, 0 },
	[CE_LISTNORMAL] =	 { -1, -1, 0, 0 },
	[CE_LISTFOCUS] =	 { 3, 4, CA_BOLD, 0 },
	[CE_LISTNORMAL_UNREAD] = { -1, -1, CA_BOLD, 0 },
	[CE_LISTFOCUS_UNREAD] =	 { 3, 4, CA_BOLD, 0 },
	[CE_INFO] =		 { 3, 4, CA_BOLD, 0 },
	[CE_ARTICLE] =		 { -1, -1, 0, 0 },
	[CE_TITLE] =		 { -1, -1, CA_BOLD, 0 },
	[CE_HINT] =		 { 6, -1, 0, 0 },
	[CE_LINK] =		 { 4, -1, CA_UNDERLINE, 0 },
	[CE_QUOTE] =		 { 2, -1, 0, 0 },
	[CE_QUOTE_TERM] =	 { 6, -1, 0, 0 },
	[CE_QUOTED1] =		 { 2, -1, 0, 0 },
	[CE_QUOTED2] =		 { 3, -1, 0, 0 },
	[CE_QUOTED3] =		 { 5, -1, 0, 0 },
	[CE_ERROR] =		 { 1, -1, CA_BOLD, 0 },
	[CE_SEARCH_MATCH] =	 { 0, 3, 0, 0 },
	[CE_SPEAKER] =		 { -1, -1, CA_DIM, 0 },
};

static const char *const color_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char	*name;
	int		 bit;
} attr_names[] = {
	{ "bold", CA_BOLD }, { "underline", CA_UNDERLINE },
	{ "standout", CA_STANDOUT }, { "reverse", CA_REVERSE },
	{ "dim", CA_DIM }, { "blink", CA_BLINK }, { "italic", CA_ITALIC },
};

static const struct {
	const char	*name;
	int		 code;
} key_names[] = {
	{ "ENTER", CK_ENTER }, { "RETURN", CK_ENTER }, { "SPACE", ' ' },
	{ "TAB", '\t' }, { "UP", CK_UP }, { "DOWN", CK_DOWN },
	{ "LEFT", CK_LEFT }, { "RIGHT", CK_RIGHT }, { "PPAGE", CK_PPAGE },
	{ "PAGEUP", CK_PPAGE }, { "NPAGE", CK_NPAGE },
	{ "PAGEDOWN", CK_NPAGE }, { "HOME", CK_HOME }, { "END", CK_END },
	{ "BACKSPACE", CK_BACKSPACE }, { "DELETE", CK_DELETE },
	{ "DEL", CK_DELETE }, { "INSERT", CK_INSERT }, { "ESC", CK_ESC },
	{ "ESCAPE", CK_ESC },
};

void
config_warn(struct config *c, const char *name, unsigned line,
    const char *fmt, ...)
{
	va_list ap;
	char *msg, *full;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	full = xasprintf("%s:%u: %s", name, line, msg);
	free(msg);
	log_warn("%s", full);
	/* Kept for the in-app list; a runaway file keeps its first ones. */
	if (c != NULL && c->nproblems < CONFIG_MAX_PROBLEMS) {
		c->problems = xreallocarray(c->problems, c->nproblems + 1,
		    sizeof *c->problems);
		c->problems[c->nproblems++] = full;
	} else
		free(full);
}

/* A copy of s safe to put in a message: controls become '?'. */
char *
config_printable(const char *s)
{
	char *p, *t = xstrndup(s, 64);

	for (p = t; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return t;
}

static int
is_hex_colour(const char *p)
{
	int i;

	for (i = 1; i <= 6; i++)
		if (!((p[i] >= '0' && p[i] <= '9') ||
		    (p[i] >= 'a' && p[i] <= 'f') ||
		    (p[i] >= 'A' && p[i] <= 'F')))
			return 0;
	return p[7] == '\0' || p[7] == ' ' || p[7] == '\t' || p[7] == '\r' ||
	    p[7] == '\n';
}

/*
 * Split line into words.  Quotes may appear anywhere in a word and group
 * blanks; inside and outside them a backslash escapes the next character
 * (\n and \t mean newline and tab).  Returns 0, or -1 with *err set to a
 * static reason.
 */
int
config_split(const char *line, struct words *ws, char **err)
{
	const char *p = line;
	struct buf b = BUF_INIT;
	int quoted;

	ws->n = 0;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (*p == '\0')
			return 0;
		if (*p == '#' && !is_hex_colour(p))
			return 0;
		if (ws->n == CONFIG_MAX_WORDS) {
			*err = xstrdup(_("too many words"));
			config_words_free(ws);
			return -1;
		}
		quoted = 0;
		buf_reset(&b);
		buf_grow(&b, 0);
		for (; *p != '\0'; p++) {
			if (!quoted && (*p == ' ' || *p == '\t' ||
			    *p == '\r' || *p == '\n'))
				break;
			if (*p == '"') {
				quoted = !quoted;
				continue;
			}
			if (*p == '\\' && p[1] != '\0') {
				p++;
				buf_addc(&b, *p == 'n' ? '\n' :
				    *p == 't' ? '\t' : *p);
				continue;
			}
			buf_addc(&b, *p);
		}
		if (quoted) {
			buf_free(&b);
			config_words_free(ws);
			*err = xstrdup(_("unterminated quote"));
			return -1;
		}
		ws->w[ws->n++] = buf_detach(&b);
	}
}

void
config_words_free(struct words *ws)
{
	int i;

	for (i = 0; i < ws->n; i++)
		free(ws->w[i]);
	ws->n = 0;
}

static int
parse_bool(const char *s, int *out)
{
	if (strcasecmp(s, "yes") == 0 || strcasecmp(s, "true") == 0 ||
	    strcasecmp(s, "on") == 0 || strcmp(s, "1") == 0)
		*out = 1;
	else if (strcasecmp(s, "no") == 0 || strcasecmp(s, "false") == 0 ||
	    strcasecmp(s, "off") == 0 || strcmp(s, "0") == 0)
		*out = 0;
	else
		return -1;
	return 0;
}

/* Decode one UTF-8 character making up all of s; -1 if it is not one. */
static int
single_char(const char *s, int *code)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, i;
	int c;

	if (u[0] < 0x80) {
		if (u[0] <= 0x20 || u[0] == 0x7f || u[1] != '\0')
			return -1;
		*code = u[0];
		return 0;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		n = 2; c = u[0] & 0x1f;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		n = 3; c = u[0] & 0x0f;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		n = 4; c = u[0] & 0x07;
	} else
		return -1;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (u[n] != '\0' || c < 0xa0 || (c >= 0xd800 && c <= 0xdfff) ||
	    c > 0x10ffff || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000))
		return -1;
	*code = c;
	return 0;
}

int
config_key_parse(const char *name, int *code)
{
	size_t i;
	int n;
	char *end;

	if (name == NULL || *name == '\0')
		return -1;
	if (single_char(name, code) == 0)
		return 0;
	if (name[0] == '^' && name[1] != '\0' && name[2] == '\0') {
		if (name[1] == '?') {
			*code = 0x7f;
			return 0;
		}
		n = name[1] >= 'a' && name[1] <= 'z' ? name[1] - 32 : name[1];
		if (n < '@' || n > '_')
			return -1;
		*code = n & 0x1f;
		return 0;
	}
	if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' &&
	    name[1] <= '9') {
		errno = 0;
		n = (int)strtol(name + 1, &end, 10);
		if (*end == '\0' && n >= 1 && n <= 12) {
			*code = CK_F1 + n - 1;
			return 0;
		}
		return -1;
	}
	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (strcasecmp(name, key_names[i].name) == 0) {
			*code = key_names[i].code;
			return 0;
		}
	}
	return -1;
}

const char *
config_key_name(int code)
{
	static char buf[16];
	size_t i;

	if (code >= CK_F1 && code <= CK_F12) {
		snprintf(buf, sizeof buf, "F%d", code - CK_F1 + 1);
		return buf;
	}
	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].code == code)
			return key_names[i].name;
	if (code == 0x7f)
		return "^?";
	if (code == 27)
		return "ESC";
	if (code > 0 && code < 0x20) {
		snprintf(buf, sizeof buf, "^%c", code + '@');
		return buf;
	}
	if (code < 0x80) {
		buf[0] = (char)code;
		buf[1] = '\0';
	} else if (code < 0x800) {
		buf[0] = (char)(0xc0 | (code >> 6));
		buf[1] = (char)(0x80 | (code & 0x3f));
		buf[2] = '\0';
	} else if (code < 0x10000) {
		buf[0] = (char)(0xe0 | (code >> 12));
		buf[1] = (char)(0x80 | ((code >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (code & 0x3f));
		buf[3] = '\0';
	} else if (code <= 0x10ffff) {
		buf[0] = (char)(0xf0 | (code >> 18));
		buf[1] = (char)(0x80 | ((code >> 12) & 0x3f));
		buf[2] = (char)(0x80 | ((code >> 6) & 0x3f));
		buf[3] = (char)(0x80 | (code & 0x3f));
		buf[4] = '\0';
	} else
		return "?";
	return buf;
}

/* Nearest xterm-256 colour (cube 16-231 or grey ramp 232-255). */
static int
nearest_256(int r, int g, int b)
{
	static const int lv[6] = { 0, 95, 135, 175, 215, 255 };
	int ci[3], rgb[3] = { r, g, b }, k, j, best, d, dc, dg, grey, gi;

	for (k = 0; k < 3; k++) {
		best = 0;
		for (j = 1; j < 6; j++)
			if (abs(lv[j] - rgb[k]) < abs(lv[best] - rgb[k]))
				best = j;
		ci[k] = best;
	}
	dc = 0;
	for (k = 0; k < 3; k++) {
		d = lv[ci[k]] - rgb[k];
		dc += d * d;
	}
	grey = (r + g + b) / 3;
	gi = grey < 8 ? 0 : grey > 238 ? 23 : (grey - 8 + 5) / 10;
	if (gi > 23)
		gi = 23;
	dg = 0;
	for (k = 0; k < 3; k++) {
		d = 8 + 10 * gi - rgb[k];
		dg += d * d;
	}
	if (dg < dc)
		return 232 + gi;
	return 16 + 36 * ci[0] + 6 * ci[1] + ci[2];
}

int
config_color_parse(const char *name, int *out)
{
	size_t i;
	long n;
	char *end;
	unsigned v;

	if (strcasecmp(name, "default") == 0) {
		*out = CONFIG_COLOR_DEFAULT;
		return 0;
	}
	for (i = 0; i < 8; i++) {
		if (strcasecmp(name, color_names[i]) == 0) {
			*out = (int)i;
			return 0;
		}
	}
	if (strncasecmp(name, "color", 5) == 0 && name[5] >= '0' &&
	    name[5] <= '9') {
		n = strtol(name + 5, &end, 10);
		if (*end != '\0' || n < 0 || n > 255)
			return -1;
		*out = (int)n;
		return 0;
	}
	if (name[0] == '#' && strlen(name) == 7 && is_hex_colour(name)) {
		v = (unsigned)strtoul(name + 1, NULL, 16);
		*out = nearest_256((int)(v >> 16), (int)((v >> 8) & 0xff),
		    (int)(v & 0xff));
		return 0;
	}
	return -1;
}

const char *
config_element_name(enum config_element e)
{
	if ((int)e < 0 || e >= CE__COUNT)
		return NULL;
	return element_names[e];
}

int
config_element_find(const char *name)
{
	size_t i;

	for (i = 0; i < CE__COUNT; i++)
		if (strcasecmp(name, element_names[i]) == 0)
			return (int)i;
	for (i = 0; i < sizeof element_aliases / sizeof element_aliases[0];
	    i++)
		if (strcasecmp(name, element_aliases[i].name) == 0)
			return (int)element_aliases[i].e;
	return -1;
}

const struct config_option *
config_option_find(const char *name)
{
	size_t i;

	for (i = 0; i < config_table_size; i++)
		if (strcmp(name, config_table[i].name) == 0)
			return &config_table[i];
	return NULL;
}

/*
 * Set option o from the text value.  quiet is for the defaults (which
 * are known good).
 */
static int
apply_option(struct config *c, const struct config_option *o,
    const char *value, const char *name, unsigned line, int quiet)
{
	char *field = (char *)c + o->offset, *end, *pv;
	long n;
	int b, i;

	switch (o->type) {
	case CT_BOOL:
		if (parse_bool(value, &b) != 0) {
			if (!quiet) {
				pv = config_printable(value);
				config_warn(c, name, line, _("%s: expected yes or no, "
				    "not '%s'"), o->name, pv);
				free(pv);
			}
			return -1;
		}
		*(int *)field = b;
		return 0;
	case CT_INT:
		errno = 0;
		n = strtol(value, &end, 10);
		if (*value == '\0' || *end != '\0' || errno != 0) {
			if (!quiet) {
				pv = config_printable(value);
				config_warn(c, name, line, _("%s: not a number: '%s'"),
				    o->name, pv);
				free(pv);
			}
			return -1;
		}
		if (n < o->min || n > o->max) {
			if (!quiet)
				config_warn(c, name, line, _("%s: %ld is out of range "
				    "(%d to %d)"), o->name, n, o->min, o->max);
			return -1;
		}
		*(int *)field = (int)n;
		return 0;
	case CT_STRING:
		free(*(char **)field);
		*(char **)field = xstrdup(value);
		return 0;
	case CT_ENUM:
		for (i = 0; o->choices[i] != NULL; i++) {
			if (strcmp(value, o->choices[i]) == 0) {
				*(int *)field = i;
				return 0;
			}
		}
		if (!quiet) {
			pv = config_printable(value);
			config_warn(c, name, line, _("%s: unknown value '%s'"),
			    o->name, pv);
			free(pv);
		}
		return -1;
	}
	return -1;
}

static int
apply_bind(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	int unbind = strcmp(ws->w[0], "unbind-key") == 0, code = 0;
	char *pv;

	if (unbind ? (ws->n < 2 || ws->n > 3) : (ws->n < 3 || ws->n > 4)) {
		config_warn(c, name, line, unbind ?
		    _("usage: unbind-key KEY [CONTEXT]") :
		    _("usage: bind-key KEY ACTION [CONTEXT]"));
		return -1;
	}
	if (!(unbind && strcmp(ws->w[1], "-a") == 0) &&
	    config_key_parse(ws->w[1], &code) != 0) {
		pv = config_printable(ws->w[1]);
		config_warn(c, name, line, _("unknown key '%s'"), pv);
		free(pv);
		return -1;
	}
	if (!unbind && ws->w[2][0] == '\0') {
		config_warn(c, name, line, _("empty action"));
		return -1;
	}
	return config_add_binding(c, ws->w[1], code, unbind ? NULL : ws->w[2],
	    ws->n == (unbind ? 3 : 4) ? ws->w[ws->n - 1] : NULL, name, line);
}

int
config_add_binding(struct config *c, const char *key, int code,
    const char *action, const char *context, const char *name,
    unsigned line)
{
	struct config_binding *b;

	if (c->nbindings >= CONFIG_MAX_BINDINGS) {
		config_warn(c, name, line, _("too many key bindings"));
		return -1;
	}
	c->bindings = xreallocarray(c->bindings, c->nbindings + 1,
	    sizeof *c->bindings);
	b = &c->bindings[c->nbindings++];
	memset(b, 0, sizeof *b);
	b->key = xstrdup(key);
	b->code = code;
	b->action = action != NULL ? xstrdup(action) : NULL;
	if (context != NULL)
		b->context = xstrdup(context);
	b->file = xstrdup(name);
	b->line = line;
	return 0;
}

static int
apply_color(struct config *c, struct words *ws, const char *name,
    unsigned line)
{
	struct config_color col;
	int e, i;
	size_t k;
	char *pv;

	if (ws->n < 4) {
		config_warn(c, name, line, _("usage: color ELEMENT FG BG [ATTR...]"));
		return -1;
	}
	if ((e = config_element_find(ws->w[1])) < 0) {
		pv = config_printable(ws->w[1]);
		config_warn(c, name, line, _("unknown color element '%s'"), pv);
		free(pv);
		return -1;
	}
	memset(&col, 0, sizeof col);
	for (i = 2; i <= 3; i++) {
		if (config_color_parse(ws->w[i], i == 2 ? &col.fg :
		    &col.bg) != 0) {
			pv = config_printable(ws->w[i]);
			config_warn(c, name, line, _("unknown color '%s' (use "
			    "default, black..white, color0..color255 or "
			    "#rrggbb)"), pv);
			free(pv);
			return -1;
		}
	}
	for (i = 4; i < ws->n; i++) {
		for (k = 0; k < sizeof attr_names / sizeof attr_names[0]; k++)
			if (strcasecmp(ws->w[i], attr_names[k].name) == 0)
				break;
		if (k == sizeof attr_names / sizeof attr_names[0]) {
			pv = config_printable(ws->w[i]);
			config_warn(c, name, line, _("unknown attribute '%s'"), pv);
			free(pv);
			return -1;
		}
		col.attrs |= attr_names[k].bit;
	}
	col.set = 1;
	c->colors[e] = col;
	return 0;
}

int
config_apply_line(struct config *c, const char *text, const char *name,
    unsigned line)
{
	struct words ws;
	const struct config_option *o;
	const struct config_nb *nb;
	const char *why;
	char *err = NULL, *pv;
	int rc;

	if (name == NULL)
		name = "config";
	if (config_split(text, &ws, &err) != 0) {
		config_warn(c, name, line, "%s", err);
		free(err);
		return -1;
	}
	if (ws.n == 0)
		return 0;
	if (strcmp(ws.w[0], "bind-key") == 0 ||
	    strcmp(ws.w[0], "unbind-key") == 0)
		rc = apply_bind(c, &ws, name, line);
	else if (strcmp(ws.w[0], "color") == 0)
		rc = apply_color(c, &ws, name, line);
	else if (strcmp(ws.w[0], "include") == 0)
		rc = config_include(c, &ws, name, line);
	else if (strcmp(ws.w[0], "macro") == 0)
		rc = config_macro(c, &ws, name, line);
	else if (strcmp(ws.w[0], "bind") == 0)
		rc = config_bind(c, &ws, name, line);
	else if (strcmp(ws.w[0], "run-on-startup") == 0)
		rc = config_startup(c, &ws, name, line);
	else if (strcmp(ws.w[0], "reset-unread-on-update") == 0)
		rc = config_reset_unread(c, &ws, name, line);
	else if (strcmp(ws.w[0], "search-highlight-colors") == 0 &&
	    (ws.n < 3 || ws.n >= CONFIG_MAX_WORDS)) {
		config_warn(c, name, line, _("usage: search-highlight-colors FG "
		    "BG [ATTR...]"));
		rc = -1;
	} else if (strcmp(ws.w[0], "search-highlight-colors") == 0) {
		/* newsboat's name for color search-match FG BG [ATTR...] */
		memmove(&ws.w[2], &ws.w[1], (size_t)(ws.n - 1) *
		    sizeof ws.w[0]);
		free(ws.w[0]);
		ws.w[0] = xstrdup("color");
		ws.w[1] = xstrdup("search-match");
		ws.n++;
		rc = apply_color(c, &ws, name, line);
	} else if ((nb = config_newsboat_find(ws.w[0])) != NULL &&
	    nb->kind == NB_FIXED)
		rc = config_newsboat_fixed(c, nb, &ws, name, line);
	else if ((rc = config_tidy_apply(c, ws.n, ws.w, name, line)) != 1)
		;	/* define-filter, ignore-article, highlight-* */
	else if ((o = config_option_find(ws.w[0])) != NULL ||
	    (config_newsboat_alias(ws.w[0]) != NULL &&
	    (o = config_option_find(config_newsboat_alias(ws.w[0]))) !=
	    NULL)) {
		if (ws.n != 2) {
			config_warn(c, name, line, _("%s: expected one value"),
			    o->name);
			rc = -1;
		} else
			rc = apply_option(c, o, ws.w[1], name, line, 0);
		if (rc == 0 && (nb = config_newsboat_find(ws.w[0])) != NULL &&
		    nb->kind == NB_INERT) {
			config_warn(c, name, line, _("%s: %s"), o->name,
			    _(config_newsboat_reason(o->name)));
			rc = -1;
		}
	} else if ((why = config_newsboat_reason(ws.w[0])) != NULL) {
		pv = config_printable(ws.w[0]);
		config_warn(c, name, line, _("%s: not taken: %s"), pv, _(why));
		free(pv);
		rc = -1;
	} else {
		pv = config_printable(ws.w[0]);
		config_warn(c, name, line, _("unknown command '%s'"), pv);
		free(pv);
		rc = -1;
	}
	config_words_free(&ws);
	return rc;
}

void
config_init(struct config *c)
{
	size_t i;

	memset(c, 0, sizeof *c);
	for (i = 0; i < config_table_size; i++)
		if (apply_option(c, &config_table[i], config_table[i].def,
		    "defaults", 0, 1) != 0)
			fatalx("bad default for option %s",
			    config_table[i].name);
	memcpy(c->colors, default_colors, sizeof c->colors);
}

void
config_free(struct config *c)
{
	size_t i;

	for (i = 0; i < config_table_size; i++)
		if (config_table[i].type == CT_STRING)
			FREE((char **)((char *)c + config_table[i].offset));
	for (i = 0; i < c->nbindings; i++) {
		free(c->bindings[i].key);
		free(c->bindings[i].action);
		free(c->bindings[i].context);
		free(c->bindings[i].file);
	}
	FREE(&c->bindings);
	c->nbindings = 0;
	config_macros_free(c);
	for (i = 0; i < c->nproblems; i++)
		free(c->problems[i]);
	FREE(&c->problems);
	c->nproblems = 0;
	config_tidy_free(c);
}

int
config_attr_find(const char *name, int *bit)
{
	size_t k;

	for (k = 0; k < sizeof attr_names / sizeof attr_names[0]; k++)
		if (strcasecmp(name, attr_names[k].name) == 0) {
			*bit = attr_names[k].bit;
			return 0;
		}
	return -1;
}

int
config_parse(const char *buf, size_t len, const char *name, struct config *c)
{
	size_t i = 0, eol;
	unsigned line = 0;
	int bad = 0;
	char *text;

	while (i < len) {
		line++;
		for (eol = i; eol < len && buf[eol] != '\n'; eol++)
			/* nothing */;
		text = xstrndup(buf + i, eol - i);
		if (strlen(text) != eol - i) {
			config_warn(c, name, line, _("NUL byte in line"));
			bad++;
		} else if (config_apply_line(c, text, name, line) != 0)
			bad++;
		free(text);
		i = eol + 1;
	}
	return bad;
}

int
config_load(const char *path, struct config *c)
{
	int rc;

	if (path == NULL)
		return 0;
	if (access(path, F_OK) != 0 && errno == ENOENT)
		return 0;
	/* The outermost file is on the include stack too, so including
	   itself is a loop. */
	if (config_include_push(path) != 0) {
		log_warn(_("%s: %s"), path, strerror(errno));
		return -1;
	}
	rc = config_load_file(path, c);
	config_include_pop();
	return rc;
}

int
config_load_file(const char *path, struct config *c)
{
	FILE *f;
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;
	int rc;

	if ((f = fopen(path, "r")) == NULL) {
		log_warn(_("%s: %s"), path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > CONFIG_MAX_FILE) {
			log_warn(_("%s: file too large, ignoring the rest"),
			    path);
			break;
		}
		buf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		log_warn(_("%s: %s"), path, strerror(errno));
		fclose(f);
		buf_free(&b);
		return -1;
	}
	fclose(f);
	rc = config_parse(buf_str(&b), b.len, path, c);
	buf_free(&b);
	return rc;
}
