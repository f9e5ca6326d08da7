/*
 * parse-xml: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through libxml2's SAX2 push
 * parser.  No tree is built: a stack of open elements (tag id and xml:base)
 * and one capture buffer for the field being read are all the state, and
 * each entry goes to the callback when its end tag is seen.
 *
 * Safety: XML_PARSE_NONET, no DTD loading, external entities resolve to
 * nothing, and internal ones are bounded by tidings' own count (parse-ent:
 * declarations from entityDecl, references counted by parse-fix, checked
 * in getEntity before libxml2 expands anything and again at the end), so
 * the verdict does not rest on one libxml2 version's limits.  Recovery mode
 * keeps reading ill-formed feeds.  HTML named entities that a feed uses
 * without declaring them are answered by getEntity from our table.
 *
 * Tag dispatch: libxml2 interns names in its dictionary, so a small cache
 * keyed on the (localname, namespace) pointers maps to our tag ids without
 * string compares on the hot path.
 */
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

#define PX_MAX_DEPTH	512
#define PX_CACHE	512
#define PX_XML_NS	"http://www.w3.org/XML/1998/namespace"

enum px_ns {
	NS_CORE = 0,		/* none, RSS 0.9/1.0, userland, Atom */
	NS_ATOM,		/* Atom 0.3 / 1.0 (also counted as core) */
	NS_DC,
	NS_DCTERMS,
	NS_CONTENT,
	NS_MEDIA,
	NS_ITUNES,
	NS_SLASH,
	NS_FEEDBURNER,
	NS_SY,
	NS_RDF,
	NS_XHTML,
	NS_OTHER
};

enum px_tag {
	T_UNKNOWN = 0,
	T_RSS, T_RDF, T_FEED, T_CHANNEL, T_ITEM, T_ENTRY,
	T_TITLE, T_LINK, T_DESCRIPTION, T_SUMMARY, T_SUBTITLE, T_TAGLINE,
	T_CONTENT, T_AUTHOR, T_NAME, T_EMAIL, T_ID, T_GUID, T_PUBDATE,
	T_PUBLISHED, T_UPDATED, T_MODIFIED, T_ISSUED, T_LASTBUILDDATE,
	T_CATEGORY, T_ENCLOSURE, T_COMMENTS, T_LANGUAGE, T_MANAGINGEDITOR,
	T_TTL, T_SOURCE,
	T_DC_CREATOR, T_DC_AUTHOR, T_DC_DATE, T_DC_SUBJECT, T_DC_TITLE,
	T_DC_DESCRIPTION, T_DC_LANGUAGE, T_DCT_MODIFIED, T_DCT_ISSUED,
	T_CONTENT_ENCODED, T_MEDIA_CONTENT, T_MEDIA_GROUP, T_MEDIA_TITLE,
	T_MEDIA_DESCRIPTION, T_ITUNES_AUTHOR, T_ITUNES_SUMMARY,
	T_SLASH_COMMENTS, T_FB_ORIGLINK, T_SY_PERIOD, T_SY_FREQUENCY,
	T_XHTML_BODY, T_XHTML_DIV, T_HTML, T_FULLITEM, T_BODY
};

/* What a captured text becomes. */
enum px_field {
	F_NONE = 0, F_TITLE, F_LINK, F_SUMMARY, F_CONTENT, F_AUTHOR,
	F_AUTHOR_RAW, F_NAME, F_EMAIL, F_ID, F_PUBLISHED, F_UPDATED,
	F_CATEGORY, F_COMMENTS, F_LANGUAGE, F_TTL, F_SY_PERIOD, F_SY_FREQ,
	F_ORIGLINK, F_DESCRIPTION, F_NFIELDS
};

enum px_mode {
	M_VALUE = 0,	/* the element's own text only (dates, ids, URLs) */
	M_TEXT,		/* text; stray child markup kept as written */
	M_HTML,		/* text is HTML source; children serialised */
	M_XHTML,	/* XML content serialised as HTML, text escaped */
	M_XHTML_DIV,	/* Atom 1.0 type="xhtml": the same, minus the
			   wrapper div */
	M_BASE64	/* Atom 0.3 mode="base64", Atom 1.0 binary types */
};

struct px_level {
	uint8_t		 tag;
	uint8_t		 ns;
	uint8_t		 transparent;	/* media:group: children count as
					   the entry's own */
	uint8_t		 own_base;
	const char	*base;
};

struct px_cache {
	const xmlChar	*name;
	const xmlChar	*uri;
	uint8_t		 tag;
	uint8_t		 ns;
};

struct pxml {
	xmlParserCtxtPtr ctxt;
	const struct parse_opts *opts;
	parse_entry_fn	 fn;
	void		*arg;

	int		 depth;
	struct px_level	 stack[PX_MAX_DEPTH + 1];
	int		 root_seen;
	const xmlChar	*core_alias;	/* unknown namespace used as core */
	char		 root_name[64];
	int		 channel_depth;	/* feed-level fields are its children */
	int		 entry_depth;	/* 0 = not in an entry */
	int		 author_depth;	/* Atom author container, 0 = none */
	int		 author_for_entry;

	struct feed_meta meta;
	int		 meta_prio[F_NFIELDS];
	struct feed_entry entry;
	int		 entry_prio[F_NFIELDS];
	int		 entry_has_data;
	int		 nentries;

