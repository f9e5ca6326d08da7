/*
 * test-quote: the quote finder, one table of cases per convention (marks,
 * apostrophes, nesting, paragraphs, block quotes) and per attribution
 * pattern.  A case is a few paragraphs ("N|" before a paragraph sets its
 * blockquote depth, "H|" makes it a heading) and the quotations expected,
 * in order, as kind, level, text and speaker ("" = none).
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
#include "model/quotes.h"
#include "quote/lib.h"
#include "quote/quote-int.h"
#include "render/lib.h"

#define MAXP	8
#define MAXQ	8

struct xq {
	const char	*kind;
	int		 level;
	const char	*text;
	const char	*speaker;
};

struct qcase {
	const char	*name;
	const char	*para[MAXP];
	struct xq	 q[MAXQ];
};

#define NBSP	"\xc2\xa0"
#define NNBSP	"\xe2\x80\xaf"

static const struct qcase conventions[] = {
	{ "english double", { "She called it “a very good day for all of us.”" },
	  { { "speech", 1, "a very good day for all of us.", "" } } },
	{ "ascii double", { "The sign read \"No entry after dark, by order.\"" },
	  { { "speech", 1, "No entry after dark, by order.", "" } } },
	{ "british single with apostrophes inside",
	  { "‘It’s the students’ union that’s closed, not the library,’ said Mr. Tom Harris." },
	  { { "speech", 1, "It’s the students’ union that’s closed, not the library,", "Tom Harris" } } },
	{ "ascii single", { "'We can't stop now,' he said." },
	  { { "speech", 1, "We can't stop now,", "" } } },
	{ "apostrophes are not quotes",
	  { "It’s rock ’n’ roll from the ’90s, the students’ favourite, isn’t it? ’Tis so." },
	  { { NULL, 0, NULL, NULL } } },
	{ "ascii apostrophes are not quotes",
	  { "It's rock 'n' roll from the '90s, the students' favourite, isn't it? 'Tis so, 'cause they say." },
	  { { NULL, 0, NULL, NULL } } },
	{ "french guillemets with no-break spaces",
	  { "«" NBSP "Nous ne céderons pas" NBSP "», a déclaré Élodie Martin. «" NNBSP "Jamais" NNBSP "»." },
	  { { "speech", 1, "Nous ne céderons pas", "Élodie Martin" },
	    { "term", 1, "Jamais", "" } } },
	{ "german low-high marks, nested",
	  { "„Er hat mir ‚nie wieder‘ gesagt, und das stimmt“, sagte Jonas Müller." },
	  { { "speech", 1, "Er hat mir ‚nie wieder‘ gesagt, und das stimmt", "Jonas Müller" },
	    { "term", 2, "nie wieder", "" } } },
	{ "german chevrons", { "»Das ist gut«, sagte Hannah Schmidt." },
	  { { "speech", 1, "Das ist gut", "Hannah Schmidt" } } },
	{ "cjk corner brackets, nested", { "彼は「母は『行くな』と言った」と話した。" },
	  { { "speech", 1, "母は『行くな』と言った", "" },
	    { "term", 2, "行くな", "" } } },
	{ "english nested", { "“He told me ‘get out of my office right now,’ and I did,” said Maria Keller." },
	  { { "speech", 1, "He told me ‘get out of my office right now,’ and I did,", "Maria Keller" },
	    { "speech", 2, "get out of my office right now,", "" } } },
	{ "across paragraphs, reopened",
	  { "Liam Walsh remembered the night. “We waited for hours in the rain.",
	    "“Nobody came. Nobody called.",
	    "“Then the lights went out,” he said." },
	  { { "speech", 1, "We waited for hours in the rain.\nNobody came. Nobody called.\nThen the lights went out,", "Liam Walsh" } } },
	{ "across paragraphs, closed later",
	  { "Priya Raman put it simply: “The first part of the plan is done.",
	    "The second part is still on paper,” she said." },
	  { { "speech", 1, "The first part of the plan is done.\nThe second part is still on paper,", "Priya Raman" } } },
	{ "unmatched opener is dropped",
	  { "The 12\" pipe burst. A “draft went nowhere.", "Then the council met." },
	  { { NULL, 0, NULL, NULL } } },
	{ "blockquote levels",
	  { "Intro.", "1|First level.", "1|Still first.", "2|Second level.", "3|Third.", "1|First again." },
	  { { "block", 1, "First level.\nStill first.", "" },
	    { "block", 2, "Second level.", "" },
	    { "block", 3, "Third.", "" },
	    { "block", 1, "First again.", "" } } },
	{ "mail quoting",
	  { "On Monday Sam wrote:\n> the build is broken\n> since Friday\n>> no, Thursday\nFixed now." },
	  { { "block", 1, "the build is broken\nsince Friday", "" },
	    { "block", 2, "no, Thursday", "" } } },
	{ "scare quotes are terms",
	  { "The so-called “experts” met the “Iron Lady” to discuss “The Long Road Home Again”." },
	  { { "term", 1, "experts", "" },
	    { "term", 1, "Iron Lady", "" },
	    { "term", 1, "The Long Road Home Again", "" } } },
	{ "verbatim blocks are skipped", { "printf(\"hello, world\\n\");" },
	  { { NULL, 0, NULL, NULL } } },
};

static const struct qcase attributions[] = {
	{ "said X, title stripped",
	  { "“We are hardening our defenses,” said Councilmember Bob Blumenfield." },
	  { { "speech", 1, "We are hardening our defenses,", "Bob Blumenfield" } } },
	{ "X said: …",
	  { "Governor Amara Okafor said: “The bridge opens in May.”" },
	  { { "speech", 1, "The bridge opens in May.", "Amara Okafor" } } },
	{ "X told reporters: …",
	  { "Kwame Mensah told reporters: “We have the votes.”" },
	  { { "speech", 1, "We have the votes.", "Kwame Mensah" } } },
	{ "pronoun, honouring he/she",
	  { "Fatima Haddad met Lars Eriksen on Monday. “It went well,” she said. “We agree on the budget,” he added." },
	  { { "speech", 1, "It went well,", "Fatima Haddad" },
	    { "speech", 1, "We agree on the budget,", "Lars Eriksen" } } },
	{ "surname resolves to the full name",
	  { "Mayor Karen Bass spoke first.", "“Los Angeles will stand together,” Bass said." },
	  { { "speech", 1, "Los Angeles will stand together,", "Karen Bass" } } },
	{ "continuing the speaker, same paragraph and next",
	  { "“It is enshrined now,” said Eunisses Hernandez. “It can’t just change from one administration to another.”",
	    "“And that matters to every family here.”" },
	  { { "speech", 1, "It is enshrined now,", "Eunisses Hernandez" },
	    { "speech", 1, "It can’t just change from one administration to another.", "Eunisses Hernandez" },
	    { "speech", 1, "And that matters to every family here.", "Eunisses Hernandez" } } },
	{ "appositive and a verb earlier in the sentence",
	  { "Ira Mehlman, spokesperson for the Federation for American Immigration Reform, claimed the council is “ignoring a very clear message from the voters” by resisting." },
	  { { "speech", 1, "ignoring a very clear message from the voters", "Ira Mehlman" } } },
	{ "appositive with a term inside",
	  { "Tom Homan, Trump’s designated “border czar,” said, “Get out of the way.”" },
	  { { "term", 1, "border czar,", "" },
	    { "speech", 1, "Get out of the way.", "Tom Homan" } } },
	{ "the role resolves to the person",
	  { "Mayor Karen Bass arrived late.", "“We will rebuild,” the mayor said." },
	  { { "speech", 1, "We will rebuild,", "Karen Bass" } } },
	{ "unsure: no speaker",
	  { "“They never told us anything,” a resident said." },
	  { { "speech", 1, "They never told us anything,", "" } } },
	{ "french inversion",
	  { "Pierre Dubois est arrivé tôt. « Nous allons gagner », dit-il." },
	  { { "speech", 1, "Nous allons gagner", "Pierre Dubois" } } },
	{ "german pronoun after the verb",
	  { "Hannah Schmidt kam spät. „Wir schaffen das“, sagte sie." },
	  { { "speech", 1, "Wir schaffen das", "Hannah Schmidt" } } },
	{ "a quote inside a quote has no speaker of its own",
	  { "“My father always said ‘never give up on the town,’ and I haven’t,” said Sofia Rossi." },
	  { { "speech", 1, "My father always said ‘never give up on the town,’ and I haven’t,", "Sofia Rossi" },
	    { "speech", 2, "never give up on the town,", "" } } },
	{ "an aside between the name and the verb",
	  { "“I don’t know what happens next,” Maria Keller, 45, said outside the court.",
	    "“It was a mistake,” Lars Eriksen, a teacher at the school, told reporters." },
	  { { "speech", 1, "I don’t know what happens next,", "Maria Keller" },
	    { "speech", 1, "It was a mistake,", "Lars Eriksen" } } },
	{ "a parenthesis before the verb, a question",
	  { "Sen. Elizabeth Warren (D-Mass.) said: “This is not over.” “Why now?” asked Amara Okafor." },
	  { { "speech", 1, "This is not over.", "Elizabeth Warren" },
	    { "speech", 1, "Why now?", "Amara Okafor" } } },
	{ "according to",
	  { "According to Chen Wei, “the port will reopen in spring.”" },
	  { { "speech", 1, "the port will reopen in spring.", "Chen Wei" } } },
	{ "any past tense after the comma",
	  { "“We never saw the letter,” denied Aiko Tanaka, the club’s manager." },
	  { { "speech", 1, "We never saw the letter,", "Aiko Tanaka" } } },
	{ "a pronoun between a known and an unknown gender: unsure",
	  { "Mayor Karen Bass met Gov. Renner Newsom. “We agreed on a plan,” she said.",
	    "Later Zoë Clarke and Lars Eriksen arrived.", "“It is a start,” she said." },
	  { { "speech", 1, "We agreed on a plan,", "" },
	    { "speech", 1, "It is a start,", "Zoë Clarke" } } },
	{ "wire style: titles before names, he across paragraphs",
	  { "WASHINGTON (AP) — President Joe Biden on Tuesday urged Congress to act.",
	    "“We can’t wait any longer,” Biden said at the White House.",
	    "Senate Minority Leader Mitch McConnell dismissed the plan. “It’s dead on arrival,” he told reporters.",
	    "“There is no appetite for this,” McConnell added." },
	  { { "speech", 1, "We can’t wait any longer,", "Joe Biden" },
	    { "speech", 1, "It’s dead on arrival,", "Mitch McConnell" },
	    { "speech", 1, "There is no appetite for this,", "Mitch McConnell" } } },
	{ "a surname before the full name gets the full name",
	  { "“We will appeal,” Okafor said.", "Amara Okafor, the union’s lawyer, filed the papers on Friday." },
	  { { "speech", 1, "We will appeal,", "Amara Okafor" } } },
	{ "the full name paragraphs after the last quotation",
	  { "“We will appeal,” Okafor said.", "The court sat late.", "",
	    "Amara Okafor, the union’s lawyer, filed the papers on Friday." },
	  { { "speech", 1, "We will appeal,", "Amara Okafor" } } },
	{ "no speaker across a heading",
	  { "“We are done here,” said Chen Wei.", "H|Next steps", "“Nobody knows what comes next for the port.”" },
	  { { "speech", 1, "We are done here,", "Chen Wei" },
	    { "speech", 1, "Nobody knows what comes next for the port.", "" } } },
};

/* What was found, as a TAP comment on one line (for failures). */
static void
diag_quote(const char *name, const struct quote *q)
{
	struct buf b = BUF_INIT;
	const char *s;

	buf_printf(&b, "# %s: %s L%d \"", name, quote_kind_name(q->kind),
	    q->level);
	for (s = q->text; *s != '\0'; s++) {
		if (*s == '\n')
			buf_adds(&b, "\\n");
		else
			buf_addc(&b, *s);
	}
	buf_printf(&b, "\" by \"%s\"", q->speaker ? q->speaker : "");
	print_message("%s\n", buf_str(&b));
	buf_free(&b);
}

