/*
 * opml: OPML import and export.  The reader walks libxml2's tree of a
 * document parsed from memory with XML_PARSE_NONET and without entity
 * substitution or DTD loading; documents that declare entities are
 * refused before libxml2 sees them, so no expansion can blow up.  The
 * writer escapes every attribute itself.
 */
#include <config.h>	/* autoconf's, not conf/config.h */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/lib.h"
#include "conf/opml.h"

#define OPML_MAX_BYTES	((size_t)32 << 20)
#define OPML_MAX_FEEDS	100000
#define OPML_MAX_DEPTH	32

static char	*attr(xmlNode *, const char *);
static void	 walk(struct opml *, xmlNode *, char **, size_t, int);
static void	 add_escaped(struct buf *, const char *);
static int	 has_tag(char *const *, size_t, const char *);

static void	 opml_quiet(void *, const char *, ...);

static void
opml_quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Attribute by name, case-insensitively (xmlUrl is spelled many ways);
 * NULL when absent or empty. */
static char *
attr(xmlNode *n, const char *name)
{
	xmlAttr *a;
	xmlChar *v;
	char *s;

	for (a = n->properties; a != NULL; a = a->next) {
		if (strcasecmp((const char *)a->name, name) != 0)
			continue;
		if ((v = xmlNodeGetContent((xmlNode *)a)) == NULL)
			return NULL;
		s = xstrdup((const char *)v);
		xmlFree(v);
		if (*s == '\0') {
			free(s);
			return NULL;
		}
		return s;
	}
	return NULL;
}

static int
has_tag(char *const *tags, size_t n, const char *t)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(tags[i], t) == 0)
			return 1;
	}
	return 0;
}

static void
walk(struct opml *o, xmlNode *n, char **tags, size_t ntags, int depth)
{
	char *url, *title, *html, *cat, *w, *save;
	char **t;
	size_t nt;

	if (depth > OPML_MAX_DEPTH)
		return;
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    strcasecmp((const char *)n->name, "outline") != 0)
			continue;
		if (o->n >= OPML_MAX_FEEDS)
			return;
		url = attr(n, "xmlUrl");
		if ((title = attr(n, "title")) == NULL)
			title = attr(n, "text");
		t = xreallocarray(NULL, ntags + 1, sizeof *t);
		for (nt = 0; nt < ntags; nt++)
			t[nt] = tags[nt];
		if ((cat = attr(n, "category")) != NULL) {
			for (w = strtok_r(cat, ",", &save); w != NULL;
			    w = strtok_r(NULL, ",", &save)) {
				while (*w == ' ' || *w == '/')
					w++;
				if (*w == '\0' || has_tag(t, nt, w))
					continue;
				t = xreallocarray(t, nt + 1, sizeof *t);
				t[nt++] = w;
			}
		}
		if (url != NULL) {
			/* Exporters without a title put the URL there. */
			if (title != NULL && strcmp(title, url) == 0)
				FREE(&title);
			html = attr(n, "htmlUrl");
			opml_add(o, url, title, html, t, nt);
			free(html);
		} else if (title != NULL) {
			/* A folder: its title tags what it holds. */
			if (!has_tag(t, nt, title))
				t[nt++] = title;
			walk(o, n->children, t, nt, depth + 1);
		}
		if (url != NULL)
			walk(o, n->children, tags, ntags, depth + 1);
		free(cat);
		free(t);
		free(url);
		free(title);
	}
}

