/*
 * parse-int: what the parser's files share and nobody else sees.  The
 * pipeline is  bytes -> parse-enc (sniff, transcode to clean UTF-8) ->
 * parse.c (decide XML / JSON / refuse) -> parse-xml (SAX2) or parse-json
 * (jansson) -> one struct feed_entry at a time -> the caller's callback.
 */
#ifndef TIDINGS_PARSE_PARSE_INT_H
#define TIDINGS_PARSE_PARSE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "feed/feed.h"
#include "parse/lib.h"

/* Caps on hostile input: text per field, list lengths. */
#define PARSE_FIELD_MAX		((size_t)8 * 1024 * 1024)
#define PARSE_MAX_CATEGORIES	256
#define PARSE_MAX_ENCLOSURES	64

struct parse_entity {
	const char	*name;
	uint32_t	 cp;
};
const struct parse_entity *parse_entity_find(const char *name);
size_t		 parse_entity_count(void);
const struct parse_entity *parse_entity_at(size_t i);

/* parse-enc: the encoding front end. */
enum penc_kind {
	PENC_UTF8 = 0,		/* UTF-8, stray bytes read as windows-1252 */
	PENC_CP1252,		/* latin-1 / windows-1252 / ASCII labels */
	PENC_ICONV		/* anything else iconv knows */
};

struct penc {
	int		 sniffed;
	enum penc_kind	 kind;
	char		 name[64];	/* encoding chosen (for messages) */
	void		*cd;		/* iconv_t when PENC_ICONV */
	size_t		 unit;		/* code unit for iconv skips */
	int		 ascii_bytes;	/* raw bytes are ASCII-compatible */
	char		 tail[8];	/* incomplete sequence from last chunk */
	size_t		 ntail;
	struct buf	 out;		/* converted bytes when not zero-copy */
	struct buf	 conv;		/* iconv scratch */
};

/* Look at the first bytes (BOM, UTF-16/32 patterns, the XML prolog, the
 * caller's charset) and choose the decoder.  Returns the BOM length to
 * skip. */
size_t	 penc_sniff(struct penc *, const char *, size_t, const char *charset);
/*
 * Convert one chunk to clean UTF-8 (valid, no C0 controls but TAB/LF/CR),
 * handing the result to emit in one or more pieces: the input itself when
 * nothing needs changing (zero-copy), else converted bytes.  A sequence cut
 * by the chunk's end is held back for the next call; final flushes it.
 */
typedef void (*penc_emit_fn)(void *arg, const char *, size_t);
void	 penc_convert(struct penc *, const char *, size_t, int final,
	    penc_emit_fn, void *);
/* What windows-1252 means by byte c (U+FFFD for its holes). */
uint32_t penc_w1252_cp(unsigned char c);
void	 penc_free(struct penc *);
/* Read the whole document as windows-1252 (after sniffing). */
void	 penc_force_cp1252(struct penc *);

/* parse-ent: tidings' own bound on entity expansion (see parse-ent.c). */
struct pent_name {
	char		*name;
	size_t		 len;
	char		*value;		/* replacement text; NULL: undeclared */
	uint64_t	 refs;		/* references in the document body */
	uint64_t	 size;		/* expanded size, once state is done */
	int		 depth;		/* 1: uses no other entity */
	int		 state;
};
struct pent {
	struct pent_name *names;
	size_t		 nnames, capnames;
	uint32_t	*slot;		/* hash of names: index + 1, 0 free */
	size_t		 nslot;
	size_t		 ndecls, nrefnames, decl_bytes;
	uint64_t	 overflow_refs;
	uint64_t	 budget;
	uint64_t	 total, most;	/* sum and largest size, when !dirty */
	int		 dirty, over;
};
#define PENT_MAX_NEST	2
enum { PENT_OK = 0, PENT_TOO_LARGE, PENT_TOO_DEEP };
void	 pent_init(struct pent *, uint64_t budget);
/* An internal general entity as libxml2 declared it (first one binds). */
void	 pent_declare(struct pent *, const char *name, const char *value);
/* "&name;" in the document body. */
void	 pent_ref(struct pent *, const char *name, size_t);
/* Declared and recorded (else parse-xml expands it to nothing). */
int	 pent_known(struct pent *, const char *name);
/* Over the references counted so far (at the end: all): PENT_OK, or
 * PENT_TOO_LARGE (they expand beyond the budget), or PENT_TOO_DEEP (one
 * uses an entity nested more than PENT_MAX_NEST deep). */
