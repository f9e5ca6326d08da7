/*
 * model-filter: newsboat's filter language (`query:` feeds, set-filter,
 * define-filter, ignore-article, highlight-*; grammar in model.h).  The
 * attributes and the operators are tables: an attribute is a name, a type
 * and where its value sits in a struct model_filter_item; evaluation picks
 * the comparison by type.  Parsing is bounded (filter_limits below), so a
 * hostile expression costs at most a few kilobytes and no regex it may
 * compile explodes.  model_filter_scope() picks the narrowest list scope
 * an and-chain allows so a scan reads as few rows as it can.  Pure: no
 * store, no I/O.
 */
#include "config.h"

#include <limits.h>
#include <regex.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/date.h"
#include "base/lib.h"
#include "model/model.h"

/* Limits: a longer expression, deeper nesting, more terms or a regex
 * past these is refused with a message, never half-parsed. */
#define FILTER_MAX_LEN		4096	/* bytes of expression */
#define FILTER_MAX_DEPTH	32	/* nested parentheses */
#define FILTER_MAX_TERMS	128	/* comparisons */
#define FILTER_MAX_REGEX	512	/* bytes of one regex */
#define FILTER_MAX_REPEAT	1000	/* product of {m,n} bounds */
#define FILTER_MAX_QUANT	32	/* * + ? {} in one regex */
#define FILTER_MAX_GROUPS	8	/* nested ( ) in one regex */

enum fop { F_EQ, F_NE, F_RE, F_NRE, F_HAS, F_NHAS, F_LT, F_GT, F_LE, F_GE,
	F_BETWEEN, F_AND, F_OR };
enum ftype { T_STR, T_NUM, T_BOOL, T_LIST, T_FLAGS, T_DATE, T_AGE };

struct fattr {
	const char	*name;
	enum ftype	 type;
	size_t		 off;	/* of the char * or int64_t in the item */
	unsigned	 need;	/* MODEL_FILTER_NEED_* */
};

#define S(n, f, need) { n, T_STR, offsetof(struct model_filter_item, f), need }
#define N(n, f, need) { n, T_NUM, offsetof(struct model_filter_item, f), need }
static const struct fattr filter_attrs[] = {
	S("title", title, 0),
	S("link", link, 0),
	S("author", author, 0),
	S("content", content, MODEL_FILTER_NEED_ARTICLE),
	S("description", description, MODEL_FILTER_NEED_ARTICLE),
	S("guid", guid, MODEL_FILTER_NEED_ARTICLE),
	S("enclosure_url", enclosure_url, MODEL_FILTER_NEED_ARTICLE),
	S("enclosure_type", enclosure_type, MODEL_FILTER_NEED_ARTICLE),
	{ "flags", T_FLAGS, offsetof(struct model_filter_item, flags), 0 },
	{ "date", T_DATE, offsetof(struct model_filter_item, date), 0 },
	{ "age", T_AGE, offsetof(struct model_filter_item, date), 0 },
	{ "unread", T_BOOL, offsetof(struct model_filter_item, unread), 0 },
	{ "starred", T_BOOL, offsetof(struct model_filter_item, starred), 0 },
	{ "deleted", T_BOOL, offsetof(struct model_filter_item, deleted), 0 },
	N("articleindex", articleindex, 0),
	S("feedtitle", feedtitle, 0),
	S("feedurl", feedurl, MODEL_FILTER_NEED_FEED),
	S("rssurl", feedurl, MODEL_FILTER_NEED_FEED),
	S("feedlink", feedlink, MODEL_FILTER_NEED_FEED),
	{ "tags", T_LIST, offsetof(struct model_filter_item, tags), 0 },
	N("unread_count", unread_count, MODEL_FILTER_NEED_FEED),
	N("total_count", total_count, MODEL_FILTER_NEED_FEED),
	N("feedindex", feedindex, MODEL_FILTER_NEED_FEED),
};
#undef S
#undef N

