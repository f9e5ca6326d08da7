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

/* A direct child of an item/entry. */
void
px_entry_field(struct pxml *px, int tag, int ns, const xmlChar **attrs,
    int nattrs, const char *base)
{
	int mode, ct, atom = ns == NS_ATOM ||
	    px->meta.format == FEED_FORMAT_ATOM10 ||
	    px->meta.format == FEED_FORMAT_ATOM03;
	char *u, *t, *l;

	switch (tag) {
	case T_TITLE:
		mode = atom ? px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10) : M_TEXT;
		px_capture(px, F_TITLE, mode, 3, 1);
		break;
	case T_DC_TITLE:
		px_capture(px, F_TITLE, M_TEXT, 2, 1);
		break;
	case T_MEDIA_TITLE:
		px_capture(px, F_TITLE, M_TEXT, 1, 1);
		break;
	case T_LINK:
		if (px_attr(attrs, nattrs, "href", &(size_t){ 0 }) != NULL)
			px_atom_link(px, attrs, nattrs, base);
		else
			px_capture(px, F_LINK, M_VALUE, 3, 1);
		break;
	case T_FB_ORIGLINK:
		px_capture(px, F_ORIGLINK, M_VALUE, 10, 1);
		break;
	case T_DESCRIPTION:
	case T_SUMMARY:
		mode = M_HTML;
		ct = FEED_CONTENT_HTML;
		if (tag == T_SUMMARY)
			mode = px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10);
		/* RSS with both <description> and <summary>: the second
		 * one is the full text (as feedparser reads it). */
		if (!atom && px->summary_src && px->entry.content == NULL) {
			px_capture(px, F_CONTENT, mode, 1, 1);
			px->cap_content_type = ct;
			break;
		}
		if (!atom)
			px->summary_src = 1;
		px_capture(px, F_SUMMARY, mode, 3, 1);
		break;
	case T_DC_DESCRIPTION:
		px_capture(px, F_SUMMARY, M_HTML, 2, 1);
		break;
	case T_ITUNES_SUMMARY:
	case T_MEDIA_DESCRIPTION:
		px_capture(px, F_SUMMARY, M_HTML, 1, 1);
		break;
	case T_CONTENT:
		if (px_attr(attrs, nattrs, "src", &(size_t){ 0 }) != NULL)
			break;
		mode = px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10);
		px_capture(px, F_CONTENT, mode, 3, 1);
		px->cap_content_type = ct;
		break;
	case T_CONTENT_ENCODED:
		px_capture(px, F_CONTENT, M_HTML, 3, 1);
		px->cap_content_type = FEED_CONTENT_HTML;
		break;
	case T_FULLITEM:	/* an old Netscape/UserLand spelling */
		px_capture(px, F_CONTENT, M_HTML, 3, 1);
		px->cap_content_type = FEED_CONTENT_HTML;
		break;
	case T_BODY:
	case T_XHTML_BODY:
		px_capture(px, F_CONTENT, M_XHTML, 4, 1);
		px->cap_content_type = FEED_CONTENT_HTML;
		break;
	case T_AUTHOR:
		if (atom) {
			px->author_depth = px->depth;
			px->author_for_entry = 1;
			buf_reset(&px->author_name);
			buf_reset(&px->author_email);
		} else
			px_capture(px, F_AUTHOR_RAW, M_VALUE, 3, 1);
		break;
	case T_DC_CREATOR:
	case T_DC_AUTHOR:
		px_capture(px, F_AUTHOR_RAW, M_VALUE, 3, 1);
		break;
	case T_ITUNES_AUTHOR:
		px_capture(px, F_AUTHOR_RAW, M_VALUE, 1, 1);
		break;
	case T_ID:
	case T_GUID: {
		const char *v;
		size_t len;

		/* feedparser's "guidislink": a permalink guid (the default)
		 * or an Atom id stands in for a missing link. */
		v = px_attr(attrs, nattrs, "isPermaLink", &len);
		px->id_is_link = !(v != NULL && len == 5 &&
		    strncasecmp(v, "false", 5) == 0);
		px_capture(px, F_ID, M_VALUE, 3, 1);
		break;
	}
	case T_PUBDATE:
	case T_PUBLISHED:
	case T_ISSUED:
	case T_DCT_ISSUED:
		px_capture(px, F_PUBLISHED, M_VALUE, tag == T_DCT_ISSUED ? 1 : 2,
		    1);
		break;
	case T_UPDATED:
	case T_MODIFIED:
	case T_DC_DATE:
	case T_DCT_MODIFIED:
		px_capture(px, F_UPDATED, M_VALUE, tag == T_UPDATED ||
		    tag == T_MODIFIED ? 2 : 1, 1);
		break;
	case T_CATEGORY:
		t = px_attr_dup(attrs, nattrs, "term");
		if (t != NULL) {
			if (*t != '\0' &&
			    px->entry.ncategories < PARSE_MAX_CATEGORIES)
				feed_entry_add_category(&px->entry, t);
			free(t);
		} else
			px_capture(px, F_CATEGORY, M_VALUE, 1, 1);
		break;
	case T_DC_SUBJECT:
		px_capture(px, F_CATEGORY, M_VALUE, 1, 1);
		break;
	case T_ENCLOSURE:
		u = px_attr_dup(attrs, nattrs, "url");
		if (u == NULL)
			u = px_attr_dup(attrs, nattrs, "href");
		t = px_attr_dup(attrs, nattrs, "type");
		l = px_attr_dup(attrs, nattrs, "length");
		px_enclosure(px, u, t, l, base);
		free(u);
		free(t);
		free(l);
		break;
	case T_MEDIA_CONTENT:
		/* Kept aside: media:content only counts when the entry has
		 * no real enclosure (see px_end_entry). */
		u = px_attr_dup(attrs, nattrs, "url");
		if (u != NULL) {
			t = px_attr_dup(attrs, nattrs, "type");
			l = px_attr_dup(attrs, nattrs, "fileSize");
			buf_printf(&px->media, "%s%c%s%c%s%c", u, '\0',
			    t != NULL ? t : "", '\0', l != NULL ? l : "",
			    '\0');
			free(u);
			free(t);
			free(l);
		}
		break;
	case T_COMMENTS:
		px_capture(px, F_COMMENTS, M_VALUE, 2, 1);
		break;
	case T_ITUNES_DURATION:
		px_capture(px, F_DURATION, M_VALUE, 1, 1);
		break;
	default:
		break;
	}
}

