/*
 * opml: OPML import and export.  The reader walks libxml2's tree of a
 * document parsed from memory with XML_PARSE_NONET and never
 * XML_PARSE_NOENT, DTDLOAD or HUGE.  Entity declarations are refused by
 * the parser itself: our SAX entityDecl hooks stop the parse at the first
 * <!ENTITY, whatever the encoding (a byte scan misses UTF-16), before any
 * reference could be expanded.  Input, feeds, tags per feed, text length
 * and nesting are all capped (opml.h).  The writer escapes every
 * attribute itself and drops what XML 1.0 or a terminal should not see.
 */
#include <config.h>	/* autoconf's, not conf/config.h */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "conf/opml.h"

static char	*attr(xmlNode *, const char *, size_t);
static void	 walk(struct opml *, xmlNode *, char **, size_t, int);
static void	 add_escaped(struct buf *, const char *, int);
static int	 has_tag(char *const *, size_t, const char *);
static int	 is_link(xmlNode *);
static int	 export_drops(uint32_t);
static xmlDoc	*opml_read(const char *, size_t, int *);
struct opml_units;
static unsigned	 unit_at(const struct opml_units *, size_t);
static int	 units_are(const struct opml_units *, size_t, const char *);
static int	 encoding_ok(const char *, int);
static void	 declared_encoding(const struct opml_units *, char *, size_t);
static int	 opml_scan(const char *, size_t, char *, size_t);

static void	 opml_quiet(void *, const char *, ...);
static void	 opml_entity(void *, const xmlChar *, int, const xmlChar *,
		     const xmlChar *, xmlChar *);
static void	 opml_unparsed(void *, const xmlChar *, const xmlChar *,
		     const xmlChar *, const xmlChar *);

static void
opml_quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* SAX hooks: any entity declaration (general, parameter, unparsed) ends
 * the parse there and marks the document refused.  The entity is never
 * registered, so nothing can refer to it. */
static void
opml_entity(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
    const xmlChar *sys, xmlChar *content)
{
	xmlParserCtxtPtr ctxt = ctx;

	(void)name, (void)type, (void)pub, (void)sys, (void)content;
	*(int *)ctxt->_private = 1;
	xmlStopParser(ctxt);
}

static void
opml_unparsed(void *ctx, const xmlChar *name, const xmlChar *pub,
    const xmlChar *sys, const xmlChar *notation)
{
	opml_entity(ctx, name, 0, pub, sys, NULL);
	(void)notation;
}

/*
 * The bytes as code units: 1 byte, or 2 (UTF-16, either order).  Every
 * delimiter the scan looks for is ASCII, and in the encodings accepted
 * no other character contains an ASCII byte value (UTF-16 is read in
 * 16-bit units for that reason).
 */
struct opml_units {
	const unsigned char	*p;
	size_t			 n;	/* units */
	int			 width;	/* 1 or 2 */
	int			 big;	/* UTF-16BE */
};

static unsigned
unit_at(const struct opml_units *u, size_t i)
{
	if (u->width == 1)
		return u->p[i];
	return u->big ? (unsigned)u->p[2 * i] << 8 | u->p[2 * i + 1] :
	    (unsigned)u->p[2 * i + 1] << 8 | u->p[2 * i];
}

/* Whether the units from i spell the ASCII string s. */
static int
units_are(const struct opml_units *u, size_t i, const char *s)
{
	for (; *s != '\0'; s++, i++) {
		if (i >= u->n || unit_at(u, i) != (unsigned char)*s)
			return 0;
	}
	return 1;
}

/*
 * Encodings a document may declare: ones where '<', '=', '>' and the
 * quotes are always themselves (ASCII supersets without shift states;
 * UTF-16 when the units are 16-bit).  UTF-7, ISO-2022-*, EBCDIC or UCS-4
 * could hide markup from the scan below and no OPML writer uses them.
 */
static int
encoding_ok(const char *name, int width)
{
	/* A trailing '*' matches any rest ("ISO-8859-15", "windows-1252"). */
	static const char *const eight[] = {
		"UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-*", "ISO8859-*",
		"ISO_8859-*", "LATIN*", "WINDOWS-125*", "CP125*", "KOI8-R",
		"KOI8-U", "SHIFT_JIS", "EUC-JP", "EUC-KR", "GB2312", "GBK",
		"GB18030", "BIG5",
	};
	static const char *const sixteen[] = { "UTF-16", "UTF-16LE",
	    "UTF-16BE" };
	const char *const *t = width == 2 ? sixteen : eight;
	size_t i, n, nt = width == 2 ? sizeof sixteen / sizeof sixteen[0] :
	    sizeof eight / sizeof eight[0];

	for (i = 0; i < nt; i++) {
		n = strlen(t[i]);
		if (t[i][n - 1] == '*' ? strncasecmp(name, t[i], n - 1) == 0 :
		    strcasecmp(name, t[i]) == 0)
			return 1;
	}
	return 0;
}

