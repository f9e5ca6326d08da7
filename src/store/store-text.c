/*
 * store-text.c: how article text is kept and indexed.  Bodies are packed
 * when that saves space: a BLOB of a 4-byte little-endian length and a
 * zstd frame (level 1: zlib level 3's ratio on articles at 2.6 times its
 * speed); short or incompressible text stays TEXT.  Caches written before
 * zstd hold zlib streams after the length, read as before (a zstd frame
 * starts with its magic number, a zlib stream never does).  The full-text
 * index is fed title, author and the bodies with markup removed, capped
 * per article.
 * Also the FNV-1a hash used for id keys and change detection.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "base/utf8.h"
#include "store/store-int.h"

#define STORE_Z_MIN	 256		/* shorter bodies stay plain */
#define STORE_Z_LEVEL	 1		/* zstd */
#define STORE_Z_MAXLEN	 (64u << 20)	/* refuse to inflate beyond this */
#define STORE_FTS_CAP	 (16u << 10)	/* indexed text per article */

static void	 text_add_utf8(struct buf *b, unsigned long cp);
static uint64_t	 text_word_hash(const unsigned char *w, size_t n);
static uint64_t	*text_set_grow(uint64_t *seen, size_t *sizep);

void
store_pack(ZSTD_CCtx **zcp, const char *text, struct store_packed *out)
{
	unsigned char *z;
	size_t n, zlen;

	out->z = NULL;
	out->zlen = 0;
	if (text == NULL)
		return;
	n = strlen(text);
	if (n < STORE_Z_MIN || n > STORE_Z_MAXLEN)
		return;
	if (*zcp == NULL && (*zcp = ZSTD_createCCtx()) == NULL)
		fatalx("ZSTD_createCCtx failed");
	zlen = ZSTD_compressBound(n);
	z = xmalloc(zlen + 4);
	zlen = ZSTD_compressCCtx(*zcp, z + 4, zlen, text, n, STORE_Z_LEVEL);
	if (ZSTD_isError(zlen) || zlen + 4 >= n) {
		free(z);
		return;
	}
	z[0] = n & 0xff;
	z[1] = (n >> 8) & 0xff;
	z[2] = (n >> 16) & 0xff;
	z[3] = (n >> 24) & 0xff;
	out->z = z;
	out->zlen = zlen + 4;
}

void
store_pack_end(ZSTD_CCtx **zcp)
{
	ZSTD_freeCCtx(*zcp);
	*zcp = NULL;
}

int
store_bind_packed(sqlite3_stmt *s, int col, const char *text,
    struct store_packed *p)
{
	unsigned char *z = p->z;

	p->z = NULL;
	if (z != NULL)
		return sqlite3_bind_blob(s, col, z, (int)p->zlen, free);
	if (text == NULL)
		return sqlite3_bind_null(s, col);
	return sqlite3_bind_text(s, col, text, -1, SQLITE_TRANSIENT);
}

int
store_bind_body(struct store *st, sqlite3_stmt *s, int col, const char *text)
{
	struct store_packed p;

	store_pack(&st->zc, text, &p);
	return store_bind_packed(s, col, text, &p);
}

char *
store_col_body(sqlite3_stmt *s, int col)
{
	const unsigned char *z;
	uLongf n;
	char *out;
	int zlen, ok;

	switch (sqlite3_column_type(s, col)) {
	case SQLITE_NULL:
		return NULL;
	case SQLITE_BLOB:
		break;
	default:
		return store_col_strdup(s, col);
	}
	z = sqlite3_column_blob(s, col);
	zlen = sqlite3_column_bytes(s, col);
	if (z == NULL || zlen < 4)
		return xstrdup("");
	n = (uLongf)z[0] | (uLongf)z[1] << 8 | (uLongf)z[2] << 16 |
	    (uLongf)z[3] << 24;
	if (n > STORE_Z_MAXLEN)
		return xstrdup("");
	out = xmalloc(n + 1);
	if (zlen >= 8 && z[4] == 0x28 && z[5] == 0xb5 && z[6] == 0x2f &&
	    z[7] == 0xfd)	/* ZSTD_MAGICNUMBER, little-endian */
		ok = ZSTD_decompress(out, n, z + 4, zlen - 4) == n;
	else
		ok = uncompress((Bytef *)out, &n, z + 4, zlen - 4) == Z_OK;
	if (!ok) {
		log_warn(_("a stored article body is damaged"));
		n = 0;
	}
	out[n] = '\0';
	return out;
}

/* What words are made of: ASCII letters and digits, and every byte of a
 * multibyte character (>= 0x80). */
