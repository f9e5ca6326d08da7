/*
 * store-merge.c: merging a parsed document into one feed (one
 * transaction), in two steps so that the costly part can run elsewhere.
 *
 * Merge rules: an article is known by (feed, id) where id is the entry's id,
 * else its link, else its title; the first of several entries with one id in
 * a document wins.  A known article whose fields changed is updated in place
 * (unread and starred untouched, unless the batch says reset-unread-on-
 * update: then it becomes unread again); an unknown one is inserted unread unless
 * a tombstone says it was deleted.  Articles missing from the document stay.
 * Undated articles are dated by first_seen, set once at insertion.
 *
 * The steps: store_batch_new turns the document into rows (fields capped,
 * keys and change hashes computed) and, for every article that the feed's
 * known set says is new or changed, packs the bodies and makes the index
 * text.  It touches no connection, so a reload runs it in a worker thread.
 * store_merge_batch then writes: it looks every article up again, so a
 * stale known set costs time, never correctness; whatever the batch did
 * not prepare is prepared there.
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
	int64_t		 gkey;
	uint64_t	 chash;
	char		*owned[8];	/* truncated copies */
	int		 nowned;
	/* Prepared (store_batch_new) or made when written: */
	int		 ready;
	struct store_packed psum, pcon;
	char		*fts;		/* index text */
	int64_t		 id;		/* written as (0: not written) */
	const struct feed_entry *e;	/* its enclosures */
};

struct store_batch {
	const struct feed_doc	*doc;
	struct merge_item	*items;
	size_t			 n;
	int			 reset_unread;
};

/* gkey -> chash of the articles a feed holds, and its tombstones. */
struct store_known {
	struct known_slot {
		int64_t	 gkey;
		uint64_t chash;
		int	 used;
		int	 tomb;
	}		*slots;
	size_t		 mask;
};

static const char *cap_text(struct merge_item *m, const char *s, size_t cap);
static void	 item_init(struct merge_item *m, const struct feed_entry *e);
static void	 item_clear(struct merge_item *m);
static void	 item_prepare(struct merge_item *m, ZSTD_CCtx **zc);
static int	 item_known_same(const struct store_known *k,
		     const struct merge_item *m);
static int	 merge_one(struct store *st, int64_t feed_id,
		     struct merge_item *m, int64_t now,
		     struct store_merge_stats *stats, size_t *added,
		     size_t *reset);
static int	 bind_item(sqlite3_stmt *s, int first, struct merge_item *m);
static int	 fts_add(struct store *st, int64_t id, struct merge_item *m);
static int	 put_body(struct store *st, int64_t id, struct merge_item *m);
static void	 stats_push(struct store_merge_stats *stats, int64_t id);
static int	 seen_add(uint64_t *set, size_t mask, uint64_t key);

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
	m->e = e;
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
	if (m->guid != NULL)
		m->gkey = (int64_t)store_hash_str(STORE_HASH_INIT, m->guid);

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

/* The costly part: packed bodies and the index text.  Pure. */
static void
item_prepare(struct merge_item *m, ZSTD_CCtx **zc)
{
	if (m->ready)
		return;
	store_pack(zc, m->summary, &m->psum);
	store_pack(zc, m->content, &m->pcon);
	m->fts = store_fts_text(m->title, m->author, m->summary, m->content);
	m->ready = 1;
}

static void
item_clear(struct merge_item *m)
{
	int i;

	for (i = 0; i < m->nowned; i++)
		free(m->owned[i]);
	m->nowned = 0;
	free(m->psum.z);
	free(m->pcon.z);
	free(m->fts);
	m->psum.z = m->pcon.z = NULL;
	m->fts = NULL;
	m->ready = 0;
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
	store_bind_packed(s, 2, m->summary, &m->psum);
	store_bind_packed(s, 3, m->content, &m->pcon);
	return store_step_done(st, s, N_("merge"));
}

