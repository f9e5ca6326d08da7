/*
 * store-cjk.c: CJK text for the full-text index.  Chinese and Japanese
 * have no spaces between words, and the tokenizer takes a whole run of
 * ideographs or kana as one token, so a word inside it could never be
 * found.  The index is given every character of a run and every pair of
 * neighbours; a search for a run of two or more asks for all its pairs,
 * one character for itself.  Any run of characters is then found (and,
 * since the index keeps no positions, rarely an article holding the same
 * pairs apart).  Hangul is treated the same, so part of a word is found.
 */
#include "config.h"

#include <string.h>

#include "store/store-int.h"

/* The byte length of the CJK letter at p (3: all are in the BMP), or 0.
 * Punctuation, the kana middle dot and the iteration marks' neighbours
 * that the tokenizer splits at are not letters here, so a pair is always
 * one token to it. */
size_t
store_cjk_char(const unsigned char *p)
{
	unsigned int cp;

	if (p[0] < 0xe3 || p[0] > 0xef || (p[1] & 0xc0) != 0x80 ||
	    (p[2] & 0xc0) != 0x80)
		return 0;
	cp = (p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
	if ((cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x309d && cp <= 0x309f) ||
	    (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x30fc && cp <= 0x30ff) ||
	    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff))
		return 3;
	return 0;
}

/* Whether s[0, n) holds a CJK letter; cheap when it holds no byte that
 * can start one. */
int
store_cjk_any(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i + 2 < n; i++)
		if (p[i] >= 0xe3 && p[i] <= 0xef &&
		    store_cjk_char(p + i) != 0)
			return 1;
	return 0;
}

/*
 * Cut the word w[0, n) into its other parts (given whole) and its CJK
 * runs: for the index (query 0) each character and each pair, for a
 * search (query 1) the pairs of a run, or its one character.  emit gets
 * pointers into w.
 */
void
store_cjk_grams(const unsigned char *w, size_t n, int query,
    void (*emit)(void *arg, const unsigned char *t, size_t len), void *arg)
{
	const unsigned char *p = w, *end = w + n, *seg = w, *run;
	size_t k;

	while (p < end) {
		if (end - p < 3 || store_cjk_char(p) == 0) {
			p++;
			continue;
		}
		if (p > seg)
			emit(arg, seg, p - seg);
		run = p;
		for (k = 0; end - p >= 3 && store_cjk_char(p) != 0; k++)
			p += 3;
		for (; run + 3 <= p; run += 3) {
			if (!query || k == 1)
				emit(arg, run, 3);
			if (run + 6 <= p)
				emit(arg, run, 6);
		}
		seg = p;
	}
	if (p > seg)
		emit(arg, seg, p - seg);
}
