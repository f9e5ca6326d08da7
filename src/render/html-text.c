/*
 * html-text: text into the block being built.  Whitespace collapsing
 * (rb_text, with rb_text_run's fast path), attribute spans, links and
 * their numbers, the "Links:" list, and plain text (RENDER_TEXT).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "base/uri.h"
#include "render/lib.h"
#include "render/render-int.h"
#include "render/html-int.h"

static int	 rb_steady(const struct rb *, int, int);
static void	 rb_text_run(struct rb *, const char *, size_t, int, int);
static int	 rb_words8(const char *);
static void	 rb_plain_links(struct rb *, size_t);

int
rb_attr(const struct rb *rb)
{
	int a = 0;

	if (rb->bold)
		a |= RA_BOLD;
	if (rb->italic)
		a |= RA_ITALIC;
	if (rb->underline)
		a |= RA_UNDERLINE;
	if (rb->code || rb->pre)
		a |= RA_CODE;
	if (rb->link)
		a |= RA_LINK;
	return a;
}

/* Record attr over [start, end) of the current text, merging with the
   previous span when it continues it. */
void
rb_span(struct rb *rb, size_t start, size_t end, int attr, int link)
{
	struct rspan *sp;

	if (attr == 0 || start >= end)
		return;
	if (rb->nspans > 0) {
		sp = &rb->spans[rb->nspans - 1];
		if (sp->end == start && sp->attr == attr && sp->link == link) {
			sp->end = end;
			return;
		}
	}
	if (rb->nspans == rb->spansize) {
		rb->spansize = rb->spansize ? rb->spansize * 2 : 8;
		rb->spans = xreallocarray(rb->spans, rb->spansize,
		    sizeof *rb->spans);
	}
	sp = &rb->spans[rb->nspans++];
	sp->start = start;
	sp->end = end;
	sp->attr = attr;
	sp->link = link;
}

/* Append already-decided text (no collapsing) with attr/link. */
void
rb_raw(struct rb *rb, const char *s, size_t len, int attr)
{
	size_t start = rb->text.len, k = 0;
	int link = (attr & (RA_LINK | RA_LINKREF)) ? rb->link : 0, sattr;

	if (rb->space) {
		rb->space = 0;
		if (rb->text.len > 0 &&
		    rb->text.data[rb->text.len - 1] != '\n') {
			buf_addc(&rb->text, ' ');
			sattr = attr & rb->last_attr & rb->space_attr &
			    ~(RA_LINKREF | RA_IMAGE);
			rb_span(rb, start, start + 1, sattr,
			    (sattr & RA_LINK) && rb->last_link == link ?
			    link : 0);
			start++;
		}
	}
	/* Most words are printable ASCII, which the sanitiser would copy
	 * as is: copy them here, without its set-up per word. */
	for (k = 0; !rb->pre && k < len && (unsigned char)s[k] >= 0x20 &&
	    (unsigned char)s[k] < 0x7f; k++)
		/* nothing */;
	if (!rb->pre && k == len)
		buf_add(&rb->text, s, len);
	else {
		/* Columns matter only for <pre> tab stops (entering <pre>
		 * resets them); counting costs a wcwidth() per character. */
		rd_sanitize_buf(&rb->text, s, len, rb->pre ? RS_PRE :
		    RS_ONELINE, rb->pre ? &rb->pre_col : NULL);
	}
	rb_span(rb, start, rb->text.len, attr, link);
	rb->last_attr = attr;
	rb->last_link = link;
}

/* Text node content: collapse whitespace unless in <pre>. */
void
rb_text(struct rb *rb, const char *s, size_t len)
{
	size_t i, j;
	int attr = rb_attr(rb), link;

	if (rb->pre) {
		rb->space = 0;
		rb_raw(rb, s, len, attr);
		return;
	}
	link = (attr & (RA_LINK | RA_LINKREF)) ? rb->link : 0;
	i = 0;
	while (i < len) {
		/* Usually true from the node's first word on. */
		if (rb_steady(rb, attr, link)) {
			rb_text_run(rb, s + i, len - i, attr, link);
			return;
		}
		if (IS_WS(s[i])) {
			rb->space_attr = rb->space ? rb->space_attr & attr :
			    attr;
			rb->space = 1;
			i++;
			continue;
		}
		for (j = i; j < len && !IS_WS(s[j]); j++)
			/* nothing */;
		rb_raw(rb, s + i, j - i, attr);
		i = j;
	}
}

/*
 * Whether text with attr/link can be added by rb_text_run: what rb_raw
 * does for each word is then known.  The pending space (if any) is added
 * (there is text and it does not end in a line break) carrying the words'
 * own attr and link (the last text had them, and the whitespace seen had
 * at least attr), so its span and the words' are contiguous with equal
 * attributes, which rb_span merges into one.
 */
