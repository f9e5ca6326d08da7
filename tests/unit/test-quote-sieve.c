/*
 * test-quote-sieve: the attribution sieves one by one (quote-sieve.c,
 * quote-speaker.c), the people model they consult (quote-people.c), the
 * interview layouts (quote-qa.c) and the speaker notes written into the
 * text (model_quotes_notes).  A case is a few paragraphs and the top-level
 * quotations expected, in order, as kind and speaker ("" = none); each
 * sieve has cases where it names someone and where it must not.
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
#include "render/lib.h"

#define MAXP	6
#define MAXQ	6

struct xq {
	const char	*kind;
	const char	*speaker;
};

struct scase {
	const char	*name;
	const char	*para[MAXP];
	struct xq	 q[MAXQ];
};

static const struct scase cases[] = {
	/* after: “…,” said X / “…,” X said / „…“, sagte sie / confie-t-elle */
	{ "after: said X", { "“We are ready,” said Dana Whitfield." },
	  { { "speech", "Dana Whitfield" } } },
	/* incise: the attribution inside the guillemets */
	{ "incise: an inverted pronoun inside the guillemets",
	  { "Karim Benali ouvre à six heures. Sa voisine, Claire Roux, passe.",
	    "Le boulanger, Karim Benali, hausse les épaules. « On a tout essayé, soupire-t-il. Rien ne marche. »" },
	  { { "speech", "Karim Benali" } } },
	{ "incise: a name after the verb inside the guillemets",
	  { "« Nous avons lancé une prime, explique Antoine Lefebvre. Mais rien ne bouge. »" },
	  { { "speech", "Antoine Lefebvre" } } },
	{ "incise: a role nobody holds names nobody",
	  { "« Qu’on nous donne du temps, lâche la directrice. »" },
	  { { "speech", "" } } },
	{ "incise: a comma and a noun is no incise",
	  { "Paul Girard sourit. « Il faut, dit le proverbe, laisser le temps au temps. »" },
	  { { "speech", "Paul Girard" } } },
	{ "people: an unnamed subject with a relative clause is whom he means",
	  { "Dr. Samuel Okonjo takes the transfers. “They call me early,” he said.",
	    "A local pastor, who asked not to be named, said some families distrust midwives. “People remember the old days,” he said." },
	  { { "speech", "Samuel Okonjo" }, { "speech", "" } } },
	{ "people: an apposition after a name is no unnamed subject",
	  { "Maggie Thorne, 71, a retired headteacher who chaired the campaign, remembers the meeting. ‘We thought we’d get thirty people,’ she says." },
	  { { "speech", "Maggie Thorne" } } },
	{ "people: a pronoun prefers the subject to a possessive",
	  { "Ruth Ann Caldwell is 67.",
	    "She trained under a midwife named Opal Fugate. Caldwell still keeps Fugate’s stool in the front room.",
	    "“Opal didn’t have a license,” she said." },
	  { { "speech", "Ruth Ann Caldwell" } } },
	{ "people: two possible antecedents, both subjects, are a guess",
	  { "Ruth Ann Caldwell is 67.",
	    "Caldwell trained under Opal Fugate. Fugate had learned from her mother.",
	    "“Opal didn’t have a license,” she said." },
	  { { "speech", "" } } },
	{ "role: a German party descriptor is the titled person before",
	  { "Oberbürgermeister Erik Schulte zeigte sich offen. „Jede Idee schauen wir uns an“, sagte der SPD-Politiker." },
	  { { "speech", "Erik Schulte" } } },
	{ "role: a German office nobody holds is nobody, not the mayor",
	  { "Oberbürgermeister Erik Schulte zeigte sich offen. „Jede Idee schauen wir uns an“, sagte der Landrat." },
	  { { "speech", "" } } },
	{ "role: a German epithet for someone without a title",
	  { "Der Bäcker Stefan Kuhlmann hat Umsatz verloren. „Die Leute kommen nicht mehr“, sagt der Handwerker." },
	  { { "speech", "Stefan Kuhlmann" } } },
	{ "according: an unnamed source opening the sentence is speech by nobody",
	  { "Selon un proche du ministre, le gouvernement serait prêt à « bouger sur les carrières longues »." },
	  { { "speech", "" } } },
	{ "sentence: a short quote after a verb of saying with nobody named is speech",
	  { "Ein Sprecher teilte schriftlich mit, das Land habe die Mittel „deutlich aufgestockt“." },
	  { { "speech", "" } } },
	{ "sentence: a participle after a comma, a one-word quote",
	  { "Lewis Hartley was forthcoming on social media, posting that he had been ‘robbed’ and adding emojis." },
	  { { "speech", "Lewis Hartley" } } },
	{ "people: particles inside a name, an article after one",
	  { "“We must act,” said Ursula von der Leyen.",
	    "„Die Beschäftigten sind am Limit“, sagte Verdi-Sprecherin Anna Becker der Deutschen Presse-Agentur." },
	  { { "speech", "Ursula von der Leyen" }, { "speech", "Anna Becker" } } },
	{ "after: heißt es names nobody, not the speaker before",
	  { "„Wir nehmen das ernst“, sagte Volker Wissing.",
	    "„Das ist ein schwarzer Tag für Pendler“, heißt es in einer Mitteilung des Fahrgastverbands." },
	  { { "speech", "Volker Wissing" }, { "speech", "" } } },
	{ "incise: an epithet nobody holds stops the previous speaker going on",
	  { "« On marche sur la tête », a réagi Pierre Oliver, conseiller municipal.",
	    "« Il faut avancer, insiste l’élu écologiste. Le climat n’attend pas. »" },
	  { { "speech", "Pierre Oliver" }, { "speech", "" } } },
	{ "people: a shared surname is the person introduced first",
	  { "Gerald Finch, 58, is a welder. His wife, Donna Finch, works at a grocery store.",
	    "“It’s not the end of the world,” Finch said." },
	  { { "speech", "Gerald Finch" } } },
	{ "same paragraph: a one-word sentence after a speaker goes on as speech",
	  { "Gerald Finch, 58, is a welder.",
	    "“I never thought I’d see this,” Finch told The Associated Press. “Never.”" },
	  { { "speech", "Gerald Finch" }, { "speech", "Gerald Finch" } } },
	{ "same paragraph: a title in a sentence of its own stays a term",
	  { "“It was fine,” said Ann Lee. The report was called “Blue Book.”" },
	  { { "speech", "Ann Lee" }, { "term", "" } } },
	{ "sentence: one word ending the sentence after said is speech",
	  { "In Springfield, residents said they were “furious.” Critics said the so-called “reform” would fail." },
	  { { "speech", "" }, { "term", "" } } },
	{ "people: a party and state tag is no name",
	  { "Senate Majority Leader Chuck Schumer, D-N.Y., said the vote showed “that bipartisanship is not dead.”",
	    "Sen. Rand Paul, R-Ky., called the bill “a monstrosity.”" },
	  { { "speech", "Chuck Schumer" }, { "speech", "Rand Paul" } } },
	{ "role: the senator is someone named before, not after",
	  { "Sen. Lisa Murkowski of Alaska voted yes. “It is the responsible thing to do,” the senator said. Sen. Rand Paul voted no." },
	  { { "speech", "Lisa Murkowski" } } },
	{ "after: the Ministry of Health wrote is the ministry",
	  { "“The ministry regrets any inconvenience,” the Ministry of Health wrote in a statement." },
	  { { "speech", "Ministry of Health" } } },
	{ "sentence: Corp. does not end the sentence",
	  { "Acme Corp. said in a filing that it expected “significant headwinds.”" },
	  { { "speech", "Acme Corp." } } },
	{ "after: a possessive, a role, then the name in apposition",
	  { "Mark Ruiz was fired.",
	    "“I disagree,” Ruiz’s lawyer, Beth Cole, said. “We will appeal,” the club’s manager, Tom Lee, told reporters." },
	  { { "speech", "Beth Cole" }, { "speech", "Tom Lee" } } },
	{ "after: a role, the name in apposition, its comma, the verb",
	  { "‘We are ready,’ the health secretary, Wes Streeting, told the BBC’s Today programme." },
	  { { "speech", "Wes Streeting" } } },
	{ "after: said, a possessive, then a full name",
	  { "‘It’s a scandal,’ said Labour’s Emily Thornberry. “Fine,” said Microsoft’s Windows division." },
	  { { "speech", "Emily Thornberry" }, { "speech", "" } } },
	/* organisations whose names run past of / for / and / & */
	{ "people: an organisation's name goes on past of and and",
	  { "The Department of Health and Human Services said it was “aware of the incident” and in contact." },
	  { { "speech", "Department of Health and Human Services" } } },
	{ "people: the Department for Transport is not Better Transport",
	  { "Figures from the Campaign for Better Transport show a decline.",
	    "The Department for Transport said councils were ‘best placed to decide’ which routes to keep." },
	  { { "speech", "Department for Transport" } } },
	{ "people: a union local keeps its number",
	  { "The union’s president said members would strike.",
	    "“We kept our end of the deal,” said United Steelworkers Local 731 in a statement." },
	  { { "speech", "United Steelworkers Local 731" } } },
	{ "people: an ampersand makes a firm, and its analysts are nobody",
	  { "Shares fell. In a note, analysts at Barlow & Finch wrote that it was “unlikely to change the long-term story.”" },
	  { { "speech", "" } } },
	{ "sentence: a name before a role noun only qualifies it",
	  { "Meridian Health Partners said hackers had gained access.",
	    "A Meridian spokeswoman, Danielle Price, confirmed the departure but said it was “unrelated to the investigation.”" },
	  { { "speech", "Danielle Price" } } },
	{ "after: inverted French verb",
	  { "Nathalie Garnier ouvre à six heures. « Je ferme au printemps », confie-t-elle." },
	  { { "speech", "Nathalie Garnier" } } },
	{ "after: German present tense and pronoun",
	  { "Hafenarbeiter Jens Petersen steht am Tor. „Ich mache das seit 31 Jahren“, erzählt er." },
	  { { "speech", "Jens Petersen" } } },
	{ "after: a place before the role is not the speaker",
	  { "“The water is brown,” said Millbrook resident Jane Doe." },
	  { { "speech", "Jane Doe" } } },
	{ "after: the possessive before a role is not the speaker",
	  { "Vantor Kessling closed its plant.",
	    "Vantor’s chief executive, Graham Ashworth, apologised. ‘I’m a father myself,’ he said." },
	  { { "speech", "Graham Ashworth" } } },
	{ "after: she never names a club",
	  { "Manager Ingrid Solberg smiled.",
	    "Now she faces a final against Northgate Athletic on May 24.",
	    "“We will prepare,” she said." },
	  { { "speech", "Ingrid Solberg" } } },
	{ "after: a French verb of feeling",
	  { "« Les touristes prennent des photos », soupire Nathalie Guérin, qui tient une crêperie." },
	  { { "speech", "Nathalie Guérin" } } },
	{ "before: it is the organisation that opened the paragraph before",
	  { "Vantor Pharmaceuticals has halted production at its plant.",
	    "It added that it expected to reopen ‘within weeks, not months’." },
	  { { "speech", "Vantor Pharmaceuticals" } } },
	{ "before: it with no organisation named is nobody",
	  { "The plant closed on Monday.", "It added that it expected to reopen ‘within weeks, not months’." },
	  { { "speech", "" } } },
	{ "before: the company is the organisation named",
	  { "Brightline Logistics cut 40 jobs. The company said it was “a painful but necessary step.”" },
	  { { "speech", "Brightline Logistics" } } },
	{ "sentence: a participle after a comma is the subject's",
	  { "Manager Ingrid Solberg smiled.",
	    "Before the match she had played down expectations, saying her players were “free to enjoy it.”" },
	  { { "speech", "Ingrid Solberg" } } },
	{ "after: a descriptor, then the name in apposition",
	  { "„Das ist ein Pflaster, keine Therapie“, erklärte der Fraktionsvorsitzende der Grünen, Jonas Petersen." },
	  { { "speech", "Jonas Petersen" } } },
	{ "sentence: letters after a name",
	  { "Nigel Pemberton admitted fraud.",
	    "His barrister, Anthony Reeve KC, said his client was ‘deeply ashamed’ and had sold his house." },
	  { { "speech", "Anthony Reeve" } } },
	{ "after: she after an unnamed mother is nobody",
	  { "“We have rebuilt,” said Fiona McAllister.",
	    "Outside court, a mother whose son was helped said she was glad. ‘I just hope the money comes back,’ she said." },
	  { { "speech", "Fiona McAllister" }, { "speech", "" } } },
	{ "sentence: the senator is Sen. X",
	  { "Sen. Dale Whitaker voted no.",
	    "The senator later posted a video, writing that the bill was “the worst thing this chamber has done.”" },
	  { { "speech", "Dale Whitaker" } } },
	{ "before: an organisation keeps its whole name",
	  { "The California Farm Bureau said in a statement that it would “continue to fight for a solution that works.”" },
	  { { "speech", "California Farm Bureau" } } },
	{ "after: a longer descriptor, then a name the tables do not know",
	  { "„Wir wissen das“, sagte die Konzernbevollmächtigte der Bahn für Sachsen, Katrin Vogel, am Dienstag." },
	  { { "speech", "Katrin Vogel" } } },
	{ "previous: reported speech, so X, then the quotation",
	  { "Die Busse seien zu wenige, so Verbandssprecher Matthias Brandl. „Man hätte teilen können.“" },
	  { { "speech", "Matthias Brandl" } } },
	{ "after: his wife, named in apposition, is a woman",
	  { "The landlord, Rob Achterberg, moved here with his wife, Ellen, to run it. He admits it was hard.",
	    "‘January was dead,’ he says." },
	  { { "speech", "Rob Achterberg" } } },
	{ "sentence: thought it ‘daft’",
	  { "Geoff Barraclough, who farms sheep above the village, thought the scheme was ‘daft’." },
	  { { "speech", "Geoff Barraclough" } } },
	{ "after: the young farmer is the subject of the sentence before",
	  { "Thomas Ferrer a remplacé deux hectares par des oliviers. « Je ne regrette rien », assure le jeune exploitant." },
	  { { "speech", "Thomas Ferrer" } } },
	{ "after: the mayor nobody named is nobody",
	  { "Thomas Ferrer a remplacé deux hectares par des oliviers.",
	    "« Je ne regrette rien », assure le maire." },
	  { { "speech", "" } } },
	{ "sentence: a verb inverted at the end of the sentence",
	  { "Une réponse qui reste « insuffisante et bien tardive », juge l’économiste Hélène Castagné." },
	  { { "speech", "Hélène Castagné" } } },
	{ "after: a lower-case role, the name, then the verb",
	  { "“We had a perfect storm,” incident commander Jorge Villanueva told reporters at a briefing." },
	  { { "speech", "Jorge Villanueva" } } },
	{ "after: a quotation ending in a nested one",
	  { "Nora Easley sat on a cot.", "“He always said, ‘One day you’ll thank me,’” Easley said, laughing." },
	  { { "speech", "Nora Easley" } } },
	{ "after: said a spokesman names nobody",
	  { "“We will reroute three ships,” said a spokesman for Hansa Lines." },
	  { { "speech", "" } } },
	/* before: X said: “…” */
	{ "before: told reporters",
	  { "Kwame Mensah told reporters: “We have the votes.”" },
	  { { "speech", "Kwame Mensah" } } },
	/* according */
	{ "according: selon X",
	  { "Selon Claire Vasseur, « la réforme est injuste »." },
	  { { "speech", "Claire Vasseur" } } },
	{ "according: a role's name in apposition",
	  { "Pour l’adjointe au commerce, Élodie Ferrand, la ville « n’a pas les moyens »." },
	  { { "speech", "Élodie Ferrand" } } },
	/* colon */
	{ "colon: the sentence's subject",
	  { "Maren Schröder zeigte sich vorsichtig optimistisch: „Wir können in einer Woche fertig sein.“" },
	  { { "speech", "Maren Schröder" } } },
	{ "colon: an unnamed subject names nobody",
	  { "Another retiree, who asked not to be named, said outside: “Six years is nothing.”" },
	  { { "speech", "" } } },
	/* sentence */
	{ "sentence: called it",
	  { "Councilwoman Denise Okafor called the claims “a scare tactic with no data behind it.”" },
	  { { "speech", "Denise Okafor" } } },
	{ "sentence: the nearest verb with a subject",
	  { "“Passengers can plan again,” said Louise Haigh, adding that there was ‘no magic money tree’." },
	  { { "speech", "Louise Haigh" }, { "speech", "Louise Haigh" } } },
	{ "sentence: a label stays a term",
	  { "Investors began calling the stock the “Titanic of tech.”" },
	  { { "term", "" } } },
	{ "sentence: an organisation speaks as a subject",
	  { "The company’s lead investor, Halcyon Ventures, said in a statement that it “continues to support the founders.”" },
	  { { "speech", "Halcyon Ventures" } } },
	{ "sentence: a verb with nobody to name stops continuation",
	  { "“We will appeal,” said Dana Whitfield. Critics said the ruling was “long overdue and welcome.”" },
	  { { "speech", "Dana Whitfield" }, { "speech", "" } } },
	{ "sentence: a second verb joined to the subject",
	  { "Senator Paul Ostrowski, a Republican, voted against the bill and warned it would “balloon into a forever program.”" },
	  { { "speech", "Paul Ostrowski" } } },
	/* previous */
	{ "previous: the sentence before names the speaker",
	  { "Kenji Watanabe, the chief analyst at Harlow Brothers, was blunt. “This company has lost the trust of the Street.”" },
	  { { "speech", "Kenji Watanabe" } } },
	{ "previous: a subject that is nobody names nobody",
	  { "The report was published on Monday. “Nobody believes that story any more.”" },
	  { { "speech", "" } } },
	{ "previous: the sentence before beats continuation",
	  { "“We waited,” said Liam Walsh.", "Officer Dana Cole arrived at noon. “Nobody else came that day.”" },
	  { { "speech", "Liam Walsh" }, { "speech", "Dana Cole" } } },
	/* people: candidates, descriptors, appositions */
	{ "people: AP introduction without a verb",
	  { "Gerald Finch, 58, has run a hardware store for three decades.",
	    "“Nobody asked us,” Finch said." },
	  { { "speech", "Gerald Finch" } } },
	{ "people: descriptors leave the name",
	  { "Chief Executive Bradley Kessler apologised. ‘We are deeply sorry,’ Kessler told reporters." },
	  { { "speech", "Bradley Kessler" } } },
	{ "people: a role bound by apposition",
	  { "A Corvane spokeswoman, Lena Park, declined to comment.",
	    "“We don’t discuss former directors,” the spokeswoman said." },
	  { { "speech", "Lena Park" } } },
	{ "people: the role with no name stays unnamed",
	  { "One engineer spoke on condition of anonymity.",
	    "“Everybody could see it coming,” the engineer said." },
	  { { "speech", "" } } },
	{ "people: a weekday is nobody",
	  { "“The vote is final,” Tuesday said." },
	  { { "speech", "" } } },
	{ "people: a pronoun prefers the subject to a later object",
	  { "John Carter, the mayor, praised Paul Dean, the union leader, for his patience.",
	    "“He kept everyone at the table,” he said." },
	  { { "speech", "John Carter" } } },
	{ "people: an age for the last person named",
	  { "Monteur Ali Demir arbeitet seit 19 Jahren im Werk. „Ich habe hier meine Lehre gemacht“, sagt der 41-Jährige." },
	  { { "speech", "Ali Demir" } } },
	{ "people: a role, a place, then the name",
	  { "« On ne peut pas demander cela », a déclaré la députée de la Somme Claire Vasseur à la sortie." },
	  { { "speech", "Claire Vasseur" } } },
	{ "people: a person of the paragraph before a bare candidate",
	  { "Opposition leader Rhys Vaughan warned that the branches in Holt and Marley Cross were at risk. ‘Brindle was saved by its campaign,’ he said." },
	  { { "speech", "Rhys Vaughan" } } },
	{ "people: past a party to the person in apposition",
	  { "Le premier secrétaire du Parti socialiste, Julien Roux, dénonce « une réforme brutale ». « Les Français l’ont dit dans la rue », prévient-il." },
	  { { "speech", "Julien Roux" }, { "speech", "Julien Roux" } } },
	/* same paragraph, next paragraph, alternation */
	{ "same paragraph: she goes on",
	  { "“It is enshrined now,” said Eunisses Hernandez. “It can’t just change.”" },
	  { { "speech", "Eunisses Hernandez" }, { "speech", "Eunisses Hernandez" } } },
	{ "same paragraph: a name in the attribution does not stop it",
	  { "“He doesn’t know how good he is,” Callum Reid said of Tayo Adeyemi. “Don’t tell him.”" },
	  { { "speech", "Callum Reid" }, { "speech", "Callum Reid" } } },
	{ "same paragraph: a name in a sentence between stops it",
	  { "“We are ready,” said Callum Reid. Tayo Adeyemi was not so sure. “The pitch is a mess.”" },
	  { { "speech", "Callum Reid" }, { "speech", "Tayo Adeyemi" } } },
	{ "next paragraph: the speaker goes on",
	  { "“We waited,” said Liam Walsh.", "“Nobody else came that day.”" },
	  { { "speech", "Liam Walsh" }, { "speech", "Liam Walsh" } } },
	/* not Liam's: Dana Cole, the subject of the paragraph between, is
	 * who speaks next */
	{ "next paragraph: not past another person",
	  { "“We waited,” said Liam Walsh.", "Then Dana Cole spoke.", "“Nobody else came that day.”" },
	  { { "speech", "Liam Walsh" }, { "speech", "Dana Cole" } } },
	{ "next paragraph: a narrative subject that is nobody",
	  { "“We waited,” said Liam Walsh.", "Then the lights went out.", "“Nobody else came that day.”" },
	  { { "speech", "Liam Walsh" }, { "speech", "" } } },
	{ "previous paragraph: its subject answers",
	  { "Their manager, Clive Hartley, was furious.", "Asked whether his side had tired, he shook his head.",
	    "“No. We lost our shape, and that’s on me.”" },
	  { { "speech", "Clive Hartley" } } },
	{ "previous paragraph: not after a quotation of someone else",
	  { "“We lost,” said Clive Hartley.", "Asked whether his side had tired, the captain, Luis Carvalho, nodded. “Yes,” he said.",
	    "“It was hot.”" },
	  { { "speech", "Clive Hartley" }, { "speech", "Luis Carvalho" }, { "speech", "Luis Carvalho" } } },
	{ "alternation: a question and its answer",
	  { "“Is the dividend safe?” asked Rebecca Stone.", "“It is,” Helen Vasquez said.",
	    "“Then why did you cut it in 2019?”" },
	  { { "speech", "Rebecca Stone" }, { "speech", "Helen Vasquez" }, { "speech", "Rebecca Stone" } } },
	/* interviews */
	{ "interview: long answers after A. and bold Q. questions",
	  { "The economist Raghuram Patel studies inflation.",
	    "Q. Is inflation beaten?",
	    "A. Not yet. Services prices are still rising fast.",
	    "Q. When will rates fall?",
	    "A. Later than markets hope. I would not bet on June." },
	  { { "speech", "Raghuram Patel" }, { "speech", "Raghuram Patel" } } },
	{ "interview: a label in capitals is the person met by that surname",
	  { "Maria Lopez runs a bakery in Austin.",
	    "LOPEZ: With my grandmother’s recipes and a rented oven.",
	    "REPORTER: Any regrets?",
	    "LOPEZ: None. Well, maybe the rented oven." },
	  { { "speech", "Maria Lopez" }, { "speech", "Maria Lopez" } } },
	{ "interview: Q and A",
	  { "Amara Lindqvist’s novel sold well. We spoke with Amara Lindqvist at home.",
	    "Q: Why so long?", "A: I threw the first draft away.", "Q: And now?", "A: Now it is done." },
	  { { "speech", "Amara Lindqvist" }, { "speech", "Amara Lindqvist" } } },
	{ "interview: name labels",
	  { "Ingrid Halldórsdóttir watches the volcano.", "Is this going to stop?",
	    "Ingrid Halldórsdóttir: Not soon.", "Do you get used to it?", "Halldórsdóttir: Never." },
	  { { "speech", "Ingrid Halldórsdóttir" }, { "speech", "Ingrid Halldórsdóttir" } } },
	{ "interview: one label is no interview",
	  { "Update: the council met again on Friday.", "Nothing changed." },
	  { { NULL, NULL } } },
};

