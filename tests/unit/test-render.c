/*
 * test-render: HTML and plain text -> blocks -> wrapped lines, the
 * terminal sanitiser and the width helpers.  Expected screens are written
 * out in full; hostile input is checked byte by byte.
 */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/lib.h"
#include "render/lib.h"

/* Render and lay out; returns the lines joined by '\n' (caller frees). */
static char *
screen(const char *html, int flags, int width)
{
	struct rdoc *d;
	struct rlines *rl;
	struct buf b = BUF_INIT;
	size_t i;

	render_html(html, strlen(html), flags, &d);
	rdoc_layout(d, width, &rl);
	for (i = 0; i < rl->nlines; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, rl->lines[i].text);
		/* Every line must fit and know its width. */
		assert_true(rl->lines[i].width <= width);
		assert_int_equal(rl->lines[i].width,
		    render_width(rl->lines[i].text));
	}
	rlines_free(&rl);
	rdoc_free(&d);
	return buf_detach(&b);
}

static void
check_screen(const char *html, int flags, int width, const char *want)
{
	char *got = screen(html, flags, width);

	if (strcmp(got, want) != 0)
		print_error("--- want\n%s\n--- got\n%s\n---\n", want, got);
	assert_string_equal(got, want);
	free(got);
}

static void	check_texts(const char *, const char *);

static struct rdoc *
doc(const char *html, int flags)
{
	struct rdoc *d;

	assert_int_equal(render_html(html, strlen(html), flags, &d), 0);
	return d;
}

/* The span of block b covering byte off, or NULL. */
static const struct rspan *
span_at(const struct rblock *b, size_t off)
{
	size_t i;

	for (i = 0; i < b->nspans; i++)
		if (b->spans[i].start <= off && off < b->spans[i].end)
			return &b->spans[i];
	return NULL;
}

static int
attr_at(const struct rblock *b, size_t off)
{
	const struct rspan *sp = span_at(b, off);

	return sp != NULL ? sp->attr : 0;
}

static void
test_paragraphs(void **state)
{
	struct rdoc *d;

	check_screen("<p>First.</p><p>Second.</p>", 0, 40,
	    "First.\n\nSecond.");
	check_screen("<div>one</div><div>two</div>", 0, 40, "one\ntwo");
	check_screen("loose <b>text</b><p>para</p>after", 0, 40,
	    "loose text\n\npara\n\nafter");
	d = doc("<p>a</p><p>b</p>", 0);
	assert_int_equal(d->nblocks, 3);
	assert_int_equal(d->blocks[0].kind, RB_PARA);
	assert_int_equal(d->blocks[1].kind, RB_BLANK);
	assert_int_equal(d->blocks[2].kind, RB_PARA);
	rdoc_free(&d);
	assert_null(d);
	/* Empty and whitespace-only input. */
	d = doc("", 0);
	assert_int_equal(d->nblocks, 0);
	rdoc_free(&d);
	d = doc("  <p> \n </p>  ", 0);
	assert_int_equal(d->nblocks, 0);
	rdoc_free(&d);
}

static void
test_br(void **state)
{
	struct rdoc *d;

	check_screen("<p>one<br>two<br/>three</p>", 0, 40,
	    "one\ntwo\nthree");
	check_screen("<p>a<br><br>b</p>", 0, 40, "a\n\nb");
	/* A br at the start or end of a paragraph adds nothing. */
	check_screen("<p><br>a<br></p>", 0, 40, "a");
	d = doc("<p>one<br>two</p>", 0);
	assert_int_equal(d->nblocks, 1);
	assert_string_equal(d->blocks[0].text, "one\ntwo");
	rdoc_free(&d);
}

static void
test_headings(void **state)
{
	struct rdoc *d;

	d = doc("<h1>Big <i>news</i></h1><h3>Small</h3><p>body</p>", 0);
	assert_int_equal(d->nblocks, 5);
	assert_int_equal(d->blocks[0].kind, RB_HEADING);
	assert_int_equal(d->blocks[0].depth, 1);
	assert_string_equal(d->blocks[0].text, "Big news");
	assert_int_equal(attr_at(&d->blocks[0], 0), RA_BOLD);
	assert_int_equal(attr_at(&d->blocks[0], 3), RA_BOLD);
	assert_int_equal(attr_at(&d->blocks[0], 4), RA_BOLD | RA_ITALIC);
	assert_int_equal(d->blocks[2].kind, RB_HEADING);
	assert_int_equal(d->blocks[2].depth, 3);
	assert_int_equal(d->blocks[4].kind, RB_PARA);
	assert_int_equal(d->blocks[4].nspans, 0);
	rdoc_free(&d);
	check_screen("<h2>Title</h2><p>text</p>", 0, 40, "Title\n\ntext");
}

static void
test_emphasis(void **state)
{
	struct rdoc *d;
	const struct rblock *b;

	d = doc("<p>n <b>b</b> <strong>s</strong> <em>e</em> <i>i</i> "
	    "<u>u</u> <code>c</code> <b><i>bi</i></b></p>", 0);
	b = &d->blocks[0];
	assert_string_equal(b->text, "n b s e i u c bi");
	assert_int_equal(attr_at(b, 0), 0);
	assert_int_equal(attr_at(b, 2), RA_BOLD);
	assert_int_equal(attr_at(b, 3), 0);	/* the space between */
	assert_int_equal(attr_at(b, 4), RA_BOLD);
	assert_int_equal(attr_at(b, 6), RA_ITALIC);
	assert_int_equal(attr_at(b, 8), RA_ITALIC);
	assert_int_equal(attr_at(b, 10), RA_UNDERLINE);
	assert_int_equal(attr_at(b, 12), RA_CODE);
	assert_int_equal(attr_at(b, 14), RA_BOLD | RA_ITALIC);
	assert_int_equal(attr_at(b, 15), RA_BOLD | RA_ITALIC);
	rdoc_free(&d);
	/* A space inside the element belongs to it. */
	d = doc("<p><b>two words</b></p>", 0);
	assert_int_equal(d->blocks[0].nspans, 1);
	assert_int_equal(d->blocks[0].spans[0].start, 0);
	assert_int_equal(d->blocks[0].spans[0].end, 9);
	rdoc_free(&d);
}

