/*
 * parse-xml-tag: which element is which (namespace and tag tables, the
 * pointer-keyed cache) and what a direct child of an entry or of the
 * channel becomes: field, capture mode and priority.
 */
#include "config.h"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>
#include <libxml/SAX2.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/uri.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"
#include "parse/parse-xml-int.h"


static const struct {
	const char	*uri;
	uint8_t		 ns;
} px_namespaces[] = {
	{ "http://purl.org/rss/1.0/", NS_CORE },
	{ "http://my.netscape.com/rdf/simple/0.9/", NS_CORE },
	{ "http://backend.userland.com/rss2", NS_CORE },
	{ "http://backend.userland.com/rss", NS_CORE },
	{ "http://blogs.law.harvard.edu/tech/rss", NS_CORE },
	{ "http://purl.org/net/rss1.1#", NS_CORE },
	{ "http://www.w3.org/2005/Atom", NS_ATOM },
	{ "http://purl.org/atom/ns#", NS_ATOM },
	{ "http://purl.org/dc/elements/1.1/", NS_DC },
	{ "http://purl.org/dc/elements/1.0/", NS_DC },
	{ "http://purl.org/dc/terms/", NS_DCTERMS },
	{ "http://purl.org/rss/1.0/modules/content/", NS_CONTENT },
	{ "http://search.yahoo.com/mrss/", NS_MEDIA },
	{ "http://search.yahoo.com/mrss", NS_MEDIA },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES },
	{ "http://purl.org/rss/1.0/modules/slash/", NS_SLASH },
	{ "http://rssnamespace.org/feedburner/ext/1.0", NS_FEEDBURNER },
	{ "http://purl.org/rss/1.0/modules/syndication/", NS_SY },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", NS_RDF },
	{ "http://www.w3.org/1999/xhtml", NS_XHTML },
};

static const struct {
	uint8_t		 ns;
	const char	*name;
	uint8_t		 tag;
} px_tags[] = {
	{ NS_CORE, "rss", T_RSS }, { NS_CORE, "feed", T_FEED },
	{ NS_CORE, "channel", T_CHANNEL }, { NS_CORE, "item", T_ITEM },
	{ NS_CORE, "entry", T_ENTRY }, { NS_CORE, "title", T_TITLE },
	{ NS_CORE, "link", T_LINK }, { NS_CORE, "description", T_DESCRIPTION },
	{ NS_CORE, "summary", T_SUMMARY }, { NS_CORE, "subtitle", T_SUBTITLE },
	{ NS_CORE, "tagline", T_TAGLINE }, { NS_CORE, "content", T_CONTENT },
	{ NS_CORE, "author", T_AUTHOR }, { NS_CORE, "name", T_NAME },
	{ NS_CORE, "email", T_EMAIL }, { NS_CORE, "id", T_ID },
	{ NS_CORE, "guid", T_GUID }, { NS_CORE, "pubDate", T_PUBDATE },
	{ NS_CORE, "pubdate", T_PUBDATE },
	{ NS_CORE, "published", T_PUBLISHED }, { NS_CORE, "updated", T_UPDATED },
	{ NS_CORE, "modified", T_MODIFIED }, { NS_CORE, "issued", T_ISSUED },
	{ NS_CORE, "lastBuildDate", T_LASTBUILDDATE },
	{ NS_CORE, "category", T_CATEGORY }, { NS_CORE, "enclosure", T_ENCLOSURE },
	{ NS_CORE, "comments", T_COMMENTS }, { NS_CORE, "language", T_LANGUAGE },
	{ NS_CORE, "managingEditor", T_MANAGINGEDITOR },
	{ NS_CORE, "ttl", T_TTL }, { NS_CORE, "source", T_SOURCE },
	{ NS_CORE, "html", T_HTML }, { NS_CORE, "fullitem", T_FULLITEM },
	{ NS_CORE, "body", T_BODY },
	{ NS_RDF, "RDF", T_RDF },
	{ NS_DC, "creator", T_DC_CREATOR }, { NS_DC, "author", T_DC_AUTHOR },
	{ NS_DC, "date", T_DC_DATE }, { NS_DC, "subject", T_DC_SUBJECT },
	{ NS_DC, "title", T_DC_TITLE }, { NS_DC, "description", T_DC_DESCRIPTION },
	{ NS_DC, "language", T_DC_LANGUAGE },
	{ NS_DCTERMS, "modified", T_DCT_MODIFIED },
	{ NS_DCTERMS, "issued", T_DCT_ISSUED },
	{ NS_CONTENT, "encoded", T_CONTENT_ENCODED },
	{ NS_MEDIA, "content", T_MEDIA_CONTENT },
	{ NS_MEDIA, "group", T_MEDIA_GROUP },
	{ NS_MEDIA, "title", T_MEDIA_TITLE },
	{ NS_MEDIA, "description", T_MEDIA_DESCRIPTION },
	{ NS_ITUNES, "author", T_ITUNES_AUTHOR },
	{ NS_ITUNES, "summary", T_ITUNES_SUMMARY },
	{ NS_ITUNES, "duration", T_ITUNES_DURATION },
	{ NS_SLASH, "comments", T_SLASH_COMMENTS },
	{ NS_FEEDBURNER, "origLink", T_FB_ORIGLINK },
	{ NS_SY, "updatePeriod", T_SY_PERIOD },
	{ NS_SY, "updateFrequency", T_SY_FREQUENCY },
	{ NS_XHTML, "body", T_XHTML_BODY }, { NS_XHTML, "div", T_XHTML_DIV },
	{ NS_XHTML, "html", T_HTML },
};