/* Run the finder over the case's paragraphs and compare. */
static void
run_case(const struct qcase *c)
{
	struct quote_para p[MAXP];
	struct quote *q = NULL;
	size_t np = 0, nq = 0, nx = 0, i;
	const char *s;

	for (np = 0; np < MAXP && c->para[np] != NULL; np++) {
		s = c->para[np];
		memset(&p[np], 0, sizeof p[np]);
		while (s[0] != '\0' && s[1] == '|') {
			if (s[0] == 'H')
				p[np].flags |= QUOTE_PARA_HEADING;
			else
				p[np].level = s[0] - '0';
			s += 2;
		}
		if (strncmp(s, "printf", 6) == 0)
			p[np].flags |= QUOTE_PARA_VERBATIM;
		p[np].text = s;
		p[np].len = strlen(s);
	}
	while (nx < MAXQ && c->q[nx].kind != NULL)
		nx++;
	assert_int_equal(quote_find(p, np, &q, &nq), 0);
	for (i = 0; i < nq; i++)
		diag_quote(c->name, &q[i]);
	assert_int_equal(nq, nx);
	for (i = 0; i < nq; i++) {
		assert_string_equal(quote_kind_name(q[i].kind), c->q[i].kind);
		assert_int_equal(q[i].level, c->q[i].level);
		assert_string_equal(q[i].text, c->q[i].text);
		assert_string_equal(q[i].speaker ? q[i].speaker : "",
		    c->q[i].speaker);
	}
	quote_free(&q, nq);
	assert_null(q);
}