static void
test_lists(void **state)
{
	struct rdoc *d;

	check_screen("<p>before</p><ul><li>one</li><li>two<ul><li>inner"
	    "</li><li>deeper<ol><li>x</li></ol></li></ul></li><li>three"
	    "</li></ul><p>after</p>", 0, 40,
	    "before\n"
	    "\n"
	    "  • one\n"
	    "  • two\n"
	    "    ◦ inner\n"
	    "    ◦ deeper\n"
	    "      1. x\n"
	    "  • three\n"
	    "\n"
	    "after");
	/* Continuation lines hang under the item text. */
	check_screen("<ol><li>a long item that wraps here</li></ol>", 0, 18,
	    "  1. a long item\n"
	    "     that wraps\n"
	    "     here");
	check_screen("<ol start=\"9\"><li>nine</li><li>ten</li></ol>", 0, 40,
	    "  9. nine\n"
	    "  10. ten");
	check_screen("<ol type=\"a\"><li>x</li><li>y</li></ol>"
	    "<ol type=\"I\"><li>x</li><li>y</li><li value=\"4\">z</li></ol>",
	    0, 40, "  a. x\n  b. y\n\n  I. x\n  II. y\n  IV. z");
	/* A second paragraph in an item aligns with its text. */
	check_screen("<ul><li><p>para one</p><p>para two</p></li></ul>", 0,
	    40, "  • para one\n\n    para two");
	d = doc("<ul><li>a<ul><li>b</li></ul></li></ul>", 0);
	assert_int_equal(d->nblocks, 2);
	assert_int_equal(d->blocks[0].kind, RB_LIST_ITEM);
	assert_int_equal(d->blocks[0].depth, 1);
	assert_string_equal(d->blocks[0].marker, "•");
	assert_int_equal(d->blocks[1].depth, 2);
	assert_string_equal(d->blocks[1].marker, "◦");
	assert_int_equal(d->blocks[1].indent, 4);
	rdoc_free(&d);
	check_screen("<dl><dt>Term</dt><dd>Definition</dd></dl>", 0, 40,
	    "Term\n    Definition");
}

static void
test_pre(void **state)
{
	struct rdoc *d;

	check_screen("<p>x</p><pre>\n  int  a;\n\tb();\n\n  end</pre><p>y</p>",
	    0, 40,
	    "x\n\n  int  a;\n        b();\n\n  end\n\ny");
	/* Long pre lines are cut, never word-wrapped, and a cut line ends
	 * in a continuation mark in a column kept for it. */
	check_screen("<pre>abc def ghi jkl mno</pre>", 0, 10,
	    "abc def g\xe2\x86\xa9\nhi jkl mno");
	check_screen("<pre>abcdefghijklmnopqrstuvwxyz</pre>", 0, 10,
	    "abcdefghi\xe2\x86\xa9\njklmnopqr\xe2\x86\xa9\nstuvwxyz");
	check_screen("<pre>0123456789</pre>", 0, 10, "0123456789");	/* fits */
	d = doc("<pre>a <b>b</b>  c</pre>", 0);
	assert_int_equal(d->blocks[0].kind, RB_PRE);
	assert_string_equal(d->blocks[0].text, "a b  c");
	assert_int_equal(attr_at(&d->blocks[0], 0), RA_CODE);
	assert_int_equal(attr_at(&d->blocks[0], 2), RA_CODE | RA_BOLD);
	rdoc_free(&d);
	/* Inline code keeps collapsing (HTML does) but is marked. */
	d = doc("<p>call <code>f(x)</code> now</p>", 0);
	assert_string_equal(d->blocks[0].text, "call f(x) now");
	assert_int_equal(attr_at(&d->blocks[0], 5), RA_CODE);
	assert_int_equal(attr_at(&d->blocks[0], 9), 0);
	rdoc_free(&d);
}

/* Numeric references in the C1 range read as windows-1252 (HTML5), on
 * every libxml2; the five it leaves undefined are dropped as controls. */
static void
test_c1_refs(void **state)
{
	(void)state;
	check_screen("<p>it&#146;s &#x80;5 &#150; &#147;q&#148; a&#x81;b</p>",
	    0, 60, "it\xe2\x80\x99s \xe2\x82\xac" "5 \xe2\x80\x93 "
	    "\xe2\x80\x9cq\xe2\x80\x9d ab");
}

static void
test_tables(void **state)
{
	struct rdoc *d;

	check_screen("<p>x</p><table><tr><th>Name</th><th>Age</th><th>City"
	    "</th></tr><tr><td>Bob</td><td>42</td><td>Paris</td></tr>"
	    "<tr><td>Alexandra</td><td>7</td><td></td></tr></table><p>y</p>",
	    0, 60,
	    "x\n"
	    "\n"
	    "Name      | Age | City\n"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
	    "Bob       | 42  | Paris\n"
	    "Alexandra | 7   |\n"
	    "\n"
	    "y");
	d = doc("<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>"
	    "<p>a</p><p>b</p></td><td>c<br>d</td></tr></tbody></table>", 0);
	assert_int_equal(d->nblocks, 3);	/* the header, its rule, a row */
	assert_int_equal(d->blocks[0].kind, RB_TABLE_ROW);
	assert_int_equal(attr_at(&d->blocks[0], 0), RA_BOLD);
	assert_int_equal(d->blocks[1].kind, RB_TABLE_ROW);
	assert_string_equal(d->blocks[2].text, "a b | c d");
	rdoc_free(&d);
	/* colspan: a cell takes its columns and the separators between,
	 * widening the last when it needs more; later cells keep their
	 * columns.  A header row with nothing under it gets no rule. */
	check_screen("<table><tr><td>a</td><td>b</td><td>c</td></tr>"
	    "<tr><td colspan=\"2\">wide cell here</td><td>z</td></tr>"
	    "<tr><td>1</td><td colspan=\"2\">two</td></tr></table>", 0, 60,
	    "a | b          | c\n"
	    "wide cell here | z\n"
	    "1 | two");
	check_screen("<table><tr><th>only</th></tr></table>", 0, 60, "only");
	check_screen("<table><tr><td colspan=\"0\">x</td><td colspan=\"999\">"
	    "y</td></tr></table>", 0, 60, "x | y");
	/* Nested tables flatten into the cell. */
	d = doc("<table><tr><td>a<table><tr><td>b</td><td>c</td></tr>"
	    "</table></td><td>d</td></tr></table>", 0);
	assert_int_equal(d->nblocks, 1);
	assert_string_equal(d->blocks[0].text, "a b c | d");
	rdoc_free(&d);
}