int	 pent_over(struct pent *);
void	 pent_free(struct pent *);

/* parse-fix: bare '&', "&#X", unknown entities (see parse-fix.c). */
struct pfix {
	int		 state;
	int		 dtd;		/* an internal DTD subset was seen */
	int		 in_subset;	/* in the internal subset */
	char		 quote;		/* in a DTD literal: its quote */
	struct pent	*ent;		/* counts body references; may be NULL */
	char		 hold[64];
	size_t		 nhold;
	struct buf	 join;
};
void	 pfix_feed(struct pfix *, const char *, size_t, int final,
	    penc_emit_fn, void *);
void	 pfix_free(struct pfix *);

/* parse-ascii: sparse non-ASCII characters of element text as character
 * references, for libxml2's fast path (see parse-ascii.c).  Takes pieces
 * cut anywhere; hands on its output in large pieces, all of it on final. */
struct pasc {
	int		 state;
	int		 depth;		/* open elements */
	int		 end_tag;	/* the tag being read is "</..." */
	int		 eq;		/* '=' seen, its value not yet */
	int		 slash;		/* last byte of note in the tag: '/' */
	char		 quote;
	unsigned	 last2;		/* comment/CDATA/PI: last two bytes */
	size_t		 nseen;		/* and how many since its opening */
	struct buf	 out;
	struct buf	 hold;		/* a '<' waiting for its next bytes */
	struct buf	 join;
};
extern int	 pasc_enabled;		/* tests compare with it off */
void	 pasc_feed(struct pasc *, const char *, size_t, int final,
	    penc_emit_fn, void *);
void	 pasc_free(struct pasc *);

/* Text clean-up shared by the XML and JSON readers. */
/* Trim XML whitespace at both ends, in place. */
void	 parse_trim(struct buf *);
/* Map U+0080-U+009F to what windows-1252 meant by those bytes. */
void	 parse_fix_c1(struct buf *);
/* In HTML text: a bare '&' becomes "&amp;" (as an HTML serialiser
 * writes it). */
void	 parse_html_amp(struct buf *);
/* href= and src= in HTML made absolute against base (NULL: no-op). */
void	 parse_html_resolve(struct buf *, const char *base);
/* parse-title.c: a title's markup as text (tags gone, references read,
 * whitespace runs one space); whether an RSS title holds markup (a tag
 * with its '>', or a character reference). */
char	*parse_html_text(const char *html);
int	 parse_title_looks_html(const char *s);
/* Entry id fallback: guid/id, else link, else a hash of title, date and
 * content. */
void	 parse_entry_finish(struct feed_entry *);
/* "me@example.com (Me)" -> "Me"; "Me <me@example.com>" -> "Me". */
char	*parse_author_name(const char *);

/* parse-xml: SAX2 push reader. */
struct pxml;
void		 pxml_init(void);
struct pxml	*pxml_new(const struct parse_opts *, struct pent *,
		    parse_entry_fn, void *);
/* 0 ok, -1 refused (err filled). */
int	 pxml_push(struct pxml *, const char *, size_t, int final, char *, size_t);
/* After the final push: 0 ok or -1; moves the metadata into *meta. */
int	 pxml_finish(struct pxml *, struct feed_meta *, char *, size_t);
void	 pxml_free(struct pxml *);

/* parse-json: JSON Feed 1.0/1.1 from a complete document. */
int	 pjson_parse(const char *, size_t, const struct parse_opts *,
	    parse_entry_fn, void *, struct feed_meta *, char *, size_t);

#endif
