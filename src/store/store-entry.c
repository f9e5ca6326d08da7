/*
 * store-entry.c: writing articles.  The merge of a parsed document into one
 * feed (one transaction), read/starred state, deletion with tombstones,
 * retention, and the feeds' unread/total counters, which every change here
 * keeps in step so no reader ever counts articles.
 *
 * Merge rules: an article is known by (feed, id) where id is the entry's id,
 * else its link, else its title; the first of several entries with one id in
 * a document wins.  A known article whose fields changed is updated in place
 * (unread and starred untouched); an unknown one is inserted unread unless
 * a tombstone says it was deleted.  Articles missing from the document stay.
 * Undated articles are dated by first_seen, set once at insertion.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store/store-int.h"

#define STORE_CAP_SHORT	(8u << 10)	/* title, author, link, id, ... */
#define STORE_CAP_BODY	(4u << 20)	/* summary, content */

/* The entry's fields as they will be stored: capped, with joins done. */
struct merge_item {
	const char	*guid;
	const char	*title;
	const char	*author;
	const char	*link;
	const char	*summary;
	const char	*content;
	char		*categories;
	const char	*enc_url;
	const char	*enc_type;
	int64_t		 published;
	int64_t		 updated;
	int		 content_type;
	uint64_t	 chash;
	char		*owned[8];	/* truncated copies */
	int		 nowned;
};

static const char *cap_text(struct merge_item *m, const char *s, size_t cap);
static void	 item_init(struct merge_item *m, const struct feed_entry *e);
static void	 item_clear(struct merge_item *m);
static int	 merge_one(struct store *st, int64_t feed_id,
		     struct merge_item *m, int64_t now,
		     struct store_merge_stats *stats, size_t *added);
static int	 bind_item(sqlite3_stmt *s, int first, struct merge_item *m);
static int	 fts_add(struct store *st, int64_t id, struct merge_item *m);
static int	 put_body(struct store *st, int64_t id, struct merge_item *m);
static void	 stats_push(struct store_merge_stats *stats, int64_t id);
static int	 seen_add(uint64_t *set, size_t mask, uint64_t key);
static int	 step_done(struct store *st, sqlite3_stmt *s, const char *what);
static int	 add_counts(struct store *st, int64_t feed_id, int64_t total,
		     int64_t unread);
static int	 delete_one(struct store *st, int64_t id);
static int	 collect_ids(struct store *st, sqlite3_stmt *s, int64_t **ids,
		     size_t *n);
static int	 expire_feed(struct store *st, int64_t feed_id, int max_count,
		     int max_age_days, int64_t now);

/* s, or a copy cut to at most cap bytes on a UTF-8 boundary. */
static const char *
cap_text(struct merge_item *m, const char *s, size_t cap)
{
	size_t n;
	char *c;

	if (s == NULL || (n = strnlen(s, cap + 1)) <= cap)
		return s;
	n = cap;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	c = xstrndup(s, n);
	m->owned[m->nowned++] = c;
	return c;
}

static void
item_init(struct merge_item *m, const struct feed_entry *e)
{
	struct buf b = BUF_INIT;
	uint64_t h;
	size_t i;

	memset(m, 0, sizeof *m);
	m->guid = e->id != NULL && *e->id != '\0' ? e->id :
	    e->link != NULL && *e->link != '\0' ? e->link : e->title;
	m->guid = cap_text(m, m->guid, STORE_CAP_SHORT);
	m->title = cap_text(m, e->title, STORE_CAP_SHORT);
	m->author = cap_text(m, e->author, STORE_CAP_SHORT);
	m->link = cap_text(m, e->link, STORE_CAP_SHORT);
	m->summary = cap_text(m, e->summary, STORE_CAP_BODY);
	m->content = cap_text(m, e->content, STORE_CAP_BODY);
	for (i = 0; i < e->ncategories && b.len < STORE_CAP_SHORT; i++) {
		if (e->categories[i] == NULL)
			continue;
		if (b.len > 0)
			buf_addc(&b, ',');
		buf_adds(&b, e->categories[i]);
	}
	if (b.len > 0) {
		m->categories = buf_detach(&b);
		m->owned[m->nowned++] = m->categories;
		m->categories = (char *)cap_text(m, m->categories,
		    STORE_CAP_SHORT);
	}
	buf_free(&b);
	if (e->nenclosures > 0) {
		m->enc_url = cap_text(m, e->enclosures[0].url, STORE_CAP_SHORT);
		m->enc_type = cap_text(m, e->enclosures[0].type,
		    STORE_CAP_SHORT);
	}
	m->published = e->published;
	m->updated = e->updated;
	m->content_type = e->content_type;

	h = STORE_HASH_INIT;
	h = store_hash_str(h, m->title);
	h = store_hash_str(h, m->author);
	h = store_hash_str(h, m->link);
	h = store_hash_str(h, m->summary);
	h = store_hash_str(h, m->content);
	h = store_hash_str(h, m->categories);
	h = store_hash_str(h, m->enc_url);
	h = store_hash_str(h, m->enc_type);
	h = store_hash(h, &m->published, sizeof m->published);
	h = store_hash(h, &m->updated, sizeof m->updated);
	h = store_hash(h, &m->content_type, sizeof m->content_type);
	m->chash = h;
}

