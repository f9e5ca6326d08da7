/*
 * parse-xml-int: what the files of the XML front end share (parse-xml.c
 * the SAX handlers and document state, parse-xml-tag.c the tag->field
 * mapping, parse-xml-cap.c field capture and serialisation, parse-xml-ent.c
 * entities and errors).  Nobody outside parse-xml*.c includes it.
 */
#ifndef TIDINGS_PARSE_PARSE_XML_INT_H
#define TIDINGS_PARSE_PARSE_XML_INT_H

#include <stdint.h>

#include <libxml/parser.h>

#include "base/buf.h"
#include "feed/feed.h"
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
	T_ITUNES_DURATION,
	T_SLASH_COMMENTS, T_FB_ORIGLINK, T_SY_PERIOD, T_SY_FREQUENCY,
	T_XHTML_BODY, T_XHTML_DIV, T_HTML, T_FULLITEM, T_BODY
};

/* What a captured text becomes. */
enum px_field {
	F_NONE = 0, F_TITLE, F_LINK, F_SUMMARY, F_CONTENT, F_AUTHOR,
	F_AUTHOR_RAW, F_NAME, F_EMAIL, F_ID, F_PUBLISHED, F_UPDATED,
	F_CATEGORY, F_COMMENTS, F_LANGUAGE, F_TTL, F_SY_PERIOD, F_SY_FREQ,
	F_ORIGLINK, F_DESCRIPTION, F_DURATION, F_NFIELDS
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
	int64_t		 duration;	/* itunes:duration + 1; 0 none */

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

/* libxml2 2.12 made the structured error handler take a const error. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *px_error_t;
#else
typedef xmlErrorPtr px_error_t;
#endif

xmlEntityPtr px_get_entity(void *, const xmlChar *);
void	 px_entity_decl(void *, const xmlChar *, int, const xmlChar *,
		     const xmlChar *, xmlChar *);
xmlParserInputPtr px_resolve(void *, const xmlChar *, const xmlChar *);
void	 px_serror(void *, px_error_t);
void	 px_lookup(struct pxml *, const xmlChar *, const xmlChar *,
		     uint8_t *, uint8_t *);
const char *px_attr(const xmlChar **, int, const char *, size_t *);
char	*px_attr_dup(const xmlChar **, int, const char *);
void	 px_refuse(struct pxml *, const char *);
void	 px_refuse_entities(struct pxml *);
void	 px_capture(struct pxml *, int, int, int, int);
void	 px_finish_capture(struct pxml *);
void	 px_set(char **, int *, int, char *, int);
/* A direct child of an entry (last argument 1) or of the channel (0). */
void	 px_child_field(struct pxml *, int, int, const xmlChar **,
		     int, const char *, int);
void	 px_enclosure(struct pxml *, const char *, const char *,
		     const char *, const char *);
void	 px_serialise_start(struct pxml *, const xmlChar *,
		     const xmlChar **, int);
void	 px_escape(struct buf *, const char *, size_t, int);

#endif