/* Longest first where one is a prefix of another. */
static const struct { const char *text; enum fop op; } filter_ops[] = {
	{ "==", F_EQ }, { "!=", F_NE }, { "=~", F_RE }, { "!~", F_NRE },
	{ "!#", F_NHAS }, { "<=", F_LE }, { ">=", F_GE }, { "=", F_EQ },
	{ "#", F_HAS }, { "<", F_LT }, { ">", F_GT },
};

struct model_filter {
	enum fop	 op;
	const struct fattr *attr;
	char		*value;
	int64_t		 num, num2;	/* a number, a date, a range */
	int		 have_num;
	regex_t		 re;
	int		 have_re;
	struct model_filter	*l, *r;
};

struct qparse {
	const char	*p;
	char		*err;
	size_t		 errlen;
	int		 depth;
	int		 terms;
};

static struct model_filter *filter_or(struct qparse *qp);
static struct model_filter *filter_and(struct qparse *qp);
static struct model_filter *filter_term(struct qparse *qp);
static struct model_filter *filter_join(enum fop op, struct model_filter *l,
		    struct model_filter *r);
static void	 filter_skip(struct qparse *qp);
static int	 filter_word(struct qparse *qp, const char *w);
static int	 filter_value(struct qparse *qp, struct model_filter *e);
static int	 filter_regex(struct qparse *qp, struct model_filter *e);
static int	 filter_number(const char *s, int64_t *out);
static int	 filter_date(const char *s, int64_t *out);
static int	 filter_has_word(const char *list, const char *w);
static int	 filter_has_flags(const char *flags, const char *want);
static int	 filter_cmp_num(const struct model_filter *e, int64_t v);
static int	 filter_cmp_str(const struct model_filter *e, const char *s);
static int	 filter_leaf(const struct model_filter *e,
		    const struct model_filter_item *it, int64_t now);

static void
filter_skip(struct qparse *qp)
{
	while (*qp->p == ' ' || *qp->p == '\t' || *qp->p == '\n')
		qp->p++;
}

/* Consume the keyword w if it is next (as a whole word). */
static int
filter_word(struct qparse *qp, const char *w)
{
	size_t n = strlen(w);

	filter_skip(qp);
	if (strncmp(qp->p, w, n) == 0 && (qp->p[n] == ' ' ||
	    qp->p[n] == '(' || qp->p[n] == '\t' || qp->p[n] == '\n' ||
	    qp->p[n] == '\0')) {
		qp->p += n;
		return 1;
	}
	return 0;
}

static struct model_filter *
filter_join(enum fop op, struct model_filter *l, struct model_filter *r)
{
	struct model_filter *e = xcalloc(1, sizeof *e);

	e->op = op;
	e->l = l;
	e->r = r;
	return e;
}

static struct model_filter *
filter_or(struct qparse *qp)
{
	struct model_filter *l, *r;

	if ((l = filter_and(qp)) == NULL)
		return NULL;
	while (filter_word(qp, "or")) {
		if ((r = filter_and(qp)) == NULL) {
			model_filter_free(&l);
			return NULL;
		}
		l = filter_join(F_OR, l, r);
	}
	return l;
}

static struct model_filter *
filter_and(struct qparse *qp)
{
	struct model_filter *l, *r;

	if ((l = filter_term(qp)) == NULL)
		return NULL;
	while (filter_word(qp, "and")) {
		if ((r = filter_term(qp)) == NULL) {
			model_filter_free(&l);
			return NULL;
		}
		l = filter_join(F_AND, l, r);
	}
	return l;
}

/* A decimal integer (optional sign), the whole of s. */
static int
filter_number(const char *s, int64_t *out)
{
	char *end;
	long long v;

	if (*s == '\0')
		return -1;
	v = strtoll(s, &end, 10);
	if (*end != '\0' || v == LLONG_MIN || v == LLONG_MAX)
		return -1;
	*out = (int64_t)v;
	return 0;
}

/* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]" (UTC), or seconds. */
static int
filter_date(const char *s, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;

	if (filter_number(s, out) == 0)
		return 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3)
		return -1;
	if (s[n] != '\0') {
		int m2 = 0;

		if (sscanf(s + n, " %2d:%2d%n", &h, &mi, &m2) != 2)
			return -1;
		n += m2;
		if (s[n] == ':') {
			m2 = 0;
			if (sscanf(s + n, ":%2d%n", &sec, &m2) != 1)
				return -1;
			n += m2;
		}
		if (s[n] != '\0')
			return -1;
	}
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 ||
	    mi > 59 || sec > 60)
		return -1;
	*out = date_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
	return 0;
}

/*
 * glibc compiles {m,n} by copying the bracketed part n times, so nested
 * or repeated bounds multiply, and stacked quantifiers ("a+++", found by
 * fuzz-filter) or deep groups of them build an automaton exponential in
 * their count; back-references make matching exponential.  Refuse all of
 * these past small limits, counting conservatively (inside brackets too).
 */
int
model_regex_compile(regex_t *re, const char *value, int flags, char *err,
    size_t errlen)
{
	const char *p, *why = NULL;
	unsigned long product = 1, m;
	int quant = 0, depth = 0, after_quant = 0;
	char *end;

	if (strlen(value) > FILTER_MAX_REGEX)
		why = _("regex too long");
	for (p = value; why == NULL && *p != '\0'; p++) {
		if (*p == '\\' && p[1] >= '1' && p[1] <= '9')
			why = _("back-references are not allowed");
		else if (*p == '\\' && p[1] != '\0') {
			p++;
			after_quant = 0;
		} else if (*p == '*' || *p == '+' || *p == '?' || *p == '{') {
			if (after_quant)
				why = _("a regex quantifier repeated");
			else if (++quant > FILTER_MAX_QUANT)
				why = _("regex repeats too much");
			after_quant = 1;
			if (*p != '{')
				continue;
			m = strtoul(p + 1, &end, 10);
			if (*end == ',')
				m = strtoul(end + 1, &end, 10);
			product *= m + 1;
			if (product > FILTER_MAX_REPEAT)
				why = _("regex repeats too much");
			if (*end == '}')
				p = end;
		} else {
			after_quant = 0;
			if (*p == '(' && ++depth > FILTER_MAX_GROUPS)
				why = _("regex nests too deep");
			else if (*p == ')' && depth > 0)
				depth--;
		}
	}
	if (why != NULL) {
		snprintf(err, errlen, "%s", why);
		return -1;
	}
	if (regcomp(re, value, REG_EXTENDED | REG_ICASE | flags) != 0) {
		snprintf(err, errlen, _("bad regex \"%.40s\""), value);
		return -1;
	}
	return 0;
}

static int
filter_regex(struct qparse *qp, struct model_filter *e)
{
	if (model_regex_compile(&e->re, e->value, REG_NOSUB, qp->err,
	    qp->errlen) == -1)
		return -1;
	e->have_re = 1;
	return 0;
}

/* The value after the operator: "quoted" (\ escapes the next byte), or a
 * bare word up to a blank or ')' (numbers, N:M ranges).  Then checked
 * against the attribute's type and the operator. */
