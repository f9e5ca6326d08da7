/*
 * parse-ent: tidings' own bound on entity expansion (billion laughs,
 * quadratic blowup), the same on every libxml2 version because it counts
 * nothing that libxml2 decides:
 *   - declarations: each internal general entity as libxml2 reports it
 *     (entityDecl: name and replacement text), at most PENT_MAX_DECLS of
 *     them and PENT_MAX_DECL_BYTES of text; one beyond is not recorded and
 *     parse-xml expands it to nothing;
 *   - references: parse-fix counts each "&name;" of the document body (text
 *     and attribute values, not the DTD, comments or CDATA) by name;
 *   - the size of an entity is its replacement text with every reference
 *     to a recorded entity replaced by that entity's size (a reference's
 *     own text counts too, so empty entities cost something), computed
 *     here; a loop is of infinite size.
 * The document is refused once the sum over referenced names of
 * count * size passes the budget, or once it uses an entity that nests
 * more than PENT_MAX_NEST deep (an entity whose text uses another is 2
 * deep; a third level is refused: no feed needs it, and libxml2 2.9 takes
 * most such chains for loops while 2.12 and later expand them, so only a
 * rule of our own gives one verdict).  Counts and declarations only grow, so
 * a check during the parse (parse-xml's getEntity) can only refuse what
 * the check at the end would; the verdict is the one at the end.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "parse/parse-int.h"

#define PENT_MAX_DECLS		4096
#define PENT_MAX_DECL_BYTES	((size_t)1 << 20)
#define PENT_MAX_NAMES		4096
#define PENT_INF		UINT64_MAX

enum { SZ_UNKNOWN = 0, SZ_VISITING, SZ_DONE };

static uint32_t	 pent_hash(const char *, size_t);
static struct pent_name *pent_find(struct pent *, const char *, size_t, int);
static uint64_t	 pent_add(uint64_t, uint64_t);
static uint64_t	 pent_mul_add(uint64_t, uint64_t, uint64_t);
static uint64_t	 pent_size_of(struct pent *, struct pent_name *);

static uint32_t
pent_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static uint64_t
pent_add(uint64_t a, uint64_t b)
{
	return a > PENT_INF - b ? PENT_INF : a + b;
}

/* total + n * sz, saturating. */
static uint64_t
pent_mul_add(uint64_t total, uint64_t n, uint64_t sz)
{
	if (n == 0 || sz == 0)
		return total;
	if (n > PENT_INF / sz)
		return PENT_INF;
	return pent_add(total, n * sz);
}

/* The entry for name, made when `make` (NULL when absent, or when the
 * table holds PENT_MAX_DECLS + PENT_MAX_NAMES names). */
static struct pent_name *
pent_find(struct pent *pe, const char *name, size_t n, int make)
{
	struct pent_name *e;
	size_t i, mask;
	uint32_t *old;

	if (pe->nslot == 0) {
		if (!make)
			return NULL;
		pe->nslot = 64;
		pe->slot = xcalloc(pe->nslot, sizeof *pe->slot);
	}
	mask = pe->nslot - 1;
	for (i = pent_hash(name, n) & mask; pe->slot[i] != 0; i = (i + 1) & mask) {
		e = &pe->names[pe->slot[i] - 1];
		if (e->len == n && memcmp(e->name, name, n) == 0)
			return e;
	}
	if (!make || pe->nnames >= PENT_MAX_DECLS + PENT_MAX_NAMES)
		return NULL;
	if (pe->nnames == pe->capnames) {
		pe->capnames = pe->capnames ? 2 * pe->capnames : 32;
		pe->names = xreallocarray(pe->names, pe->capnames,
		    sizeof *pe->names);
	}
	e = &pe->names[pe->nnames++];
	memset(e, 0, sizeof *e);
	e->name = xstrndup(name, n);
	e->len = n;
	pe->slot[i] = (uint32_t)pe->nnames;
	/* Keep the table at most half full. */
	if (2 * pe->nnames > pe->nslot) {
		old = pe->slot;
		pe->nslot *= 2;
		pe->slot = xcalloc(pe->nslot, sizeof *pe->slot);
		mask = pe->nslot - 1;
		for (size_t k = 0; k < pe->nnames; k++) {
			i = pent_hash(pe->names[k].name, pe->names[k].len) & mask;
			while (pe->slot[i] != 0)
				i = (i + 1) & mask;
			pe->slot[i] = (uint32_t)(k + 1);
		}
		free(old);
	}
	return e;
}

void
pent_init(struct pent *pe, uint64_t budget)
{
	memset(pe, 0, sizeof *pe);
	pe->budget = budget;
}

