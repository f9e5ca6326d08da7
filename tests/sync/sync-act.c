/*
 * sync-act: local changes as the interface makes them, through the
 * model's actions, for the tests/sync scripts.
 *   sync-act CACHE read|unread|star|unstar ITEM...   (server item ids)
 *   sync-act CACHE all-read                         (mark all read)
 *   sync-act CACHE show ITEM...    prints "ITEM unread=U starred=S" each
 * Exit 0, or 1 when an item is unknown or an action failed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "model/model.h"
#include "store/lib.h"

int
main(int argc, char **argv)
{
	struct store *st = NULL;
	struct model *m;
	char err[256];
	int64_t id;
	int i, rc = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: sync-act CACHE ACTION [ITEM...]\n");
		return 2;
	}
	if (store_open(argv[1], 0, &st, err, sizeof err) == -1) {
		fprintf(stderr, "sync-act: %s\n", err);
		return 1;
	}
	m = model_new(st, NULL);
	if (strcmp(argv[2], "all-read") == 0)
		rc = model_mark_all_read(m) == -1;
	for (i = 3; i < argc; i++) {
		id = store_sync_article(st, strtoll(argv[i], NULL, 10));
		if (id <= 0) {
			fprintf(stderr, "sync-act: no item %s\n", argv[i]);
			rc = 1;
			continue;
		}
		if (strcmp(argv[2], "show") == 0) {
			struct model_article a;

			if (model_article_get(m, id, &a) == -1) {
				rc = 1;
				continue;
			}
			printf("%s unread=%d starred=%d\n", argv[i],
			    a.row.unread, a.row.starred);
			model_article_clear(&a);
		} else if (strcmp(argv[2], "read") == 0)
			rc |= model_set_unread(m, id, 0) == -1;
		else if (strcmp(argv[2], "unread") == 0)
			rc |= model_set_unread(m, id, 1) == -1;
		else if (strcmp(argv[2], "star") == 0)
			rc |= model_set_starred(m, id, 1) == -1;
		else if (strcmp(argv[2], "unstar") == 0)
			rc |= model_set_starred(m, id, 0) == -1;
		else
			rc = 2;
	}
	model_free(&m);
	store_close(&st);
	return rc;
}