#define W1(c)	(((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || \
		 ((c) >= 'A' && (c) <= 'Z') || (c) >= 0x80)
#define W4(c)	W1(c), W1((c) + 1), W1((c) + 2), W1((c) + 3)
#define W16(c)	W4(c), W4((c) + 4), W4((c) + 8), W4((c) + 12)
#define W64(c)	W16(c), W16((c) + 16), W16((c) + 32), W16((c) + 48)
static const unsigned char text_word[256] = {
	W64(0), W64(64), W64(128), W64(192)
};
#undef W64
#undef W16
#undef W4
#undef W1

/* Eight bytes at a time with ASCII capitals lowercased (other bytes kept):
 * a byte is a capital when it is below 0x80, at least 'A' and not beyond
 * 'Z', found for all eight at once by adding to the low seven bits. */
static uint64_t
text_lower8(uint64_t c)
{
	const uint64_t hi = UINT64_C(0x8080808080808080);
	const uint64_t lo7 = UINT64_C(0x7f7f7f7f7f7f7f7f);
	uint64_t v = c & lo7, ge_a, gt_z;

	ge_a = v + UINT64_C(0x0101010101010101) * (0x80 - 'A');
	gt_z = v + UINT64_C(0x0101010101010101) * (0x7f - 'Z');
	return c ^ (((ge_a ^ gt_z) & ~c & hi) >> 2);
}

/* A word's hash for the repeat test, ASCII case folded (w must be
 * readable up to the next multiple of eight bytes); not stored, so
 * it may change between versions (only a 64-bit collision could change
 * the text made, and then only by one word). */
static uint64_t
text_word_hash(const unsigned char *w, size_t n)
{
	const uint64_t k = UINT64_C(0x9e3779b97f4a7c15);
	uint64_t h = n * k, c;

	for (; n >= 8; w += 8, n -= 8) {
		memcpy(&c, w, 8);
		h = (h ^ text_lower8(c)) * k;
		h ^= h >> 29;
	}
	if (n > 0) {
		/* Eight bytes read (the caller leaves room), the first n
		 * kept: the mask is n bytes of 0xff, whatever the byte
		 * order. */
		static const unsigned char ones[16] = {
			0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
		};
		uint64_t m;

		memcpy(&c, w, 8);
		memcpy(&m, ones + 8 - n, 8);
		h = (h ^ text_lower8(c & m)) * k;
		h ^= h >> 29;
	}
	return h != 0 ? h : 1;
}

/* A decoded character reference; NUL and what no character can be (a
 * surrogate, beyond U+10FFFF) become a space. */
static void
text_add_utf8(struct buf *b, unsigned long cp)
{
	char u[4];

	if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		buf_addc(b, ' ');
	else
		buf_add(b, u, utf8_encode((uint32_t)cp, u));
}

/*
 * Good enough for an index, not for display: tags become a space, numeric
 * character references and the five XML entities are decoded, any other
 * entity becomes a space.  Stops after cap bytes of input.
 */
void
store_strip_tags(struct buf *b, const char *html, size_t cap)
{
	const char *p = html, *end, *q;
	unsigned long cp;
	size_t n;

	n = strlen(html);
	end = html + (n < cap ? n : cap);
	while (p < end) {
		/* strcspn may look beyond end, never beyond the string. */
		q = p + strcspn(p, "<&");
		if (q > end)
			q = end;
		buf_add(b, p, q - p);
		if (q >= end)
			break;
		if (*q == '<') {
			q = memchr(q, '>', end - q);
			buf_addc(b, ' ');
			p = q != NULL ? q + 1 : end;
			continue;
		}
		/* An entity: '&' up to ';' within a few bytes. */
		p = q + 1;
		q = p;
		while (q < end && q - p < 10 && *q != ';' && *q != '&' &&
		    *q != '<')
			q++;
		if (q >= end || *q != ';') {
			buf_addc(b, '&');
			continue;
		}
		if (*p == '#') {
			cp = (p[1] == 'x' || p[1] == 'X') ?
			    strtoul(p + 2, NULL, 16) : strtoul(p + 1, NULL, 10);
			text_add_utf8(b, cp);
		} else if (q - p == 3 && strncmp(p, "amp", 3) == 0)
			buf_addc(b, '&');
		else if (q - p == 2 && strncmp(p, "lt", 2) == 0)
			buf_addc(b, '<');
		else if (q - p == 2 && strncmp(p, "gt", 2) == 0)
			buf_addc(b, '>');
		else if (q - p == 4 && strncmp(p, "quot", 4) == 0)
			buf_addc(b, '"');
		else if (q - p == 4 && strncmp(p, "apos", 4) == 0)
			buf_addc(b, '\'');
		else
			buf_addc(b, ' ');
		p = q + 1;
	}
}