static void
run_case(const struct scase *c)
{
	struct quote_para p[MAXP];
	struct quote *q = NULL;
	size_t np, nq = 0, nx = 0, i, k;

	for (np = 0; np < MAXP && c->para[np] != NULL; np++) {
		memset(&p[np], 0, sizeof p[np]);
		p[np].text = c->para[np];
		p[np].len = strlen(c->para[np]);
	}
	while (nx < MAXQ && c->q[nx].kind != NULL)
		nx++;
	assert_int_equal(quote_find(p, np, &q, &nq), 0);
	for (i = 0; i < nq; i++)
		print_message("# %s: %s L%d \"%s\" by \"%s\"\n", c->name,
		    quote_kind_name(q[i].kind), q[i].level, q[i].text,
		    q[i].speaker ? q[i].speaker : "");
	for (i = 0, k = 0; i < nq; i++) {
		if (q[i].level != 1)
			continue;
		assert_true(k < nx);
		assert_string_equal(quote_kind_name(q[i].kind), c->q[k].kind);
		assert_string_equal(q[i].speaker ? q[i].speaker : "",
		    c->q[k].speaker);
		k++;
	}
	assert_int_equal(k, nx);
	quote_free(&q, nq);
}

static void
test_case(void **state)
{
	run_case(*state);
}