static int
rb_steady(const struct rb *rb, int attr, int link)
{
	return rb->text.len > 0 && rb->text.data[rb->text.len - 1] != '\n' &&
	    rb->last_attr == attr && rb->last_link == link &&
	    (!rb->space || (rb->space_attr & attr) == attr);
}

#define RB_ONES		0x0101010101010101ULL
#define RB_HIGHS	0x8080808080808080ULL

/*
 * Whether s[0..8) is printable ASCII (spaces included) without two
 * spaces in a row: bytes rb_text_run may copy as they are after a word
 * character.  Byte-wise sums: no byte carries into the next once the
 * high bits are known clear.
 */
static int
rb_words8(const char *s)
{
	uint64_t x, t, sp;

	memcpy(&x, s, sizeof x);
	if ((x & RB_HIGHS) != 0 ||
	    ((x + 0x60 * RB_ONES) & RB_HIGHS) != RB_HIGHS ||	/* < 0x20 */
	    ((x + RB_ONES) & RB_HIGHS) != 0)			/* DEL */
		return 0;
	t = x ^ (0x20 * RB_ONES);
	sp = ~(((t & 0x7f * RB_ONES) + 0x7f * RB_ONES) | t) & RB_HIGHS;
	return (sp & (sp >> 8)) == 0;
}

/*
 * The rest of a text node, once rb_steady() holds, in one pass: what
 * rb_text and rb_raw would do word by word.  Printable ASCII and valid
 * UTF-8 the sanitiser would keep are copied as they are (words and single
 * spaces eight bytes at a time when they are ASCII); from the first
 * byte that needs more, the rest of that word goes through the sanitiser
 * (which works sequence by sequence, so cutting the word there changes
 * nothing).  Sanitised words never hold '\n' and the space before each
 * word is added whatever the word becomes, so rb_steady() still holds
 * after every word: one span over the whole run.
 */
static void
rb_text_run(struct rb *rb, const char *s, size_t len, int attr, int link)
{
	struct buf *b = &rb->text;
	const char *end = s + len, *w;
	char *o;
	size_t start = b->len, n;
	uint32_t cp;
	unsigned char c;
	int pending = rb->space;

	/* Every byte out stands for one in, but for a space pending from
	 * before the run. */
	buf_grow(b, len + 1);
	o = b->data + b->len;
	while (s < end) {
		c = (unsigned char)*s;
		if (IS_WS(c)) {
			pending = 1;
			s++;
			continue;
		}
		if (pending) {
			*o++ = ' ';
			pending = 0;
		}
		/* Copied as is: collapsing changes nothing there but a
		 * trailing space, which stays pending. */
		if (end - s >= 8 && rb_words8(s)) {
			memcpy(o, s, 8);
			o += 8;
			s += 8;
			if (s[-1] == ' ') {
				o--;
				pending = 1;
			}
			continue;
		}
		for (; s < end; s += n) {
			c = (unsigned char)*s;
			if (c > ' ' && c < 0x7f) {
				*o++ = (char)c;
				n = 1;
				continue;
			}
			if (c < 0x80)
				break;
			n = utf8_decode(s, (size_t)(end - s), &cp);
			if (cp == UTF8_REPLACEMENT || rd_forbidden(cp))
				break;
			memcpy(o, s, n);
			o += n;
		}
		if (s < end && !IS_WS(*s)) {
			/* The sanitiser may move and grow the buffer (an
			 * invalid byte becomes three): room again after. */
			for (w = s; w < end && !IS_WS(*w); w++)
				/* nothing */;
			b->len = (size_t)(o - b->data);
			rd_sanitize_buf(b, s, (size_t)(w - s), RS_ONELINE,
			    NULL);
			s = w;
			buf_grow(b, (size_t)(end - s));
			o = b->data + b->len;
		}
	}
	*o = '\0';
	b->len = (size_t)(o - b->data);
	rb_span(rb, start, b->len, attr, link);
	rb->space = pending;
	if (pending)
		rb->space_attr = attr;
}

const char *
rlink_kind_name(int kind)
{
	static const char *const names[] = {
		"link", "image", "video", "audio", "iframe"
	};

	if (kind < 0 || kind > RL_IFRAME)
		return names[0];
	return names[kind];
}

/* The number of url (resolved and sanitised) in the link list, added as
   a link of kind when new. */
