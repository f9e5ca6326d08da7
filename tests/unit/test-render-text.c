/*
 * test-render-text: whitespace collapsing and attribute spans of HTML text
 * nodes, pinned byte for byte.  The renderer appends the rest of an ASCII
 * text node in one pass and other text word by word; both must give the
 * same blocks and spans (the expectations are the word-by-word output).
 */
#include "config.h"

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

struct rcase {
	const char	*html;
	const char	*want;	/* per block "kind [text] start-end:attr:link..." */
};

static const struct rcase cases[] = {
	{ "<p>one two\tthree\n four\r\nfive\fsix </p>",
	  "0 [one two three four five six]" },	/* \f is HTML whitespace */
	{ "<p><b>bold words  here </b> plain text</p>",
	  "0 [bold words here plain text] 0-15:1:0" },
	{ "<p><a href=\"/x\">link text\n here</a> tail end</p>",
	  "0 [link text here[1] tail end] 0-14:16:1 14-17:32:1" },
	{ "<p>line<br> after break <i>it alic</i></p>",
	  "0 [line\nafter break it alic] 17-24:4:0" },
	{ "<p>caf\xc3\xa9 au lait and more</p>",
	  "0 [caf\xc3\xa9 au lait and more]" },
	{ "<p>first \x01" "ctl word</p>",
	  "0 [first ctl word]" },
	{ "<pre>  keep\tthese   spaces\n</pre><p>x  y</p>",
	  "3 [  keep  these   spaces] 0-22:8:0|6 []|0 [x y]" },
	{ "<p><b>a</b> <i>b c</i>  d</p>",
	  "0 [a b c d] 0-1:1:0 2-5:4:0" },
	{ "<p><i>one two </i><i> three</i></p>",
	  "0 [one two three] 0-13:4:0" },
	{ "<p><b>x </b>y z <b> w</b></p>",
	  "0 [x y z w] 0-1:1:0 6-7:1:0" },
	/*
	 * The input as HTML reads it, whatever the libxml2 version:
	 * CR LF and CR are LF, a form feed separates attributes too,
	 * each invalid UTF-8 byte is U+FFFD, controls and escape
	 * sequences go, "<!-->" and "<!--->" are empty comments.
	 */
	{ "<pre>x\ry\r\nz\r</pre><p>a\rb</p>",
	  "3 [x\ny\nz] 0-5:8:0|6 []|0 [a b]" },
	{ "<p\fclass=x>ff\ftext</p>", "0 [ff text]" },
	{ "<p>a\xc0\x80" "b \xed\xa0\x80 c\xc3</p>",
	  "0 [a\xef\xbf\xbd\xef\xbf\xbd" "b \xef\xbf\xbd\xef\xbf\xbd"
	  "\xef\xbf\xbd c\xef\xbf\xbd]" },
	{ "<p>ctl \x02x\x1b[2Jy \x1b]0;title\x07z\x7f</p>",
	  "0 [ctl xy z]" },
	{ "<p>one<!-->two</p><p>three<!--->four</p><p>five<!-- -->six",
	  "0 [onetwo]|6 []|0 [threefour]|6 []|0 [fivesix]" },
	{ "<!-->Breaking news <a href='-->Mayor resigns'>after</a> vote",
	  "0 [Breaking news after[1] vote] 14-19:16:1 19-22:32:1" },
};

static char *
dump(const struct rdoc *d)
{
	struct buf b = BUF_INIT;
	size_t i, j;

	for (i = 0; i < d->nblocks; i++) {
		const struct rblock *k = &d->blocks[i];

		if (i > 0)
			buf_addc(&b, '|');
		buf_printf(&b, "%d [%s]", (int)k->kind, k->text);
		for (j = 0; j < k->nspans; j++)
			buf_printf(&b, " %zu-%zu:%d:%d", k->spans[j].start,
			    k->spans[j].end, k->spans[j].attr, k->spans[j].link);
	}
	return buf_detach(&b);
}

static void
test_cases(void **state)
{
	struct rdoc *d;
	char *got;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		render_html_base(cases[i].html, strlen(cases[i].html), 0,
		    "http://x.localhost/a/", &d);
		got = dump(d);
		if (strcmp(got, cases[i].want) != 0)
			print_error("case %zu:\n got: %s\nwant: %s\n", i, got,
			    cases[i].want);
		assert_string_equal(got, cases[i].want);
		free(got);
		rdoc_free(&d);
	}
}

int
main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(test_cases),
	};

	return cmocka_run_group_tests(t, NULL, NULL);
}
