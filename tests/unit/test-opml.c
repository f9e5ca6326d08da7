/* test-opml: OPML import (folders and categories as tags, odd attribute
 * spellings, hostile input) and export (escaping, round trip). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/opml.h"

static int
parse(const char *s, struct opml **o, char *err)
{
	return opml_parse(s, strlen(s), o, err, 256);
}

static void
test_opml_import(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\"?>\n<opml version=\"1.0\"><head><title>t"
	    "</title></head><body>\n"
	    "<outline text=\"Top\" xmlUrl=\"http://top.localhost/rss\"/>\n"
	    "<outline title=\"Tech\">\n"
	    "  <outline text=\"T1\" title=\"Tech One\" type=\"rss\" "
	    "xmlurl=\"https://t1.localhost/f\" htmlUrl=\"https://t1/\" "
	    "category=\"/linux,news\"/>\n"
	    "  <outline text=\"Deep\"><outline text=\"D\" "
	    "XMLURL=\"http://d.localhost/&amp;x\"/></outline>\n"
	    "</outline>\n"
	    "<outline text=\"no url, no kids\"/>\n"
	    "</body></opml>\n";
	struct opml *o;
	char err[256];

	assert_int_equal(parse(doc, &o, err), 0);
	assert_int_equal(o->n, 3);
	assert_string_equal(o->feeds[0].url, "http://top.localhost/rss");
	assert_string_equal(o->feeds[0].title, "Top");
	assert_int_equal(o->feeds[0].ntags, 0);
	assert_string_equal(o->feeds[1].title, "Tech One");
	assert_string_equal(o->feeds[1].html_url, "https://t1/");
	assert_int_equal(o->feeds[1].ntags, 3);
	assert_string_equal(o->feeds[1].tags[0], "Tech");
	assert_string_equal(o->feeds[1].tags[1], "linux");
	assert_string_equal(o->feeds[1].tags[2], "news");
	assert_string_equal(o->feeds[2].url, "http://d.localhost/&x");
	assert_int_equal(o->feeds[2].ntags, 2);
	assert_string_equal(o->feeds[2].tags[1], "Deep");
	opml_free(&o);
	assert_null(o);
}

static void
test_opml_refuses(void **state)
{
	static const char lol[] =
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;\">]><opml><body><outline "
	    "text=\"&b;\" xmlUrl=\"http://x/\"/></body></opml>";
	static const char ext[] =
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" "
	    "xmlUrl=\"http://x/\"/></body></opml>";
	struct opml *o = NULL;
	char err[256];

	assert_int_equal(parse(lol, &o, err), -1);
	assert_string_equal(err, "entity declarations are not accepted in "
	    "OPML");
	assert_int_equal(parse(ext, &o, err), -1);
	assert_int_equal(parse("<opml><body>", &o, err), -1);
	assert_string_equal(err, "not well-formed XML");
	assert_int_equal(parse("<rss/>", &o, err), -1);
	assert_string_equal(err, "not an OPML document (no <opml> root "
	    "element)");
	assert_null(o);
}

static void
test_opml_roundtrip(void **state)
{
	char *tags[] = { "a&b", "two words" };
	struct opml *o = xcalloc(1, sizeof *o), *p;
	struct buf out = BUF_INIT;
	char err[256];

	opml_add(o, "http://x.localhost/?a=1&b=2", "Quote \"this\" <now>",
	    NULL, tags, 2);
	opml_add(o, "file:///tmp/f.xml", NULL, "http://site/", NULL, 0);
	opml_write(o, "mine", &out);
	assert_non_null(strstr(out.data, "<opml version=\"2.0\">"));
	assert_non_null(strstr(out.data,
	    "xmlUrl=\"http://x.localhost/?a=1&amp;b=2\""));
	assert_non_null(strstr(out.data,
	    "title=\"Quote &quot;this&quot; &lt;now&gt;\""));
	assert_non_null(strstr(out.data, "category=\"a&amp;b,two words\""));
	assert_int_equal(opml_parse(out.data, out.len, &p, err, sizeof err), 0);
	assert_int_equal(p->n, 2);
	assert_string_equal(p->feeds[0].url, "http://x.localhost/?a=1&b=2");
	assert_string_equal(p->feeds[0].title, "Quote \"this\" <now>");
	assert_int_equal(p->feeds[0].ntags, 2);
	assert_string_equal(p->feeds[0].tags[1], "two words");
	/* No title: the URL stands in as text, and does not come back as a
	 * name. */
	assert_non_null(strstr(out.data, "text=\"file:///tmp/f.xml\""));
	assert_null(p->feeds[1].title);
	assert_string_equal(p->feeds[1].html_url, "http://site/");
	buf_free(&out);
	opml_free(&o);
	opml_free(&p);
}