static void
item_clear(struct merge_item *m)
{
	int i;

	for (i = 0; i < m->nowned; i++)
		free(m->owned[i]);
	m->nowned = 0;
}

/* Binds date-independent fields from column `first` on (the UPDATE and
 * INSERT statements list them in the same order). */
static int
bind_item(sqlite3_stmt *s, int first, struct merge_item *m)
{
	int i = first;

	if (m->published == FEED_DATE_NONE)
		sqlite3_bind_null(s, i++);
	else
		sqlite3_bind_int64(s, i++, m->published);
	if (m->updated == FEED_DATE_NONE)
		sqlite3_bind_null(s, i++);
	else
		sqlite3_bind_int64(s, i++, m->updated);
	store_bind_text(s, i++, m->title);
	store_bind_text(s, i++, m->author);
	store_bind_text(s, i++, m->link);
	sqlite3_bind_int(s, i++, m->content_type);
	store_bind_text(s, i++, m->categories);
	store_bind_text(s, i++, m->enc_url);
	return store_bind_text(s, i++, m->enc_type);
}

static int
put_body(struct store *st, int64_t id, struct merge_item *m)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_BODY_PUT)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	store_bind_body(st, s, 2, m->summary);
	store_bind_body(st, s, 3, m->content);
	return step_done(st, s, "merge");
}

static int
step_done(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, what);
		return -1;
	}
	return 0;
}

static int
fts_add(struct store *st, int64_t id, struct merge_item *m)
{
	sqlite3_stmt *s;
	char *text;

	if ((s = store_stmt(st, SS_ART_FTS_ADD)) == NULL)
		return -1;
	text = store_fts_text(m->title, m->author, m->summary, m->content);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, text, -1, free);
	return step_done(st, s, "index");
}

/* Take an article out of the full-text index (contentless: we must hand
 * back the very text it was given). */
int
store_fts_remove(struct store *st, int64_t id)
{
	sqlite3_stmt *s;
	char *title, *author, *summary, *content, *text;
	int rc;

	if ((s = store_stmt(st, SS_ART_FTS_SRC)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc == SQLITE_DONE)
			return 0;
		store_db_error(st, "index");
		return -1;
	}
	title = store_col_strdup(s, 0);
	author = store_col_strdup(s, 1);
	summary = store_col_body(s, 2);
	content = store_col_body(s, 3);
	sqlite3_reset(s);
	text = store_fts_text(title, author, summary, content);
	free(title);
	free(author);
	free(summary);
	free(content);

	if ((s = store_stmt(st, SS_ART_FTS_DEL)) == NULL) {
		free(text);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, text, -1, free);
	return step_done(st, s, "index");
}

/* 1 when key was new; the set never fills (sized twice the entries). */
static int
seen_add(uint64_t *set, size_t mask, uint64_t key)
{
	size_t i;

	if (key == 0)
		key = 1;	/* 0 marks an empty slot */
	for (i = key & mask; set[i] != 0; i = (i + 1) & mask) {
		if (set[i] == key)
			return 0;
	}
	set[i] = key;
	return 1;
}