/* The notes go into the text: one per speaker run, after the sentence
 * the run ends, spans and quotation positions moved along. */
static void
test_notes(void **state)
{
	static const char html[] = "<p>“We are ready,” said Dana Whitfield. "
	    "“We will <b>win</b>.” Then <i>Omar Haddad</i> spoke. “No,” "
	    "Haddad said.</p>";
	struct rdoc *doc = NULL;
	struct quote *q = NULL;
	size_t nq = 0, i;
	const struct rblock *b;
	const char *t, *n1, *n2;

	(void)state;
	assert_int_equal(render_html(html, strlen(html), 0, &doc), 0);
	assert_int_equal(model_quotes_rdoc(doc, &q, &nq), 0);
	assert_int_equal(nq, 3);
	model_quotes_notes(doc, q, nq);
	b = &doc->blocks[0];
	t = b->text;
	n1 = strstr(t, "win.” — Dana Whitfield Then");
	n2 = strstr(t, "Haddad said. — Omar Haddad");
	assert_non_null(n1);
	assert_non_null(n2);
	assert_null(strstr(t, "ready,” — "));	/* one note per run */
	/* the quotations still cover their own text */
	for (i = 0; i < nq; i++)
		assert_int_equal(strncmp(t + q[i].off_start, q[i].text,
		    strlen(q[i].text)), 0);
	/* the spans: sorted, disjoint, the notes among them, bold kept */
	for (i = 0; i + 1 < b->nspans; i++)
		assert_true(b->spans[i].end <= b->spans[i + 1].start);
	for (i = 0; i < b->nspans; i++) {
		if (b->spans[i].attr == RA_BOLD)
			assert_int_equal(strncmp(t + b->spans[i].start, "win",
			    3), 0);
		if (b->spans[i].attr == RA_NOTE)
			assert_true(strncmp(t + b->spans[i].start, " — ",
			    strlen(" — ")) == 0);
	}
	quote_free(&q, nq);
	rdoc_free(&doc);
}

int
main(void)
{
	struct CMUnitTest t[sizeof cases / sizeof *cases + 1];
	size_t i, n = 0;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		t[n].name = cases[i].name;
		t[n].test_func = test_case;
		t[n].setup_func = NULL;
		t[n].teardown_func = NULL;
		t[n].initial_state = (void *)&cases[i];
		n++;
	}
	t[n++] = (struct CMUnitTest)cmocka_unit_test(test_notes);
	return _cmocka_run_group_tests("quote-sieve", t, n, NULL, NULL);
}