static void
test_blockquotes(void **state)
{
	struct rdoc *d;

	check_screen("<p>intro</p><blockquote><p>one</p><blockquote><p>two"
	    "</p><blockquote>three</blockquote></blockquote><p>back</p>"
	    "</blockquote><p>end</p>", 0, 40,
	    "intro\n"
	    "\n"
	    "│ one\n"
	    "│\n"
	    "│ │ two\n"
	    "│ │\n"
	    "│ │ │ three\n"
	    "│\n"
	    "│ back\n"
	    "\n"
	    "end");
	d = doc("<blockquote>a<blockquote>b</blockquote></blockquote>c", 0);
	assert_int_equal(d->blocks[0].quote, 1);
	assert_int_equal(d->blocks[2].quote, 2);
	assert_int_equal(d->blocks[4].quote, 0);
	rdoc_free(&d);
	/* Quoted text wraps inside its bars. */
	check_screen("<blockquote>aaa bbb ccc ddd</blockquote>", 0, 10,
	    "│ aaa bbb\n│ ccc ddd");
}

static void
test_entities(void **state)
{
	struct rdoc *d;

	d = doc("<p>&lt;tag&gt; &amp; &quot;q&quot; &eacute;t&eacute; "
	    "&#x263A; &#8212; a&nbsp;b &hellip;</p>", 0);
	assert_string_equal(d->blocks[0].text,
	    "<tag> & \"q\" été ☺ — a\xc2\xa0" "b …");
	rdoc_free(&d);
}

static void
test_whitespace(void **state)
{
	static const char nul[] = "<p>nul\0byte</p><pre>a\0b</pre>";
	struct rdoc *d;

	d = doc("<p>  lots \n\n of\t\t  space  <b> here </b> . </p>", 0);
	assert_string_equal(d->blocks[0].text, "lots of space here .");
	rdoc_free(&d);
	d = doc("<p>a<b>b</b>c</p>", 0);
	assert_string_equal(d->blocks[0].text, "abc");
	rdoc_free(&d);
	/* Skipped elements leave no text. */
	d = doc("<p>x<script>alert(1)</script><style>p{}</style>y</p>", 0);
	assert_string_equal(d->blocks[0].text, "xy");
	rdoc_free(&d);
	/* NUL bytes go, in text and in <pre>, on every libxml2. */
	render_html(nul, sizeof nul - 1, 0, &d);
	assert_int_equal(d->nblocks, 3);
	assert_string_equal(d->blocks[0].text, "nulbyte");
	assert_string_equal(d->blocks[2].text, "ab");
	rdoc_free(&d);
}

/*
 * Text nodes after their first word go in one pass (rb_text_run): the
 * same text and spans as word by word, with runs of collapsible
 * whitespace inside eight-byte steps, bytes to sanitise inside words, and
 * a space left pending by the node before.
 */
static void
test_text_runs(void **state)
{
	struct rdoc *d;
	const struct rblock *b;

	d = doc("<p>one two  three\n\tfour five six seven eight nine ten</p>",
	    0);
	assert_string_equal(d->blocks[0].text,
	    "one two three four five six seven eight nine ten");
	assert_int_equal(d->blocks[0].nspans, 0);
	rdoc_free(&d);
	/* Bidi override, invalid byte, C1 CSI with its parameters. */
	/* NOLINTNEXTLINE(misc-misleading-bidirectional): the test's input */
	d = doc("<p>lead <i>x</i> a b\xe2\x80\xae" "evil c\xc3\xa9t\xc3\xa9 "
	    "d\xff" "e f\xc2\x9b" "1m g</p>", 0);
	assert_string_equal(d->blocks[0].text,
	    "lead x a bevil c\xc3\xa9t\xc3\xa9 d\xef\xbf\xbd" "e f g");
	rdoc_free(&d);
	/* The space pending from the first <b> is bold too. */
	d = doc("<p><b>a </b><b>b c d e f g h i</b> j</p>", 0);
	b = &d->blocks[0];
	assert_string_equal(b->text, "a b c d e f g h i j");
	assert_int_equal(b->nspans, 1);
	assert_int_equal(b->spans[0].start, 0);
	assert_int_equal(b->spans[0].end, 17);
	assert_int_equal(b->spans[0].attr, RA_BOLD);
	rdoc_free(&d);
	/* ... but not when only the text before it was italic. */
	d = doc("<p><i>it </i>plain words and more words</p>", 0);
	b = &d->blocks[0];
	assert_string_equal(b->text, "it plain words and more words");
	assert_int_equal(b->nspans, 1);
	assert_int_equal(b->spans[0].end, 2);
	rdoc_free(&d);
	d = doc("<p><a href=\"https://x.example/\">link text that is long "
	    "enough</a> after it</p>", 0);
	b = &d->blocks[0];
	assert_string_equal(b->text,
	    "link text that is long enough[1] after it");
	assert_int_equal(b->nspans, 2);
	assert_int_equal(b->spans[0].end, 29);
	assert_int_equal(b->spans[0].attr, RA_LINK);
	assert_int_equal(b->spans[0].link, 1);
	rdoc_free(&d);
}

static void
test_links(void **state)
{
	struct rdoc *d;
	const struct rblock *b;
	const struct rspan *sp;

	d = doc("<p>See <a href=\"https://a.example/x\">this page</a> and "
	    "<a href=\"https://b.example/\">that</a>, again <a href="
	    "\"https://a.example/x\">here</a>, <a href=\"#frag\">local</a>, "
	    "<a>none</a>.</p>", 0);
	b = &d->blocks[0];
	assert_string_equal(b->text, "See this page[1] and that[2], again "
	    "here[1], local, none.");
	assert_int_equal(d->nlinks, 2);
	assert_string_equal(d->links[0], "https://a.example/x");
	assert_string_equal(d->links[1], "https://b.example/");
	sp = span_at(b, 4);
	assert_non_null(sp);
	assert_int_equal(sp->attr, RA_LINK);
	assert_int_equal(sp->link, 1);
	assert_int_equal(sp->start, 4);
	assert_int_equal(sp->end, 13);
	sp = span_at(b, 13);
	assert_int_equal(sp->attr, RA_LINKREF);
	assert_int_equal(sp->link, 1);
	assert_int_equal(sp->end, 16);
	sp = span_at(b, 21);
	assert_int_equal(sp->link, 2);
	rdoc_free(&d);
	check_screen("<p>x <a href=\"http://e/1\">one</a> <a href=\"http://e/2"
	    "\">two</a></p>", RENDER_LINKLIST, 40,
	    "x one[1] two[2]\n\nLinks:\n[1] http://e/1\n[2] http://e/2");
	/* Relative links resolve against the base given. */
	d = NULL;
	assert_int_equal(render_html_base("<a href=\"../b?q=1\">r</a> <a "
	    "href=\"https://o.example/\">o</a> <a href=\"mailto:x@y\">m</a>",
	    strlen("<a href=\"../b?q=1\">r</a> <a href=\"https://o.example/"
	    "\">o</a> <a href=\"mailto:x@y\">m</a>"), 0,
	    "https://ex.example/news/2026/item", &d), 0);
	assert_int_equal(d->nlinks, 3);
	assert_string_equal(d->links[0], "https://ex.example/news/b?q=1");
	assert_string_equal(d->links[1], "https://o.example/");
	assert_string_equal(d->links[2], "mailto:x@y");
	rdoc_free(&d);
	/* URLs are sanitised too. */
	d = doc("<a href=\"http://e/\x1b]8;;x\x07y\">l</a>", 0);
	assert_null(strchr(d->links[0], '\x1b'));
	assert_null(strchr(d->links[0], '\x07'));
	rdoc_free(&d);
}