static int
filter_value(struct qparse *qp, struct model_filter *e)
{
	struct buf v = BUF_INIT;
	const char *colon;
	enum ftype t = e->attr->type;

	filter_skip(qp);
	if (*qp->p == '"') {
		for (qp->p++; *qp->p != '"'; qp->p++) {
			if (*qp->p == '\0') {
				snprintf(qp->err, qp->errlen, "%s",
				    _("unterminated \"value\""));
				buf_free(&v);
				return -1;
			}
			if (*qp->p == '\\' && qp->p[1] != '\0')
				qp->p++;
			buf_addc(&v, *qp->p);
		}
		qp->p++;
	} else {
		/* as newsboat: unquoted are numbers and ranges only */
		while (*qp->p != '\0' && strchr("-0123456789:", *qp->p) != NULL)
			buf_addc(&v, *qp->p++);
		if (v.len == 0) {
			snprintf(qp->err, qp->errlen, "%s",
			    _("missing \"value\""));
			buf_free(&v);
			return -1;
		}
	}
	e->value = buf_detach(&v);
	if (e->value == NULL)
		e->value = xstrdup("");
	if (e->op == F_RE || e->op == F_NRE)
		return filter_regex(qp, e);
	if (e->op == F_BETWEEN) {
		char *lo = xstrdup(e->value);
		int bad;

		colon = strchr(e->value, ':');
		if (colon != NULL)
			lo[colon - e->value] = '\0';
		bad = colon == NULL ||
		    (t == T_DATE ? filter_date(lo, &e->num) :
		    filter_number(lo, &e->num)) != 0 ||
		    (t == T_DATE ? filter_date(colon + 1, &e->num2) :
		    filter_number(colon + 1, &e->num2)) != 0;
		free(lo);
		if (bad) {
			snprintf(qp->err, qp->errlen, "%s",
			    _("between needs a range N:M"));
			return -1;
		}
		e->have_num = 1;
		return 0;
	}
	if (t == T_DATE)
		e->have_num = filter_date(e->value, &e->num) == 0;
	else if (t == T_NUM || t == T_AGE)
		e->have_num = filter_number(e->value, &e->num) == 0;
	if ((e->op == F_LT || e->op == F_GT || e->op == F_LE ||
	    e->op == F_GE) && !e->have_num && t != T_STR) {
		snprintf(qp->err, qp->errlen, _("not a number: \"%.20s\""),
		    e->value);
		return -1;
	}
	return 0;
}

static struct model_filter *
filter_term(struct qparse *qp)
{
	struct model_filter *e;
	const struct fattr *a = NULL;
	size_t i, n;

	filter_skip(qp);
	if (*qp->p == '(') {
		if (++qp->depth > FILTER_MAX_DEPTH) {
			snprintf(qp->err, qp->errlen, "%s",
			    _("too many parentheses"));
			return NULL;
		}
		qp->p++;
		if ((e = filter_or(qp)) == NULL)
			return NULL;
		filter_skip(qp);
		if (*qp->p != ')') {
			snprintf(qp->err, qp->errlen, "%s", _("missing )"));
			model_filter_free(&e);
			return NULL;
		}
		qp->p++;
		qp->depth--;
		return e;
	}
	if (++qp->terms > FILTER_MAX_TERMS) {
		snprintf(qp->err, qp->errlen, "%s", _("filter too long"));
		return NULL;
	}
	for (i = 0; i < sizeof filter_attrs / sizeof filter_attrs[0]; i++) {
		n = strlen(filter_attrs[i].name);
		if (strncmp(qp->p, filter_attrs[i].name, n) == 0 &&
		    strchr(" =!#<>b\t", qp->p[n]) != NULL && qp->p[n] != '\0') {
			a = &filter_attrs[i];
			qp->p += n;
			break;
		}
	}
	if (a == NULL) {
		snprintf(qp->err, qp->errlen, _("unknown attribute at \"%.20s\""),
		    qp->p);
		return NULL;
	}
	e = xcalloc(1, sizeof *e);
	e->attr = a;
	filter_skip(qp);
	if (filter_word(qp, "between"))
		e->op = F_BETWEEN;
	else {
		for (i = 0; i < sizeof filter_ops / sizeof filter_ops[0]; i++) {
			n = strlen(filter_ops[i].text);
			if (strncmp(qp->p, filter_ops[i].text, n) == 0)
				break;
		}
		if (i == sizeof filter_ops / sizeof filter_ops[0]) {
			snprintf(qp->err, qp->errlen, "%s",
			    _("missing operator"));
			free(e);
			return NULL;
		}
		e->op = filter_ops[i].op;
		qp->p += n;
	}
	if (filter_value(qp, e) != 0) {
		model_filter_free(&e);
		return NULL;
	}
	return e;
}