/* The encoding named by an XML declaration at unit 0, into name (empty
 * when there is none). */
static void
declared_encoding(const struct opml_units *u, char *name, size_t size)
{
	size_t i, k = 0;
	unsigned c, q;

	name[0] = '\0';
	if (!units_are(u, 0, "<?xml"))
		return;
	for (i = 5; i + 8 < u->n && i < 256 && !units_are(u, i, "?>"); i++) {
		if (!units_are(u, i, "encoding"))
			continue;
		for (i += 8; i < u->n && (unit_at(u, i) == ' ' ||
		    unit_at(u, i) == '='); i++)
			;
		if (i >= u->n || ((q = unit_at(u, i)) != '"' && q != '\''))
			return;
		for (i++; i < u->n && (c = unit_at(u, i)) != q &&
		    c > ' ' && c < 0x7f && k + 1 < size; i++)
			name[k++] = (char)c;
		name[k] = '\0';
		return;
	}
}

/*
 * A cost bound before libxml2 sees the document, not the entity defence
 * (that is the parser's, above): libxml2 before 2.12 checks an element's
 * attributes for repeats pairwise, so one element with 40,000 attributes
 * costs seconds and a 32 MB file hours.  Refuses encodings the scan
 * cannot read and any start tag with more than OPML_MAX_ATTRS '='
 * outside quotes.  Exact for real start tags: '<' cannot occur inside
 * one, so every '<' starts the count afresh; comments, CDATA and
 * processing instructions are skipped.  0 or -1 with err.
 */
static int
opml_scan(const char *buf, size_t len, char *err, size_t errlen)
{
	static const struct {
		const char	*open, *close;
	} skip[] = {
		{ "<!--", "-->" }, { "<![CDATA[", "]]>" }, { "<?", "?>" },
	};
	const unsigned char *b = (const unsigned char *)buf;
	struct opml_units u;
	char enc[64];
	size_t i, k, attrs = 0;
	unsigned c, quote = 0;
	int in_tag = 0;

	memset(&u, 0, sizeof u);
	u.p = b;
	u.width = 1;
	for (i = k = 0; i < 4 && i < len; i++)
		k += b[i] == 0;
	if ((k >= 2 && !(len >= 4 && ((b[0] == 0 && b[1] == '<' &&
	    b[2] == 0 && b[3] == '?') || (b[0] == '<' && b[1] == 0 &&
	    b[2] == '?' && b[3] == 0)))) || (len >= 4 &&
	    memcmp(b, "\x4c\x6f\xa7\x94", 4) == 0)) {
		/* UCS-4 in some order, or EBCDIC. */
		snprintf(err, errlen, "%s", _("unsupported character "
		    "encoding"));
		return -1;
	}
	if (len >= 2 && ((b[0] == 0xfe && b[1] == 0xff) ||
	    (b[0] == 0xff && b[1] == 0xfe) || (len >= 4 && b[0] == 0 &&
	    b[1] == '<' && b[2] == 0 && b[3] == '?') || (len >= 4 &&
	    b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0))) {
		u.width = 2;
		u.big = b[0] == 0xfe || b[0] == 0;
		u.p = b + (b[0] >= 0xfe ? 2 : 0);
		len -= b[0] >= 0xfe ? 2 : 0;
	} else if (len >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0) {
		u.p = b + 3;
		len -= 3;
	}
	u.n = len / (size_t)u.width;
	declared_encoding(&u, enc, sizeof enc);
	if (enc[0] != '\0' && !encoding_ok(enc, u.width)) {
		snprintf(err, errlen, "%s", _("unsupported character "
		    "encoding"));
		return -1;
	}
	for (i = 0; i < u.n; i++) {
		c = unit_at(&u, i);
		if (u.width == 1 && (c == 0x1b || c == 0x0e || c == 0x0f)) {
			/* Shift states (ISO-2022) or not XML at all. */
			snprintf(err, errlen, "%s", _("not well-formed XML"));
			return -1;
		}
		if (c == '<') {
			for (k = 0; k < sizeof skip / sizeof skip[0]; k++) {
				if (units_are(&u, i, skip[k].open))
					break;
			}
			if (k < sizeof skip / sizeof skip[0]) {
				for (i += strlen(skip[k].open); i < u.n &&
				    !units_are(&u, i, skip[k].close); i++)
					;
				in_tag = 0;
				continue;
			}
			in_tag = 1;
			quote = 0;
			attrs = 0;
		} else if (!in_tag)
			continue;
		else if (quote != 0) {
			if (c == quote)
				quote = 0;
		} else if (c == '"' || c == '\'')
			quote = c;
		else if (c == '>')
			in_tag = 0;
		else if (c == '=' && ++attrs > OPML_MAX_ATTRS) {
			snprintf(err, errlen, _("an element has more than %d "
			    "attributes"), OPML_MAX_ATTRS);
			return -1;
		}
	}
	return 0;
}

