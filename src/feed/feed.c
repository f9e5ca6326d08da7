/* feed: constructors and destructors for the parser's output. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "feed/feed.h"

struct feed_doc *
feed_doc_new(void)
{
	struct feed_doc *doc = xcalloc(1, sizeof *doc);

	doc->meta.updated = FEED_DATE_NONE;
	return doc;
}

void
feed_entry_init(struct feed_entry *e)
{
	memset(e, 0, sizeof *e);
	e->published = FEED_DATE_NONE;
	e->updated = FEED_DATE_NONE;
	e->content_type = FEED_CONTENT_HTML;
}

void
feed_entry_clear(struct feed_entry *e)
{
	size_t i;

	free(e->id);
	free(e->title);
	free(e->title_html);
	free(e->link);
	free(e->author);
	free(e->summary);
	free(e->content);
	free(e->comments);
	for (i = 0; i < e->ncategories; i++)
		free(e->categories[i]);
	free(e->categories);
	for (i = 0; i < e->nenclosures; i++) {
		free(e->enclosures[i].url);
		free(e->enclosures[i].type);
	}
	free(e->enclosures);
	feed_entry_init(e);
}

void
feed_meta_clear(struct feed_meta *m)
{
	free(m->title);
	free(m->title_html);
	free(m->link);
	free(m->description);
	free(m->language);
	free(m->author);
	memset(m, 0, sizeof *m);
	m->updated = FEED_DATE_NONE;
}

void
feed_doc_free(struct feed_doc **docp)
{
	struct feed_doc *doc = *docp;
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nentries; i++)
		feed_entry_clear(&doc->entries[i]);
	free(doc->entries);
	feed_meta_clear(&doc->meta);
	free(doc);
	*docp = NULL;
}

struct feed_entry *
feed_doc_add_entry(struct feed_doc *doc)
{
	struct feed_entry *e;

	if (doc->nentries == doc->alloc) {
		doc->alloc = doc->alloc ? doc->alloc * 2 : 16;
		doc->entries = xreallocarray(doc->entries, doc->alloc,
		    sizeof *doc->entries);
	}
	e = &doc->entries[doc->nentries++];
	feed_entry_init(e);
	return e;
}

void
feed_doc_take_entry(struct feed_doc *doc, struct feed_entry *src)
{
	struct feed_entry *e = feed_doc_add_entry(doc);

	*e = *src;
	feed_entry_init(src);
}

void
feed_entry_add_category(struct feed_entry *e, const char *term)
{
	e->categories = xreallocarray(e->categories, e->ncategories + 1,
	    sizeof *e->categories);
	e->categories[e->ncategories++] = xstrdup(term);
}

struct feed_enclosure *
feed_entry_add_enclosure(struct feed_entry *e)
{
	struct feed_enclosure *enc;

	e->enclosures = xreallocarray(e->enclosures, e->nenclosures + 1,
	    sizeof *e->enclosures);
	enc = &e->enclosures[e->nenclosures++];
	enc->url = NULL;
	enc->type = NULL;
	enc->length = -1;
	enc->duration = -1;
	return enc;
}

const char *
feed_format_name(enum feed_format f)
{
	switch (f) {
	case FEED_FORMAT_RSS20:	 return "rss20";
	case FEED_FORMAT_RSS10:	 return "rss10";
	case FEED_FORMAT_RSS09X: return "rss09x";
	case FEED_FORMAT_ATOM10: return "atom10";
	case FEED_FORMAT_ATOM03: return "atom03";
	case FEED_FORMAT_JSON:	 return "json";
	default:		 return "unknown";
	}
}