int
opml_parse(const char *buf, size_t len, struct opml **out, char *err,
    size_t errlen)
{
	struct opml *o;
	xmlDoc *doc;
	xmlNode *root, *n;
	const char *p;

	*out = NULL;
	if (len > OPML_MAX_BYTES) {
		snprintf(err, errlen, _("the file is larger than %zu MB"),
		    OPML_MAX_BYTES >> 20);
		return -1;
	}
	for (p = buf; (p = memchr(p, '<', len - (size_t)(p - buf))) != NULL;
	    p++) {
		if ((size_t)(buf + len - p) >= 9 &&
		    memcmp(p, "<!ENTITY", 8) == 0) {
			snprintf(err, errlen, "%s", _("entity declarations "
			    "are not accepted in OPML"));
			return -1;
		}
	}
	xmlSetGenericErrorFunc(NULL, opml_quiet);
	doc = xmlReadMemory(buf, (int)len, NULL, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (doc == NULL) {
		snprintf(err, errlen, "%s", _("not well-formed XML"));
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || strcasecmp((const char *)root->name, "opml") != 0) {
		snprintf(err, errlen, "%s", _("not an OPML document (no <opml> "
		    "root element)"));
		xmlFreeDoc(doc);
		return -1;
	}
	o = xcalloc(1, sizeof *o);
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    strcasecmp((const char *)n->name, "body") == 0)
			walk(o, n->children, NULL, 0, 0);
	}
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

void
opml_add(struct opml *o, const char *url, const char *title,
    const char *html_url, char *const *tags, size_t ntags)
{
	struct opml_feed *f;
	size_t i;

	o->feeds = xreallocarray(o->feeds, o->n + 1, sizeof *o->feeds);
	f = &o->feeds[o->n++];
	memset(f, 0, sizeof *f);
	f->url = xstrdup(url);
	f->title = title != NULL ? xstrdup(title) : NULL;
	f->html_url = html_url != NULL ? xstrdup(html_url) : NULL;
	if (ntags > 0) {
		f->tags = xreallocarray(NULL, ntags, sizeof *f->tags);
		for (i = 0; i < ntags; i++)
			f->tags[i] = xstrdup(tags[i]);
		f->ntags = ntags;
	}
}

void
opml_free(struct opml **op)
{
	struct opml *o = *op;
	size_t i, j;

	if (o == NULL)
		return;
	for (i = 0; i < o->n; i++) {
		free(o->feeds[i].url);
		free(o->feeds[i].title);
		free(o->feeds[i].html_url);
		for (j = 0; j < o->feeds[i].ntags; j++)
			free(o->feeds[i].tags[j]);
		free(o->feeds[i].tags);
	}
	free(o->feeds);
	free(o);
	*op = NULL;
}

/* XML-escape s for an attribute value; control characters that XML 1.0
 * cannot carry are dropped. */
static void
add_escaped(struct buf *b, const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '&':  buf_adds(b, "&amp;"); break;
		case '<':  buf_adds(b, "&lt;"); break;
		case '>':  buf_adds(b, "&gt;"); break;
		case '"':  buf_adds(b, "&quot;"); break;
		case '\t': buf_adds(b, "&#9;"); break;
		case '\n': buf_adds(b, "&#10;"); break;
		case '\r': buf_adds(b, "&#13;"); break;
		default:
			if (*p >= 0x20)
				buf_addc(b, (char)*p);
		}
	}
}

void
opml_write(const struct opml *o, const char *title, struct buf *out)
{
	const struct opml_feed *f;
	char date[64];
	time_t now = time(NULL);
	struct tm tm;
	size_t i, j;

	gmtime_r(&now, &tm);
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
	buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n  <head>\n    <title>");
	add_escaped(out, title != NULL ? title : "tidings");
	buf_printf(out, "</title>\n    <dateCreated>%s</dateCreated>\n"
	    "  </head>\n  <body>\n", date);
	for (i = 0; i < o->n; i++) {
		f = &o->feeds[i];
		buf_adds(out, "    <outline type=\"rss\" text=\"");
		add_escaped(out, f->title != NULL ? f->title : f->url);
		if (f->title != NULL) {
			buf_adds(out, "\" title=\"");
			add_escaped(out, f->title);
		}
		buf_adds(out, "\" xmlUrl=\"");
		add_escaped(out, f->url);
		if (f->html_url != NULL) {
			buf_adds(out, "\" htmlUrl=\"");
			add_escaped(out, f->html_url);
		}
		if (f->ntags > 0) {
			buf_adds(out, "\" category=\"");
			for (j = 0; j < f->ntags; j++) {
				if (j > 0)
					buf_addc(out, ',');
				add_escaped(out, f->tags[j]);
			}
		}
		buf_adds(out, "\"/>\n");
	}
	buf_adds(out, "  </body>\n</opml>\n");
}