struct model_filter *
model_filter_parse(const char *s, char *err, size_t errlen)
{
	struct qparse qp = { s, err, errlen, 0, 0 };
	struct model_filter *e;

	if (strlen(s) > FILTER_MAX_LEN) {
		snprintf(err, errlen, "%s", _("filter too long"));
		return NULL;
	}
	if ((e = filter_or(&qp)) == NULL)
		return NULL;
	filter_skip(&qp);
	if (*qp.p != '\0') {
		snprintf(err, errlen, _("unexpected \"%.20s\""), qp.p);
		model_filter_free(&e);
		return NULL;
	}
	return e;
}

void
model_filter_free(struct model_filter **ep)
{
	struct model_filter *e = *ep;

	if (e == NULL)
		return;
	model_filter_free(&e->l);
	model_filter_free(&e->r);
	if (e->have_re)
		regfree(&e->re);
	free(e->value);
	free(e);
	*ep = NULL;
}

unsigned
model_filter_needs(const struct model_filter *e)
{
	if (e == NULL)
		return 0;
	if (e->op == F_AND || e->op == F_OR)
		return model_filter_needs(e->l) | model_filter_needs(e->r);
	return e->attr->need;
}

static int
filter_is(const struct model_filter *e, const char *name, enum fop op)
{
	return e->op == op && strcmp(e->attr->name, name) == 0;
}

void
model_filter_scope(const struct model_filter *e, struct model_query *q)
{
	if (e == NULL)
		return;
	if (e->op == F_AND) {
		model_filter_scope(e->l, q);
		model_filter_scope(e->r, q);
		return;
	}
	if (e->op == F_OR)
		return;
	if (filter_is(e, "unread", F_EQ) && strcasecmp(e->value, "yes") == 0)
		q->unread_only = 1;
	else if (filter_is(e, "starred", F_EQ) &&
	    strcasecmp(e->value, "yes") == 0 && q->scope == MODEL_SCOPE_ALL)
		q->scope = MODEL_SCOPE_STARRED;
	else if (filter_is(e, "tags", F_HAS) && q->scope == MODEL_SCOPE_ALL) {
		q->scope = MODEL_SCOPE_TAG;
		q->tag = e->value;
	}
}

int
model_filter_simple(const struct model_filter *e)
{
	if (e == NULL)
		return 1;
	if (e->op == F_AND)
		return model_filter_simple(e->l) && model_filter_simple(e->r);
	if (filter_is(e, "unread", F_EQ) || filter_is(e, "starred", F_EQ))
		return strcasecmp(e->value, "yes") == 0;
	return filter_is(e, "tags", F_HAS);
}

static int
filter_has_word(const char *list, const char *w)
{
	size_t n = strlen(w), k;
	const char *p;

	for (p = list; *p != '\0'; p += k) {
		while (*p == ' ')
			p++;
		k = strcspn(p, " ");
		if (k == n && strncmp(p, w, n) == 0)
			return 1;
	}
	return 0;
}

/* Every letter of want is among flags. */
static int
filter_has_flags(const char *flags, const char *want)
{
	for (; *want != '\0'; want++)
		if (strchr(flags, *want) == NULL)
			return 0;
	return 1;
}

static int
filter_cmp_num(const struct model_filter *e, int64_t v)
{
	switch (e->op) {
	case F_EQ:	return e->have_num && v == e->num;
	case F_NE:	return !e->have_num || v != e->num;
	case F_LT:	return v < e->num;
	case F_GT:	return v > e->num;
	case F_LE:	return v <= e->num;
	case F_GE:	return v >= e->num;
	case F_BETWEEN:	return v >= e->num && v <= e->num2;
	default:	return 0;
	}
}

static int
filter_cmp_str(const struct model_filter *e, const char *s)
{
	int c = strcmp(s, e->value);

	switch (e->op) {
	case F_EQ:	return c == 0;
	case F_NE:	return c != 0;
	case F_RE:	return regexec(&e->re, s, 0, NULL, 0) == 0;
	case F_NRE:	return regexec(&e->re, s, 0, NULL, 0) != 0;
	case F_LT:	return c < 0;
	case F_GT:	return c > 0;
	case F_LE:	return c <= 0;
	case F_GE:	return c >= 0;
	default:	return 0;
	}
}

