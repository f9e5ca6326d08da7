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
 * Tag dispatch (parse-xml-tag.c): libxml2 interns names in its dictionary, so a small cache
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
#include "parse/parse-xml-int.h"

static void	 px_start(void *, const xmlChar *, const xmlChar *,
		     const xmlChar *, int, const xmlChar **, int, int,
		     const xmlChar **);
static void	 px_end(void *, const xmlChar *, const xmlChar *,
		     const xmlChar *);
static void	 px_chars(void *, const xmlChar *, int);
static void	 px_end_entry(struct pxml *);

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
	/* itunes:duration is the item's: it times each of its files. */
	for (size_t i = 0; px->duration > 0 && i < e->nenclosures; i++)
		e->enclosures[i].duration = px->duration - 1;
	px->duration = 0;
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
			px_child_field(px, tag, ns, attrs, nattrs, base, 1);
		/* media:content may hold media:title etc. for the entry */
		if (tag == T_MEDIA_CONTENT)
			lv->transparent = 1;
		return;
	}
	if (pd == px->channel_depth)
		px_child_field(px, tag, ns, attrs, nattrs, base, 0);
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
