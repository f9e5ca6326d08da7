/*
 * quote-qa.c: interviews printed as questions and answers.  The answers
 * carry no quotation marks; the layout says they are speech:
 *
 *   Q: question / A: answer            (labels from the tables below)
 *   **Name:** answer                   (a name label repeated, two or more
 *                                       paragraphs starting "Name:")
 *   **A question?** / answer paragraphs (two or more questions set wholly
 *                                       in bold, the answers plain)
 *
 * Each answer becomes a speech span over the paragraph after its label,
 * with the label remembered (qspan.qa, qa_off, qa_len) for the
 * attribution: a name label names the speaker, "A:" means the
 * interviewee (quote-speaker.c picks them).
 */
#include "config.h"

#include <string.h>

#include "base/lib.h"
#include "quote/quote-int.h"

#define QA_LABEL_WORDS	4	/* a name label has at most this many words */
#define QA_MIN_ANSWERS	2	/* fewer and it is no interview */
#define QA_MAX_NAMED	500	/* name labels compared pairwise */
#define QA_LABEL_SCAN	96	/* bytes a label's colon can be into it */

/* The labels of questions and answers, by language: adding one is a line. */
static const char *const qa_questions[] = { "Q", "Question", "F", "Frage",
    NULL };
static const char *const qa_answers[] = { "A", "Answer", "R", "Réponse",
    "Antwort", NULL };

static void	 bold_questions(struct qdoc *d);
static size_t	 label_end(const struct quote_para *p, size_t *text,
		     size_t *words, int *caps);
static int	 label_in(const char *const *tab, const char *s, size_t n);
static int	 label_repeats(const struct qdoc *d, size_t k, const char *s,
		     size_t n);

/*
 * The label a paragraph opens with: a run of up to QA_LABEL_WORDS words
 * and a colon (or a full stop after a single letter: "Q."), spaces
 * around.  Returns its length (0: none) and sets *text to where the
 * answer starts, *words and *caps (all words capitalised).
 */
static size_t
label_end(const struct quote_para *p, size_t *text, size_t *words, int *caps)
{
	const char *s = p->text;
	size_t i = quote_skip_space(s, p->len, 0), st = i, end, j;
	uint32_t ch;
	int inword = 0;

	*words = 0;
	*caps = 1;
	/* most paragraphs: no colon or stop near the start, no label */
	if (i >= p->len || (memchr(s + i, ':', p->len - i < QA_LABEL_SCAN ?
	    p->len - i : QA_LABEL_SCAN) == NULL && (p->len - i < 2 ||
	    s[i + 1] != '.')))
		return 0;
	/* "Q. What ..." / "A. Not yet. Services ...": the letter and its
	 * stop, whatever follows (the loop below would count the words) */
	if (p->len - i > 2 && s[i + 1] == '.' && s[i + 2] == ' ' &&
	    (s[i] == 'Q' || s[i] == 'A')) {
		*words = 1;
		*text = quote_skip_space(s, p->len, i + 2);
		return 1;
	}
	while (i < p->len) {
		j = i;
		ch = quote_next(s, p->len, &j);
		if (quote_letter(ch) || ch == '-' || ch == '.' ||
		    ch == 0x2019 || ch == '\'') {
			if (!inword) {
				(*words)++;
				if (!quote_upper(ch))
					*caps = 0;
			}
			inword = 1;
		} else if (ch == ' ') {
			inword = 0;
		} else
			break;
		if (*words > QA_LABEL_WORDS)
			return 0;
		i = j;
	}
	end = i;
	while (end > st && s[end - 1] == ' ')
		end--;
	if (i >= p->len || s[i] != ':' || end == st) {
		/* "Q. What ..." */
		if (i > st + 1 && s[st + 1] == '.' && i >= st + 2 &&
		    (s[st] == 'Q' || s[st] == 'A')) {
			*words = 1;
			*text = quote_skip_space(s, p->len, st + 2);
			return 1;
		}
		return 0;
	}
	*text = quote_skip_space(s, p->len, i + 1);
	return end - st;
}

static int
label_in(const char *const *tab, const char *s, size_t n)
{
	size_t i;

	for (i = 0; tab[i] != NULL; i++) {
		if (strlen(tab[i]) == n && memcmp(tab[i], s, n) == 0)
			return 1;
	}
	return 0;
}

/* Does another paragraph's label end with the same word as s[0..n)
 * (Ingrid Halldórsdóttir: ... Halldórsdóttir: ...)? */
