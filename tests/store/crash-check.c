/*
 * crash-check: after crash-writer was killed, check the cache it left:
 * SQLite's and the full-text index's integrity checks pass, the next writer
 * can open it, every read state the writer reported saved is there (or the
 * one it was about to save, if that is the last word on the article), no
 * deleted article came back, and each feed's counters match its articles.
 *
 *   crash-check CACHE LOG     exit 0 when all holds, else 1 with reasons
 *
 * After a killed reload (crash.sh's second part): integrity, and every
 * article stored is in the full-text index (its title's last word finds
 * it) and has its quotations stored (SPEAKER's list names it): the
 * indexes never lag the articles, whenever the reload died.
 *
 *   crash-check --indexed CACHE SPEAKER
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "store/lib.h"

struct expect {
	int	 saved;		/* -1 none, 0/1 read state, 2 deleted */
	int	 pending;	/* -1 none, else what was being attempted */
};

static void	 quiet(enum log_level, const char *, void *);
static int	 indexed(const char *, const char *);

static void
quiet(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)arg;
	(void)msg;
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct store_feed *feeds;
	struct store_article_row *rows;
	struct store_article a;
	struct store_query q;
	struct expect *ex = NULL;
	size_t nex = 0, nf, n, i, j;
	char err[512], line[256], word[32];
	long long id;
	int state, bad = 0, checked = 0, got;
	int64_t total, unread, u;
	FILE *fp;

	if (argc == 4 && strcmp(argv[1], "--indexed") == 0)
		return indexed(argv[2], argv[3]);
	if (argc != 3)
		return 2;
	if (store_open(argv[1], 0, &st, err, sizeof err) == -1) {
		printf("open: %s\n", err);
		return 1;
	}
	if (store_check(st, err, sizeof err) == -1) {
		printf("integrity: %s\n", err);
		return 1;
	}

	if ((fp = fopen(argv[2], "r")) == NULL)
		return 1;
	while (fgets(line, sizeof line, fp) != NULL) {
		state = -1;
		if (sscanf(line, "%31s %lld %d", word, &id, &state) < 2 ||
		    id <= 0 || id > 10000000)
			continue;	/* a torn last line */
		if ((size_t)id >= nex) {
			ex = xreallocarray(ex, id + 1, sizeof *ex);
			for (i = nex; i <= (size_t)id; i++)
				ex[i].saved = ex[i].pending = -1;
			nex = id + 1;
		}
		if (strcmp(word, "pending") == 0 && state >= 0)
			ex[id].pending = state;
		else if (strcmp(word, "saved") == 0 && state >= 0) {
			ex[id].saved = state;
			ex[id].pending = -1;
		} else if (strcmp(word, "pending-del") == 0)
			ex[id].pending = 2;
		else if (strcmp(word, "deleted") == 0) {
			ex[id].saved = 2;
			ex[id].pending = -1;
		}
	}
	fclose(fp);

	log_set_dispatcher(quiet, NULL);
	for (i = 1; i < nex; i++) {
		if (ex[i].saved == -1 && ex[i].pending == -1)
			continue;
		got = store_article_get(st, i, &a) == 0 ? a.row.unread : 2;
		if (got != 2)
			store_article_clear(&a);
		/* Only a pending change may differ from the saved state;
		 * with nothing saved yet, anything goes. */
		if (ex[i].saved != -1 && got != ex[i].saved &&
		    got != ex[i].pending) {
			printf("article %zu: state %d, saved %d, pending %d\n",
			    i, got, ex[i].saved, ex[i].pending);
			bad++;
		}
		checked++;
	}
	log_set_dispatcher(NULL, NULL);

	/* Counters against the rows themselves. */
	if (store_feed_list(st, &feeds, &nf) == -1)
		return 1;
	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_FEED;
	for (i = 0; i < nf; i++) {
		q.feed_id = feeds[i].id;
		if (store_article_list(st, &q, 0, 1000000, &rows, &n) == -1)
			return 1;
		for (u = 0, j = 0; j < n; j++)
			u += rows[j].unread;
		store_article_rows_free(&rows, n);
		if (store_article_count(st, &q, &total, &unread) == -1)
			return 1;
		if ((int64_t)n != total || u != unread) {
			printf("feed %lld: counters say %lld/%lld, rows %zu/%lld\n",
			    (long long)feeds[i].id, (long long)unread,
			    (long long)total, n, (long long)u);
			bad++;
		}
	}
	store_feed_list_free(&feeds, nf);
	store_close(&st);
	free(ex);
	printf("%d read states checked, %d problems\n", checked, bad);
	return bad == 0 ? 0 : 1;
}

/* Every article: found by its title's last word, named by the speaker's
 * quotations. */
static int
indexed(const char *path, const char *speaker)
{
	struct store *st;
	struct store_article_row *rows, *hit;
	struct store_quote *qs;
	struct store_query q;
	size_t n, nh, nq, i, j;
	const char *w;
	char err[512];
	int bad = 0, found;

	if (store_open(path, 0, &st, err, sizeof err) == -1) {
		printf("open: %s\n", err);
		return 1;
	}
	if (store_check(st, err, sizeof err) == -1) {
		printf("integrity: %s\n", err);
		return 1;
	}
	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_ALL;
	if (store_article_list(st, &q, 0, 1000000, &rows, &n) == -1 ||
	    store_quotes_by_speaker(st, speaker, 0, &qs, &nq) == -1)
		return 1;
	for (i = 0; i < n; i++) {
		w = rows[i].title != NULL ? strrchr(rows[i].title, ' ') : NULL;
		if (w == NULL) {
			printf("article %lld: no title word\n",
			    (long long)rows[i].id);
			bad++;
			continue;
		}
		q.scope = STORE_SCOPE_SEARCH;
		q.text = w + 1;
		if (store_article_list(st, &q, 0, 10, &hit, &nh) == -1)
			return 1;
		if (nh != 1 || hit[0].id != rows[i].id) {
			printf("article %lld: search %s finds %zu\n",
			    (long long)rows[i].id, w + 1, nh);
			bad++;
		}
		store_article_rows_free(&hit, nh);
		for (found = 0, j = 0; j < nq && !found; j++)
			found = qs[j].article_id == rows[i].id;
		if (!found) {
			printf("article %lld: no quotation by %s\n",
			    (long long)rows[i].id, speaker);
			bad++;
		}
	}
	printf("%zu articles indexed and quoted, %d problems\n", n, bad);
	store_article_rows_free(&rows, n);
	store_quotes_free(&qs, nq);
	store_close(&st);
	return bad == 0 ? 0 : 1;
}