int
rb_link_add(struct rb *rb, const char *url, int kind)
{
	struct rdoc *d = rb->doc;
	char *s, *abs;
	size_t i;

	if (rb->base != NULL && *rb->base != '\0') {
		abs = uri_resolve(rb->base, url);
		s = render_sanitize(abs, strlen(abs));
		free(abs);
	} else
		s = render_sanitize(url, strlen(url));
	for (i = 0; i < d->nlinks; i++) {
		if (strcmp(d->links[i], s) == 0) {
			free(s);
			return (int)i + 1;
		}
	}
	d->links = xreallocarray(d->links, d->nlinks + 1, sizeof *d->links);
	d->link_kinds = xreallocarray(d->link_kinds, d->nlinks + 1,
	    sizeof *d->link_kinds);
	d->link_kinds[d->nlinks] = (unsigned char)kind;
	d->links[d->nlinks++] = s;
	return (int)d->nlinks;
}

/*
 * Plain text: lines kept; a run of lines with the same '>' depth is one
 * block (lines joined by '\n'); empty lines separate paragraphs.
 */
void
rb_plain(struct rb *rb, const char *s, size_t len)
{
	size_t i = 0, eol, j, k, start;
	int level, empty;

	while (i < len) {
		for (eol = i; eol < len && s[eol] != '\n'; eol++)
			/* nothing */;
		j = i;
		level = 0;
		/* Mail quoting: ">", "> >", ">>" all count. */
		for (k = j; k < eol; k++) {
			if (s[k] == '>') {
				level++;
				j = k + 1;
			} else if (s[k] != ' ' || level == 0)
				break;
		}
		if (level > 0 && j < eol && s[j] == ' ')
			j++;
		k = eol;
		while (k > j && (s[k - 1] == '\r' || s[k - 1] == ' ' ||
		    s[k - 1] == '\t'))
			k--;
		empty = k == j;
		if (empty || level != rb->quote)
			rb_flush(rb);
		if (empty)
			rb->want_blank = 1;
		rb->quote = level;
		if (!empty) {
			if (rb->text.len > 0)
				buf_addc(&rb->text, '\n');
			rb->pre_col = 0;
			start = rb->text.len;
			rd_sanitize_buf(&rb->text, s + j, k - j, RS_PRE,
			    &rb->pre_col);
			rb_plain_links(rb, start);
		}
		i = eol + 1;
	}
	rb_flush(rb);
}

/*
 * Plain text has no anchors: number the http(s) URLs in the text added
 * since start, marking them RA_LINK (no inline "[n]": the text is the
 * author's), so the link list and "open link n" work as for HTML.
 */
static void
rb_plain_links(struct rb *rb, size_t start)
{
	char *t = rb->text.data, *p, *q, *url;
	size_t end = rb->text.len, a, b;
	int n;

	while (start < end) {
		p = strstr(t + start, "http");
		if (p == NULL || (size_t)(p - t) >= end)
			return;
		a = (size_t)(p - t);
		if (strncmp(p, "http://", 7) != 0 &&
		    strncmp(p, "https://", 8) != 0) {
			start = a + 4;
			continue;
		}
		for (q = p; (size_t)(q - t) < end && *q != ' ' && *q != '\n' &&
		    *q != '<' && *q != '>' && *q != '"'; q++)
			/* nothing */;
		/* Sentence punctuation after a URL is not part of it. */
		while (q > p && strchr(".,;:!?)]'", q[-1]) != NULL)
			q--;
		b = (size_t)(q - t);
		if (b - a > 8 && rb->doc->nlinks < RENDER_MAX_LINKS) {
			url = xstrndup(p, b - a);
			n = rb_link_add(rb, url, RL_LINK);
			free(url);
			rb_span(rb, a, b, RA_LINK, n);
		}
		start = b > a ? b : a + 4;
	}
}

void
rb_linklist(struct rb *rb)
{
	struct rdoc *d = rb->doc;
	size_t i;
	char *s;

	if (d->nlinks == 0)
		return;
	rb_flush(rb);
	rb->quote = 0;
	rb->want_blank = 1;
	rb->bold++;
	rb_text(rb, _("Links:"), strlen(_("Links:")));
	rb->bold--;
	rb_flush(rb);
	for (i = 0; i < d->nlinks; i++) {
		s = xasprintf("[%zu] ", i + 1);
		rb_raw(rb, s, strlen(s), RA_LINKREF);
		free(s);
		rb->link = (int)i + 1;
		rb_raw(rb, d->links[i], strlen(d->links[i]), RA_LINK);
		rb->link = 0;
		if (d->link_kinds[i] != RL_LINK) {
			s = xasprintf(" (%s)", rlink_kind_name(d->link_kinds[i]));
			rb_raw(rb, s, strlen(s), 0);
			free(s);
		}
		rb_flush(rb);
	}
}