static void
test_case(void **state)
{
	run_case(*state);
}

/* Byte positions: marks excluded from [off_start, off_end), included in
 * [mark_start, mark_end); guillemet spaces belong to the marks. */
static void
test_positions(void **state)
{
	const char *t = "Il a dit «" NBSP "oui" NBSP "» hier.";
	struct quote_para p = { t, strlen(t), 0, 0 };
	struct quote *q;
	size_t n;

	(void)state;
	assert_int_equal(quote_find(&p, 1, &q, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(q[0].para_start, 0);
	assert_int_equal(q[0].para_end, 0);
	assert_int_equal(q[0].mark_start, strlen("Il a dit "));
	assert_int_equal(q[0].off_start, strlen("Il a dit «" NBSP));
	assert_int_equal(q[0].off_end, strlen("Il a dit «" NBSP "oui"));
	assert_int_equal(q[0].mark_end, strlen("Il a dit «" NBSP "oui" NBSP "»"));
	quote_free(&q, n);
}

/* A quotation across paragraphs spans them; a blank block in between
 * does not stop it. */
static void
test_span_paragraphs(void **state)
{
	struct quote_para p[3] = {
		{ "“One thing.", 0, 0, 0 }, { "", 0, 0, 0 },
		{ "“Another,” she said.", 0, 0, 0 }
	};
	struct quote *q;
	size_t n;

	(void)state;
	p[0].len = strlen(p[0].text);
	p[2].len = strlen(p[2].text);
	assert_int_equal(quote_find(p, 3, &q, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(q[0].para_start, 0);
	assert_int_equal(q[0].off_start, 3);
	assert_int_equal(q[0].para_end, 2);
	assert_int_equal(q[0].off_end, strlen("“Another,"));
	assert_string_equal(q[0].text, "One thing.\nAnother,");
	quote_free(&q, n);
}

static void
test_line_depth(void **state)
{
	size_t skip;

	(void)state;
	assert_int_equal(quote_line_depth("> a", 3, &skip), 1);
	assert_int_equal(skip, 2);
	assert_int_equal(quote_line_depth(">> a", 4, &skip), 2);
	assert_int_equal(quote_line_depth("> > a", 5, &skip), 2);
	assert_int_equal(quote_line_depth("a > b", 5, &skip), 0);
	assert_int_equal(skip, 0);
	assert_int_equal(quote_line_depth("", 0, NULL), 0);
}

/* Hostile input: deep nesting, unbalanced marks, bad UTF-8, nothing. */
static void
test_hostile(void **state)
{
	struct buf b = BUF_INIT;
	struct quote_para p;
	struct quote *q;
	size_t n, i;

	(void)state;
	for (i = 0; i < 5000; i++)
		buf_adds(&b, "“‘«„‚「『\"'");
	buf_add(&b, "\xe2\x80\xff\xc2", 4);
	for (i = 0; i < 5000; i++)
		buf_adds(&b, "”’»“‘」』 x");
	p.text = b.data;
	p.len = b.len;
	p.level = 0;
	p.flags = 0;
	assert_int_equal(quote_find(&p, 1, &q, &n), 0);
	for (i = 0; i < n; i++) {
		assert_true(q[i].level >= 1 && q[i].level <= 16);
		assert_true(q[i].off_end <= p.len);
	}
	quote_free(&q, n);
	buf_reset(&b);
	/* A quotation then adverbs to the paragraph's end, with as many
	 * tokens as the first token buffer holds: nothing is read past
	 * the last token. */
	for (i = 0; i < 62; i++)
		buf_adds(&b, "word ");
	buf_adds(&b, "“We are all here,” also");
	p.text = b.data;
	p.len = b.len;
	assert_int_equal(quote_find(&p, 1, &q, &n), 0);
	assert_int_equal(n, 1);
	assert_null(q[0].speaker);
	quote_free(&q, n);
	buf_free(&b);
	assert_int_equal(quote_find(NULL, 0, &q, &n), 0);
	assert_int_equal(n, 0);
	assert_null(q);
	assert_int_equal(quote_find(NULL, 1, &q, &n), -1);
	quote_free(NULL, 0);
	assert_string_equal(quote_kind_name(QUOTE_BLOCK), "block");
}

/* model_quotes_body: positions are (render block, byte offset) of the
 * rendered document, the mapping the article view highlights with. */
static void
test_render_positions(void **state)
{
	static const char html[] =
	    "<h2>Council votes</h2><p>Mayor Karen Bass spoke.</p>"
	    "<blockquote><p>“We will stand together,” she said.</p>"
	    "</blockquote><p>Critics called it “theatre”.</p>";
	struct rdoc *doc = NULL;
	struct quote *q;
	size_t n, i;
	const struct rblock *b;

	(void)state;
	assert_int_equal(model_quotes_body(html, strlen(html), 0, &q, &n), 0);
	assert_int_equal(render_html(html, strlen(html), 0, &doc), 0);
	assert_int_equal(n, 3);
	assert_string_equal(quote_kind_name(q[0].kind), "block");
	assert_string_equal(quote_kind_name(q[1].kind), "speech");
	assert_string_equal(q[1].speaker, "Karen Bass");
	assert_string_equal(quote_kind_name(q[2].kind), "term");
	for (i = 1; i < n; i++) {
		assert_true(q[i].para_start < doc->nblocks);
		b = &doc->blocks[q[i].para_start];
		assert_true(q[i].off_end <= b->len);
		assert_memory_equal(b->text + q[i].off_start, q[i].text,
		    strlen(q[i].text));
		assert_memory_equal(b->text + q[i].mark_start, "“", 3);
		assert_memory_equal(b->text + q[i].mark_end - 3, "”", 3);
	}
	assert_int_equal(doc->blocks[q[0].para_start].quote, 1);
	rdoc_free(&doc);
	quote_free(&q, n);
	assert_int_equal(model_quotes_body(NULL, 0, 0, &q, &n), 0);
	assert_int_equal(n, 0);
}

/*
 * quote_word_info answers for all tables in one look-up what the
 * attribution used to ask table by table: it must agree with
 * quote_word_is, quote_word_first_name and quote_word_gender on words of
 * every table, in other cases, with a full stop, and on non-words.
 */
static void
test_word_info(void **state)
{
	static const char *const words[] = {
	    "said", "SAID", "Said", "sagte", "déclaré", "DÉCLARÉ", "Mayor",
	    "mayor", "Dr", "Dr.", "dr.", "Mr.", "M", "M.", "the", "The", "von",
	    "VON", "Council", "council", "Jane", "jane", "JANE", "Zoë", "Alex",
	    "Kim", "kim", "he", "She", "ELLE", "il", "er", "Er", "sie", "Sie",
	    "em", "n", "'em", "also", "Also", "spokesman", "Spokeswoman",
	    "Union", "Oberbürgermeisterin", "President-elect", "no", "No.",
	    "s", ".", "..", "", "x", "Smith", "acknowledgedandthensome",
	    "@", "\xff\xfe", "according", "a", "A", "Q", NULL
	};
	size_t i, len;
	unsigned mask;
	int first, gender, table;

	(void)state;
	for (i = 0; words[i] != NULL; i++) {
		len = strlen(words[i]);
		quote_word_info(words[i], len, &mask, &first, &gender);
		for (table = QW_TITLE; table <= QW_LAST; table++)
			assert_int_equal((mask >> table) & 1,
			    quote_word_is(table, words[i], len) != 0);
		assert_int_equal(mask & ~(((1u << (QW_LAST + 1)) - 1) &
		    ~1u), 0);
		assert_int_equal(first, quote_word_first_name(words[i], len));
		assert_int_equal(gender, quote_word_gender(words[i], len));
	}
	quote_word_info("s\0id", 4, &mask, &first, &gender);
	assert_int_equal(mask, 0);	/* a NUL inside is not "said" */
	quote_word_info("Jane", 4, &mask, &first, &gender);
	assert_int_equal(first, 'f');
	quote_word_info("She", 3, &mask, &first, &gender);
	assert_int_equal(gender, 'f');
	quote_word_info("Dr.", 3, &mask, &first, &gender);
	assert_true(mask & (1u << QW_TITLE));
	assert_true(mask & (1u << QW_ABBREV));
	assert_false(mask & (1u << QW_VERB));
}

/* The finder decodes as base/utf8 does: overlongs, surrogates and code
 * points past U+10FFFF are U+FFFD, never the character they spell. */
static void
test_utf8_strict(void **state)
{
	static const struct {
		const char	*s;
		uint32_t	 first;
	} cases[] = {
		{ "\xc3\xa9", 0xe9 },			/* é */
		{ "\xe2\x80\x9c", 0x201c },		/* “ */
		{ "\xf0\x9f\x98\x80", 0x1f600 },
		{ "\xc0\xaf", 0xfffd },			/* overlong '/' */
		{ "\xe0\x80\xaf", 0xfffd },		/* overlong '/' */
		{ "\xf0\x80\x80\xaf", 0xfffd },	/* overlong '/' */
		{ "\xed\xa0\x80", 0xfffd },		/* U+D800 */
		{ "\xf4\x90\x80\x80", 0xfffd },	/* U+110000 */
		{ "\xe2\x80", 0xfffd },			/* cut short */
	};
	size_t k, i, len;
	uint32_t c;

	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		len = strlen(cases[k].s);
		i = 0;
		c = quote_next(cases[k].s, len, &i);
		assert_int_equal(c, cases[k].first);
		assert_true(i >= 1 && i <= len);
		/* and the rest never decodes to '/' either */
		while (i < len)
			assert_int_not_equal(quote_next(cases[k].s, len, &i),
			    '/');
	}
}

int
main(void)
{
	struct CMUnitTest t[sizeof conventions / sizeof *conventions +
	    sizeof attributions / sizeof *attributions + 9];
	size_t i, n = 0;

	for (i = 0; i < sizeof conventions / sizeof *conventions; i++) {
		t[n].name = conventions[i].name;
		t[n].test_func = test_case;
		t[n].setup_func = NULL;
		t[n].teardown_func = NULL;
		t[n].initial_state = (void *)&conventions[i];
		n++;
	}
	for (i = 0; i < sizeof attributions / sizeof *attributions; i++) {
		t[n].name = attributions[i].name;
		t[n].test_func = test_case;
		t[n].setup_func = NULL;
		t[n].teardown_func = NULL;
		t[n].initial_state = (void *)&attributions[i];
		n++;
	}
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_positions);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_utf8_strict);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_span_paragraphs);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_line_depth);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_hostile);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_render_positions);
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_word_info);
	return _cmocka_run_group_tests("quote", t, n, NULL, NULL);
}