/* One comparison.  Text attributes missing from the item read as "". */
static int
filter_leaf(const struct model_filter *e, const struct model_filter_item *it,
    int64_t now)
{
	const char *base = (const char *)it + e->attr->off;
	const char *s = NULL;
	char dbuf[32];
	int64_t v;
	int b;

	if ((e->attr->need & MODEL_FILTER_NEED_ARTICLE) && it->load != NULL &&
	    it->loaded == 0) {
		/* the item is the caller's and meant to be filled here */
		struct model_filter_item *w = (struct model_filter_item *)it;

		w->loaded = w->load(w, w->load_arg) == 0 ? 1 : -1;
	}
	if ((e->attr->need & MODEL_FILTER_NEED_ARTICLE) && it->loaded == -1)
		return 0;

	switch (e->attr->type) {
	case T_BOOL:
		memcpy(&b, base, sizeof b);
		if (e->op == F_RE || e->op == F_NRE)
			return filter_cmp_str(e, b ? "yes" : "no");
		if (e->op == F_EQ || e->op == F_NE)
			return (strcasecmp(e->value, b ? "yes" : "no") == 0 ||
			    strcmp(e->value, b ? "1" : "0") == 0) ==
			    (e->op == F_EQ);
		return 0;
	case T_NUM:
	case T_DATE:
	case T_AGE:
		memcpy(&v, base, sizeof v);
		if (e->attr->type == T_AGE)
			v = v > 0 && now > v ? (now - v) / 86400 : 0;
		if (e->op == F_RE || e->op == F_NRE) {
			if (e->attr->type == T_DATE)
				date_format_iso(v, dbuf);
			else
				snprintf(dbuf, sizeof dbuf, "%lld",
				    (long long)v);
			return filter_cmp_str(e, dbuf);
		}
		/* a date-only "YYYY-MM-DD" equals the whole day */
		if (e->attr->type == T_DATE && e->have_num &&
		    (e->op == F_EQ || e->op == F_NE) &&
		    strlen(e->value) == 10 && e->value[4] == '-')
			return (v >= e->num && v < e->num + 86400) ==
			    (e->op == F_EQ);
		return filter_cmp_num(e, v);
	default:
		break;
	}
	memcpy(&s, base, sizeof s);
	if (s == NULL)
		s = "";
	if (e->op == F_HAS || e->op == F_NHAS) {
		b = e->attr->type == T_FLAGS ? filter_has_flags(s, e->value) :
		    filter_has_word(s, e->value);
		return b == (e->op == F_HAS);
	}
	if (e->op == F_BETWEEN)
		return filter_number(s, &v) == 0 && filter_cmp_num(e, v);
	return filter_cmp_str(e, s);
}

int
model_filter_eval(const struct model_filter *e,
    const struct model_filter_item *it, int64_t now)
{
	if (e == NULL)
		return 1;
	switch (e->op) {
	case F_AND:
		return model_filter_eval(e->l, it, now) &&
		    model_filter_eval(e->r, it, now);
	case F_OR:
		return model_filter_eval(e->l, it, now) ||
		    model_filter_eval(e->r, it, now);
	default:
		return filter_leaf(e, it, now);
	}
}

void
model_filter_item_row(struct model_filter_item *it,
    const struct model_article_row *r, const char *feed_tags)
{
	memset(it, 0, sizeof *it);
	it->title = r->title;
	it->link = r->link;
	it->author = r->author;
	it->flags = r->flags;
	it->feedtitle = r->feed_title;
	it->tags = feed_tags;
	it->date = r->date;
	it->unread = r->unread != 0;
	it->starred = r->starred != 0;
	it->deleted = r->deleted != 0;
}

int
model_filter_match(const struct model_filter *e,
    const struct model_article_row *r, const char *feed_tags)
{
	struct model_filter_item it;

	model_filter_item_row(&it, r, feed_tags);
	return model_filter_eval(e, &it, (int64_t)time(NULL));
}