static void
test_images(void **state)
{
	struct rdoc *d;

	d = doc("<p>A <img src=\"c.png\" alt=\"a cat\"> and <img src=\"x\">"
	    " and <a href=\"http://e/\"><img src=\"i\" alt=\"linked\"></a>"
	    "</p>", 0);
	/* numbered as links, as newsboat does: the anchor comes after */
	assert_string_equal(d->blocks[0].text,
	    "A [image 1: a cat] and [image 2] and [image 4: linked][3]");
	assert_int_equal(attr_at(&d->blocks[0], 2), RA_IMAGE);
	assert_int_equal(attr_at(&d->blocks[0], 38), RA_IMAGE | RA_LINK);
	assert_int_equal(d->nlinks, 4);
	assert_string_equal(d->links[0], "c.png");
	assert_int_equal(d->link_kinds[0], RL_IMAGE);
	assert_string_equal(d->links[2], "http://e/");
	assert_int_equal(d->link_kinds[2], RL_LINK);
	assert_int_equal(d->link_kinds[3], RL_IMAGE);
	rdoc_free(&d);
	/* no src, or a data: URI: nothing to open, no number */
	check_texts("<img alt=\"x\"><img src=\"data:image/png;base64,AA\">"
	    "<img src=\"  \">", "[image: x][image][image]");
	/* the same picture twice is one link */
	check_texts("<img src=\"p\"><img src=\"p\" alt=\"again\">",
	    "[image 1][image 1: again]");
}

static void
test_media(void **state)
{
	struct rdoc *d;

	/* src, else the first <source> with one; the fallback is dropped */
	d = doc("<p>x</p><video src=\"v.mp4\">old browser</video> "
	    "<video><p>no</p><source><source src=\"s.webm\">"
	    "<source src=\"t.mp4\"></video> <video></video> "
	    "<audio controls><source src=\"a.ogg\"></audio> "
	    "<iframe src=\"https://y/e\" title=\"Clip\">in</iframe> "
	    "<iframe src=\"f\"></iframe>", 0);
	assert_string_equal(d->blocks[2].text, "[video 1] [video 2] [video] "
	    "[audio 3] [iframe 4: Clip] [iframe 5]");
	assert_int_equal(d->nlinks, 5);
	assert_string_equal(d->links[1], "s.webm");
	assert_int_equal(d->link_kinds[0], RL_VIDEO);
	assert_int_equal(d->link_kinds[1], RL_VIDEO);
	assert_int_equal(d->link_kinds[2], RL_AUDIO);
	assert_string_equal(d->links[3], "https://y/e");
	assert_int_equal(d->link_kinds[3], RL_IFRAME);
	assert_int_equal(attr_at(&d->blocks[2], 1), RA_IMAGE);
	rdoc_free(&d);
	/* the link list names the kind of what is not a link */
	d = doc("<a href=\"http://l/\">l</a><img src=\"http://i/\">",
	    RENDER_LINKLIST);
	assert_string_equal(d->blocks[d->nblocks - 2].text, "[1] http://l/");
	assert_string_equal(d->blocks[d->nblocks - 1].text,
	    "[2] http://i/ (image)");
	rdoc_free(&d);
	assert_string_equal(rlink_kind_name(RL_IFRAME), "iframe");
	assert_string_equal(rlink_kind_name(99), "link");
}

static void
test_rule(void **state)
{
	char *s = screen("<p>a</p><hr><p>b</p>", 0, 12);

	assert_string_equal(s, "a\n\n────────────\n\nb");
	free(s);
}

static void
test_q(void **state)
{
	struct rdoc *d = doc("<p>She said <q>hi</q>.</p>", 0);

	assert_string_equal(d->blocks[0].text, "She said “hi”.");
	rdoc_free(&d);
}

static void
test_wide(void **state)
{
	/* CJK: two columns each, lines may break between ideographs. */
	check_screen("<p>日本語のテキストです</p>", 0, 10,
	    "日本語のテ\nキストです");
	check_screen("<p>ab 日本語の</p>", 0, 10, "ab 日本語\nの");
	/* Emoji are wide. */
	assert_int_equal(render_width("😀"), 2);
	check_screen("<p>😀😀😀 x</p>", 0, 10, "😀😀😀 x");
	check_screen("<p>😀😀😀😀😀😀</p>", 0, 10, "😀😀😀😀😀\n😀");
	/* Combining marks take no column and stay with their letter. */
	assert_int_equal(render_width("e\xcc\x81"), 1);
#define EA "e\xcc\x81"
	check_screen("<p>" EA EA EA EA EA EA EA EA EA EA EA "</p>", 0, 10,
	    EA EA EA EA EA EA EA EA EA EA "\n" EA);
#undef EA
	assert_int_equal(render_width("abc"), 3);
	assert_int_equal(render_width("中文"), 4);
	assert_int_equal(render_width(""), 0);
}