void
pent_declare(struct pent *pe, const char *name, const char *value)
{
	struct pent_name *e;
	size_t vlen = strlen(value), i;

	e = pent_find(pe, name, strlen(name), 0);
	if (e != NULL && e->value != NULL)
		return;			/* the first declaration binds */
	if (pe->ndecls >= PENT_MAX_DECLS ||
	    vlen > PENT_MAX_DECL_BYTES - pe->decl_bytes)
		return;
	if (e == NULL && (e = pent_find(pe, name, strlen(name), 1)) == NULL)
		return;
	e->value = xstrdup(value);
	pe->ndecls++;
	pe->decl_bytes += vlen;
	/* Sizes computed so far may have counted this name as undeclared. */
	for (i = 0; i < pe->nnames; i++)
		pe->names[i].state = SZ_UNKNOWN;
	pe->dirty = 1;
}

void
pent_ref(struct pent *pe, const char *name, size_t n)
{
	struct pent_name *e = pent_find(pe, name, n, 0);

	/* Names are made for at most PENT_MAX_NAMES references, so that
	 * junk names never crowd out declarations; references beyond that
	 * are charged as the largest entity. */
	if (e == NULL && pe->nrefnames < PENT_MAX_NAMES &&
	    (e = pent_find(pe, name, n, 1)) != NULL)
		pe->nrefnames++;
	if (e == NULL)
		pe->overflow_refs++;
	else
		e->refs++;
	if (pe->dirty)
		return;
	/* Sizes are known since the last declaration: count on (the sum is
	 * made again only when a declaration comes). */
	if (e == NULL)
		pe->total = pent_add(pe->total, pe->most);
	else if (e->value != NULL) {
		pe->total = pent_add(pe->total, pent_size_of(pe, e));
		if (e->depth > PENT_MAX_NEST && pe->over == PENT_OK)
			pe->over = PENT_TOO_DEEP;
	}
	if (pe->total > pe->budget)
		pe->over = PENT_TOO_LARGE;
}

int
pent_known(struct pent *pe, const char *name)
{
	struct pent_name *e = pent_find(pe, name, strlen(name), 0);

	return e != NULL && e->value != NULL;
}

static uint64_t
pent_size_of(struct pent *pe, struct pent_name *e)
{
	const char *v, *amp, *semi;
	struct pent_name *c;
	uint64_t sz;
	int depth = 1;

	if (e->state == SZ_DONE)
		return e->size;
	if (e->state == SZ_VISITING)
		return PENT_INF;	/* a loop */
	e->state = SZ_VISITING;
	v = e->value;
	sz = strlen(v);
	while ((amp = strchr(v, '&')) != NULL) {
		v = amp + 1;
		if (*v == '#' || (semi = strchr(v, ';')) == NULL)
			continue;
		c = pent_find(pe, v, semi - v, 0);
		if (c != NULL && c->value != NULL) {
			/* e may move if the table grows: it does not here
			 * (no entries are made), so the pointer stays. */
			sz = pent_add(sz, pent_size_of(pe, c));
			if (c->depth + 1 > depth)
				depth = c->depth + 1;
			if (sz > pe->budget)
				break;	/* that is all we need to know */
		}
		v = semi + 1;
	}
	e->size = sz;
	e->depth = sz == PENT_INF ? INT_MAX / 2 : depth;
	e->state = SZ_DONE;
	return sz;
}

int
pent_over(struct pent *pe)
{
	uint64_t total = 0, most = 0, sz;
	size_t i;

	if (!pe->dirty)
		return pe->over;
	pe->dirty = 0;
	for (i = 0; i < pe->nnames; i++) {
		struct pent_name *e = &pe->names[i];

		if (e->value == NULL)
			continue;
		sz = pent_size_of(pe, e);
		if (sz > most)
			most = sz;
		total = pent_mul_add(total, e->refs, sz);
		if (e->refs > 0 && e->depth > PENT_MAX_NEST &&
		    pe->over == PENT_OK)
			pe->over = PENT_TOO_DEEP;
	}
	total = pent_mul_add(total, pe->overflow_refs, most);
	pe->total = total;
	pe->most = most;
	if (total > pe->budget)
		pe->over = PENT_TOO_LARGE;
	return pe->over;
}

void
pent_free(struct pent *pe)
{
	size_t i;

	for (i = 0; i < pe->nnames; i++) {
		free(pe->names[i].name);
		free(pe->names[i].value);
	}
	free(pe->names);
	free(pe->slot);
	memset(pe, 0, sizeof *pe);
}