/* A hidden feed is written hidden="true" and read back hidden; "1" and
 * any case of "true" read as hidden, anything else does not; OPML 1.0's
 * url= names the feed when there is no xmlUrl. */
static void
test_opml_hidden(void **state)
{
	static const char doc[] =
	    "<opml version=\"1.0\"><body>"
	    "<outline text=\"a\" url=\"http://a.localhost/\" hidden=\"1\"/>"
	    "<outline text=\"b\" xmlUrl=\"http://b.localhost/\""
	    " hidden=\"TRUE\"/>"
	    "<outline text=\"c\" xmlUrl=\"http://c.localhost/\""
	    " hidden=\"no\"/>"
	    "<outline text=\"d\" xmlUrl=\"http://d.localhost/\"/>"
	    "</body></opml>";
	struct opml *o = xcalloc(1, sizeof *o), *p = NULL;
	struct buf out = BUF_INIT;
	char err[256];

	(void)state;
	assert_int_equal(opml_parse(doc, sizeof doc - 1, &p, err, sizeof err),
	    0);
	assert_int_equal(p->n, 4);
	assert_string_equal(p->feeds[0].url, "http://a.localhost/");
	assert_int_equal(p->feeds[0].hidden, 1);
	assert_int_equal(p->feeds[1].hidden, 1);
	assert_int_equal(p->feeds[2].hidden, 0);
	assert_int_equal(p->feeds[3].hidden, 0);
	opml_free(&p);

	opml_add(o, "http://h.localhost/", "H", NULL, NULL, 0);
	o->feeds[0].hidden = 1;
	opml_add(o, "http://s.localhost/", "S", NULL, NULL, 0);
	opml_write(o, NULL, &out);
	assert_non_null(strstr(out.data,
	    "xmlUrl=\"http://h.localhost/\" hidden=\"true\"/>"));
	assert_non_null(strstr(out.data, "xmlUrl=\"http://s.localhost/\"/>"));
	assert_int_equal(opml_parse(out.data, out.len, &p, err, sizeof err), 0);
	assert_int_equal(p->n, 2);
	assert_int_equal(p->feeds[0].hidden, 1);
	assert_int_equal(p->feeds[1].hidden, 0);
	buf_free(&out);
	opml_free(&o);
	opml_free(&p);
}

/* ASCII s as UTF-16 with a BOM, little- or big-endian. */
static char *
utf16(const char *s, int big, size_t *len)
{
	size_t n = strlen(s), i;
	char *o = xmalloc(2 * n + 2);

	o[0] = big ? '\xfe' : '\xff';
	o[1] = big ? '\xff' : '\xfe';
	for (i = 0; i < n; i++) {
		o[2 + 2 * i + !big] = '\0';
		o[2 + 2 * i + big] = s[i];
	}
	*len = 2 * n + 2;
	return o;
}

/* Entities are refused by the parser in any encoding, before anything is
 * expanded: the old byte scan for "<!ENTITY" let UTF-16 through. */