static int
label_repeats(const struct qdoc *d, size_t k, const char *s, size_t n)
{
	const char *w = s + n, *o;
	size_t i, wl, on, t, words, st;
	int caps;

	while (w > s && w[-1] != ' ')
		w--;
	wl = (size_t)(s + n - w);
	for (i = 0; i < d->n; i++) {
		if (i == k || (on = label_end(&d->p[i], &t, &words, &caps)) == 0)
			continue;
		st = quote_skip_space(d->p[i].text, d->p[i].len, 0);
		o = d->p[i].text + st;
		if (on >= wl && memcmp(o + on - wl, w, wl) == 0 &&
		    (on == wl || o[on - wl - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Blank, or holding a quotation mark (then the finder has it): no
 * answer span. */
static int
para_skip(const struct quote_para *p)
{
	size_t i = 0;
	int text = 0;
	uint32_t ch;

	while (i < p->len) {
		ch = quote_next(p->text, p->len, &i);
		if (quote_is_mark(ch) && ch != '\'' && ch != 0x2019)
			return 1;
		if (!quote_space(ch))
			text = 1;
	}
	return !text;
}

static int
bold_question(const struct quote_para *p)
{
	return (p->flags & QUOTE_PARA_BOLD) && p->level == 0 &&
	    memchr(p->text, '?', p->len) != NULL;
}

/* An answer span over paragraph k from byte t, trailing spaces off; the
 * name label at [loff, loff + llen) of the paragraph, or none (llen 0:
 * the interviewee's). */
static void
answer_span(struct qdoc *d, size_t k, size_t t, size_t loff, size_t llen)
{
	const struct quote_para *p = &d->p[k];
	struct qspan *q;
	size_t w, idx;

	for (w = p->len; w > t && (p->text[w - 1] == ' ' ||
	    p->text[w - 1] == '\n'); w--)
		;
	if (w <= t)
		return;
	idx = quote_span_new(d);
	q = &d->s[idx];
	q->q.kind = QUOTE_SPEECH;
	q->q.para_start = q->q.para_end = k;
	q->q.off_start = q->q.mark_start = t;
	q->q.off_end = q->q.mark_end = w;
	q->state = QS_CLOSED;
	q->qa = 1;
	q->qa_off = loff;
	q->qa_len = llen;
}

/* The third layout: the plain paragraphs after each bold question, up to
 * the next one, are the interviewee's answers; one that opens in bold
 * ends them.  Paragraphs holding quotation marks are left to the finder. */
static void
bold_questions(struct qdoc *d)
{
	size_t k, nb = 0;
	const struct quote_para *p;
	int in = 0;

	for (k = 0; k < d->n; k++)
		nb += bold_question(&d->p[k]);
	if (nb < QA_MIN_ANSWERS)
		return;
	for (k = 0; k < d->n && d->ns < QUOTE_MAX_SPANS; k++) {
		p = &d->p[k];
		if (bold_question(p)) {
			in = 1;
			continue;
		}
		if (p->flags & QUOTE_PARA_BOLD_LEAD) {
			in = 0;	/* a new section, or a note: no answer */
			continue;
		}
		if (!in || p->level > 0 || (p->flags & (QUOTE_PARA_VERBATIM |
		    QUOTE_PARA_HEADING | QUOTE_PARA_BOLD)) ||
		    para_skip(p))
			continue;
		answer_span(d, k, quote_skip_space(p->text, p->len, 0), 0, 0);
	}
}

/* Add a speech span for every answer of an interview layout. */
void
quote_add_interview(struct qdoc *d)
{
	size_t k, n, t, w, st, nq = 0, na = 0, nn = 0;
	const struct quote_para *p;
	const char *s;
	int caps, kind;

	/* Count first: most articles are no interview. */
	for (k = 0; k < d->n; k++) {
		p = &d->p[k];
		if (p->level > 0 || (p->flags & QUOTE_PARA_VERBATIM) ||
		    (n = label_end(p, &t, &w, &caps)) == 0 || !caps)
			continue;
		st = quote_skip_space(p->text, p->len, 0);
		s = p->text + st;
		if (label_in(qa_questions, s, n))
			nq++;
		else if (label_in(qa_answers, s, n))
			na++;
		else
			nn++;
	}
	if (!((nq > 0 && na >= QA_MIN_ANSWERS) || (nn >= QA_MIN_ANSWERS &&
	    nn <= QA_MAX_NAMED))) {
		bold_questions(d);
		return;
	}
	kind = nq > 0 && na >= QA_MIN_ANSWERS ? 1 : 2;
	for (k = 0; k < d->n && d->ns < QUOTE_MAX_SPANS; k++) {
		p = &d->p[k];
		if (p->level > 0 || (p->flags & QUOTE_PARA_VERBATIM) ||
		    (n = label_end(p, &t, &w, &caps)) == 0 || !caps)
			continue;
		st = quote_skip_space(p->text, p->len, 0);
		s = p->text + st;
		if (label_in(qa_questions, s, n) ||
		    (kind == 1 && !label_in(qa_answers, s, n)) ||
		    (kind == 2 && (label_in(qa_answers, s, n) ||
		    !label_repeats(d, k, s, n))))
			continue;
		answer_span(d, k, t, kind == 2 ? st : 0, kind == 2 ? n : 0);
	}
}