	/* the field being captured */
	int		 cap_depth;	/* 0 = none */
	int		 cap_field;
	int		 cap_mode;
	int		 cap_prio;
	int		 cap_entry;	/* for the entry, else the feed */
	int		 cap_content_type;
	int		 cap_skip_div;	/* depth of an xhtml wrapper div */
	int		 cap_strip_div;	/* type="xhtml": drop that div */
	int		 id_is_link;	/* guid isPermaLink / Atom id */
	int		 summary_src;	/* RSS description/summary seen */
	int		 cap_open;	/* a serialised start tag awaits '>' */
	int		 cap_full;
	struct buf	 cap;
	struct buf	 author_name;
	struct buf	 author_email;
	struct buf	 tmp;
	struct buf	 media;		/* media:content url\0type\0size\0... */
	int		 sy_period;	/* minutes */
	int		 sy_freq;

	struct pent	*pe;		/* entity budget, shared with parse-fix */
	int		 refused;
	int		 stopped;
	char		 why[200];
	char		 first_error[200];
	int		 fatal_errors;

	struct px_cache	 cache[PX_CACHE];
	xmlEntity	 ent[2];	/* scratch entities for getEntity */
	char		 ent_text[2][8];
	int		 ent_next;
};

static void	 px_start(void *, const xmlChar *, const xmlChar *,
		     const xmlChar *, int, const xmlChar **, int, int,
		     const xmlChar **);
static void	 px_end(void *, const xmlChar *, const xmlChar *,
		     const xmlChar *);
static void	 px_chars(void *, const xmlChar *, int);
static xmlEntityPtr px_get_entity(void *, const xmlChar *);
static xmlEntityPtr px_scratch_entity(struct pxml *, const xmlChar *,
		     const char *);
static void	 px_entity_decl(void *, const xmlChar *, int, const xmlChar *,
		     const xmlChar *, xmlChar *);
static xmlParserInputPtr px_resolve(void *, const xmlChar *, const xmlChar *);
/* libxml2 2.12 made the structured error handler take a const error. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *px_error_t;
#else
typedef xmlErrorPtr px_error_t;
#endif
static void	 px_serror(void *, px_error_t);
static void	 px_classify(const xmlChar *, const xmlChar *, uint8_t *,
		     uint8_t *);
static void	 px_lookup(struct pxml *, const xmlChar *, const xmlChar *,
		     uint8_t *, uint8_t *);
static const char *px_attr(const xmlChar **, int, const char *, size_t *);
static char	*px_attr_dup(const xmlChar **, int, const char *);
static void	 px_refuse(struct pxml *, const char *);
static void	 px_refuse_entities(struct pxml *);
static void	 px_capture(struct pxml *, int, int, int, int);
static void	 px_finish_capture(struct pxml *);
static void	 px_set(char **, int *, int, char *, int);
static void	 px_entry_field(struct pxml *, int, int, const xmlChar **,
		     int, const char *);
static void	 px_feed_field(struct pxml *, int, int, const xmlChar **,
		     int, const char *);
static void	 px_atom_link(struct pxml *, const xmlChar **, int,
		     const char *);
static void	 px_enclosure(struct pxml *, const char *, const char *,
		     const char *, const char *);
static void	 px_end_entry(struct pxml *);
static int	 px_text_mode(const xmlChar **, int, int *, int);
static void	 px_serialise_start(struct pxml *, const xmlChar *,
		     const xmlChar **, int);
static void	 px_escape(struct buf *, const char *, size_t, int);
static void	 px_base64(struct buf *);
static void	 px_attr_value(struct buf *, const char *, size_t);
static int	 px_attr_cmp(const void *, const void *);


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

static void
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

/* Value of attribute `name` (no namespace or any namespace); not
 * NUL-terminated, length in *len. */
static const char *
px_attr(const xmlChar **attrs, int n, const char *name, size_t *len)
{
	int i;

	for (i = 0; i < n; i++) {
		if (strcmp((const char *)attrs[i * 5], name) == 0) {
			*len = attrs[i * 5 + 4] - attrs[i * 5 + 3];
			return (const char *)attrs[i * 5 + 3];
		}
	}
	return NULL;
}

static char *
px_attr_dup(const xmlChar **attrs, int n, const char *name)
{
	struct buf b = BUF_INIT;
	const char *v;
	size_t len;

	v = px_attr(attrs, n, name, &len);
	if (v == NULL)
		return NULL;
	px_attr_value(&b, v, len);
	return buf_detach(&b);
}

static void
px_refuse(struct pxml *px, const char *why)
{
	if (!px->refused) {
		px->refused = 1;
		snprintf(px->why, sizeof px->why, "%s", why);
	}
	xmlStopParser(px->ctxt);
}

/*
 * Over tidings' entity limits (parse-ent).  One message for both rules:
 * which one trips first may depend on when libxml2 looks an entity up.
 * Called from getEntity, which libxml2 2.9 also calls inside an entity
 * declaration, where stopping the parser leaks the declaration's value:
 * so only mark the refusal (every callback and getEntity then do nothing)
 * and let pxml_push stop the parser once xmlParseChunk returns.
 */