/* A direct child of the channel (RSS) or feed (Atom). */
void
px_feed_field(struct pxml *px, int tag, int ns, const xmlChar **attrs,
    int nattrs, const char *base)
{
	int mode, ct, atom = ns == NS_ATOM ||
	    px->meta.format == FEED_FORMAT_ATOM10 ||
	    px->meta.format == FEED_FORMAT_ATOM03;

	switch (tag) {
	case T_TITLE:
		mode = atom ? px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10) : M_TEXT;
		px_capture(px, F_TITLE, mode, 3, 0);
		break;
	case T_DC_TITLE:
		px_capture(px, F_TITLE, M_TEXT, 2, 0);
		break;
	case T_LINK:
		if (px_attr(attrs, nattrs, "href", &(size_t){ 0 }) != NULL)
			px_atom_link(px, attrs, nattrs, base);
		else
			px_capture(px, F_LINK, M_VALUE, 3, 0);
		break;
	case T_DESCRIPTION:
	case T_SUBTITLE:
	case T_TAGLINE:
		mode = atom ? px_text_mode(attrs, nattrs, &ct,
		    px->meta.format == FEED_FORMAT_ATOM10) : M_HTML;
		px_capture(px, F_DESCRIPTION, mode, 3, 0);
		break;
	case T_DC_DESCRIPTION:
		px_capture(px, F_DESCRIPTION, M_HTML, 2, 0);
		break;
	case T_ITUNES_SUMMARY:
		px_capture(px, F_DESCRIPTION, M_HTML, 1, 0);
		break;
	case T_AUTHOR:
		if (atom) {
			px->author_depth = px->depth;
			px->author_for_entry = 0;
			buf_reset(&px->author_name);
			buf_reset(&px->author_email);
		} else
			px_capture(px, F_AUTHOR_RAW, M_VALUE, 3, 0);
		break;
	case T_MANAGINGEDITOR:
	case T_DC_CREATOR:
	case T_DC_AUTHOR:
		px_capture(px, F_AUTHOR_RAW, M_VALUE, 2, 0);
		break;
	case T_ITUNES_AUTHOR:
		px_capture(px, F_AUTHOR_RAW, M_VALUE, 1, 0);
		break;
	case T_LANGUAGE:
		px_capture(px, F_LANGUAGE, M_VALUE, 3, 0);
		break;
	case T_DC_LANGUAGE:
		px_capture(px, F_LANGUAGE, M_VALUE, 2, 0);
		break;
	case T_UPDATED:
	case T_MODIFIED:
	case T_LASTBUILDDATE:
		px_capture(px, F_UPDATED, M_VALUE, 2, 0);
		break;
	case T_DC_DATE:
	case T_DCT_MODIFIED:
		px_capture(px, F_UPDATED, M_VALUE, 1, 0);
		break;
	case T_TTL:
		px_capture(px, F_TTL, M_VALUE, 1, 0);
		break;
	case T_SY_PERIOD:
		px_capture(px, F_SY_PERIOD, M_VALUE, 1, 0);
		break;
	case T_SY_FREQUENCY:
		px_capture(px, F_SY_FREQ, M_VALUE, 1, 0);
		break;
	default:
		break;
	}
}