static void
test_opml_entities(void **state)
{
	static const char *const docs[] = {
	    /* A billion laughs, expanded inside an attribute. */
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;"
	    "&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><opml>"
	    "<body><outline text=\"&d;&d;&d;&d;\" xmlUrl=\"http://x/&d;\"/>"
	    "</body></opml>",
	    /* An exec: address smuggled in an entity. */
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY u \"exec:id\">]>"
	    "<opml><body><outline text=\"x\" xmlUrl=\"&u;\"/></body></opml>",
	    /* Parameter and unparsed entities. */
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY % p \"x\">]>"
	    "<opml><body/></opml>",
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY % p SYSTEM "
	    "\"file:///etc/passwd\"> %p;]><opml><body/></opml>",
	    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!NOTATION n SYSTEM \"n\">"
	    "<!ENTITY u SYSTEM \"u\" NDATA n>]><opml><body/></opml>",
	};
	struct opml *o = NULL;
	char err[256], *u16;
	size_t i, len;
	int big;

	for (i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		assert_int_equal(parse(docs[i], &o, err), -1);
		assert_string_equal(err, "entity declarations are not "
		    "accepted in OPML");
		assert_null(o);
		for (big = 0; big <= 1; big++) {
			u16 = utf16(docs[i], big, &len);
			assert_int_equal(opml_parse(u16, len, &o, err,
			    sizeof err), -1);
			assert_string_equal(err, "entity declarations are not "
			    "accepted in OPML");
			assert_null(o);
			free(u16);
		}
	}
	/* UTF-16 without entities still imports. */
	u16 = utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><opml><body>"
	    "<outline text=\"T\" xmlUrl=\"http://u16.localhost/\"/></body>"
	    "</opml>", 1, &len);
	assert_int_equal(opml_parse(u16, len, &o, err, sizeof err), 0);
	assert_int_equal(o->n, 1);
	assert_string_equal(o->feeds[0].url, "http://u16.localhost/");
	free(u16);
	opml_free(&o);
	/* Character references are not entities: decoded, and the address
	 * rule (conf/import.h) judges the result. */
	assert_int_equal(parse("<opml><body><outline xmlUrl=\"&#101;xec:id\"/>"
	    "</body></opml>", &o, err), 0);
	assert_string_equal(o->feeds[0].url, "exec:id");
	opml_free(&o);
	/* An undeclared entity is not well-formed. */
	assert_int_equal(parse("<opml><body><outline xmlUrl=\"&u;\"/></body>"
	    "</opml>", &o, err), -1);
	assert_string_equal(err, "not well-formed XML");
}

/* A folder with a category= attribute wrote one pointer past its tag
 * array (heap overflow; free(): invalid next size at 3, 5, 7, 11
 * categories).  Every count up to past the cap, nested too. */
static void
test_opml_category_folder(void **state)
{
	struct buf doc = BUF_INIT;
	struct opml *o;
	char err[256];
	size_t k, i, want;

	for (k = 0; k <= OPML_MAX_TAGS + 3; k++) {
		buf_reset(&doc);
		buf_adds(&doc, "<opml><body><outline text=\"Folder\" "
		    "category=\"");
		for (i = 0; i < k; i++)
			buf_printf(&doc, "%s/c%zu", i > 0 ? "," : "", i);
		buf_adds(&doc, "\"><outline text=\"Sub\" category=\"x,y\">"
		    "<outline text=\"F\" xmlUrl=\"http://f.localhost/\"/>"
		    "</outline></outline></body></opml>");
		assert_int_equal(opml_parse(doc.data, doc.len, &o, err,
		    sizeof err), 0);
		assert_int_equal(o->n, 1);
		want = k + 1 + 2 + 1;
		if (want > OPML_MAX_TAGS)
			want = OPML_MAX_TAGS;
		assert_int_equal(o->feeds[0].ntags, want);
		if (k > 0 && k + 1 <= OPML_MAX_TAGS)
			assert_string_equal(o->feeds[0].tags[k], "Folder");
		if (k > 0)
			assert_string_equal(o->feeds[0].tags[0], "c0");
		opml_free(&o);
	}
	buf_free(&doc);
}

/* OPML 1.0's url= is a feed address unless the outline is a link. */
static void
test_opml_url_attr(void **state)
{
	struct opml *o;
	char err[256];

	assert_int_equal(parse("<opml><body>"
	    "<outline text=\"A\" url=\"http://a.localhost/rss\"/>"
	    "<outline text=\"B\" type=\"link\" url=\"http://b.localhost/\"/>"
	    "<outline text=\"C\" type=\"rss\" url=\"http://c.localhost/\" "
	    "xmlUrl=\"http://c.localhost/rss\"/>"
	    "</body></opml>", &o, err), 0);
	assert_int_equal(o->n, 2);
	assert_string_equal(o->feeds[0].url, "http://a.localhost/rss");
	assert_string_equal(o->feeds[1].url, "http://c.localhost/rss");
	opml_free(&o);
}

