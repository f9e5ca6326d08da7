/*
 * html: HTML or plain text -> struct rdoc.  libxml2's HTML parser (no
 * network, no errors printed) drives us through SAX events; we keep a
 * current block (text buffer + spans) and a little context: attribute
 * nesting counts, the quote level, a stack of lists, <pre> and table
 * state, and a stack of the open elements with what each must undo at
 * its end.  Whitespace outside <pre> collapses to single spaces, emitted
 * lazily so that block edges never carry any.  Blank lines between
 * blocks are explicit RB_BLANK blocks.
 *
 * Events, not a tree: building and freeing libxml2's tree took about a
 * tenth of the instructions spent here.  The output is still what
 * walking the tree htmlReadMemory() builds gives (test-render.c pins
 * it): rb_sax_start() and rb_sax_text() say what that takes.  Nothing
 * here depends on one libxml2 version: the parser gets the input as
 * HTML's input stream has it (html-input.c), through the public API of 2.9
 * to 2.15, and where the tree walk kept a quirk of its own (a <pre>'s
 * leading LF) we do as HTML says.  What still differs between versions
 * is the tokenizer's (2.14 follows HTML: character references without
 * ';', bogus comments, raw-text <xmp> and <plaintext>, a tag cut off
 * at the end): .ci/libxml2-next.known lists the cases seen.
 *
 * This file is the SAX driver and the entry points; what the events do
 * is in html-block.c (elements, blocks), html-text.c (text, spans,
 * links, plain text) and html-table.c (list markers, tables), which
 * share html-int.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>

#include "base/lib.h"
#include "render/lib.h"
#include "render/render-int.h"
#include "render/html-int.h"

/*
 * The text node the characters so far make ends.  The tree held them
 * NUL-terminated, so a NUL ended the text the walk saw (rd_html_input drops
 * NUL bytes and libxml2 makes &#0; nothing or U+FFFD; cheap to be sure
 * of).
 */
static void
rb_run_end(struct rb *rb)
{
	const char *s, *nul;
	size_t len;

	if (rb->run_type == 0)
		return;
	rb->run_type = 0;
	s = buf_str(&rb->run);
	len = rb->run.len;
	if ((nul = memchr(s, '\0', len)) != NULL)
		len = (size_t)(nul - s);
	rb_text(rb, s, len);
	buf_reset(&rb->run);
}

/*
 * The local name the tree builder gives an element (xmlSplitQName):
 * "o:p" is a "p", "a:b:c" a "b:c"; a name that starts or ends with its
 * first colon stays whole.
 */
static const char *
rb_local_name(const char *name)
{
	const char *c;

	if (name[0] == ':' || (c = strchr(name, ':')) == NULL ||
	    c[1] == '\0')
		return name;
	return c + 1;
}

/*
 * startElement.  As the tree builder would: an element starting at the
 * top (after the root ended) goes under the first of the document's
 * children if that is an element, else beside it; one more node than
 * RENDER_STOP_DEPTH open stops the parser and nothing from there on is
 * rendered.  As the walk did: elements
 * deeper than RENDER_MAX_DEPTH are not rendered, nor what they hold.
 */
static void
rb_sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct rb *rb = ctx;
	size_t open = rb->nframes + rb->skip;

	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (open > RENDER_STOP_DEPTH) {
		rb->stopped = 1;
		xmlStopParser(rb->ctxt);
		return;
	}
	if (open == 0) {
		if (rb->root == ROOT_NONE) {
			rb->root = ROOT_ELEMENT;
			rb->shift = 0;
		} else
			rb->shift = rb->root == ROOT_ELEMENT;
	}
	if (rb->skip > 0) {
		rb->skip++;
		if (rb->media != 0)
			rb_media_child(rb, rb_local_name((const char *)name),
			    atts);
		return;
	}
	if (rb->shift + rb->nframes > RENDER_MAX_DEPTH) {
		rb->skip = 1;
		return;
	}
	rb_open(rb, rb_local_name((const char *)name), atts);
}

static void
rb_sax_end(void *ctx, const xmlChar *name)
{
	struct rb *rb = ctx;

	(void)name;
	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (rb->skip > 0) {
		if (--rb->skip == 0)
			rb_media_end(rb);
	} else if (rb->nframes > 0) {
		rb->nframes--;
		rb_close(rb, &rb->frames[rb->nframes]);
	}
}

/*
 * Characters come in pieces (at most about 1000 bytes, split at entity
 * references); the tree joined consecutive ones into one text node (or
 * CDATA node, for <script> and <style>), which the walk rendered with one
 * rb_text().  With no element open the tree builder dropped them.
 */
static void
rb_sax_text(struct rb *rb, const xmlChar *ch, int len, int type)
{
	/* HTML drops a LF that is the very next token after <pre>. */
	if (rb->pre_lf) {
		rb->pre_lf = 0;
		if (type == XML_TEXT_NODE && len > 0 && ch[0] == '\n') {
			ch++;
			len--;
		}
	}
	if (rb->stopped || rb->skip > 0 || rb->nframes == 0 ||
	    rb->shift + rb->nframes > RENDER_MAX_DEPTH)
		return;
	if (rb->run_type != type)
		rb_run_end(rb);
	rb->run_type = type;
	if (len <= 0)
		return;
	buf_add(&rb->run, ch, (size_t)len);
}