static void
px_refuse_entities(struct pxml *px)
{
	if (px->refused)
		return;
	px->refused = 1;
	snprintf(px->why, sizeof px->why, _("refused: entities expand too far "
	    "(over %llu bytes or %d levels deep)"),
	    (unsigned long long)px->pe->budget, PENT_MAX_NEST);
}

/* Keep v in *slot if prio beats (or, when equal and `last`, matches) the
 * current one; v is consumed either way. */
static void
px_set(char **slot, int *cur, int prio, char *v, int last)
{
	if (*slot == NULL || prio > *cur || (prio == *cur && last)) {
		free(*slot);
		*slot = v;
		*cur = prio;
	} else
		free(v);
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

static void
px_capture(struct pxml *px, int field, int mode, int prio, int for_entry)
{
	px->cap_depth = px->depth;
	px->cap_field = field;
	px->cap_strip_div = mode == M_XHTML_DIV;
	px->cap_mode = mode == M_XHTML_DIV ? M_XHTML : mode;
	px->cap_prio = prio;
	px->cap_entry = for_entry;
	px->cap_skip_div = 0;
	px->cap_open = 0;
	px->cap_full = 0;
	buf_reset(&px->cap);
}

/* Text and HTML attribute escaping for serialised XHTML. */
static void
px_escape(struct buf *b, const char *s, size_t len, int attr)
{
	size_t i, start = 0;
	const char *rep;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = attr ? "&quot;" : NULL;
			break;
		default:
			rep = NULL;
			break;
		}
		if (rep == NULL)
			continue;
		buf_add(b, s + start, i - start);
		buf_adds(b, rep);
		start = i + 1;
	}
	buf_add(b, s + start, len - start);
}

/* libxml2 hands '&' in attribute values over as "&#38;" (it does not
 * substitute entities for us): undo that. */
static void
px_attr_value(struct buf *b, const char *v, size_t len)
{
	const char *p;

	while (len > 0 && (p = memchr(v, '&', len)) != NULL) {
		buf_add(b, v, p - v);
		buf_addc(b, '&');
		len -= p - v + 1;
		v = p + 1;
		if (len >= 4 && memcmp(v, "#38;", 4) == 0) {
			v += 4;
			len -= 4;
		}
	}
	buf_add(b, v, len);
}

static int
px_attr_cmp(const void *a, const void *b)
{
	const xmlChar *const *x = a, *const *y = b;

	return strcmp((const char *)x[0], (const char *)y[0]);
}

/* A child start tag inside captured markup, attributes sorted by name
 * (as feedparser writes them) and escaped. */
static void
px_serialise_start(struct pxml *px, const xmlChar *name,
    const xmlChar **attrs, int nattrs)
{
	const xmlChar *sorted[5 * 32];
	int i;

	if (px->cap_open)
		buf_addc(&px->cap, '>');
	buf_addc(&px->cap, '<');
	buf_adds(&px->cap, (const char *)name);
	if (nattrs > 32)
		nattrs = 32;
	if (nattrs > 0) {
		memcpy(sorted, attrs, nattrs * 5 * sizeof *attrs);
		qsort(sorted, nattrs, 5 * sizeof *attrs, px_attr_cmp);
	}
	for (i = 0; i < nattrs; i++) {
		buf_addc(&px->cap, ' ');
		if (sorted[i * 5 + 1] != NULL) {
			buf_adds(&px->cap, (const char *)sorted[i * 5 + 1]);
			buf_addc(&px->cap, ':');
		}
		buf_adds(&px->cap, (const char *)sorted[i * 5]);
		buf_adds(&px->cap, "=\"");
		buf_reset(&px->tmp);
		px_attr_value(&px->tmp, (const char *)sorted[i * 5 + 3],
		    sorted[i * 5 + 4] - sorted[i * 5 + 3]);
		px_escape(&px->cap, buf_str(&px->tmp), px->tmp.len, 1);
		buf_addc(&px->cap, '"');
	}
	px->cap_open = 1;
}

static void
px_base64(struct buf *b)
{
	static const char tab[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i, o = 0;
	uint32_t acc = 0;
	int bits = 0;
	const char *p;

	for (i = 0; i < b->len; i++) {
		if (b->data[i] == '=')
			break;
		p = strchr(tab, b->data[i]);
		if (p == NULL || b->data[i] == '\0')
			continue;
		acc = (acc << 6) | (uint32_t)(p - tab);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			b->data[o++] = (char)((acc >> bits) & 0xFF);
		}
	}
	b->len = o;
	if (b->data != NULL)
		b->data[o] = '\0';
}

