/*
 * model-filter: the newsboat filter language subset of `query:` feeds (see
 * model.h for the grammar).  The tree is evaluated per article row;
 * model_filter_scope() picks the narrowest list scope an and-chain allows
 * so a scan reads as few rows as it can.  Pure: no store, no I/O (usable
 * from the command line).
 */
#include "config.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/lib.h"
#include "model/model.h"

enum qop { Q_EQ, Q_NE, Q_RE, Q_NRE, Q_HAS, Q_NHAS, Q_AND, Q_OR };
enum qattr { QA_UNREAD, QA_TITLE, QA_AUTHOR, QA_FEEDTITLE, QA_TAGS,
	QA_STARRED };

struct model_filter {
	enum qop	 op;
	enum qattr	 attr;
	char		*value;
	regex_t		 re;
	int		 have_re;
	struct model_filter	*l, *r;
};

struct qparse {
	const char	*p;
	char		*err;
	size_t		 errlen;
};

static struct model_filter *filter_or(struct qparse *qp);
static struct model_filter *filter_and(struct qparse *qp);
static struct model_filter *filter_term(struct qparse *qp);
static void	 filter_skip(struct qparse *qp);
static int	 filter_word(struct qparse *qp, const char *w);
static int	 filter_has_word(const char *list, const char *w);
static int	 filter_test(const struct model_filter *e, const char *s);

static const char *filter_attrs[] = {
	"unread", "title", "author", "feedtitle", "tags", "starred"
};

static void
filter_skip(struct qparse *qp)
{
	while (*qp->p == ' ' || *qp->p == '\t')
		qp->p++;
}

/* Consume the keyword w if it is next (as a whole word). */
static int
filter_word(struct qparse *qp, const char *w)
{
	size_t n = strlen(w);

	filter_skip(qp);
	if (strncmp(qp->p, w, n) == 0 && (qp->p[n] == ' ' ||
	    qp->p[n] == '(' || qp->p[n] == '\t' || qp->p[n] == '\0')) {
		qp->p += n;
		return 1;
	}
	return 0;
}

static struct model_filter *
filter_or(struct qparse *qp)
{
	struct model_filter *l, *r, *e;

	if ((l = filter_and(qp)) == NULL)
		return NULL;
	while (filter_word(qp, "or")) {
		if ((r = filter_and(qp)) == NULL) {
			model_filter_free(&l);
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

static struct model_filter *
filter_and(struct qparse *qp)
{
	struct model_filter *l, *r, *e;

	if ((l = filter_term(qp)) == NULL)
		return NULL;
	while (filter_word(qp, "and")) {
		if ((r = filter_term(qp)) == NULL) {
			model_filter_free(&l);
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

static struct model_filter *
filter_term(struct qparse *qp)
{
	struct model_filter *e;
	struct buf v = BUF_INIT;
	size_t i, n;
	int attr = -1;

	filter_skip(qp);
	if (*qp->p == '(') {
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
		return e;
	}
	for (i = 0; i < sizeof filter_attrs / sizeof filter_attrs[0]; i++) {
		n = strlen(filter_attrs[i]);
		if (strncmp(qp->p, filter_attrs[i], n) == 0 &&
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
	filter_skip(qp);
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
	filter_skip(qp);
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

struct model_filter *
model_filter_parse(const char *s, char *err, size_t errlen)
{
	struct qparse qp = { s, err, errlen };
	struct model_filter *e;

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

void
model_filter_scope(const struct model_filter *e, struct model_query *q)
{
	if (e == NULL)
		return;
	if (e->op == Q_AND) {
		model_filter_scope(e->l, q);
		model_filter_scope(e->r, q);
		return;
	}
	if (e->attr == QA_UNREAD && e->op == Q_EQ &&
	    strcasecmp(e->value, "yes") == 0)
		q->unread_only = 1;
	else if (e->attr == QA_STARRED && e->op == Q_EQ &&
	    strcasecmp(e->value, "yes") == 0 && q->scope == MODEL_SCOPE_ALL)
		q->scope = MODEL_SCOPE_STARRED;
	else if (e->attr == QA_TAGS && e->op == Q_HAS &&
	    q->scope == MODEL_SCOPE_ALL) {
		q->scope = MODEL_SCOPE_TAG;
		q->tag = e->value;
	}
}

int
model_filter_simple(const struct model_filter *e)
{
	if (e == NULL)
		return 1;
	if (e->op == Q_AND)
		return model_filter_simple(e->l) && model_filter_simple(e->r);
	if (e->op != Q_EQ && e->op != Q_HAS)
		return 0;
	if (e->attr == QA_UNREAD || e->attr == QA_STARRED)
		return strcasecmp(e->value, "yes") == 0;
	return e->attr == QA_TAGS && e->op == Q_HAS;
}

static int
filter_has_word(const char *list, const char *w)
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
filter_test(const struct model_filter *e, const char *s)
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
		return filter_has_word(s, e->value);
	case Q_NHAS:
		return !filter_has_word(s, e->value);
	default:
		return 0;
	}
}

int
model_filter_match(const struct model_filter *e,
    const struct model_article_row *r, const char *feed_tags)
{
	if (e == NULL)
		return 1;
	switch (e->op) {
	case Q_AND:
		return model_filter_match(e->l, r, feed_tags) &&
		    model_filter_match(e->r, r, feed_tags);
	case Q_OR:
		return model_filter_match(e->l, r, feed_tags) ||
		    model_filter_match(e->r, r, feed_tags);
	default:
		break;
	}
	switch (e->attr) {
	case QA_UNREAD:
		return filter_test(e, r->unread ? "yes" : "no");
	case QA_STARRED:
		return filter_test(e, r->starred ? "yes" : "no");
	case QA_TITLE:
		return filter_test(e, r->title);
	case QA_AUTHOR:
		return filter_test(e, r->author);
	case QA_FEEDTITLE:
		return filter_test(e, r->feed_title);
	case QA_TAGS:
		return filter_test(e, feed_tags);
	}
	return 0;
}