static void
px_classify(const xmlChar *name, const xmlChar *uri, uint8_t *tag,
    uint8_t *ns)
{
	uint8_t n = NS_OTHER, core;
	size_t i;

	if (uri == NULL || *uri == '\0')
		n = NS_CORE;
	else {
		for (i = 0; i < sizeof px_namespaces / sizeof px_namespaces[0];
		    i++) {
			if (strcmp((const char *)uri, px_namespaces[i].uri) == 0) {
				n = px_namespaces[i].ns;
				break;
			}
		}
	}
	*ns = n;
	*tag = T_UNKNOWN;
	/* Atom and the RSS namespaces share the core vocabulary. */
	core = n == NS_ATOM ? NS_CORE : n;
	for (i = 0; i < sizeof px_tags / sizeof px_tags[0]; i++) {
		if (px_tags[i].ns == core &&
		    strcmp((const char *)name, px_tags[i].name) == 0) {
			*tag = px_tags[i].tag;
			return;
		}
	}
	/* An HTML page parsed as XML, whatever its case. */
	if (strcasecmp((const char *)name, "html") == 0)
		*tag = T_HTML;
}

void
px_lookup(struct pxml *px, const xmlChar *name, const xmlChar *uri,
    uint8_t *tag, uint8_t *ns)
{
	uintptr_t h = ((uintptr_t)name >> 3) ^ ((uintptr_t)uri >> 5);
	struct px_cache *c = &px->cache[h % PX_CACHE];

	if (c->name == name && c->uri == uri) {
		*tag = c->tag;
		*ns = c->ns;
		return;
	}
	px_classify(name, uri, tag, ns);
	if (*ns == NS_OTHER && px->core_alias != NULL && uri != NULL &&
	    strcmp((const char *)uri, (const char *)px->core_alias) == 0)
		px_classify(name, NULL, tag, ns);
	/* Only dictionary strings are stable enough to cache. */
	if (px->ctxt->dict != NULL && xmlDictOwns(px->ctxt->dict, name) == 1 &&
	    (uri == NULL || xmlDictOwns(px->ctxt->dict, uri) == 1)) {
		c->name = name;
		c->uri = uri;
		c->tag = *tag;
		c->ns = *ns;
	}
}