static void
px_finish_capture(struct pxml *px)
{
	struct feed_entry *e = &px->entry;
	struct feed_meta *m = &px->meta;
	int field = px->cap_field, prio = px->cap_prio, *mp, *ep;
	const char *base = px->stack[px->cap_depth <= PX_MAX_DEPTH ?
	    px->cap_depth : PX_MAX_DEPTH].base;
	char *v;
	int64_t t;

	px->cap_depth = 0;
	if (px->cap_open) {
		buf_adds(&px->cap, " />");
		px->cap_open = 0;
	}
	if (px->cap_mode == M_BASE64) {
		px_base64(&px->cap);
		/* Decoded bytes may be anything: repair. */
		buf_reset(&px->tmp);
		utf8_sanitize_buf(&px->tmp, buf_str(&px->cap), px->cap.len);
		buf_reset(&px->cap);
		buf_add(&px->cap, buf_str(&px->tmp), px->tmp.len);
	}
	parse_trim(&px->cap);
	parse_fix_c1(&px->cap);
	if (px->cap_mode == M_HTML || px->cap_mode == M_XHTML) {
		if (px->cap_mode == M_HTML)
			parse_html_amp(&px->cap);
		if (field == F_SUMMARY || field == F_CONTENT ||
		    field == F_DESCRIPTION)
			parse_html_resolve(&px->cap, base);
	}
	mp = px->meta_prio;
	ep = px->entry_prio;

	switch (field) {
	case F_NAME:
		buf_reset(&px->author_name);
		buf_add(&px->author_name, buf_str(&px->cap), px->cap.len);
		return;
	case F_EMAIL:
		buf_reset(&px->author_email);
		buf_add(&px->author_email, buf_str(&px->cap), px->cap.len);
		return;
	case F_PUBLISHED:
	case F_UPDATED:
		t = date_parse(buf_str(&px->cap));
		if (px->cap_entry) {
			int64_t *slot = field == F_PUBLISHED ? &e->published :
			    &e->updated;

			if (t != DATE_NONE && (*slot == FEED_DATE_NONE ||
			    prio >= ep[field])) {
				*slot = t;
				ep[field] = prio;
			}
		} else if (field == F_UPDATED && t != DATE_NONE &&
		    (m->updated == FEED_DATE_NONE || prio >= mp[field])) {
			m->updated = t;
			mp[field] = prio;
		}
		px->entry_has_data = 1;
		return;
	case F_TTL:
		if (!px->cap_entry && px->cap.len > 0) {
			long ttl = strtol(buf_str(&px->cap), NULL, 10);

			if (ttl > 0 && ttl < 10 * 365 * 24 * 60)
				m->ttl_minutes = (int)ttl;
		}
		return;
	case F_SY_PERIOD:
		v = px->cap.data;
		if (v == NULL)
			return;
		if (strcmp(v, "hourly") == 0)
			px->sy_period = 60;
		else if (strcmp(v, "daily") == 0)
			px->sy_period = 1440;
		else if (strcmp(v, "weekly") == 0)
			px->sy_period = 10080;
		else if (strcmp(v, "monthly") == 0)
			px->sy_period = 43200;
		else if (strcmp(v, "yearly") == 0)
			px->sy_period = 525600;
		return;
	case F_SY_FREQ:
		if (px->cap.len > 0)
			px->sy_freq = atoi(px->cap.data);
		return;
	default:
		break;
	}

	if (px->cap.len == 0 && field != F_TITLE && field != F_SUMMARY &&
	    field != F_CONTENT)
		return;
	v = buf_detach(&px->cap);
	if (field == F_LINK || field == F_ORIGLINK || field == F_COMMENTS) {
		char *abs = uri_resolve(base, v);

		free(v);
		v = abs;
	}
	if (px->cap_entry) {
		px->entry_has_data = 1;
		switch (field) {
		case F_TITLE:
			px_set(&e->title, &ep[F_TITLE], prio, v, 1);
			break;
		case F_LINK:
			px_set(&e->link, &ep[F_LINK], prio, v, 1);
			break;
		case F_ORIGLINK:
			px_set(&e->link, &ep[F_LINK], 10, v, 1);
			break;
		case F_SUMMARY:
			px_set(&e->summary, &ep[F_SUMMARY], prio, v, 1);
			break;
		case F_CONTENT:
			if (e->content == NULL || prio >= ep[F_CONTENT])
				e->content_type = px->cap_content_type;
			px_set(&e->content, &ep[F_CONTENT], prio, v, 1);
			break;
		case F_AUTHOR_RAW:
			px_set(&e->author, &ep[F_AUTHOR], prio,
			    parse_author_name(v), 1);
			free(v);
			break;
		case F_AUTHOR:
			px_set(&e->author, &ep[F_AUTHOR], prio, v, 1);
			break;
		case F_ID:
			px_set(&e->id, &ep[F_ID], prio, v, 1);
			break;
		case F_CATEGORY:
			if (e->ncategories < PARSE_MAX_CATEGORIES && *v != '\0')
				feed_entry_add_category(e, v);
			free(v);
			break;
		case F_COMMENTS:
			px_set(&e->comments, &ep[F_COMMENTS], prio, v, 1);
			break;
		default:
			free(v);
			break;
		}
		return;
	}
	switch (field) {
	case F_TITLE:
		px_set(&m->title, &mp[F_TITLE], prio, v, 1);
		break;
	case F_LINK:
		px_set(&m->link, &mp[F_LINK], prio, v, 1);
		break;
	case F_DESCRIPTION:
	case F_SUMMARY:
		px_set(&m->description, &mp[F_DESCRIPTION], prio, v, 1);
		break;
	case F_AUTHOR_RAW:
		px_set(&m->author, &mp[F_AUTHOR], prio, parse_author_name(v), 1);
		free(v);
		break;
	case F_AUTHOR:
		px_set(&m->author, &mp[F_AUTHOR], prio, v, 1);
		break;
	case F_LANGUAGE:
		for (char *p = v; *p != '\0'; p++)
			if (*p == '_')
				*p = '-';
		px_set(&m->language, &mp[F_LANGUAGE], prio, v, 1);
		break;
	default:
		free(v);
		break;
	}
}

