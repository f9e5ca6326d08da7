/*
 * urls: the feed list in newsboat's urls-file format.  One feed a line:
 *
 *	URL [tag ...] ["~Display name"] ["!"]
 *
 * `#` starts a comment (outside quotes), blank lines are ignored, tags may
 * be quoted ("two words").  A URL is http://, https://, file://,
 * exec:COMMAND (the command may be quoted; run by /bin/sh -c) or
 * filter:SCRIPT:URL (URL downloaded, piped through the shell command
 * SCRIPT, which ends at the first colon).  `query:` lines are kept as
 * queries for the views and written back unchanged.  Bad lines produce a
 * warning with their line number (log_warn) and are skipped; they never
 * stop the rest.
 *
 * Pure: urls_parse works on bytes; only urls_load/urls_save touch files.
 * Depends on base/ only.  Everything in struct urls is owned by it and
 * released by urls_free.
 */
#ifndef TIDINGS_CONF_URLS_H
#define TIDINGS_CONF_URLS_H

#include <stddef.h>

struct buf;

enum urls_kind {
	URLS_HTTP,		/* http:// or https:// */
	URLS_FILE,		/* file:// */
	URLS_EXEC,		/* exec:COMMAND */
	URLS_QUERY,		/* query:NAME:EXPR (views) */
	URLS_FILTER		/* filter:SCRIPT:URL */
};

struct urls_entry {
	enum urls_kind	 kind;
	char		*url;		/* as written (the key in the store) */
	char		*name;		/* from "~Name", or NULL */
	char		**tags;		/* without the ~Name and ! markers */
	size_t		 ntags;
	int		 hidden;	/* "!" */
	int		 line;		/* 1-based line in the file */
	long		 reload_minutes; /* "reload=N" hint tag; 0 = default */
};

struct urls {
	struct urls_entry *entries;	/* feeds and queries, in file order */
	size_t		 n;
	size_t		 cap;		/* entries allocated */
	/* The original text, so urls_save can append without rewriting the
	 * user's comments and layout. */
	char		*text;
	size_t		 textlen;
	size_t		 textcap;
	/* Hash set of entry indices + 1 by URL (0 = empty slot), so lookups
	 * and duplicate checks are O(1) and an import is linear. */
	size_t		*index;
	size_t		 index_size;	/* a power of two, or 0 */
};

/* Parse a whole urls file.  Never fails: bad lines are warned about (with
 * origin, e.g. the path, and the line number) and skipped.  The result is
 * the caller's; free with urls_free. */
struct urls	*urls_parse(const char *buf, size_t len, const char *origin);
/* Read and parse path.  A missing file gives an empty list when
 * missing_ok, else NULL with errno set. */
struct urls	*urls_load(const char *path, int missing_ok);
void		 urls_free(struct urls **up);

/* Space-joined tags (caller frees), or NULL when there are none. */
char		*urls_entry_tags(const struct urls_entry *e);
/* The entry with this URL, or NULL (a hash lookup). */
const struct urls_entry *urls_find(const struct urls *u, const char *url);

/* Write e as one urls-file line, newline included, so that urls_parse
 * reads it back as the same entry (kind, url, name, tags, hidden,
 * reload_minutes).  A '\n' inside a string cannot be written and is
 * dropped. */
void		 urls_entry_write(const struct urls_entry *e, struct buf *out);

/* Append a feed line (quoting tags and name as needed) unless the URL is
 * already listed.  Tags that would not read back as tags ("!", "~Name",
 * "reload=N", empty) are left out.  The new entry is what parsing the
 * new line gives.  Amortised O(1 + length).  Returns 1 if added, 0 if
 * already there, -1 if the URL is not usable (no feed address, a query,
 * a newline in it) or the line would be too long.  Callers importing
 * someone else's list check the address with import_url_check() first. */
int		 urls_append(struct urls *u, const char *url, const char *name,
		     char *const *tags, size_t ntags);
/* The same, the feed hidden ("!") when hidden is non-zero. */
int		 urls_append_feed(struct urls *u, const char *url,
		     const char *name, char *const *tags, size_t ntags,
		     int hidden);
/* Write the list back: the original text, untouched, then the appended
 * lines.  Written to a temporary file and renamed.  0 or -1 (errno). */
int		 urls_save(const struct urls *u, const char *path);

#endif