static int
fts_add(struct store *st, int64_t id, struct merge_item *m)
{
	sqlite3_stmt *s;
	char *text = m->fts;

	m->fts = NULL;
	if (text == NULL)	/* taken by an earlier, rolled back write */
		text = store_fts_text(m->title, m->author, m->summary,
		    m->content);
	if ((s = store_stmt(st, SS_ART_FTS_ADD)) == NULL) {
		free(text);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, text, -1, free);
	return store_step_done(st, s, N_("index"));
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

int
store_known_load(struct store *st, int64_t feed_id, struct store_known **out)
{
	struct store_known *k;
	struct known_slot *sl;
	sqlite3_stmt *s;
	size_t n = 0, cap = 64, i;
	struct known_slot *rows;
	int rc;

	*out = NULL;
	if ((s = store_stmt(st, SS_ART_KNOWN)) == NULL)
		return -1;
	rows = xreallocarray(NULL, cap, sizeof *rows);
	sqlite3_bind_int64(s, 1, feed_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap *= 2;
			rows = xreallocarray(rows, cap, sizeof *rows);
		}
		rows[n].gkey = sqlite3_column_int64(s, 0);
		rows[n].chash = (uint64_t)sqlite3_column_int64(s, 1);
		rows[n].tomb = sqlite3_column_int(s, 2);
		rows[n].used = 1;
		n++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(rows);
		store_db_error(st, N_("merge"));
		return -1;
	}
	k = xcalloc(1, sizeof *k);
	for (k->mask = 16; k->mask < n * 2; k->mask *= 2)
		;
	k->slots = xcalloc(k->mask, sizeof *k->slots);
	k->mask--;
	for (i = 0; i < n; i++) {
		sl = &k->slots[(uint64_t)rows[i].gkey & k->mask];
		while (sl->used)
			sl = &k->slots[(sl - k->slots + 1) & k->mask];
		*sl = rows[i];
	}
	free(rows);
	*out = k;
	return 0;
}

void
store_known_free(struct store_known **kp)
{
	if (*kp == NULL)
		return;
	free((*kp)->slots);
	free(*kp);
	*kp = NULL;
}

/* 1 when the known set says m will not be written: held unchanged, or
 * deleted.  Several articles may share a gkey; any tombstone or equal
 * hash among them counts (merge_one decides for certain). */
static int
item_known_same(const struct store_known *k, const struct merge_item *m)
{
	const struct known_slot *sl;
	size_t i;

	for (i = (uint64_t)m->gkey & k->mask; k->slots[i].used;
	    i = (i + 1) & k->mask) {
		sl = &k->slots[i];
		if (sl->gkey == m->gkey && (sl->tomb || sl->chash == m->chash))
			return 1;
	}
	return 0;
}

struct store_batch *
store_batch_new(const struct feed_doc *doc, const struct store_known *known)
{
	struct store_batch *b;
	struct merge_item *m;
	ZSTD_CCtx *zc = NULL;
	uint64_t *seen;
	size_t i, mask;

	b = xcalloc(1, sizeof *b);
	b->doc = doc;
	b->items = xcalloc(doc->nentries > 0 ? doc->nentries : 1,
	    sizeof *b->items);
	for (mask = 16; mask < doc->nentries * 2; mask *= 2)
		;
	seen = xcalloc(mask, sizeof *seen);
	mask--;
	for (i = 0; i < doc->nentries; i++) {
		m = &b->items[b->n];
		item_init(m, &doc->entries[i]);
		if (m->guid == NULL || !seen_add(seen, mask,
		    (uint64_t)m->gkey)) {
			item_clear(m);
			continue;
		}
		if (known != NULL && !item_known_same(known, m))
			item_prepare(m, &zc);
		b->n++;
	}
	free(seen);
	store_pack_end(&zc);
	return b;
}

size_t
store_batch_size(const struct store_batch *b)
{
	return b->n;
}

int
store_batch_body(const struct store_batch *b, size_t i, const char **body,
    int *is_text)
{
	const struct merge_item *m = &b->items[i];

	if (m->content != NULL && *m->content != '\0') {
		*body = m->content;
		*is_text = m->content_type == FEED_CONTENT_TEXT;
	} else {
		*body = m->summary != NULL ? m->summary : "";
		*is_text = 0;
	}
	return m->ready;
}

int64_t
store_batch_id(const struct store_batch *b, size_t i)
{
	return b->items[i].id;
}

void
store_batch_free(struct store_batch **bp)
{
	struct store_batch *b = *bp;
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++)
		item_clear(&b->items[i]);
	free(b->items);
	free(b);
	*bp = NULL;
}