static void
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
static void
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
	default:
		break;
	}
}

/* A direct child of the channel (RSS) or feed (Atom). */
static void
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

static void
px_end_entry(struct pxml *px)
{
	struct feed_entry *e = &px->entry;
	const char *p, *u, *t, *l;
	int rc;

	px->entry_depth = 0;
	px->author_depth = 0;
	/* media:content as enclosures only when there is nothing better. */
	if (e->nenclosures == 0 && px->media.len > 0) {
		p = px->media.data;
		while (p < px->media.data + px->media.len) {
			u = p;
			t = u + strlen(u) + 1;
			l = t + strlen(t) + 1;
			p = l + strlen(l) + 1;
			px_enclosure(px, u, t, *l != '\0' ? l : NULL, NULL);
		}
	}
	buf_reset(&px->media);
	if ((e->link == NULL || *e->link == '\0') && e->id != NULL &&
	    px->id_is_link) {
		free(e->link);
		e->link = xstrdup(e->id);
	}
	px->id_is_link = 0;
	px->summary_src = 0;
	parse_entry_finish(e);
	px->nentries++;
	rc = px->fn != NULL ? px->fn(&px->meta, e, px->arg) : 0;
	feed_entry_clear(e);
	memset(px->entry_prio, 0, sizeof px->entry_prio);
	px->entry_has_data = 0;
	if (rc != 0) {
		px->stopped = 1;
		px_refuse(px, "stopped by caller");
	}
}

static void
px_start(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **nss, int nattrs,
    int ndefaulted, const xmlChar **attrs)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;
	struct px_level *lv, *parent;
	uint8_t tag, ns;
	int i, d, pd;
	const char *base;

	(void)prefix;
	(void)nns;
	(void)nss;
	(void)ndefaulted;
	if (px->refused)
		return;
	d = ++px->depth;
	if (d > PX_MAX_DEPTH) {
		if (px->cap_depth > 0 && px->cap_mode != M_VALUE &&
		    px->cap_mode != M_BASE64)
			px_serialise_start(px, name, attrs, nattrs);
		return;
	}
	parent = &px->stack[d - 1];
	lv = &px->stack[d];
	px_lookup(px, name, uri, &tag, &ns);
	lv->tag = tag;
	lv->ns = ns;
	lv->transparent = 0;
	lv->own_base = 0;
	lv->base = parent->base;
	/* xml:base (and the root's xml:lang) */
	for (i = 0; i < nattrs; i++) {
		if (attrs[i * 5 + 2] == NULL || strcmp((const char *)attrs[i * 5 + 2],
		    PX_XML_NS) != 0)
			continue;
		if (strcmp((const char *)attrs[i * 5], "base") == 0) {
			char *v = xstrndup((const char *)attrs[i * 5 + 3],
			    attrs[i * 5 + 4] - attrs[i * 5 + 3]);

			/* Said twice (ill-formed; recovery hands both
			 * over): the last one wins, the first is freed. */
			if (lv->own_base)
				free((char *)lv->base);
			lv->base = uri_resolve(parent->base, v);
			lv->own_base = 1;
			free(v);
		} else if (strcmp((const char *)attrs[i * 5], "lang") == 0 &&
		    d <= 2 && px->entry_depth == 0 && attrs[i * 5 + 4] >
		    attrs[i * 5 + 3]) {
			char *lang = xstrndup((const char *)attrs[i * 5 + 3],
			    attrs[i * 5 + 4] - attrs[i * 5 + 3]);

			for (char *p = lang; *p != '\0'; p++)
				if (*p == '_')
					*p = '-';
			px_set(&px->meta.language, &px->meta_prio[F_LANGUAGE], 1,
			    lang, 0);
		}
	}
	base = lv->base;

	/* Items never nest: a new one while an entry is open means the last
	 * one was not closed (libxml2's recovery keeps it open).  Finish it
	 * and start afresh. */
	if ((tag == T_ITEM || tag == T_ENTRY) && px->entry_depth > 0 &&
	    ns != NS_OTHER && (px->cap_depth == 0 || px->cap_mode != M_XHTML)) {
		if (px->cap_depth > 0)
			px_finish_capture(px);
		px->author_depth = 0;
		px_end_entry(px);
		if (px->refused)
			return;
	}

	/* Inside a captured field: child markup. */
	if (px->cap_depth > 0) {
		if (px->cap_strip_div && d == px->cap_depth + 1 &&
		    tag == T_XHTML_DIV && px->cap.len == 0 && !px->cap_open) {
			px->cap_skip_div = d;	/* the Atom wrapper div */
			return;
		}
		if (px->cap_mode != M_VALUE && px->cap_mode != M_BASE64)
			px_serialise_start(px, name, attrs, nattrs);
		return;
	}

	if (d == 1) {
		px->root_seen = 1;
		snprintf(px->root_name, sizeof px->root_name, "%s", name);
		switch (tag) {
		case T_RSS: {
			const char *v;
			size_t len;

			v = px_attr(attrs, nattrs, "version", &len);
			if (v != NULL && len >= 2 && strncmp(v, "0.", 2) == 0)
				px->meta.format = FEED_FORMAT_RSS09X;
			else
				px->meta.format = FEED_FORMAT_RSS20;
			break;
		}
		case T_RDF:
			px->meta.format = FEED_FORMAT_RSS10;
			px->channel_depth = 2;	/* refined by <channel> */
			break;
		case T_FEED:
			if (uri != NULL && strcmp((const char *)uri,
			    "http://www.w3.org/2005/Atom") == 0)
				px->meta.format = FEED_FORMAT_ATOM10;
			else {
				const char *v;
				size_t len;

				v = px_attr(attrs, nattrs, "version", &len);
				px->meta.format = uri == NULL && v != NULL &&
				    len == 3 && strncmp(v, "1.0", 3) == 0 ?
				    FEED_FORMAT_ATOM10 : FEED_FORMAT_ATOM03;
			}
			px->channel_depth = 1;
			break;
		case T_CHANNEL:
			px->meta.format = FEED_FORMAT_RSS09X;
			px->channel_depth = 1;
			break;
		case T_HTML:
			px_refuse(px, _("not a feed: an HTML page"));
			return;
		default:
			if (ns == NS_OTHER && strcmp((const char *)name,
			    "feed") == 0) {
				/* e.g. Atom's pre-release namespaces */
				px->core_alias = uri;
				memset(px->cache, 0, sizeof px->cache);
				px->meta.format = FEED_FORMAT_ATOM03;
				px->channel_depth = 1;
			} else if (ns == NS_OTHER && strcmp((const char *)name,
			    "rss") == 0) {
				px->core_alias = uri;
				memset(px->cache, 0, sizeof px->cache);
				px->meta.format = FEED_FORMAT_RSS20;
			}
			break;
		}
		return;
	}

	if (tag == T_CHANNEL && px->entry_depth == 0 && d == 2) {
		px->channel_depth = d;
		if (px->meta.format == FEED_FORMAT_UNKNOWN)
			px->meta.format = FEED_FORMAT_RSS20;
		return;
	}
	if ((tag == T_ITEM || tag == T_ENTRY) && px->entry_depth == 0) {
		px->entry_depth = d;
		px->entry_has_data = 0;
		buf_reset(&px->media);
		if (px->meta.format == FEED_FORMAT_UNKNOWN)
			px->meta.format = tag == T_ENTRY ? FEED_FORMAT_ATOM10 :
			    FEED_FORMAT_RSS20;
		return;
	}
	if (tag == T_MEDIA_GROUP) {
		lv->transparent = 1;
		return;
	}
	/* The logical parent skips media:group wrappers. */
	pd = d - 1;
	while (pd > 0 && px->stack[pd].transparent)
		pd--;

	if (px->author_depth > 0 && pd == px->author_depth) {
		if (tag == T_NAME)
			px_capture(px, F_NAME, M_VALUE, 1, px->author_for_entry);
		else if (tag == T_EMAIL)
			px_capture(px, F_EMAIL, M_VALUE, 1, px->author_for_entry);
		return;
	}
	if (px->entry_depth > 0) {
		if (pd == px->entry_depth)
			px_entry_field(px, tag, ns, attrs, nattrs, base);
		/* media:content may hold media:title etc. for the entry */
		if (tag == T_MEDIA_CONTENT)
			lv->transparent = 1;
		return;
	}
	if (pd == px->channel_depth)
		px_feed_field(px, tag, ns, attrs, nattrs, base);
}