static void
test_wrap_widths(void **state)
{
	static const char *text = "The quick brown fox jumps over the lazy "
	    "dog while an extraordinarily-long-hyphenated-compound-word "
	    "tests breaking and short ones follow.";
	static const int widths[] = { 10, 15, 20, 33, 40, 80, 200 };
	struct rdoc *d;
	struct rlines *rl;
	struct buf b = BUF_INIT;
	char *html;
	size_t i, k;

	check_screen("<p>The quick brown fox jumps over the lazy dog</p>", 0,
	    20, "The quick brown fox\njumps over the lazy\ndog");
	check_screen("<p>The quick brown fox jumps over the lazy dog</p>", 0,
	    15, "The quick brown\nfox jumps over\nthe lazy dog");
	check_screen("<p>abcdefghijklmnopqrstuvwxyz end</p>", 0, 10,
	    "abcdefghij\nklmnopqrst\nuvwxyz end");
	html = xasprintf("<p>%s</p>", text);
	d = doc(html, 0);
	for (i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		rdoc_layout(d, widths[i], &rl);
		assert_int_equal(rl->width, widths[i]);
		buf_reset(&b);
		for (k = 0; k < rl->nlines; k++) {
			assert_true(rl->lines[k].width <= widths[i]);
			assert_int_equal(rl->lines[k].block, 0);
			/* Ranges are in order and cover the text but
			   for the spaces at the breaks. */
			if (k > 0) {
				assert_true(rl->lines[k].start >=
				    rl->lines[k - 1].end);
				buf_addc(&b, d->blocks[0].text[
				    rl->lines[k - 1].end] == ' ' ? ' ' : '|');
			}
			buf_add(&b, d->blocks[0].text + rl->lines[k].start,
			    rl->lines[k].end - rl->lines[k].start);
		}
		/* Rejoined, only hard breaks inside words remain. */
		{
			char *p, *q, *s = xstrdup(b.data);

			for (p = q = s; *p != '\0'; p++)
				if (*p != '|')
					*q++ = *p;
			*q = '\0';
			assert_string_equal(s, text);
			free(s);
		}
		if (widths[i] >= 200)
			assert_int_equal(rl->nlines, 1);
		rlines_free(&rl);
	}
	buf_free(&b);
	free(html);
	rdoc_free(&d);
	/* Tiny widths are raised to 10. */
	d = doc("<p>abc def</p>", 0);
	rdoc_layout(d, 0, &rl);
	assert_int_equal(rl->width, 10);
	rlines_free(&rl);
	rdoc_free(&d);
}

