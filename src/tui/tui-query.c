/*
 * tui-query: the newsboat filter language subset of `query:` feeds.
 *
 *	expr := and-expr ("or" and-expr)*
 *	and-expr := term ("and" term)*
 *	term := "(" expr ")" | ATTR OP "VALUE"
 *	ATTR := unread | title | author | feedtitle | tags | starred
 *	OP := = | != | =~ | !~ | # | !#
 *
 * `=~` is a POSIX extended regex, case-insensitive; `#` tests that a
 * space-separated list (tags) contains a word.  The tree is evaluated per
 * article row; qexpr_scope() picks the narrowest store scope an and-chain
 * allows so the scan reads as few rows as it can.
 */
#include "config.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui/tui-int.h"

enum qop { Q_EQ, Q_NE, Q_RE, Q_NRE, Q_HAS, Q_NHAS, Q_AND, Q_OR };
enum qattr { QA_UNREAD, QA_TITLE, QA_AUTHOR, QA_FEEDTITLE, QA_TAGS,
	QA_STARRED };

struct qexpr {
	enum qop	 op;
	enum qattr	 attr;
	char		*value;
	regex_t		 re;
	int		 have_re;
	struct qexpr	*l, *r;
};

struct qparse {
	const char	*p;
	char		*err;
	size_t		 errlen;
};

static struct qexpr *qexpr_or(struct qparse *qp);
static struct qexpr *qexpr_and(struct qparse *qp);
static struct qexpr *qexpr_term(struct qparse *qp);
static void	 qexpr_skip(struct qparse *qp);
static int	 qexpr_word(struct qparse *qp, const char *w);
static int	 qexpr_has_word(const char *list, const char *w);
static int	 qexpr_test(const struct qexpr *e, const char *s);

static const char *qexpr_attrs[] = {
	"unread", "title", "author", "feedtitle", "tags", "starred"
};

static void
qexpr_skip(struct qparse *qp)
{
	while (*qp->p == ' ' || *qp->p == '\t')
		qp->p++;
}

/* Consume the keyword w if it is next (as a whole word). */
static int
qexpr_word(struct qparse *qp, const char *w)
{
	size_t n = strlen(w);

	qexpr_skip(qp);
	if (strncmp(qp->p, w, n) == 0 && (qp->p[n] == ' ' ||
	    qp->p[n] == '(' || qp->p[n] == '\t' || qp->p[n] == '\0')) {
		qp->p += n;
		return 1;
	}
	return 0;
}

static struct qexpr *
qexpr_or(struct qparse *qp)
{
	struct qexpr *l, *r, *e;

	if ((l = qexpr_and(qp)) == NULL)
		return NULL;
	while (qexpr_word(qp, "or")) {
		if ((r = qexpr_and(qp)) == NULL) {
			qexpr_free(&l);
			return NULL;
		}
		e = xcalloc(1, sizeof *e);
		e->op = Q_OR;
		e->l = l;
		e->r = r;
		l = e;
	}
	return l;
}

static struct qexpr *
qexpr_and(struct qparse *qp)
{
	struct qexpr *l, *r, *e;

	if ((l = qexpr_term(qp)) == NULL)
		return NULL;
	while (qexpr_word(qp, "and")) {
		if ((r = qexpr_term(qp)) == NULL) {
			qexpr_free(&l);
			return NULL;
		}
		e = xcalloc(1, sizeof *e);
		e->op = Q_AND;
		e->l = l;
		e->r = r;
		l = e;
	}
	return l;
}

