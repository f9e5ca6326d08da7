/*
 * opml: feed lists in OPML (1.0 and 2.0) for import (-i) and export (-e).
 * Reading uses libxml2 from memory with no network and no entity loading;
 * a document declaring entities is refused by the parser, in any
 * encoding.  A feed is an outline with xmlUrl (or OPML 1.0's url);
 * nested outlines without one are folders: their titles become tags of
 * the feeds inside, as do the category attribute's words.  A feed the
 * urls file hides ("!") is written with hidden="true" (OPML 2.0 allows
 * attributes of one's own) and read back hidden.  What the
 * addresses may be is not decided here: importers ask import_url_check()
 * (conf/import.h).
 *
 * Limits (documented in SECURITY.md): OPML_MAX_BYTES of input,
 * OPML_MAX_FEEDS feeds, OPML_MAX_DEPTH levels of nesting, OPML_MAX_TAGS
 * tags per feed, titles and category lists cut to OPML_MAX_TEXT bytes,
 * OPML_MAX_ATTRS attributes per element (libxml2 < 2.12 checks them
 * pairwise).  Only encodings without shift states are read.
 * Past a count or depth limit the rest is ignored and o->truncated set.
 *
 * Depends on base/ (and libxml2 inside opml.c).  Everything in struct
 * opml is owned by it (opml_free).
 */
#ifndef TIDINGS_CONF_OPML_H
#define TIDINGS_CONF_OPML_H

#include <stddef.h>

struct buf;

struct opml_feed {
	char	*url;		/* xmlUrl (or url), as written */
	char	*title;		/* title, else text; may be NULL */
	char	*html_url;	/* htmlUrl; may be NULL */
	char	**tags;		/* folder titles and categories */
	size_t	 ntags;
	int	 hidden;	/* hidden="true" (or "1") */
};

struct opml {
	struct opml_feed *feeds;
	size_t		 n;
	size_t		 cap;		/* feeds allocated */
	int		 truncated;	/* outlines past a limit were ignored */
};

#define OPML_MAX_BYTES	((size_t)32 << 20)
#define OPML_MAX_FEEDS	100000
#define OPML_MAX_DEPTH	32
#define OPML_MAX_TAGS	32
#define OPML_MAX_TEXT	1024
#define OPML_MAX_ATTRS	100	/* per element */

/* Parse a document.  0, or -1 with a one-line reason in err.  *out is the
 * caller's (opml_free). */
int	 opml_parse(const char *buf, size_t len, struct opml **out, char *err,
	     size_t errlen);
/* Append a feed (strings copied; tags may be NULL).  Amortised O(1). */
void	 opml_add(struct opml *o, const char *url, const char *title,
	     const char *html_url, char *const *tags, size_t ntags);
/* Write o as an OPML 2.0 document into out. */
void	 opml_write(const struct opml *o, const char *title, struct buf *out);
void	 opml_free(struct opml **op);

#endif