/* type="text|html|xhtml|MIME" (and Atom 0.3 mode=) to a capture mode. */
static int
px_text_mode(const xmlChar **attrs, int n, int *content_type, int atom10)
{
	const char *v;
	size_t len;
	int mode = M_TEXT;

	*content_type = FEED_CONTENT_TEXT;
	v = px_attr(attrs, n, "type", &len);
	if (v != NULL) {
		if ((len == 4 && strncasecmp(v, "html", 4) == 0) ||
		    (len == 9 && strncasecmp(v, "text/html", 9) == 0))
			mode = M_HTML;
		else if (len == 5 && strncasecmp(v, "xhtml", 5) == 0)
			mode = M_XHTML_DIV;
		else if (len == 21 && strncasecmp(v, "application/xhtml+xml",
		    21) == 0)
			mode = M_XHTML;
		else if (memchr(v, '/', len) != NULL && !(len >= 5 &&
		    strncasecmp(v, "text/", 5) == 0) && !(len >= 4 &&
		    strncasecmp(v + len - 4, "+xml", 4) == 0) && !(len >= 4 &&
		    strncasecmp(v + len - 4, "/xml", 4) == 0))
			mode = M_BASE64;	/* Atom 1.0: binary types */
	}
	v = px_attr(attrs, n, "mode", &len);
	if (v != NULL) {
		if (len == 7 && strncmp(v, "escaped", 7) == 0 && mode == M_TEXT)
			mode = M_HTML;
		else if (len == 3 && strncmp(v, "xml", 3) == 0)
			mode = M_XHTML_DIV;	/* Atom 0.3 inline XML */
		else if (len == 6 && strncmp(v, "base64", 6) == 0)
			mode = M_BASE64;
	}
	if (mode == M_HTML || mode == M_XHTML || mode == M_XHTML_DIV)
		*content_type = FEED_CONTENT_HTML;
	/* Atom 1.0 spells xhtml both ways; the wrapper div goes either way
	 * (Atom 0.3 keeps it unless mode="xml"). */
	if (mode == M_XHTML && atom10)
		mode = M_XHTML_DIV;
	return mode;
}

void
px_enclosure(struct pxml *px, const char *url, const char *type,
    const char *length, const char *base)
{
	struct feed_enclosure *enc;
	size_t i;
	char *abs, *end;
	long long n;

	if (url == NULL || *url == '\0')
		return;
	abs = uri_resolve(base, url);
	for (i = 0; i < px->entry.nenclosures; i++) {
		if (strcmp(px->entry.enclosures[i].url, abs) == 0) {
			free(abs);
			return;
		}
	}
	if (px->entry.nenclosures >= PARSE_MAX_ENCLOSURES) {
		free(abs);
		return;
	}
	enc = feed_entry_add_enclosure(&px->entry);
	enc->url = abs;
	enc->type = xstrdup(type != NULL ? type : "");
	enc->length = -1;
	if (length != NULL) {
		n = strtoll(length, &end, 10);
		if (end != length && n >= 0)
			enc->length = n;
	}
	px->entry_has_data = 1;
}

/* <link href=...> (Atom, or atom:link inside RSS). */
static void
px_atom_link(struct pxml *px, const xmlChar **attrs, int n,
    const char *base)
{
	char *href, *rel, *type, *len, *abs;
	int prio;

	href = px_attr_dup(attrs, n, "href");
	if (href == NULL)
		return;
	rel = px_attr_dup(attrs, n, "rel");
	type = px_attr_dup(attrs, n, "type");
	if (rel == NULL || strcmp(rel, "alternate") == 0) {
		prio = 3;
		if (type != NULL && strcasecmp(type, "text/html") != 0 &&
		    strcasecmp(type, "application/xhtml+xml") != 0)
			prio = 2;
		abs = uri_resolve(base, href);
		/* The last HTML alternate wins, as in feedparser. */
		if (px->entry_depth > 0) {
			px_set(&px->entry.link, &px->entry_prio[F_LINK], prio,
			    abs, prio == 3);
			px->entry_has_data = 1;
		} else
			px_set(&px->meta.link, &px->meta_prio[F_LINK], prio,
			    abs, prio == 3);
	} else if (strcmp(rel, "enclosure") == 0 && px->entry_depth > 0) {
		len = px_attr_dup(attrs, n, "length");
		px_enclosure(px, href, type, len, base);
		free(len);
	} else if (strcmp(rel, "replies") == 0 && px->entry_depth > 0 &&
	    (type == NULL || strcasecmp(type, "text/html") == 0)) {
		abs = uri_resolve(base, href);
		px_set(&px->entry.comments, &px->entry_prio[F_COMMENTS], 1,
		    abs, 0);
	}
	free(href);
	free(rel);
	free(type);
}

