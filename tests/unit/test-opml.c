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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_opml_import),
		cmocka_unit_test(test_opml_refuses),
		cmocka_unit_test(test_opml_roundtrip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