static int
add_counts(struct store *st, int64_t feed_id, int64_t total, int64_t unread)
{
	sqlite3_stmt *s;

	if (total == 0 && unread == 0)
		return 0;
	if ((s = store_stmt(st, SS_FEED_ADD_COUNTS)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, total);
	sqlite3_bind_int64(s, 3, unread);
	return step_done(st, s, "counters");
}

static void
stats_push(struct store_merge_stats *stats, int64_t id)
{
	if (stats == NULL)
		return;
	if ((stats->nchanged & (stats->nchanged - 1)) == 0 &&
	    stats->nchanged >= 16)
		stats->changed_ids = xreallocarray(stats->changed_ids,
		    stats->nchanged * 2, sizeof *stats->changed_ids);
	else if (stats->changed_ids == NULL)
		stats->changed_ids = xreallocarray(NULL, 16,
		    sizeof *stats->changed_ids);
	stats->changed_ids[stats->nchanged++] = id;
}

static int
merge_one(struct store *st, int64_t feed_id, struct merge_item *m,
    int64_t now, struct store_merge_stats *stats, size_t *added)
{
	sqlite3_stmt *s;
	const unsigned char *g;
	int64_t gkey, id = 0, first_seen = 0, date;
	uint64_t oldhash = 0;
	int rc;

	gkey = (int64_t)store_hash_str(STORE_HASH_INIT, m->guid);
	if ((s = store_stmt(st, SS_ART_FIND)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, gkey);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		g = sqlite3_column_text(s, 1);
		if (g != NULL && strcmp((const char *)g, m->guid) == 0) {
			id = sqlite3_column_int64(s, 0);
			oldhash = (uint64_t)sqlite3_column_int64(s, 2);
			first_seen = sqlite3_column_int64(s, 3);
			break;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_db_error(st, "merge");
		return -1;
	}

	if (id > 0) {
		if (oldhash == m->chash) {
			if (stats != NULL)
				stats->unchanged++;
			return 0;
		}
		date = m->published != FEED_DATE_NONE ? m->published :
		    m->updated != FEED_DATE_NONE ? m->updated : first_seen;
		if (store_fts_remove(st, id) == -1 ||
		    (s = store_stmt(st, SS_ART_UPDATE)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, date);
		sqlite3_bind_int64(s, 3, (int64_t)m->chash);
		bind_item(s, 4, m);
		if (step_done(st, s, "merge") == -1 ||
		    put_body(st, id, m) == -1 || fts_add(st, id, m) == -1)
			return -1;
		if (stats != NULL)
			stats->updated++;
		stats_push(stats, id);
		return 0;
	}

	if ((s = store_stmt(st, SS_ART_TOMB_FIND)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, gkey);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;	/* deleted by the user or by retention */
	if (rc != SQLITE_DONE) {
		store_db_error(st, "merge");
		return -1;
	}

	date = m->published != FEED_DATE_NONE ? m->published :
	    m->updated != FEED_DATE_NONE ? m->updated : now;
	if ((s = store_stmt(st, SS_ART_INSERT)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, gkey);
	store_bind_text(s, 3, m->guid);
	sqlite3_bind_int64(s, 4, date);
	sqlite3_bind_int64(s, 5, (int64_t)m->chash);
	sqlite3_bind_int64(s, 6, now);
	bind_item(s, 7, m);
	if (step_done(st, s, "merge") == -1)
		return -1;
	id = sqlite3_last_insert_rowid(st->db);
	if (put_body(st, id, m) == -1 || fts_add(st, id, m) == -1)
		return -1;
	(*added)++;
	if (stats != NULL)
		stats->added++;
	stats_push(stats, id);
	return 0;
}

int
store_merge(struct store *st, int64_t feed_id, const struct feed_doc *doc,
    int64_t now, struct store_merge_stats *stats)
{
	struct merge_item m;
	sqlite3_stmt *s;
	uint64_t *seen;
	size_t i, mask, added = 0;

	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	if (store_tx_begin(st) == -1)
		return -1;

	if ((s = store_stmt(st, SS_FEED_SET_META)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	store_bind_text(s, 2, doc->meta.title);
	store_bind_text(s, 3, doc->meta.link);
	if (step_done(st, s, "merge") == -1)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		log_error(_("no feed with id %lld in the cache"),
		    (long long)feed_id);
		goto fail;
	}

	for (mask = 16; mask < doc->nentries * 2; mask *= 2)
		;
	seen = xcalloc(mask, sizeof *seen);
	mask--;
	for (i = 0; i < doc->nentries; i++) {
		item_init(&m, &doc->entries[i]);
		if (m.guid == NULL || !seen_add(seen, mask,
		    store_hash_str(STORE_HASH_INIT, m.guid))) {
			item_clear(&m);
			continue;
		}
		if (merge_one(st, feed_id, &m, now, stats, &added) == -1) {
			item_clear(&m);
			free(seen);
			goto fail;
		}
		item_clear(&m);
	}
	free(seen);
	if (add_counts(st, feed_id, added, added) == -1)
		goto fail;
	if (store_tx_commit(st) == -1)
		goto fail_norollback;
	return 0;

fail:
	store_tx_rollback(st);
fail_norollback:
	if (stats != NULL) {
		store_merge_stats_clear(stats);
	}
	return -1;
}

void
store_merge_stats_clear(struct store_merge_stats *s)
{
	if (s == NULL)
		return;
	free(s->changed_ids);
	memset(s, 0, sizeof *s);
}

int
store_article_set_unread(struct store *st, int64_t id, int unread)
{
	sqlite3_stmt *s;
	int64_t feed_id = 0;
	int rc;

	unread = unread != 0;
	if (store_tx_begin(st) == -1)
		return -1;
	if ((s = store_stmt(st, SS_ART_SET_UNREAD)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, unread);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		feed_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "read state");
		goto fail;
	}
	if (feed_id > 0 && add_counts(st, feed_id, 0, unread ? 1 : -1) == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_article_set_starred(struct store *st, int64_t id, int starred)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, SS_ART_SET_STARRED)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, starred != 0);
	return step_done(st, s, "starred");
}

/* Inside a transaction: index, tombstone, row, counters. */
static int
delete_one(struct store *st, int64_t id)
{
	sqlite3_stmt *s;
	int64_t feed_id = 0, unread = 0;
	int rc;

	if (store_fts_remove(st, id) == -1 ||
	    (s = store_stmt(st, SS_ART_TOMB_ADD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (step_done(st, s, "delete") == -1 ||
	    (s = store_stmt(st, SS_BODY_DELETE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (step_done(st, s, "delete") == -1 ||
	    (s = store_stmt(st, SS_ART_DELETE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		feed_id = sqlite3_column_int64(s, 0);
		unread = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "delete");
		return -1;
	}
	if (feed_id > 0)
		return add_counts(st, feed_id, -1, -unread);
	return 0;
}

int
store_article_delete(struct store *st, int64_t id)
{
	if (store_tx_begin(st) == -1)
		return -1;
	if (delete_one(st, id) == -1) {
		store_tx_rollback(st);
		return -1;
	}
	return store_tx_commit(st);
}

int
store_feed_mark_read(struct store *st, int64_t feed_id)
{
	sqlite3_stmt *s;

	if (store_tx_begin(st) == -1)
		return -1;
	if ((s = store_stmt(st, SS_FEED_MARK_READ)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	if (step_done(st, s, "mark read") == -1 ||
	    (s = store_stmt(st, SS_FEED_ZERO_UNREAD)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	if (step_done(st, s, "mark read") == -1)
		goto fail;
	return store_tx_commit(st);
fail:
	store_tx_rollback(st);
	return -1;
}

int
store_mark_all_read(struct store *st)
{
	if (store_tx_begin(st) == -1)
		return -1;
	if (store_exec(st, "UPDATE articles SET unread = 0 WHERE unread = 1;"
	    "UPDATE feeds SET unread = 0 WHERE unread <> 0") == -1) {
		store_tx_rollback(st);
		return -1;
	}
	return store_tx_commit(st);
}

int64_t
store_unread_total(struct store *st)
{
	sqlite3_stmt *s;
	int64_t n = -1;

	if ((s = store_stmt(st, SS_UNREAD_TOTAL)) == NULL)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	else
		store_db_error(st, "unread count");
	sqlite3_reset(s);
	return n;
}

static int
expire_feed(struct store *st, int64_t feed_id, int max_count,
    int max_age_days, int64_t now)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL, before;
	size_t n = 0, i;
	int rc, ret = -1;

	before = max_age_days > 0 ? now - (int64_t)max_age_days * 86400 : 0;
	rc = sqlite3_prepare_v2(st->db, "SELECT id FROM articles"
	    " WHERE feed_id = ?1 AND unread = 0 AND starred = 0 AND"
	    " ((?3 > 0 AND date < ?3) OR (?2 > 0 AND id NOT IN"
	    "  (SELECT id FROM articles WHERE feed_id = ?1"
	    "   ORDER BY date DESC, id DESC LIMIT ?2)))", -1, &s, NULL);
	if (rc != SQLITE_OK) {
		store_db_error(st, "expire");
		return -1;
	}
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int(s, 2, max_count);
	sqlite3_bind_int64(s, 3, before);
	if (collect_ids(st, s, &ids, &n) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		if (delete_one(st, ids[i]) == -1)
			goto out;
	}
	ret = 0;
out:
	free(ids);
	return ret;
}

/* Step s to the end, collecting column 0 into *ids (the caller frees it,
 * also on failure); s is finalized.  0 or -1. */
static int
collect_ids(struct store *st, sqlite3_stmt *s, int64_t **ids, size_t *n)
{
	size_t alloc = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*ids = xreallocarray(*ids, alloc, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, "expire");
		return -1;
	}
	return 0;
}

int
store_expire(struct store *st, int64_t feed_id, int max_count,
    int max_age_days, int64_t now)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL;
	size_t n = 0, i;

	if (max_count <= 0 && max_age_days <= 0)
		return 0;
	if (store_tx_begin(st) == -1)
		return -1;
	if (feed_id > 0) {
		if (expire_feed(st, feed_id, max_count, max_age_days,
		    now) == -1)
			goto fail;
		return store_tx_commit(st);
	}
	/* feed_id 0: every feed. */
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM feeds", -1, &s,
	    NULL) != SQLITE_OK) {
		store_db_error(st, "expire");
		goto fail;
	}
	if (collect_ids(st, s, &ids, &n) == -1)
		goto fail;
	for (i = 0; i < n; i++) {
		if (expire_feed(st, ids[i], max_count, max_age_days,
		    now) == -1)
			goto fail;
	}
	free(ids);
	return store_tx_commit(st);
fail:
	free(ids);
	store_tx_rollback(st);
	return -1;
}