static void
rb_sax_chars(void *ctx, const xmlChar *ch, int len)
{
	rb_sax_text(ctx, ch, len, XML_TEXT_NODE);
}

static void
rb_sax_cdata(void *ctx, const xmlChar *ch, int len)
{
	rb_sax_text(ctx, ch, len, XML_CDATA_SECTION_NODE);
}

/* A comment or processing instruction: a node the walk passed over. */
static void
rb_sax_node(struct rb *rb)
{
	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (rb->nframes + rb->skip == 0 && rb->root == ROOT_NONE)
		rb->root = ROOT_OTHER;
}

static void
rb_sax_comment(void *ctx, const xmlChar *value)
{
	(void)value;
	rb_sax_node(ctx);
}

static void
rb_sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	rb_sax_node(ctx);
}

/*
 * A DOCTYPE, wherever it comes: the tree builder put the DTD first among
 * the document's children, replacing any earlier one; the text node being
 * built goes on.
 */
static void
rb_sax_doctype(void *ctx, const xmlChar *name, const xmlChar *id,
    const xmlChar *uri)
{
	struct rb *rb = ctx;

	(void)name;
	(void)id;
	(void)uri;
	rb->pre_lf = 0;
	if (!rb->stopped)
		rb->root = ROOT_OTHER;
}

/*
 * Without HTML_PARSE_NOBLANKS blank text goes to characters(); anything
 * coming here the tree builder's ignorableWhitespace() dropped.
 */
static void
rb_sax_blank(void *ctx, const xmlChar *ch, int len)
{
	struct rb *rb = ctx;

	(void)ch;
	(void)len;
	rb->pre_lf = 0;
}

static const htmlSAXHandler rb_sax = {
	.internalSubset = rb_sax_doctype,
	.startElement = rb_sax_start,
	.endElement = rb_sax_end,
	.characters = rb_sax_chars,
	.ignorableWhitespace = rb_sax_blank,
	.processingInstruction = rb_sax_pi,
	.comment = rb_sax_comment,
	.cdataBlock = rb_sax_cdata,
	.initialized = 1,
};

/*
 * Parse with our handler in place of the tree builder's, through the
 * public HTML API of every version: htmlNewSAXParserCtxt (2.11) or, on
 * older ones, a context whose handler we replace, then
 * htmlCtxtReadMemory with the encoding forced to UTF-8.
 */
static void
rb_parse(struct rb *rb, const char *html, size_t len)
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;
	struct rframe frames[RENDER_MAX_DEPTH + 1];
	char *copy;

	xmlInitParser();
#if LIBXML_VERSION >= 21100
	ctxt = htmlNewSAXParserCtxt(&rb_sax, rb);
#else
	if ((ctxt = htmlNewParserCtxt()) != NULL) {
		memcpy(ctxt->sax, &rb_sax, sizeof rb_sax);
		ctxt->userData = rb;
	}
#endif
	if (ctxt == NULL)
		return;
	html = rd_html_input(html, &len, &copy);
	rb->ctxt = ctxt;
	rb->frames = frames;
	/* Room for most text nodes, grown once instead of doubling. */
	buf_grow(&rb->run, 1023);
	doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER);
	if (doc != NULL)	/* none without a startDocument handler */
		xmlFreeDoc(doc);
	htmlFreeParserCtxt(ctxt);
	rb->ctxt = NULL;
	free(copy);

	/* The walk ended every element, stopped or not. */
	rb->stopped = 0;
	rb_run_end(rb);
	while (rb->nframes > 0) {
		rb->nframes--;
		rb_close(rb, &rb->frames[rb->nframes]);
	}
	rb->frames = NULL;
	rb->skip = 0;
	buf_free(&rb->run);
}

int
render_html(const char *html, size_t len, int flags, struct rdoc **out)
{
	return render_html_base(html, len, flags, NULL, out);
}

int
render_html_base(const char *html, size_t len, int flags, const char *base,
    struct rdoc **out)
{
	struct rb rb;

	memset(&rb, 0, sizeof rb);
	rb.doc = xcalloc(1, sizeof *rb.doc);
	rb.flags = flags;
	rb.base = base;
	if (html == NULL)
		len = 0;
	if (len > RENDER_MAX_INPUT)
		len = RENDER_MAX_INPUT;
	if (flags & RENDER_TEXT)
		rb_plain(&rb, html, len);
	else if (len > 0) {
		rb_parse(&rb, html, len);
		rb_flush(&rb);
	}
	if (flags & RENDER_LINKLIST)
		rb_linklist(&rb);
	/* Never end on a blank line. */
	while (rb.doc->nblocks > 0 &&
	    rb.doc->blocks[rb.doc->nblocks - 1].kind == RB_BLANK) {
		rb.doc->nblocks--;
		free(rb.doc->blocks[rb.doc->nblocks].text);
	}
	buf_free(&rb.text);
	free(rb.spans);
	free(rb.marker);
	*out = rb.doc;
	return 0;
}

void
rdoc_free(struct rdoc **docp)
{
	struct rdoc *d;
	size_t i;

	if (docp == NULL || (d = *docp) == NULL)
		return;
	for (i = 0; i < d->nblocks; i++) {
		free(d->blocks[i].text);
		free(d->blocks[i].marker);
		free(d->blocks[i].spans);
	}
	free(d->blocks);
	for (i = 0; i < d->nlinks; i++)
		free(d->links[i]);
	free(d->links);
	free(d->link_kinds);
	free(d);
	*docp = NULL;
}