static void
test_locate(void **state)
{
	struct rdoc *d;
	struct rlines *rl;
	size_t line;
	int col;
	const char *t;

	/* "alpha beta gamma delta" in a quote at width 14: bars take 2. */
	d = doc("<p>x</p><blockquote><p>alpha beta gamma delta 日本</p>"
	    "</blockquote>", 0);
	rdoc_layout(d, 14, &rl);
	/* x / blank / "│ alpha beta" / "│ gamma delta" / "│ 日本" */
	assert_int_equal(rl->nlines, 5);
	assert_string_equal(rl->lines[2].text, "│ alpha beta");
	assert_string_equal(rl->lines[3].text, "│ gamma delta");
	assert_string_equal(rl->lines[4].text, "│ 日本");
	t = d->blocks[2].text;
	assert_int_equal(rlines_locate(rl, 2, 0, &line, &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	assert_int_equal(rlines_locate(rl, 2, strstr(t, "beta") - t, &line,
	    &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 8);
	assert_int_equal(rlines_locate(rl, 2, strstr(t, "gamma") - t, &line,
	    &col), 0);
	assert_int_equal(line, 3);
	assert_int_equal(col, 2);
	assert_int_equal(rlines_locate(rl, 2, strstr(t, "delta") - t + 2,
	    &line, &col), 0);
	assert_int_equal(line, 3);
	assert_int_equal(col, 10);
	/* Wide characters count two columns. */
	assert_int_equal(rlines_locate(rl, 2, strstr(t, "本") - t, &line,
	    &col), 0);
	assert_int_equal(line, 4);
	assert_int_equal(col, 4);
	/* The space swallowed by the wrap maps to the end of its line. */
	assert_int_equal(rlines_locate(rl, 2, strstr(t, " gamma") - t, &line,
	    &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 12);
	/* End of the block. */
	assert_int_equal(rlines_locate(rl, 2, d->blocks[2].len, &line, &col),
	    0);
	assert_int_equal(line, 4);
	assert_int_equal(col, 6);
	/* rline_col clamps to the line. */
	assert_int_equal(rline_col(&rl->lines[3], 0), 2);
	assert_int_equal(rline_col(&rl->lines[3], 1000), 13);
	/* No such block. */
	assert_int_equal(rlines_locate(rl, 99, 0, &line, &col), -1);
	rlines_free(&rl);

	/* Same offsets, other width: only the mapping changes. */
	rdoc_layout(d, 40, &rl);
	assert_int_equal(rlines_locate(rl, 2, strstr(t, "gamma") - t, &line,
	    &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 13);
	rlines_free(&rl);
	rdoc_free(&d);

	/* List items: the marker is part of the prefix. */
	d = doc("<ul><li>one two three</li></ul>", 0);
	rdoc_layout(d, 12, &rl);
	assert_string_equal(rl->lines[0].text, "  • one two");
	assert_string_equal(rl->lines[1].text, "    three");
	assert_int_equal(rl->lines[1].prefix_width, 4);
	assert_int_equal(rlines_locate(rl, 0, 8, &line, &col), 0);
	assert_int_equal(line, 1);
	assert_int_equal(col, 4);
	rlines_free(&rl);
	rdoc_free(&d);
}

static void
test_line_spans(void **state)
{
	struct rdoc *d;
	struct rlines *rl;
	const struct rline *ln;

	/* A bold run wrapped over two lines, inside a quote. */
	d = doc("<blockquote>aa <b>bbb ccc</b> dd</blockquote>", 0);
	rdoc_layout(d, 10, &rl);
	assert_int_equal(rl->nlines, 2);
	ln = &rl->lines[0];
	assert_string_equal(ln->text, "│ aa bbb");
	assert_int_equal(ln->quote, 1);
	assert_int_equal(ln->kind, RB_PARA);
	assert_int_equal(ln->prefix_len, strlen("│ "));
	assert_int_equal(ln->nspans, 1);
	assert_int_equal(ln->spans[0].attr, RA_BOLD);
	assert_memory_equal(ln->text + ln->spans[0].start, "bbb", 3);
	assert_int_equal(ln->spans[0].end, strlen(ln->text));
	ln = &rl->lines[1];
	assert_string_equal(ln->text, "│ ccc dd");
	assert_int_equal(ln->nspans, 1);
	assert_int_equal(ln->spans[0].start, strlen("│ "));
	assert_int_equal(ln->spans[0].end, strlen("│ ccc"));
	rlines_free(&rl);
	rdoc_free(&d);
}

/* No byte of s may make a terminal do anything but print. */
static void
assert_terminal_safe(const char *s, int allow_nl)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; u[i] != '\0'; i++) {
		if (u[i] == '\n' && allow_nl)
			continue;
		if (u[i] < 0x20 || u[i] == 0x7f)
			fail_msg("control 0x%02x at %zu in \"%s\"", u[i], i, s);
		/* C1 controls U+0080-U+009F are C2 80..C2 9F. */
		if (u[i] == 0xc2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f)
			fail_msg("C1 control at %zu", i);
		/* U+202A-202E: E2 80 AA..AE; U+2066-2069: E2 81 A6..A9. */
		if (u[i] == 0xe2 && u[i + 1] == 0x80 && u[i + 2] >= 0xaa &&
		    u[i + 2] <= 0xae)
			fail_msg("bidi override at %zu", i);
		if (u[i] == 0xe2 && u[i + 1] == 0x81 && u[i + 2] >= 0xa6 &&
		    u[i + 2] <= 0xa9)
			fail_msg("bidi isolate at %zu", i);
	}
}

static const char *const hostile[] = {
	"title\x1b]0;pwned\x07 end",			/* xterm title */
	"copy\x1b]52;c;cm0gLXJmIH4=\x07 me",		/* OSC 52 clipboard */
	"\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\",	/* OSC 8 link */
	"red\x1b[31;1mX\x1b[0m \x1b[2J\x1b[H",		/* CSI */
	("c1 \xc2\x9b" "31m csi \xc2\x9d" "0;t\xc2\x9c st"),	/* C1 CSI/OSC */
	"bell\x07 bs\x08 nul-less \x7f del \x0e so",
	("bidi \xe2\x80\xae" "txt.exe \xe2\x80\xac \xe2\x81\xa6x\xe2\x81\xa9"),
	"bad \xff\xfe \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x82 end",
	"\x1b",						/* lone ESC */
	"\x1b]52;c;unterminated",
	"dcs \x1bPq#0;2;0;0;0\x1b\\ ok",
};

static void
test_sanitize(void **state)
{
	size_t i;
	char *s;

	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		s = render_sanitize(hostile[i], strlen(hostile[i]));
		assert_terminal_safe(s, 0);
		free(s);
	}
	/* Whole sequences go, so no debris is left. */
	s = render_sanitize(hostile[0], strlen(hostile[0]));
	assert_string_equal(s, "title end");
	free(s);
	s = render_sanitize(hostile[1], strlen(hostile[1]));
	assert_string_equal(s, "copy me");
	free(s);
	s = render_sanitize(hostile[2], strlen(hostile[2]));
	assert_string_equal(s, "link");
	free(s);
	s = render_sanitize(hostile[3], strlen(hostile[3]));
	assert_string_equal(s, "redX ");
	free(s);
	s = render_sanitize(hostile[4], strlen(hostile[4]));
	assert_string_equal(s, "c1  csi  st");
	free(s);
	s = render_sanitize(hostile[6], strlen(hostile[6]));
	assert_string_equal(s, "bidi txt.exe  x");
	free(s);
	/* Directional marks and the BOM go too. */
	s = render_sanitize("a\xe2\x80\x8e" "b\xe2\x80\x8f" "c\xd8\x9c"
	    "d\xef\xbb\xbf" "e", 16);
	assert_string_equal(s, "abcde");
	free(s);
	/* Each invalid sequence becomes U+FFFD. */
	s = render_sanitize(hostile[7], strlen(hostile[7]));
	assert_string_equal(s, "bad \xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd"
	    "\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd end");
	free(s);
	s = render_sanitize(hostile[9], strlen(hostile[9]));
	assert_terminal_safe(s, 0);
	free(s);
	/* Tabs and newlines become spaces; length is honoured. */
	s = render_sanitize("a\tb\nc\r\nd", 8);
	assert_string_equal(s, "a b c  d");
	free(s);
	s = render_sanitize("abcdef", 3);
	assert_string_equal(s, "abc");
	free(s);
	s = render_sanitize(NULL, 0);
	assert_string_equal(s, "");
	free(s);
	/* Ordinary text passes untouched. */
	s = render_sanitize("Grüße, 日本, 😀, e\xcc\x81", strlen(
	    "Grüße, 日本, 😀, e\xcc\x81"));
	assert_string_equal(s, "Grüße, 日本, 😀, e\xcc\x81");
	free(s);
}

static void
check_doc_safe(const char *input, int flags)
{
	struct rdoc *d;
	struct rlines *rl;
	size_t i;

	render_html(input, strlen(input), flags, &d);
	for (i = 0; i < d->nblocks; i++)
		assert_terminal_safe(d->blocks[i].text, 1);
	for (i = 0; i < d->nlinks; i++)
		assert_terminal_safe(d->links[i], 0);
	rdoc_layout(d, 20, &rl);
	for (i = 0; i < rl->nlines; i++)
		assert_terminal_safe(rl->lines[i].text, 0);
	rlines_free(&rl);
	rdoc_free(&d);
}

static void
test_hostile_documents(void **state)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		buf_reset(&b);
		buf_printf(&b, "<p>%s</p><pre>%s</pre><a href=\"%s\">%s</a>"
		    "<img alt=\"%s\">", hostile[i], hostile[i], hostile[i],
		    hostile[i], hostile[i]);
		check_doc_safe(b.data, 0);
		check_doc_safe(hostile[i], RENDER_TEXT);
		check_doc_safe(hostile[i], 0);
	}
	/* Numeric references to controls. */
	check_doc_safe("<p>&#27;]0;t&#7; &#x9b;2J &#x202e;x &#0; &#128;</p>",
	    0);
	buf_free(&b);
}

static void
test_deep_nesting(void **state)
{
	struct buf b = BUF_INIT;
	struct rdoc *d;
	struct rlines *rl;
	size_t i;
	int n;

	for (n = 0; n < 3000; n++)
		buf_adds(&b, "<blockquote><ul><li><b>x ");
	render_html(b.data, b.len, 0, &d);
	rdoc_layout(d, 30, &rl);
	for (i = 0; i < rl->nlines; i++)
		assert_true(rl->lines[i].width <= 30);
	rlines_free(&rl);
	rdoc_free(&d);
	/* Unclosed and garbage markup still gives the text. */
	d = doc("<p><b>bold <i>both</p> <<<>>> </div></table>tail", 0);
	assert_true(d->nblocks >= 1);
	rdoc_free(&d);
	buf_free(&b);
}