/* Limits: feeds past OPML_MAX_FEEDS and levels past OPML_MAX_DEPTH are
 * ignored and say so; long titles are cut on a character boundary.  The
 * feed array grows by doubling, so this is linear. */
static void
test_opml_limits(void **state)
{
	struct buf doc = BUF_INIT;
	struct opml *o;
	char err[256];
	size_t i;

	buf_adds(&doc, "<opml><body>");
	for (i = 0; i < OPML_MAX_FEEDS + 5; i++)
		buf_printf(&doc, "<outline text=\"t%zu\" xmlUrl=\"http://"
		    "%zu.localhost/\"/>\n", i, i);
	buf_adds(&doc, "</body></opml>");
	assert_int_equal(opml_parse(doc.data, doc.len, &o, err, sizeof err),
	    0);
	assert_int_equal(o->n, OPML_MAX_FEEDS);
	assert_true(o->truncated);
	assert_string_equal(o->feeds[OPML_MAX_FEEDS - 1].url,
	    "http://99999.localhost/");
	opml_free(&o);

	buf_reset(&doc);
	buf_adds(&doc, "<opml><body>");
	for (i = 0; i < OPML_MAX_DEPTH + 5; i++)
		buf_printf(&doc, "<outline text=\"d%zu\">", i);
	for (i = 0; i < OPML_MAX_DEPTH + 5; i++)
		buf_adds(&doc, "</outline>");
	buf_adds(&doc, "<outline xmlUrl=\"http://ok.localhost/\" text=\"");
	for (i = 0; i < OPML_MAX_TEXT; i++)
		buf_adds(&doc, "\xc3\xa9");	/* é, two bytes */
	buf_adds(&doc, "\"/></body></opml>");
	assert_int_equal(opml_parse(doc.data, doc.len, &o, err, sizeof err),
	    0);
	assert_int_equal(o->n, 1);
	assert_true(o->truncated);
	assert_int_equal(strlen(o->feeds[0].title), OPML_MAX_TEXT);
	opml_free(&o);
	buf_free(&doc);

	o = xcalloc(1, sizeof *o);
	for (i = 0; i < 1000; i++)
		opml_add(o, "http://x/", NULL, NULL, NULL, 0);
	assert_int_equal(o->n, 1000);
	assert_true(o->cap >= o->n && o->cap < 2 * o->n);
	opml_free(&o);
}

/* The export is XML 1.0 without controls, DEL, C1, bidi controls or
 * invalid UTF-8, whatever the titles held. */
static void
test_opml_export_controls(void **state)
{
	/* NOLINTBEGIN(misc-misleading-bidirectional): the test's input */
	static const char *const bad[] = {
		"\x01", "\x1b", "\x7f", "\xc2\x80", "\xc2\x85", "\xc2\x9b",
		"\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac", "\xe2\x80\xad",
		"\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8",
		"\xe2\x81\xa9", "\xe2\x80\x8e", "\xe2\x80\x8f", "\xef\xbb\xbf",
		"\xef\xbf\xbe", "\xff",
	};
	char *tags[] = { "t\x7f" "ag\xe2\x80\xae" };
	struct opml *o = xcalloc(1, sizeof *o), *p;
	struct buf out = BUF_INIT;
	char err[256];
	size_t i;

	opml_add(o, "http://x.localhost/\x7f", "a\x01" "b\x1b[31mc\x7f"
	    "d\xc2\x9b" "e\xe2\x80\xae" "f\xe2\x81\xa6g\xef\xbb\xbfh\xffi\tj",
	    "http://h\xe2\x80\xae/", tags, 1);
	opml_write(o, "t\xe2\x80\xae\x7f", &out);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_null(strstr(out.data, bad[i]));
	/* NOLINTEND(misc-misleading-bidirectional) */
	assert_non_null(strstr(out.data,
	    "title=\"ab[31mcdefgh\xef\xbf\xbdi j\""));
	assert_non_null(strstr(out.data, "category=\"tag\""));
	assert_int_equal(opml_parse(out.data, out.len, &p, err, sizeof err), 0);
	assert_int_equal(p->n, 1);
	assert_string_equal(p->feeds[0].title, "ab[31mcdefgh\xef\xbf\xbdi j");
	buf_free(&out);
	opml_free(&o);
	opml_free(&p);
}