static void
px_end(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;
	int d = px->depth;
	struct px_level *lv;
	char *v;

	(void)prefix;
	(void)uri;
	if (px->refused || d <= 0)
		return;
	px->depth--;
	if (px->cap_depth > 0 && d > px->cap_depth) {
		if (d == px->cap_skip_div) {
			px->cap_skip_div = 0;
			return;
		}
		if (px->cap_mode == M_VALUE || px->cap_mode == M_BASE64)
			goto pop;
		if (px->cap_open) {
			buf_adds(&px->cap, " />");
			px->cap_open = 0;
		} else {
			buf_adds(&px->cap, "</");
			buf_adds(&px->cap, (const char *)name);
			buf_addc(&px->cap, '>');
		}
		goto pop;
	}
	if (d > PX_MAX_DEPTH)
		return;
	if (px->cap_depth == d)
		px_finish_capture(px);
	if (px->author_depth == d) {
		px->author_depth = 0;
		if (px->author_name.len > 0)
			v = xstrdup(px->author_name.data);
		else if (px->author_email.len > 0)
			v = xstrdup(px->author_email.data);
		else
			v = xstrdup("");
		if (px->author_for_entry) {
			px_set(&px->entry.author, &px->entry_prio[F_AUTHOR], 3, v,
			    1);
			px->entry_has_data = 1;
		} else
			px_set(&px->meta.author, &px->meta_prio[F_AUTHOR], 3, v,
			    1);
		buf_reset(&px->author_name);
		buf_reset(&px->author_email);
	}
	if (px->entry_depth == d)
		px_end_entry(px);
pop:
	if (d <= PX_MAX_DEPTH) {
		lv = &px->stack[d];
		if (lv->own_base) {
			free((char *)lv->base);
			lv->own_base = 0;
		}
		lv->base = NULL;
	}
}