/* The texts of html's non-blank blocks, joined by '|' (caller frees). */
static char *
block_texts(const char *html)
{
	struct rdoc *d = doc(html, 0);
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].kind == RB_BLANK)
			continue;
		if (b.len > 0)
			buf_addc(&b, '|');
		buf_adds(&b, d->blocks[i].text);
	}
	rdoc_free(&d);
	return buf_detach(&b);
}

static void
check_texts(const char *html, const char *want)
{
	char *got = block_texts(html);

	assert_string_equal(got, want);
	free(got);
}

/* pre, n <div>s around inner, then post (caller frees). */
static char *
nested(const char *pre, int n, const char *inner, const char *post)
{
	struct buf b = BUF_INIT;
	int i;

	buf_adds(&b, pre);
	for (i = 0; i < n; i++)
		buf_adds(&b, "<div>");
	buf_adds(&b, inner);
	for (i = 0; i < n; i++)
		buf_adds(&b, "</div>");
	buf_adds(&b, post);
	return buf_detach(&b);
}

/*
 * The document is rendered as libxml2's tree builder would have built
 * it, quirks included: these pin the ones the event-driven renderer has
 * to reproduce.
 */
static void
test_tree_shape(void **state)
{
	char *s;

	/*
	 * A <pre> drops a LF only when it is the very next token, as
	 * HTML says (a character reference too); after a comment, a
	 * DOCTYPE, a PI or a tag it stays.
	 */
	check_texts("<pre>&#10;\nx</pre>", "\nx");
	check_texts("<pre>&#10;<!DOCTYPE html>\nx</pre>", "\nx");
	check_texts("<pre>&#10;<!-- c -->\nx</pre>", "\nx");
	check_texts("<pre>&#10;<?pi?>\nx</pre>", "\nx");
	check_texts("<pre><!-- c -->\nx</pre>", "\nx");
	check_texts("<pre><b>\nx</b></pre>", "\nx");
	check_texts("<pre>\r\n\nx</pre>", "\nx");

	/* Elements are known by their local name ("b:p" is none we know). */
	check_texts("<o:p>one</o:p><x:h2>two</x:h2><x:img alt=\"i\">",
	    "one|two|[image: i]");	/* no src: no number */
	check_texts("<a:b:p>3</a:b:p><a:>4</a:><:p>5", "34<:p>5");

	/* Attributes without a value count as absent. */
	check_texts("<a href>six</a> <a href=\"u\">seven</a>", "six seven[1]");

	/* Text below RENDER_MAX_DEPTH (200) levels is not rendered. */
	s = nested("", 198, "deep", "");
	check_texts(s, "deep");
	free(s);
	s = nested("", 199, "deep", "<p>after");
	check_texts(s, "after");
	free(s);

	/* The tree builder stops at 256 open elements (html and body too). */
	s = nested("", 254, "deep", "<p>after");
	check_texts(s, "after");
	free(s);
	s = nested("", 256, "deep", "<p>after");
	check_texts(s, "");
	free(s);

	/*
	 * After the root ends, a new one goes under the first of the
	 * document's children if that is the old root, and beside it if
	 * it is a comment or DOCTYPE: one level less deep.
	 */
	s = nested("<p>a</p></html>", 198, "deep", "");
	check_texts(s, "a|deep");
	free(s);
	s = nested("<p>a</p></html>", 199, "deep", "");
	check_texts(s, "a");
	free(s);
	s = nested("<!-- c --><p>a</p></html>", 199, "deep", "");
	check_texts(s, "a|deep");
	free(s);
	s = nested("<!DOCTYPE html><p>a</p></html>", 199, "deep", "");
	check_texts(s, "a|deep");
	free(s);
	/* Text outside any element is dropped. */
	check_texts("<p>a</p></html>b", "a|b");
	check_texts("<p>a</p></html> <!-- c --> ", "a");
}

static void
test_plain_text(void **state)
{
	struct rdoc *d;

	check_screen("Hi,\n\n> quoted one\n> quoted two\n>> deeper\n> > too\n"
	    ">\n> back\n\nreply\n", RENDER_TEXT, 40,
	    "Hi,\n"
	    "\n"
	    "│ quoted one\n"
	    "│ quoted two\n"
	    "│ │ deeper\n"
	    "│ │ too\n"
	    "│\n"
	    "│ back\n"
	    "\n"
	    "reply");
	d = doc("a\r\nb\n> c\n>> d\n", RENDER_TEXT);
	assert_int_equal(d->nblocks, 3);
	assert_string_equal(d->blocks[0].text, "a\nb");
	assert_int_equal(d->blocks[0].quote, 0);
	assert_string_equal(d->blocks[1].text, "c");
	assert_int_equal(d->blocks[1].quote, 1);
	assert_int_equal(d->blocks[2].quote, 2);
	rdoc_free(&d);
	/* Markup is text here; lines wrap; tabs expand; indentation stays. */
	check_screen("<b>not bold</b>\n    indented\tx", RENDER_TEXT, 40,
	    "<b>not bold</b>\n    indented    x");
	check_screen("one two three four", RENDER_TEXT, 10,
	    "one two\nthree four");
	/* URLs in plain text are numbered for the link list. */
	d = doc("See https://a.example/x, and (http://b.example/).\n"
	    "> again https://a.example/x\nhttpx://no http:// no", RENDER_TEXT);
	assert_int_equal(d->nlinks, 2);
	assert_string_equal(d->links[0], "https://a.example/x");
	assert_string_equal(d->links[1], "http://b.example/");
	assert_string_equal(d->blocks[0].text,
	    "See https://a.example/x, and (http://b.example/).");
	assert_int_equal(attr_at(&d->blocks[0], 4), RA_LINK);
	assert_int_equal(span_at(&d->blocks[0], 4)->end, 23);
	assert_int_equal(span_at(&d->blocks[0], 30)->link, 2);
	assert_int_equal(span_at(&d->blocks[1], 6)->link, 1);
	assert_int_equal(d->blocks[2].nspans, 0);
	rdoc_free(&d);
	/* '>' later in a line is not quoting. */
	d = doc("a > b", RENDER_TEXT);
	assert_int_equal(d->blocks[0].quote, 0);
	assert_string_equal(d->blocks[0].text, "a > b");
	rdoc_free(&d);
}