/*
 * Parse buf into a tree with the hooks above; NULL when not well-formed
 * or refused (*refused = 1 for entities).  Only long-public API
 * (xmlCreateMemoryParserCtxt, xmlCtxtUseOptions, xmlParseDocument), so
 * 2.9 and 2.12+ behave alike.
 */
static xmlDoc *
opml_read(const char *buf, size_t len, int *refused)
{
	xmlParserCtxtPtr ctxt;
	xmlDoc *doc;
	xmlDtd *dtd;

	*refused = 0;
	xmlSetGenericErrorFunc(NULL, opml_quiet);
	if ((ctxt = xmlCreateMemoryParserCtxt(buf, (int)len)) == NULL) {
		xmlSetGenericErrorFunc(NULL, NULL);
		return NULL;
	}
	ctxt->_private = refused;
	ctxt->sax->entityDecl = opml_entity;
	ctxt->sax->unparsedEntityDecl = opml_unparsed;
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	xmlParseDocument(ctxt);
	doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	if (!ctxt->wellFormed || *refused) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	xmlSetGenericErrorFunc(NULL, NULL);
	/* Second line: a tree that still carries entities is not used. */
	if (doc != NULL && (dtd = doc->intSubset) != NULL &&
	    (dtd->entities != NULL || dtd->pentities != NULL)) {
		*refused = 1;
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* Attribute by name, case-insensitively (xmlUrl is spelled many ways),
 * cut to max bytes (0: no cut) on a UTF-8 boundary; NULL when absent or
 * empty. */
static char *
attr(xmlNode *n, const char *name, size_t max)
{
	xmlAttr *a;
	xmlChar *v;
	char *s;
	size_t len;

	for (a = n->properties; a != NULL; a = a->next) {
		if (strcasecmp((const char *)a->name, name) != 0)
			continue;
		if ((v = xmlNodeGetContent((xmlNode *)a)) == NULL)
			return NULL;
		s = xstrdup((const char *)v);
		xmlFree(v);
		if (max > 0 && (len = strlen(s)) > max) {
			len = max;
			while (len > 0 && ((unsigned char)s[len] & 0xc0) ==
			    0x80)
				len--;
			s[len] = '\0';
		}
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

/* OPML 2.0's type="link" and "include" outlines carry url= too, for a web
 * page or another OPML file: not feeds. */
static int
is_link(xmlNode *n)
{
	char *type = attr(n, "type", 0);
	int link;

	link = type != NULL && (strcasecmp(type, "link") == 0 ||
	    strcasecmp(type, "include") == 0);
	free(type);
	return link;
}

/*
 * Outlines under n, with the tags of the folders above.  Tags live in a
 * fixed array of OPML_MAX_TAGS per level, so no category list or folder
 * chain can overrun it; past the cap further tags are ignored.
 */
static void
walk(struct opml *o, xmlNode *n, char **tags, size_t ntags, int depth)
{
	char *url, *title, *html, *cat, *w, *save;
	char *t[OPML_MAX_TAGS];
	size_t nt;

	if (depth > OPML_MAX_DEPTH) {
		o->truncated = 1;
		return;
	}
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    strcasecmp((const char *)n->name, "outline") != 0)
			continue;
		if (o->n >= OPML_MAX_FEEDS) {
			o->truncated = 1;
			return;
		}
		if ((url = attr(n, "xmlUrl", 0)) == NULL && !is_link(n))
			url = attr(n, "url", 0);	/* OPML 1.0 */
		if ((title = attr(n, "title", OPML_MAX_TEXT)) == NULL)
			title = attr(n, "text", OPML_MAX_TEXT);
		for (nt = 0; nt < ntags && nt < OPML_MAX_TAGS; nt++)
			t[nt] = tags[nt];
		if ((cat = attr(n, "category", OPML_MAX_TEXT)) != NULL) {
			for (w = strtok_r(cat, ",", &save); w != NULL &&
			    nt < OPML_MAX_TAGS; w = strtok_r(NULL, ",", &save)) {
				while (*w == ' ' || *w == '/')
					w++;
				if (*w != '\0' && !has_tag(t, nt, w))
					t[nt++] = w;
			}
		}
		if (url != NULL) {
			/* Exporters without a title put the URL there. */
			if (title != NULL && strcmp(title, url) == 0)
				FREE(&title);
			html = attr(n, "htmlUrl", 0);
			opml_add(o, url, title, html, t, nt);
			free(html);
			if ((html = attr(n, "hidden", 0)) != NULL)
				o->feeds[o->n - 1].hidden =
				    strcasecmp(html, "true") == 0 ||
				    strcmp(html, "1") == 0;
			free(html);
			walk(o, n->children, tags, ntags, depth + 1);
		} else if (title != NULL) {
			/* A folder: its title tags what it holds. */
			if (nt < OPML_MAX_TAGS && !has_tag(t, nt, title))
				t[nt++] = title;
			walk(o, n->children, t, nt, depth + 1);
		}
		free(cat);
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
	int refused;

	*out = NULL;
	if (len > OPML_MAX_BYTES) {
		snprintf(err, errlen, _("the file is larger than %zu MB"),
		    OPML_MAX_BYTES >> 20);
		return -1;
	}
	if (opml_scan(buf, len, err, errlen) == -1)
		return -1;
	if ((doc = opml_read(buf, len, &refused)) == NULL) {
		snprintf(err, errlen, "%s", refused ? _("entity declarations "
		    "are not accepted in OPML") : _("not well-formed XML"));
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

	if (o->n == o->cap) {
		o->cap = o->cap == 0 ? 16 : o->cap * 2;
		o->feeds = xreallocarray(o->feeds, o->cap, sizeof *o->feeds);
	}
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

/*
 * Code points an export leaves out: C0 controls (tab, LF and CR are
 * written as character references), DEL and C1, which XML 1.0 forbids or
 * discourages; the bidi embeddings, overrides, isolates and marks and
 * the BOM, which reorder or hide text in whatever shows the file next;
 * U+FFFE/U+FFFF, which are not XML characters.
 */
static int
export_drops(uint32_t cp)
{
	/* what no output may carry, and XML's two non-characters */
	return utf8_unsafe(cp) || cp == 0xfffe || cp == 0xffff;
}

/* How an attribute takes a tab or line break. */
enum {
	ESC_TEXT,	/* a title or category: one line, so a space */
	ESC_KEY,	/* the feed's address, the store's key: kept, as a
			 * reference, so it reads back exactly */
	ESC_LINK	/* a link from the feed: dropped, as URL parsers do */
};

/* XML-escape s for an attribute value.  Invalid UTF-8 becomes U+FFFD, so
 * the document is always well-formed. */
static void
add_escaped(struct buf *b, const char *s, int how)
{
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;
	char u8[4];

	while (i < len) {
		switch (s[i]) {
		case '&':  buf_adds(b, "&amp;"); i++; continue;
		case '<':  buf_adds(b, "&lt;"); i++; continue;
		case '>':  buf_adds(b, "&gt;"); i++; continue;
		case '"':  buf_adds(b, "&quot;"); i++; continue;
		case '\t': case '\n': case '\r':
			if (how == ESC_KEY)
				buf_printf(b, "&#%d;", s[i]);
			else if (how == ESC_TEXT)
				buf_addc(b, ' ');
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (!export_drops(cp))
			buf_add(b, u8, utf8_encode(cp, u8));
		i += n;
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
	add_escaped(out, title != NULL ? title : "tidings", ESC_TEXT);
	buf_printf(out, "</title>\n    <dateCreated>%s</dateCreated>\n"
	    "  </head>\n  <body>\n", date);
	for (i = 0; i < o->n; i++) {
		f = &o->feeds[i];
		buf_adds(out, "    <outline type=\"rss\" text=\"");
		add_escaped(out, f->title != NULL ? f->title : f->url,
		    ESC_TEXT);
		if (f->title != NULL) {
			buf_adds(out, "\" title=\"");
			add_escaped(out, f->title, ESC_TEXT);
		}
		buf_adds(out, "\" xmlUrl=\"");
		add_escaped(out, f->url, ESC_KEY);
		if (f->html_url != NULL) {
			buf_adds(out, "\" htmlUrl=\"");
			add_escaped(out, f->html_url, ESC_LINK);
		}
		if (f->ntags > 0) {
			buf_adds(out, "\" category=\"");
			for (j = 0; j < f->ntags; j++) {
				if (j > 0)
					buf_addc(out, ',');
				add_escaped(out, f->tags[j], ESC_TEXT);
			}
		}
		if (f->hidden)
			buf_adds(out, "\" hidden=\"true");
		buf_adds(out, "\"/>\n");
	}
	buf_adds(out, "  </body>\n</opml>\n");
}