/*
 * What a direct child of an entry or of the channel becomes: one row per
 * (tag, scope).  The tag id already carries the namespace (T_DC_TITLE is
 * dc:title).  Priorities decide between elements that fill the same
 * field, whatever their order: the higher wins, and a tie goes to the
 * later element.  Tags whose meaning hangs on their attributes (links,
 * ids, categories, enclosures, Atom authors, content with src=) go
 * through px_child_attrs() first.
 */
enum {
	PRIO_FALLBACK = 1,	/* itunes:, media:, dcterms:, categories */
	PRIO_SECOND = 2,	/* dc: spellings, RSS dates beside Atom's */
	PRIO_MAIN = 3,		/* the format's own element */
	PRIO_BODY = 4,		/* <body>: the whole XHTML page wins */
	PRIO_ORIGLINK = 10	/* feedburner:origLink over everything */
};

/* How the capture mode is chosen. */
enum {
	MODE_FIXED,		/* the row's mode */
	MODE_ATOM_TYPE,		/* type= in an Atom feed, else the row's */
	MODE_TYPE		/* always type= (and mode=) */
};

#define R_CT		0x01	/* the capture sets the content type */
#define R_RSS_PAIR	0x02	/* RSS: a second description/summary is
				   the full text (as feedparser reads it) */

struct px_rule {
	uint8_t	 field;		/* F_NONE: nothing to capture */
	uint8_t	 mode;		/* M_* */
	uint8_t	 how;		/* MODE_* */
	uint8_t	 prio;		/* PRIO_* */
	uint8_t	 flags;		/* R_* */
};

enum { SC_ENTRY, SC_FEED, SC_N };

#define RULE(f, m, h, p, fl)	{ (f), (m), (h), (p), (fl) }
#define ENTRY(f, m, h, p, fl)	{ [SC_ENTRY] = RULE(f, m, h, p, fl) }
#define FEED(f, m, h, p, fl)	{ [SC_FEED] = RULE(f, m, h, p, fl) }
#define BOTH(f, m, h, p, fl)	{ RULE(f, m, h, p, fl), RULE(f, m, h, p, fl) }