static void
test_truncate(void **state)
{
	char *s;

	s = render_truncate("hello", 8);
	assert_string_equal(s, "hello   ");
	free(s);
	s = render_truncate("hello world", 8);
	assert_string_equal(s, "hello w…");
	assert_int_equal(render_width(s), 8);
	free(s);
	/* A wide character that does not fit leaves a pad space. */
	s = render_truncate("日本語です", 6);
	assert_string_equal(s, "日本… ");
	assert_int_equal(render_width(s), 6);
	free(s);
	s = render_truncate("abc", 0);
	assert_string_equal(s, "");
	free(s);
	s = render_truncate(NULL, 2);
	assert_string_equal(s, "  ");
	free(s);
	s = render_truncate("e\xcc\x81tude", 3);
	assert_string_equal(s, "e\xcc\x81t…");
	free(s);
}

static void
test_ascii_locale(void **state)
{
	char *s;

	/* Outside a UTF-8 locale: ASCII bars, markers, rule and ellipsis;
	   widths still come from our own table. */
	assert_non_null(setlocale(LC_CTYPE, "C"));
	check_screen("<blockquote><ul><li>x</li><li>y<ul><li>z</li></ul>"
	    "</li></ul></blockquote><hr>", 0, 20,
	    ">   * x\n"
	    ">   * y\n"
	    ">     - z\n"
	    "\n"
	    "--------------------");
	check_screen("> a\n>> b", RENDER_TEXT, 20, "> a\n> > b");
	s = render_truncate("hello world", 6);
	assert_string_equal(s, "hello~");
	free(s);
	assert_int_equal(render_width("日本"), 4);
	assert_int_equal(render_width("e\xcc\x81"), 1);
	assert_non_null(setlocale(LC_CTYPE, ""));
	s = render_truncate("hello world", 6);
	assert_string_equal(s, "hello…");
	free(s);
}

static int
restore_locale(void **state)
{
	setlocale(LC_ALL, "");
	return 0;
}

/* Tag soup from a fixed seed: never crashes, leaks or emits controls. */
static void
test_random_soup(void **state)
{
	static const char *const frag[] = {
		"<p>", "</p>", "<ul>", "<ol>", "</ul>", "</ol>", "<li>",
		"<blockquote>", "</blockquote>", "<pre>", "</pre>", "<table>",
		"<tr>", "<td>", "<th>", "</table>", "<a href=\"http://e/\">",
		"</a>", "<b>", "</i>", "<br>", "<hr>", "<img alt=\"\x1b[2J\">",
		"word ", "  \n\t", "日本語", "😀", "e\xcc\x81", "\x1b]0;t\x07",
		"\xc2\x9b", "\xff", "&amp;", "&#27;", "&nbsp;", "<h3>", "</h3>",
		"<dl><dt>", "<dd>", "<q>", "<code>", "\t", ("a-very-long-word-"
		"that-never-ends-at-all"),
	};
	struct buf b = BUF_INIT;
	struct rdoc *d;
	struct rlines *rl;
	unsigned long seed = 12345;
	size_t i, k;
	int round, n, w;

	for (round = 0; round < 300; round++) {
		buf_reset(&b);
		n = 1 + round % 60;
		while (n-- > 0) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			buf_adds(&b, frag[(seed >> 33) % (sizeof frag /
			    sizeof frag[0])]);
		}
		render_html(b.data, b.len, round % 5 == 0 ? RENDER_TEXT :
		    RENDER_LINKLIST, &d);
		for (i = 0; i < d->nblocks; i++) {
			assert_terminal_safe(d->blocks[i].text, 1);
			assert_int_equal(strlen(d->blocks[i].text),
			    d->blocks[i].len);
			for (k = 0; k < d->blocks[i].nspans; k++) {
				assert_true(d->blocks[i].spans[k].end <=
				    d->blocks[i].len);
				assert_true(d->blocks[i].spans[k].start <
				    d->blocks[i].spans[k].end);
				if (k > 0)
					assert_true(d->blocks[i].spans[k].start
					    >= d->blocks[i].spans[k - 1].end);
			}
		}
		w = 10 + round % 50;
		rdoc_layout(d, w, &rl);
		for (i = 0; i < rl->nlines; i++) {
			assert_true(rl->lines[i].width <= w);
			assert_terminal_safe(rl->lines[i].text, 0);
			for (k = 0; k < rl->lines[i].nspans; k++)
				assert_true(rl->lines[i].spans[k].end <=
				    strlen(rl->lines[i].text));
		}
		rlines_free(&rl);
		rdoc_free(&d);
	}
	buf_free(&b);
}

/* Golden files: tests/fixtures/html/NAME.html -> NAME.txt at width 72. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;

	if (f == NULL)
		fail_msg("cannot open %s", path);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return buf_detach(&b);
}

static void
test_golden(void **state)
{
	static const char *const names[] = { "article", "mixed", "mail" };
	const char *top = getenv("TOP_SRCDIR");
	char *path, *in, *want, *got;
	size_t i, n;

	if (top == NULL)
		top = ".";
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		path = xasprintf("%s/tests/fixtures/html/%s.%s", top, names[i],
		    strcmp(names[i], "mail") == 0 ? "txt" : "html");
		in = slurp(path);
		free(path);
		path = xasprintf("%s/tests/fixtures/html/%s.out", top,
		    names[i]);
		want = slurp(path);
		free(path);
		n = strlen(want);
		if (n > 0 && want[n - 1] == '\n')
			want[n - 1] = '\0';
		got = screen(in, (strcmp(names[i], "mail") == 0 ? RENDER_TEXT :
		    0) | RENDER_LINKLIST, 72);
		if (strcmp(got, want) != 0)
			print_error("%s: got\n%s\n", names[i], got);
		assert_string_equal(got, want);
		free(in);
		free(want);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_br),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_emphasis),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_pre),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_c1_refs),
		cmocka_unit_test(test_blockquotes),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_whitespace),
		cmocka_unit_test(test_text_runs),
		cmocka_unit_test(test_links),
		cmocka_unit_test(test_images),
		cmocka_unit_test(test_media),
		cmocka_unit_test(test_rule),
		cmocka_unit_test(test_q),
		cmocka_unit_test(test_wide),
		cmocka_unit_test(test_wrap_widths),
		cmocka_unit_test(test_locate),
		cmocka_unit_test(test_line_spans),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_hostile_documents),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_tree_shape),
		cmocka_unit_test(test_plain_text),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test_teardown(test_ascii_locale, restore_locale),
		cmocka_unit_test(test_random_soup),
		cmocka_unit_test(test_golden),
	};

	setlocale(LC_ALL, "");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