static void
px_chars(void *ctx, const xmlChar *s, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;

	if (px->refused || px->cap_depth == 0 || px->cap_full)
		return;
	if (px->cap.len + (size_t)len > PARSE_FIELD_MAX) {
		/* Cut at the limit (on a character), however the text came
		 * in pieces; nothing after it. */
		px->cap_full = 1;
		len = (int)(PARSE_FIELD_MAX - px->cap.len);
		while (len > 0 && (s[len] & 0xc0) == 0x80)
			len--;
	}
	if (px->cap_open) {
		buf_addc(&px->cap, '>');
		px->cap_open = 0;
	}
	if (px->cap_mode == M_XHTML)
		px_escape(&px->cap, (const char *)s, len, 0);
	else if (px->cap_mode == M_VALUE && px->depth > px->cap_depth)
		return;		/* e.g. an <image> inside a <category> */
	else
		buf_add(&px->cap, s, len);
}

/* An entity that libxml2 inlines as the given text (at most 7 bytes): two
 * scratch ones, as libxml2 may still hold the previous one. */
static xmlEntityPtr
px_scratch_entity(struct pxml *px, const xmlChar *name, const char *text)
{
	int k = px->ent_next ^= 1;
	xmlEntityPtr ent = &px->ent[k];

	/* libxml2 2.9 hands a just-declared entity's raw text to whatever
	 * getEntity answers (ent->orig): ours to free. */
	if (ent->orig != NULL)
		xmlFree(ent->orig);
	snprintf(px->ent_text[k], sizeof px->ent_text[k], "%s", text);
	memset(ent, 0, sizeof *ent);
	ent->type = XML_ENTITY_DECL;
	ent->etype = XML_INTERNAL_PREDEFINED_ENTITY;
	ent->name = name;
	ent->content = (xmlChar *)px->ent_text[k];
	ent->length = (int)strlen(px->ent_text[k]);
	return ent;
}

/*
 * Entities: declared internal ones as libxml2 knows them while within
 * tidings' budget (parse-ent), nothing once over it or when not recorded
 * there; external ones never (they resolve to nothing); undeclared HTML
 * names from our table, answered as "predefined" so libxml2 inlines the
 * text.
 */
static xmlEntityPtr
px_get_entity(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;
	const struct parse_entity *pe;
	xmlEntityPtr ent;
	char text[8];
	size_t n;

	ent = xmlSAX2GetEntity(ctx, name);
	if (ent != NULL) {
		if (ent->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY ||
		    ent->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY)
			return px_scratch_entity(px, name, "");
		if (ent->etype != XML_INTERNAL_GENERAL_ENTITY || px->pe == NULL)
			return ent;
		if (px->refused)
			return px_scratch_entity(px, name, "");
		if (!pent_known(px->pe, (const char *)name))
			goto table;
		if (pent_over(px->pe) != PENT_OK) {
			px_refuse_entities(px);
			return px_scratch_entity(px, name, "");
		}
		return ent;
	}
table:
	pe = parse_entity_find((const char *)name);
	if (pe == NULL)
		return ent != NULL ? px_scratch_entity(px, name, "") : NULL;
	n = utf8_encode(pe->cp, text);
	text[n] = '\0';
	return px_scratch_entity(px, name, text);
}

/* libxml2 records the declaration; parse-ent learns it too. */
static void
px_entity_decl(void *ctx, const xmlChar *name, int type,
    const xmlChar *public_id, const xmlChar *system_id, xmlChar *content)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px = ctxt->_private;

	xmlSAX2EntityDecl(ctx, name, type, public_id, system_id, content);
	if (px != NULL && px->pe != NULL && name != NULL && content != NULL &&
	    type == XML_INTERNAL_GENERAL_ENTITY)
		pent_declare(px->pe, (const char *)name,
		    (const char *)content);
}

static xmlParserInputPtr
px_resolve(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;	/* never load anything */
}

static void
px_serror(void *ctx, px_error_t err)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct pxml *px;
	size_t n;

	if (ctxt == NULL || err == NULL || err->domain == XML_FROM_IO)
		return;
	px = ctxt->_private;
	if (px == NULL)
		return;
	if (err->code == XML_ERR_ENTITY_LOOP ||
	    err->code == XML_ERR_ENTITY_BOUNDARY) {
		px_refuse(px, _("refused: entity expansion too large"));
		return;
	}
	if (err->level == XML_ERR_FATAL)
		px->fatal_errors++;
	if (px->first_error[0] == '\0' && err->message != NULL) {
		snprintf(px->first_error, sizeof px->first_error, "line %d: %s",
		    err->line, err->message);
		n = strlen(px->first_error);
		while (n > 0 && px->first_error[n - 1] == '\n')
			px->first_error[--n] = '\0';
	}
}

/* Our handlers plus libxml2's own for the DTD's entity declarations (no
 * tree is built: startElementNs & co. are ours).  Constant, so several
 * threads may parse at once. */
static xmlSAXHandler px_sax = {
	.internalSubset = xmlSAX2InternalSubset,
	.getEntity = px_get_entity,
	.entityDecl = px_entity_decl,
	.resolveEntity = px_resolve,
	.startDocument = xmlSAX2StartDocument,
	.endDocument = xmlSAX2EndDocument,
	.characters = px_chars,
	.cdataBlock = px_chars,
	.getParameterEntity = xmlSAX2GetParameterEntity,
	.initialized = XML_SAX2_MAGIC,
	.startElementNs = px_start,
	.endElementNs = px_end,
	.serror = px_serror,
};

