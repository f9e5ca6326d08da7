/*
 * store-gen: fill a tidings cache with synthetic news through the store API
 * (store_feed_ensure + store_merge, one transaction per feed), for the store
 * benchmark.  Deterministic for a given seed.  Words follow a skewed
 * distribution over a made-up vocabulary so full-text searches have common
 * and rare words; two feeds in three end up read.
 *
 *   store-gen CACHE FEEDS ITEMS [BODY_BYTES [SEED]]
 *
 * Prints the fill time and rate on stdout; writes three sample words
 * (common, middling, rare) to CACHE.words for the searches.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "store/lib.h"

#define NWORDS	20000

static uint64_t	 rng_state;
static char	*words[NWORDS];

static uint64_t	 rnd(void);
static const char *word(void);
static void	 make_words(void);
static void	 sentence(struct buf *b, int n);

static uint64_t
rnd(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/* Skewed: low indices are far more common (u^3). */
static const char *
word(void)
{
	double u = (double)(rnd() % 1000000) / 1000000.0;

	return words[(size_t)(u * u * u * NWORDS)];
}

static void
make_words(void)
{
	static const char *syl[] = { "ka", "lo", "mi", "ne", "ru", "sa", "ti",
	    "vo", "ber", "con", "dal", "fen", "gor", "hul", "jin", "mar",
	    "nor", "pel", "quo", "ris", "tan", "ul", "ver", "wix", "yar",
	    "zed", "ox", "ith", "an", "el" };
	size_t nsyl = sizeof syl / sizeof syl[0], i;
	struct buf b = BUF_INIT;
	int k, n;

	for (i = 0; i < NWORDS; i++) {
		n = 1 + (int)(i * 7 / NWORDS) + (int)(rnd() % 2);
		for (k = 0; k < n; k++)
			buf_adds(&b, syl[rnd() % nsyl]);
		buf_printf(&b, "%c", 'a' + (int)(i % 26));
		words[i] = buf_detach(&b);
	}
	buf_free(&b);
}

static void
sentence(struct buf *b, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, ' ');
		buf_adds(b, word());
	}
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct feed_doc *doc;
	struct feed_entry *e;
	struct buf b = BUF_INIT;
	char err[512], *url, *tags;
	long nfeeds, nitems, body, f, i;
	int64_t feed_id, base = 1700000000;
	double t0, t1;
	size_t total = 0;

	if (argc < 4) {
		fprintf(stderr, "usage: store-gen CACHE FEEDS ITEMS "
		    "[BODY_BYTES [SEED]]\n");
		return 2;
	}
	nfeeds = atol(argv[2]);
	nitems = atol(argv[3]);
	body = argc > 4 ? atol(argv[4]) : 1500;
	rng_state = argc > 5 ? strtoull(argv[5], NULL, 10) : 42;
	if (rng_state == 0)
		rng_state = 42;
	make_words();
	/* Sample words for the benchmark's searches: common, middling, rare. */
	{
		char *wpath = xasprintf("%s.words", argv[1]);
		FILE *wf = fopen(wpath, "w");

		if (wf != NULL) {
			fprintf(wf, "%s %s %s\n", words[0], words[NWORDS / 20],
			    words[NWORDS - 1]);
			fclose(wf);
		}
		free(wpath);
	}

	if (store_open(argv[1], 0, &st, err, sizeof err) == -1) {
		fprintf(stderr, "store-gen: %s\n", err);
		return 1;
	}
	t0 = clock_mono_us() / 1e3;
	for (f = 0; f < nfeeds; f++) {
		url = xasprintf("http://f%04ld.example/feed.xml", f);
		tags = xasprintf("tag%ld%s", f % 10, f % 7 == 0 ? " daily" : "");
		feed_id = store_feed_ensure(st, url, NULL, tags, 0, (int)f);
		free(url);
		free(tags);
		if (feed_id == -1)
			return 1;
		doc = feed_doc_new();
		b.len = 0;
		sentence(&b, 3);
		doc->meta.title = buf_detach(&b);
		doc->meta.link = xasprintf("http://f%04ld.example/", f);
		for (i = 0; i < nitems; i++) {
			e = feed_doc_add_entry(doc);
			e->id = xasprintf("urn:f%ld:i%ld", f, i);
			e->link = xasprintf("http://f%04ld.example/a/%ld.html",
			    f, i);
			sentence(&b, 5 + (int)(rnd() % 6));
			e->title = buf_detach(&b);
			sentence(&b, 2);
			e->author = buf_detach(&b);
			/* About every 3 hours per feed, going back in time. */
			e->published = base - i * 10800 - (int64_t)(rnd() % 3600);
			while ((long)b.len < body) {
				buf_adds(&b, "<p>");
				sentence(&b, 12 + (int)(rnd() % 20));
				if (rnd() % 4 == 0) {
					buf_printf(&b, " <a href=\"http://x.example/"
					    "%llu\">", (unsigned long long)(rnd() %
					    100000));
					sentence(&b, 2);
					buf_adds(&b, "</a>");
				}
				buf_adds(&b, ".</p>\n");
			}
			e->content = buf_detach(&b);
			feed_entry_add_category(e, word());
		}
		if (store_merge(st, feed_id, doc, base, NULL) == -1)
			return 1;
		if (f % 3 != 0 && store_feed_mark_read(st, feed_id) == -1)
			return 1;
		total += doc->nentries;
		feed_doc_free(&doc);
		if ((f + 1) % 100 == 0)
			fprintf(stderr, "\rstore-gen: %ld/%ld feeds", f + 1,
			    nfeeds);
	}
	t1 = clock_mono_us() / 1e3;
	fprintf(stderr, "\n");
	store_close(&st);
	printf("fill: %zu articles in %.1f s (%.0f articles/s)\n", total,
	    (t1 - t0) / 1e3, total / ((t1 - t0) / 1e3));
	buf_free(&b);
	for (i = 0; i < NWORDS; i++)
		free(words[i]);
	return 0;
}
