/*
 * feed: the plain data that flows from the parser to the store and to
 * `--parse` JSON.  No I/O here.  Every string is UTF-8, NUL-terminated and
 * owned by its struct; a missing string is NULL (JSON prints it as "").
 * Dates are UTC seconds since the epoch; FEED_DATE_NONE means "absent".
 */
#ifndef TIDINGS_FEED_FEED_H
#define TIDINGS_FEED_FEED_H

#include <stddef.h>
#include <stdint.h>

#define FEED_DATE_NONE INT64_MIN

enum feed_format {
	FEED_FORMAT_UNKNOWN = 0,
	FEED_FORMAT_RSS20,
	FEED_FORMAT_RSS10,
	FEED_FORMAT_RSS09X,
	FEED_FORMAT_ATOM10,
	FEED_FORMAT_ATOM03,
	FEED_FORMAT_JSON
};

enum feed_content_type {
	FEED_CONTENT_HTML = 0,
	FEED_CONTENT_TEXT
};

struct feed_enclosure {
	char		*url;
	char		*type;
	int64_t		 length;	/* -1 when unknown */
	int64_t		 duration;	/* seconds (itunes:duration); -1
					 * when unknown */
};

struct feed_entry {
	char		*id;		/* stable: guid/id, else link, else a hash */
	char		*title;		/* text */
	char		*title_html;	/* the title's markup when the feed gave
					   HTML (title is then its text); NULL
					   otherwise.  --parse prints this */
	char		*link;
	char		*author;
	int64_t		 published;	/* FEED_DATE_NONE when absent */
	int64_t		 updated;	/* FEED_DATE_NONE when absent */
	char		*summary;
	char		*content;
	enum feed_content_type content_type;
	char		**categories;
	size_t		 ncategories;
	struct feed_enclosure *enclosures;
	size_t		 nenclosures;
	char		*comments;	/* comments page URL */
};

struct feed_meta {
	enum feed_format format;
	char		*title;		/* text */
	char		*title_html;	/* as feed_entry's */
	char		*link;
	char		*description;
	char		*language;
	char		*author;
	int64_t		 updated;	/* FEED_DATE_NONE when absent */
	int		 ttl_minutes;	/* RSS <ttl> or sy:updatePeriod; 0 = none */
};

struct feed_doc {
	struct feed_meta meta;
	struct feed_entry *entries;
	size_t		 nentries;
	size_t		 alloc;
};

struct feed_doc		*feed_doc_new(void);
/* Free the doc and everything it owns; NULL-safe; clears *docp. */
void			 feed_doc_free(struct feed_doc **docp);
/* Append a zeroed entry (dates FEED_DATE_NONE, length -1) and return it;
 * the pointer is valid until the next append. */
struct feed_entry	*feed_doc_add_entry(struct feed_doc *doc);
/* Move *e into the doc (the doc takes ownership; *e is zeroed). */
void			 feed_doc_take_entry(struct feed_doc *doc, struct feed_entry *e);

void	 feed_entry_init(struct feed_entry *e);
/* Free what e owns (not e itself) and re-initialise it. */
void	 feed_entry_clear(struct feed_entry *e);
void	 feed_meta_clear(struct feed_meta *m);
void	 feed_entry_add_category(struct feed_entry *e, const char *term);
struct feed_enclosure *feed_entry_add_enclosure(struct feed_entry *e);

const char *feed_format_name(enum feed_format f);

#endif