void
pxml_init(void)
{
	xmlInitParser();
}

struct pxml *
pxml_new(const struct parse_opts *opts, struct pent *ent, parse_entry_fn fn,
    void *arg)
{
	struct pxml *px = xcalloc(1, sizeof *px);

	px->opts = opts;
	px->pe = ent;
	px->fn = fn;
	px->arg = arg;
	feed_entry_init(&px->entry);
	px->meta.updated = FEED_DATE_NONE;
	px->stack[0].base = opts != NULL ? opts->url : NULL;
	px->ctxt = xmlCreatePushParserCtxt(&px_sax, NULL, NULL, 0, NULL);
	if (px->ctxt == NULL)
		fatalx("xmlCreatePushParserCtxt failed");
	px->ctxt->_private = px;
	xmlCtxtUseOptions(px->ctxt, XML_PARSE_RECOVER | XML_PARSE_NONET |
	    XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | XML_PARSE_COMPACT);
	xmlSwitchEncoding(px->ctxt, XML_CHAR_ENCODING_UTF8);
	return px;
}

int
pxml_push(struct pxml *px, const char *s, size_t len, int final, char *err,
    size_t errlen)
{
	if (px->refused) {
		if (errlen > 0)
			snprintf(err, errlen, "%s", px->why);
		return -1;
	}
	while (len > 0 || final) {
		/* libxml2 takes an int length. */
		int n = len > (1 << 30) ? (1 << 30) : (int)len;

		xmlParseChunk(px->ctxt, s, n, final && (size_t)n == len);
		s += n;
		len -= n;
		if (px->refused)
			break;
		if (len == 0)
			break;
	}
	if (px->refused) {
		xmlStopParser(px->ctxt);	/* px_refuse_entities did not */
		if (errlen > 0)
			snprintf(err, errlen, "%s", px->why);
		return -1;
	}
	return 0;
}

int
pxml_finish(struct pxml *px, struct feed_meta *meta, char *err,
    size_t errlen)
{
	if (px->refused) {
		if (errlen > 0)
			snprintf(err, errlen, "%s", px->why);
		return -1;
	}
	/* The budget over the whole document: what the checks in getEntity
	 * refused is refused here too, whatever libxml2 looked up. */
	if (px->pe != NULL && pent_over(px->pe) != PENT_OK) {
		px_refuse_entities(px);
		if (errlen > 0)
			snprintf(err, errlen, "%s", px->why);
		return -1;
	}
	/* A document cut short: keep the last entry if it has anything. */
	if (px->cap_depth > 0)
		px_finish_capture(px);
	if (px->entry_depth > 0 && px->entry_has_data)
		px_end_entry(px);
	if (!px->root_seen) {
		if (errlen > 0)
			snprintf(err, errlen, "%s%s%s",
			    _("not a feed: no XML element found"),
			    px->first_error[0] != '\0' ? " - " : "",
			    px->first_error);
		return -1;
	}
	if (px->meta.format == FEED_FORMAT_UNKNOWN) {
		if (errlen > 0)
			snprintf(err, errlen,
			    _("not a feed: XML with root element <%s>"),
			    px->root_name);
		return -1;
	}
	if (px->depth > 0 && px->nentries == 0 && px->meta.title == NULL) {
		if (errlen > 0)
			snprintf(err, errlen, "%s",
			    _("truncated document: nothing usable before the end"));
		return -1;
	}
	if (px->meta.ttl_minutes == 0 && px->sy_period > 0)
		px->meta.ttl_minutes = px->sy_period /
		    (px->sy_freq > 0 ? px->sy_freq : 1);
	if (meta != NULL) {
		*meta = px->meta;
		memset(&px->meta, 0, sizeof px->meta);
		px->meta.updated = FEED_DATE_NONE;
	}
	return 0;
}

void
pxml_free(struct pxml *px)
{
	int d;

	if (px == NULL)
		return;
	for (d = 1; d <= PX_MAX_DEPTH; d++) {
		if (px->stack[d].own_base)
			free((char *)px->stack[d].base);
	}
	for (d = 0; d < 2; d++) {
		if (px->ent[d].orig != NULL)
			xmlFree(px->ent[d].orig);
	}
	if (px->ctxt != NULL) {
		/* The document xmlSAX2StartDocument made (it holds the DTD's
		 * entities) is ours to free; 2.14 deprecated ctxt->myDoc for
		 * xmlCtxtGetDocument, which also hands it over. */
#if LIBXML_VERSION >= 21400
		xmlFreeDoc(xmlCtxtGetDocument(px->ctxt));
#else
		if (px->ctxt->myDoc != NULL)
			xmlFreeDoc(px->ctxt->myDoc);
		px->ctxt->myDoc = NULL;
#endif
		xmlFreeParserCtxt(px->ctxt);
	}
	feed_entry_clear(&px->entry);
	feed_meta_clear(&px->meta);
	buf_free(&px->cap);
	buf_free(&px->author_name);
	buf_free(&px->author_email);
	buf_free(&px->tmp);
	buf_free(&px->media);
	free(px);
}