static struct qexpr *
qexpr_term(struct qparse *qp)
{
	struct qexpr *e;
	struct buf v = BUF_INIT;
	size_t i, n;
	int attr = -1;

	qexpr_skip(qp);
	if (*qp->p == '(') {
		qp->p++;
		if ((e = qexpr_or(qp)) == NULL)
			return NULL;
		qexpr_skip(qp);
		if (*qp->p != ')') {
			snprintf(qp->err, qp->errlen, "%s", _("missing )"));
			qexpr_free(&e);
			return NULL;
		}
		qp->p++;
		return e;
	}
	for (i = 0; i < sizeof qexpr_attrs / sizeof qexpr_attrs[0]; i++) {
		n = strlen(qexpr_attrs[i]);
		if (strncmp(qp->p, qexpr_attrs[i], n) == 0 &&
		    strchr(" =!#\t", qp->p[n]) != NULL) {
			attr = (int)i;
			qp->p += n;
			break;
		}
	}
	if (attr == -1) {
		snprintf(qp->err, qp->errlen, _("unknown attribute at \"%.20s\""),
		    qp->p);
		return NULL;
	}
	e = xcalloc(1, sizeof *e);
	e->attr = (enum qattr)attr;
	qexpr_skip(qp);
	if (strncmp(qp->p, "!=", 2) == 0) {
		e->op = Q_NE;
		qp->p += 2;
	} else if (strncmp(qp->p, "=~", 2) == 0) {
		e->op = Q_RE;
		qp->p += 2;
	} else if (strncmp(qp->p, "!~", 2) == 0) {
		e->op = Q_NRE;
		qp->p += 2;
	} else if (strncmp(qp->p, "!#", 2) == 0) {
		e->op = Q_NHAS;
		qp->p += 2;
	} else if (*qp->p == '=') {
		e->op = Q_EQ;
		qp->p++;
	} else if (*qp->p == '#') {
		e->op = Q_HAS;
		qp->p++;
	} else {
		snprintf(qp->err, qp->errlen, "%s", _("missing operator"));
		free(e);
		return NULL;
	}
	qexpr_skip(qp);
	if (*qp->p != '"') {
		snprintf(qp->err, qp->errlen, "%s", _("missing \"value\""));
		free(e);
		return NULL;
	}
	for (qp->p++; *qp->p != '"'; qp->p++) {
		if (*qp->p == '\0') {
			snprintf(qp->err, qp->errlen, "%s",
			    _("unterminated \"value\""));
			buf_free(&v);
			free(e);
			return NULL;
		}
		if (*qp->p == '\\' && qp->p[1] != '\0')
			qp->p++;
		buf_addc(&v, *qp->p);
	}
	qp->p++;
	e->value = buf_detach(&v);
	if (e->op == Q_RE || e->op == Q_NRE) {
		if (regcomp(&e->re, e->value,
		    REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0) {
			snprintf(qp->err, qp->errlen, _("bad regex \"%s\""),
			    e->value);
			free(e->value);
			free(e);
			return NULL;
		}
		e->have_re = 1;
	}
	return e;
}

struct qexpr *
qexpr_parse(const char *s, char *err, size_t errlen)
{
	struct qparse qp = { s, err, errlen };
	struct qexpr *e;

	if ((e = qexpr_or(&qp)) == NULL)
		return NULL;
	qexpr_skip(&qp);
	if (*qp.p != '\0') {
		snprintf(err, errlen, _("unexpected \"%.20s\""), qp.p);
		qexpr_free(&e);
		return NULL;
	}
	return e;
}

void
qexpr_free(struct qexpr **ep)
{
	struct qexpr *e = *ep;

	if (e == NULL)
		return;
	qexpr_free(&e->l);
	qexpr_free(&e->r);
	if (e->have_re)
		regfree(&e->re);
	free(e->value);
	free(e);
	*ep = NULL;
}

void
qexpr_scope(const struct qexpr *e, struct store_query *q)
{
	if (e == NULL)
		return;
	if (e->op == Q_AND) {
		qexpr_scope(e->l, q);
		qexpr_scope(e->r, q);
		return;
	}
	if (e->attr == QA_UNREAD && e->op == Q_EQ &&
	    strcasecmp(e->value, "yes") == 0)
		q->unread_only = 1;
	else if (e->attr == QA_STARRED && e->op == Q_EQ &&
	    strcasecmp(e->value, "yes") == 0 && q->scope == STORE_SCOPE_ALL)
		q->scope = STORE_SCOPE_STARRED;
	else if (e->attr == QA_TAGS && e->op == Q_HAS &&
	    q->scope == STORE_SCOPE_ALL) {
		q->scope = STORE_SCOPE_TAG;
		q->tag = e->value;
	}
}

int
qexpr_simple(const struct qexpr *e)
{
	if (e == NULL)
		return 1;
	if (e->op == Q_AND)
		return qexpr_simple(e->l) && qexpr_simple(e->r);
	if (e->op != Q_EQ && e->op != Q_HAS)
		return 0;
	if (e->attr == QA_UNREAD || e->attr == QA_STARRED)
		return strcasecmp(e->value, "yes") == 0;
	return e->attr == QA_TAGS && e->op == Q_HAS;
}

static int
qexpr_has_word(const char *list, const char *w)
{
	size_t n = strlen(w), k;
	const char *p;

	for (p = list; p != NULL && *p != '\0'; p += k) {
		while (*p == ' ')
			p++;
		k = strcspn(p, " ");
		if (k == n && strncmp(p, w, n) == 0)
			return 1;
	}
	return 0;
}

static int
qexpr_test(const struct qexpr *e, const char *s)
{
	if (s == NULL)
		s = "";
	switch (e->op) {
	case Q_EQ:
		return strcmp(s, e->value) == 0;
	case Q_NE:
		return strcmp(s, e->value) != 0;
	case Q_RE:
		return regexec(&e->re, s, 0, NULL, 0) == 0;
	case Q_NRE:
		return regexec(&e->re, s, 0, NULL, 0) != 0;
	case Q_HAS:
		return qexpr_has_word(s, e->value);
	case Q_NHAS:
		return !qexpr_has_word(s, e->value);
	default:
		return 0;
	}
}

int
qexpr_match(const struct qexpr *e, const struct store_article_row *r,
    const char *feed_tags)
{
	if (e == NULL)
		return 1;
	switch (e->op) {
	case Q_AND:
		return qexpr_match(e->l, r, feed_tags) &&
		    qexpr_match(e->r, r, feed_tags);
	case Q_OR:
		return qexpr_match(e->l, r, feed_tags) ||
		    qexpr_match(e->r, r, feed_tags);
	default:
		break;
	}
	switch (e->attr) {
	case QA_UNREAD:
		return qexpr_test(e, r->unread ? "yes" : "no");
	case QA_STARRED:
		return qexpr_test(e, r->starred ? "yes" : "no");
	case QA_TITLE:
		return qexpr_test(e, r->title);
	case QA_AUTHOR:
		return qexpr_test(e, r->author);
	case QA_FEEDTITLE:
		return qexpr_test(e, r->feed_title);
	case QA_TAGS:
		return qexpr_test(e, feed_tags);
	}
	return 0;
}