/* A changed article made unread again; counts the feed's unread. */
static int
merge_unread(struct store *st, int64_t id, size_t *unread)
{
	sqlite3_stmt *s;
	int rc, changed = 0;

	if ((s = store_stmt(st, SS_ART_SET_UNREAD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		changed = 1;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_db_error(st, N_("merge"));
		return -1;
	}
	*unread += (size_t)changed;
	return 0;
}

static int
merge_one(struct store *st, int64_t feed_id, struct merge_item *m,
    int64_t now, struct store_merge_stats *stats, size_t *added,
    size_t *reset)
{
	sqlite3_stmt *s;
	const unsigned char *g;
	int64_t id = 0, first_seen = 0, date;
	uint64_t oldhash = 0;
	int rc;

	m->id = 0;
	if ((s = store_stmt(st, SS_ART_FIND)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, m->gkey);
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
		store_db_error(st, N_("merge"));
		return -1;
	}

	if (id > 0) {
		if (oldhash == m->chash) {
			if (stats != NULL)
				stats->unchanged++;
			return 0;
		}
		item_prepare(m, &st->zc);
		date = m->published != FEED_DATE_NONE ? m->published :
		    m->updated != FEED_DATE_NONE ? m->updated : first_seen;
		if (store_fts_remove(st, id) == -1 ||
		    (s = store_stmt(st, SS_ART_UPDATE)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, date);
		sqlite3_bind_int64(s, 3, (int64_t)m->chash);
		bind_item(s, 4, m);
		if (store_step_done(st, s, N_("merge")) == -1 ||
		    put_body(st, id, m) == -1 || fts_add(st, id, m) == -1 ||
		    store_enclosures_put(st, id, m->e, 0) == -1 ||
		    (reset != NULL && merge_unread(st, id, reset) == -1))
			return -1;
		if (stats != NULL)
			stats->updated++;
		stats_push(stats, id);
		m->id = id;
		return 0;
	}

	if ((s = store_stmt(st, SS_ART_TOMB_FIND)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, m->gkey);
	if ((rc = store_step_row(st, s, N_("merge"))) == -1)
		return -1;
	if (rc == 1) {
		sqlite3_reset(s);
		return 0;	/* deleted by the user or by retention */
	}

	item_prepare(m, &st->zc);
	date = m->published != FEED_DATE_NONE ? m->published :
	    m->updated != FEED_DATE_NONE ? m->updated : now;
	if ((s = store_stmt(st, SS_ART_INSERT)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, m->gkey);
	store_bind_text(s, 3, m->guid);
	sqlite3_bind_int64(s, 4, date);
	sqlite3_bind_int64(s, 5, (int64_t)m->chash);
	sqlite3_bind_int64(s, 6, now);
	bind_item(s, 7, m);
	if (store_step_done(st, s, N_("merge")) == -1)
		return -1;
	id = sqlite3_last_insert_rowid(st->db);
	if (st->fresh_from == 0 && st->in_tx > 0)
		st->fresh_from = id;
	if (put_body(st, id, m) == -1 || fts_add(st, id, m) == -1 ||
	    store_enclosures_put(st, id, m->e, 1) == -1)
		return -1;
	(*added)++;
	if (stats != NULL)
		stats->added++;
	stats_push(stats, id);
	m->id = id;
	return 0;
}

int
store_merge_batch(struct store *st, int64_t feed_id, struct store_batch *b,
    int64_t now, struct store_merge_stats *stats)
{
	const struct feed_doc *doc = b->doc;
	sqlite3_stmt *s;
	size_t i, added = 0, reset = 0;

	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	if (store_tx_begin(st) == -1)
		goto fail_norollback;

	if ((s = store_stmt(st, SS_FEED_SET_META)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, feed_id);
	store_bind_text(s, 2, doc->meta.title);
	store_bind_text(s, 3, doc->meta.link);
	if (store_step_done(st, s, N_("merge")) == -1)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		log_error(_("no feed with id %lld in the cache"),
		    (long long)feed_id);
		goto fail;
	}
	for (i = 0; i < b->n; i++)
		if (merge_one(st, feed_id, &b->items[i], now, stats,
		    &added, b->reset_unread ? &reset : NULL) == -1)
			goto fail;
	if (store_add_counts(st, feed_id, (int64_t)added,
	    (int64_t)(added + reset)) == -1)
		goto fail;
	if (store_tx_commit(st) == -1)
		goto fail_norollback;
	return 0;

fail:
	store_tx_rollback(st);
fail_norollback:
	for (i = 0; i < b->n; i++)
		b->items[i].id = 0;
	store_merge_stats_clear(stats);
	return -1;
}

int
store_merge(struct store *st, int64_t feed_id, const struct feed_doc *doc,
    int64_t now, struct store_merge_stats *stats)
{
	struct store_batch *b;
	int rc;

	/* No known set: nothing is prepared ahead, merge_one does it. */
	b = store_batch_new(doc, NULL);
	rc = store_merge_batch(st, feed_id, b, now, stats);
	store_batch_free(&b);
	return rc;
}

void
store_batch_reset_unread(struct store_batch *b, int on)
{
	if (b != NULL)
		b->reset_unread = on != 0;
}

void
store_merge_stats_clear(struct store_merge_stats *s)
{
	if (s == NULL)
		return;
	free(s->changed_ids);
	memset(s, 0, sizeof *s);
}