/* An element with n attributes, some with '>' and quotes inside. */
static char *
many_attrs(size_t n)
{
	struct buf b = BUF_INIT;
	size_t i;

	buf_adds(&b, "<opml><!-- ==================================="
	    "=========================================================="
	    "================================== \" --><body>a=b<outline");
	for (i = 0; i + 1 < n; i++)
		buf_printf(&b, i % 3 == 0 ? " a%zu=\">'=\"" : i % 3 == 1 ?
		    " a%zu='\">='" : " a%zu = \"x\"", i);
	buf_adds(&b, " xmlUrl=\"http://a.localhost/\"/>"
	    "<![CDATA[ = = = ]]></body></opml>");
	return buf_detach(&b);
}

/* libxml2 < 2.12 compares an element's attributes pairwise (40,000 of
 * them took 5 s of CPU), so more than OPML_MAX_ATTRS are refused before
 * parsing, in UTF-8 and UTF-16 alike; encodings the scan cannot read
 * are refused too. */
static void
test_opml_scan(void **state)
{
	struct opml *o;
	char err[256], *doc, *u16;
	size_t len;

	doc = many_attrs(OPML_MAX_ATTRS);
	assert_int_equal(parse(doc, &o, err), 0);
	assert_int_equal(o->n, 1);
	opml_free(&o);
	free(doc);
	doc = many_attrs(OPML_MAX_ATTRS + 1);
	assert_int_equal(parse(doc, &o, err), -1);
	assert_string_equal(err, "an element has more than 100 attributes");
	u16 = utf16(doc, 0, &len);
	assert_int_equal(opml_parse(u16, len, &o, err, sizeof err), -1);
	assert_string_equal(err, "an element has more than 100 attributes");
	free(u16);
	free(doc);

	assert_int_equal(parse("<?xml version=\"1.0\" encoding=\"UTF-7\"?>"
	    "<opml/>", &o, err), -1);
	assert_string_equal(err, "unsupported character encoding");
	assert_int_equal(parse("<?xml version='1.0' encoding='ISO-2022-JP'?>"
	    "<opml/>", &o, err), -1);
	assert_string_equal(err, "unsupported character encoding");
	assert_int_equal(opml_parse("<\0\0\0?\0\0\0", 8, &o, err, sizeof err),
	    -1);
	assert_string_equal(err, "unsupported character encoding");
	assert_int_equal(opml_parse("\x4c\x6f\xa7\x94", 4, &o, err,
	    sizeof err), -1);
	assert_string_equal(err, "unsupported character encoding");
	assert_int_equal(parse("<opml>\x1b$B<body/></opml>", &o, err), -1);
	assert_string_equal(err, "not well-formed XML");
	assert_int_equal(parse("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>"
	    "<opml><body><outline text=\"caf\xe9\" xmlUrl=\"http://l1/\"/>"
	    "</body></opml>", &o, err), 0);
	assert_string_equal(o->feeds[0].title, "caf\xc3\xa9");
	opml_free(&o);
	assert_int_equal(parse("<?xml version=\"1.0\" encoding=\"windows-1252\""
	    "?><opml><body/></opml>", &o, err), 0);
	opml_free(&o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_opml_import),
		cmocka_unit_test(test_opml_refuses),
		cmocka_unit_test(test_opml_roundtrip),
		cmocka_unit_test(test_opml_entities),
		cmocka_unit_test(test_opml_category_folder),
		cmocka_unit_test(test_opml_url_attr),
		cmocka_unit_test(test_opml_limits),
		cmocka_unit_test(test_opml_export_controls),
		cmocka_unit_test(test_opml_scan),
		cmocka_unit_test(test_opml_hidden),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