/* The open-addressed set of word hashes (0 is never a hash) at twice
 * the size. */
static uint64_t *
text_set_grow(uint64_t *seen, size_t *sizep)
{
	size_t size = *sizep, nsize = size * 2, i, j;
	uint64_t *n;

	n = xcalloc(nsize, sizeof *n);
	for (i = 0; i < size; i++) {
		if (seen[i] == 0)
			continue;
		for (j = seen[i] & (nsize - 1); n[j] != 0; j = (j + 1) &
		    (nsize - 1))
			;
		n[j] = seen[i];
	}
	free(seen);
	*sizep = nsize;
	return n;
}

/* The index text being made: the words so far and the set of their
 * hashes (open-addressed, 0 never a hash), doubled at half full. */
struct fts_out {
	char		*o;		/* next byte of the text */
	char		*start;
	uint64_t	*seen;
	size_t		 size, used;
};

/* Append a word unless it was given before; w is readable up to the next
 * multiple of eight bytes, and o has eight bytes of slack. */
static void
fts_emit(void *arg, const unsigned char *w, size_t n)
{
	struct fts_out *f = arg;
	uint64_t h;
	size_t i;

	h = text_word_hash(w, n);
	for (i = h & (f->size - 1); f->seen[i] != 0 && f->seen[i] != h;
	    i = (i + 1) & (f->size - 1))
		;
	if (f->seen[i] == h)
		return;
	f->seen[i] = h;
	if (++f->used * 2 > f->size)
		f->seen = text_set_grow(f->seen, &f->size);
	if (f->o > f->start)
		*f->o++ = ' ';
	for (i = 0; i < n; i += 8)
		memcpy(f->o + i, w + i, 8);
	f->o += n;
}

/*
 * Deterministic: removal from the index rebuilds exactly this text.  The
 * index keeps no positions (detail=none), so each word need only be given
 * once: repeats are dropped here, which halves the indexing work of a
 * typical article.  Words are cut at ASCII punctuation and space and
 * ASCII-lowercased for the comparison only; the tokenizer still sees them
 * and may cut them further, so nothing it would have indexed is lost.
 * CJK runs, which have no spaces, go in as their characters and their
 * pairs (store_cjk_grams), so any run of characters can be found.
 */
char *
store_fts_text(const char *title, const char *author, const char *summary,
    const char *content)
{
	struct buf b = BUF_INIT;
	struct fts_out f;
	const unsigned char *p, *w, *end;
	int cjk;

	if (title != NULL)
		buf_adds(&b, title);
	buf_addc(&b, '\n');
	if (author != NULL)
		buf_adds(&b, author);
	buf_addc(&b, '\n');
	if (summary != NULL && (content == NULL ||
	    strstr(content, summary) == NULL))
		store_strip_tags(&b, summary, STORE_FTS_CAP);
	buf_addc(&b, '\n');
	if (content != NULL)
		store_strip_tags(&b, content, STORE_FTS_CAP);

	/* Words and the single spaces between them never outgrow the input,
	 * CJK grams at most four times it (a 3-byte character gives itself
	 * and a pair, 11 bytes with their spaces); eight bytes of slack after
	 * both let words be read and copied eight bytes at a time.  The set
	 * of hashes starts at a guess. */
	buf_grow(&b, 8);
	memset(b.data + b.len, 0, 9);
	cjk = store_cjk_any(b.data, b.len);
	f.o = f.start = xmalloc((cjk ? b.len * 4 : b.len) + 9);
	for (f.size = 64; f.size < b.len / 8; f.size *= 2)
		;
	f.seen = xcalloc(f.size, sizeof *f.seen);
	f.used = 0;
	p = (const unsigned char *)b.data;
	end = p + b.len;
	while (p < end) {
		while (p < end && !text_word[*p])
			p++;
		w = p;
		while (text_word[*p])	/* b ends in NUL, not a word byte */
			p++;
		if (p == w)
			break;
		if (cjk && store_cjk_any((const char *)w, p - w))
			store_cjk_grams(w, p - w, 0, fts_emit, &f);
		else
			fts_emit(&f, w, p - w);
	}
	*f.o = '\0';
	free(f.seen);
	buf_free(&b);
	return f.start;
}

uint64_t
store_hash(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;

	while (n-- > 0) {
		h ^= *c++;
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

uint64_t
store_hash_str(uint64_t h, const char *s)
{
	/* NULL and "" differ, and fields can't run into each other. */
	if (s == NULL)
		return store_hash(h, "\1", 1);
	return store_hash(h, s, strlen(s) + 1);
}