static const struct px_rule px_rules[T_BODY + 1][SC_N] = {
	[T_TITLE] = BOTH(F_TITLE, M_TEXT, MODE_ATOM_TYPE, PRIO_MAIN, 0),
	[T_DC_TITLE] = BOTH(F_TITLE, M_TEXT, MODE_FIXED, PRIO_SECOND, 0),
	[T_MEDIA_TITLE] = ENTRY(F_TITLE, M_TEXT, MODE_FIXED, PRIO_FALLBACK, 0),
	[T_LINK] = BOTH(F_LINK, M_VALUE, MODE_FIXED, PRIO_MAIN, 0),
	[T_FB_ORIGLINK] = ENTRY(F_ORIGLINK, M_VALUE, MODE_FIXED,
	    PRIO_ORIGLINK, 0),
	[T_DESCRIPTION] = {
		[SC_ENTRY] = RULE(F_SUMMARY, M_HTML, MODE_FIXED, PRIO_MAIN,
		    R_RSS_PAIR),
		[SC_FEED] = RULE(F_DESCRIPTION, M_HTML, MODE_ATOM_TYPE,
		    PRIO_MAIN, 0),
	},
	[T_SUMMARY] = ENTRY(F_SUMMARY, M_HTML, MODE_TYPE, PRIO_MAIN,
	    R_RSS_PAIR),
	[T_SUBTITLE] = FEED(F_DESCRIPTION, M_HTML, MODE_ATOM_TYPE, PRIO_MAIN,
	    0),
	[T_TAGLINE] = FEED(F_DESCRIPTION, M_HTML, MODE_ATOM_TYPE, PRIO_MAIN,
	    0),
	[T_DC_DESCRIPTION] = {
		[SC_ENTRY] = RULE(F_SUMMARY, M_HTML, MODE_FIXED, PRIO_SECOND,
		    0),
		[SC_FEED] = RULE(F_DESCRIPTION, M_HTML, MODE_FIXED,
		    PRIO_SECOND, 0),
	},
	[T_ITUNES_SUMMARY] = {
		[SC_ENTRY] = RULE(F_SUMMARY, M_HTML, MODE_FIXED,
		    PRIO_FALLBACK, 0),
		[SC_FEED] = RULE(F_DESCRIPTION, M_HTML, MODE_FIXED,
		    PRIO_FALLBACK, 0),
	},
	[T_MEDIA_DESCRIPTION] = ENTRY(F_SUMMARY, M_HTML, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_CONTENT] = ENTRY(F_CONTENT, M_TEXT, MODE_TYPE, PRIO_MAIN, R_CT),
	[T_CONTENT_ENCODED] = ENTRY(F_CONTENT, M_HTML, MODE_FIXED, PRIO_MAIN,
	    R_CT),
	[T_FULLITEM] = ENTRY(F_CONTENT, M_HTML, MODE_FIXED, PRIO_MAIN, R_CT),
	[T_BODY] = ENTRY(F_CONTENT, M_XHTML, MODE_FIXED, PRIO_BODY, R_CT),
	[T_XHTML_BODY] = ENTRY(F_CONTENT, M_XHTML, MODE_FIXED, PRIO_BODY,
	    R_CT),
	[T_AUTHOR] = BOTH(F_AUTHOR_RAW, M_VALUE, MODE_FIXED, PRIO_MAIN, 0),
	[T_DC_CREATOR] = {
		[SC_ENTRY] = RULE(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
		    PRIO_MAIN, 0),
		[SC_FEED] = RULE(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
		    PRIO_SECOND, 0),
	},
	[T_DC_AUTHOR] = {
		[SC_ENTRY] = RULE(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
		    PRIO_MAIN, 0),
		[SC_FEED] = RULE(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
		    PRIO_SECOND, 0),
	},
	[T_MANAGINGEDITOR] = FEED(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
	    PRIO_SECOND, 0),
	[T_ITUNES_AUTHOR] = BOTH(F_AUTHOR_RAW, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_ID] = ENTRY(F_ID, M_VALUE, MODE_FIXED, PRIO_MAIN, 0),
	[T_GUID] = ENTRY(F_ID, M_VALUE, MODE_FIXED, PRIO_MAIN, 0),
	[T_PUBDATE] = ENTRY(F_PUBLISHED, M_VALUE, MODE_FIXED, PRIO_SECOND, 0),
	[T_PUBLISHED] = ENTRY(F_PUBLISHED, M_VALUE, MODE_FIXED, PRIO_SECOND,
	    0),
	[T_ISSUED] = ENTRY(F_PUBLISHED, M_VALUE, MODE_FIXED, PRIO_SECOND, 0),
	[T_DCT_ISSUED] = ENTRY(F_PUBLISHED, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_UPDATED] = BOTH(F_UPDATED, M_VALUE, MODE_FIXED, PRIO_SECOND, 0),
	[T_MODIFIED] = BOTH(F_UPDATED, M_VALUE, MODE_FIXED, PRIO_SECOND, 0),
	[T_LASTBUILDDATE] = FEED(F_UPDATED, M_VALUE, MODE_FIXED, PRIO_SECOND,
	    0),
	[T_DC_DATE] = BOTH(F_UPDATED, M_VALUE, MODE_FIXED, PRIO_FALLBACK, 0),
	[T_DCT_MODIFIED] = BOTH(F_UPDATED, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_CATEGORY] = ENTRY(F_CATEGORY, M_VALUE, MODE_FIXED, PRIO_FALLBACK,
	    0),
	[T_DC_SUBJECT] = ENTRY(F_CATEGORY, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_COMMENTS] = ENTRY(F_COMMENTS, M_VALUE, MODE_FIXED, PRIO_SECOND, 0),
	[T_LANGUAGE] = FEED(F_LANGUAGE, M_VALUE, MODE_FIXED, PRIO_MAIN, 0),
	[T_DC_LANGUAGE] = FEED(F_LANGUAGE, M_VALUE, MODE_FIXED, PRIO_SECOND,
	    0),
	[T_TTL] = FEED(F_TTL, M_VALUE, MODE_FIXED, PRIO_FALLBACK, 0),
	[T_SY_PERIOD] = FEED(F_SY_PERIOD, M_VALUE, MODE_FIXED, PRIO_FALLBACK,
	    0),
	[T_SY_FREQUENCY] = FEED(F_SY_FREQ, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
	[T_ITUNES_DURATION] = ENTRY(F_DURATION, M_VALUE, MODE_FIXED,
	    PRIO_FALLBACK, 0),
};

/* The tags whose attributes decide what they are; 1 when the element
 * was taken care of here, 0 to go on to its row in px_rules. */
static int
px_child_attrs(struct pxml *px, int tag, int atom, const xmlChar **attrs,
    int nattrs, const char *base, int entry)
{
	const char *v;
	char *u, *t, *l;
	size_t len;

	switch (tag) {
	case T_LINK:
		if (px_attr(attrs, nattrs, "href", &len) == NULL)
			return 0;
		px_atom_link(px, attrs, nattrs, base);
		return 1;
	case T_CONTENT:
		/* out-of-line content: nothing to capture */
		return entry && px_attr(attrs, nattrs, "src", &len) != NULL;
	case T_AUTHOR:
		if (!atom)
			return 0;
		px->author_depth = px->depth;
		px->author_for_entry = entry;
		buf_reset(&px->author_name);
		buf_reset(&px->author_email);
		return 1;
	case T_ID:
	case T_GUID:
		/* feedparser's "guidislink": a permalink guid (the default)
		 * or an Atom id stands in for a missing link. */
		if (entry) {
			v = px_attr(attrs, nattrs, "isPermaLink", &len);
			px->id_is_link = !(v != NULL && len == 5 &&
			    strncasecmp(v, "false", 5) == 0);
		}
		return 0;
	case T_CATEGORY:
		if (!entry || (t = px_attr_dup(attrs, nattrs, "term")) == NULL)
			return 0;
		if (*t != '\0' && px->entry.ncategories < PARSE_MAX_CATEGORIES)
			feed_entry_add_category(&px->entry, t);
		free(t);
		return 1;
	case T_ENCLOSURE:
		if (!entry)
			return 1;
		u = px_attr_dup(attrs, nattrs, "url");
		if (u == NULL)
			u = px_attr_dup(attrs, nattrs, "href");
		t = px_attr_dup(attrs, nattrs, "type");
		l = px_attr_dup(attrs, nattrs, "length");
		px_enclosure(px, u, t, l, base);
		free(u);
		free(t);
		free(l);
		return 1;
	case T_MEDIA_CONTENT:
		/* Kept aside: media:content only counts when the entry has
		 * no real enclosure (see px_end_entry). */
		if (!entry || (u = px_attr_dup(attrs, nattrs, "url")) == NULL)
			return 1;
		t = px_attr_dup(attrs, nattrs, "type");
		l = px_attr_dup(attrs, nattrs, "fileSize");
		buf_printf(&px->media, "%s%c%s%c%s%c", u, '\0',
		    t != NULL ? t : "", '\0', l != NULL ? l : "", '\0');
		free(u);
		free(t);
		free(l);
		return 1;
	default:
		return 0;
	}
}

/* A direct child of an item/entry (entry 1) or of the channel or feed
 * (entry 0). */
void
px_child_field(struct pxml *px, int tag, int ns, const xmlChar **attrs,
    int nattrs, const char *base, int entry)
{
	const struct px_rule *r;
	int mode, field, prio, ct = FEED_CONTENT_HTML, atom = ns == NS_ATOM ||
	    px->meta.format == FEED_FORMAT_ATOM10 ||
	    px->meta.format == FEED_FORMAT_ATOM03;

	if (tag <= T_UNKNOWN || tag > T_BODY ||
	    px_child_attrs(px, tag, atom, attrs, nattrs, base, entry))
		return;
	r = &px_rules[tag][entry ? SC_ENTRY : SC_FEED];
	if (r->field == F_NONE)
		return;
	mode = r->mode;
	if (r->how == MODE_TYPE || (r->how == MODE_ATOM_TYPE && atom))
		mode = px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10);
	field = r->field;
	prio = r->prio;
	if ((r->flags & R_RSS_PAIR) && !atom) {
		if (px->summary_src && px->entry.content == NULL) {
			field = F_CONTENT;
			prio = PRIO_FALLBACK;
			px_capture(px, field, mode, prio, entry);
			px->cap_content_type = ct;
			return;
		}
		px->summary_src = 1;
	}
	px_capture(px, field, mode, prio, entry);
	if (r->flags & R_CT)
		px->cap_content_type = ct;
}
