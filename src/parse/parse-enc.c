/*
 * parse-enc: the encoding front end.  Whatever the document is in, libxml2
 * only ever sees valid UTF-8 (and is told to ignore the prolog's label), so
 * one code path handles BOMs, UTF-16/32, labels, the HTTP charset and
 * mislabelled latin-1.  Order of trust: BOM, then the prolog's label, then
 * the caller's charset, then UTF-8.  In UTF-8, a byte that cannot start or
 * continue a sequence is read as windows-1252 (the usual mislabelling);
 * C0 controls other than TAB/LF/CR (illegal in XML) become U+FFFD.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <strings.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"

static const char *penc_prolog_label(const char *, size_t, char *, size_t);
static int	 penc_label_is(const char *, const char *);
static void	 penc_choose(struct penc *, const char *);
static void	 penc_cp1252(struct buf *, unsigned char);
static int	 penc_clean_utf8(const char *, size_t, int, struct buf *);
static size_t	 penc_clean_prefix(const char *, size_t);

/* windows-1252 0x80-0x9F; 0 = undefined there (-> U+FFFD). */
static const uint16_t penc_w1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

uint32_t
penc_w1252_cp(unsigned char c)
{
	uint32_t cp;

	if (c < 0x80 || c >= 0xA0)
		return c;
	cp = penc_w1252[c - 0x80];
	return cp == 0 ? UTF8_REPLACEMENT : cp;
}

static void
penc_cp1252(struct buf *b, unsigned char c)
{
	char enc[4];

	buf_add(b, enc, utf8_encode(penc_w1252_cp(c), enc));
}

/* Case-insensitive compare ignoring '-' and '_' ("UTF_8" == "utf8"). */
static int
penc_label_is(const char *label, const char *want)
{
	const char *a = label, *b = want;

	for (;;) {
		while (*a == '-' || *a == '_')
			a++;
		while (*b == '-' || *b == '_')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if ((*a | 0x20) != (*b | 0x20))
			return 0;
		a++;
		b++;
	}
}

/* The encoding="..." of an XML declaration at the start of s, or NULL. */
static const char *
penc_prolog_label(const char *s, size_t len, char *out, size_t outlen)
{
	const char *end = s + len, *p, *q, *decl_end;
	char quote;
	size_t n;

	while (s < end && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++;
	if (end - s < 6 || strncmp(s, "<?xml", 5) != 0)
		return NULL;
	decl_end = memchr(s, '>', end - s);
	if (decl_end == NULL)
		return NULL;
	for (p = s + 5; p + 8 < decl_end; p++) {
		if (strncmp(p, "encoding", 8) != 0)
			continue;
		q = p + 8;
		while (q < decl_end && (*q == ' ' || *q == '='))
			q++;
		if (q >= decl_end || (*q != '"' && *q != '\''))
			return NULL;
		quote = *q++;
		p = q;
		while (q < decl_end && *q != quote)
			q++;
		n = q - p;
		if (n == 0 || n >= outlen)
			return NULL;
		memcpy(out, p, n);
		out[n] = '\0';
		return out;
	}
	return NULL;
}

static void
penc_choose(struct penc *pe, const char *label)
{
	iconv_t cd;

	pe->kind = PENC_UTF8;
	snprintf(pe->name, sizeof pe->name, "UTF-8");
	if (label == NULL || *label == '\0' || penc_label_is(label, "utf-8") ||
	    penc_label_is(label, "utf8"))
		return;
	if (penc_label_is(label, "iso-8859-1") || penc_label_is(label,
	    "latin1") || penc_label_is(label, "iso8859-1") ||
	    penc_label_is(label, "us-ascii") || penc_label_is(label, "ascii") ||
	    penc_label_is(label, "windows-1252") || penc_label_is(label,
	    "cp1252") || penc_label_is(label, "l1") || penc_label_is(label,
	    "iso-ir-100") || penc_label_is(label, "ansi_x3.4-1968")) {
		pe->kind = PENC_CP1252;
		snprintf(pe->name, sizeof pe->name, "windows-1252");
		return;
	}
	/* A declared UTF-16/32 without a BOM or a matching byte pattern is a
	 * lie (the bytes are ASCII-compatible): stay with UTF-8. */
	if (strncasecmp(label, "utf-16", 6) == 0 ||
	    strncasecmp(label, "utf-32", 6) == 0 ||
	    strncasecmp(label, "ucs-", 4) == 0 ||
	    strncasecmp(label, "utf16", 5) == 0 ||
	    strncasecmp(label, "utf32", 5) == 0)
		return;
	cd = iconv_open("UTF-8", label);
	if (cd == (iconv_t)-1)
		return;		/* bogus label: UTF-8 with fallback */
	pe->kind = PENC_ICONV;
	pe->cd = cd;
	pe->unit = 1;
	snprintf(pe->name, sizeof pe->name, "%s", label);
}

size_t
penc_sniff(struct penc *pe, const char *s, size_t len, const char *charset)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *wide = NULL;
	char label[64];
	size_t bom = 0;
	iconv_t cd;

	pe->sniffed = 1;
	if (len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
		wide = "UTF-32LE";
		bom = 4;
	} else if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE &&
	    u[3] == 0xFF) {
		wide = "UTF-32BE";
		bom = 4;
	} else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		penc_choose(pe, NULL);
		pe->ascii_bytes = 1;
		return 3;
	} else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		wide = "UTF-16LE";
		bom = 2;
	} else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		wide = "UTF-16BE";
		bom = 2;
	} else if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] != 0)
		wide = "UTF-32BE";
	else if (len >= 4 && u[0] != 0 && u[1] == 0 && u[2] == 0 && u[3] == 0)
		wide = "UTF-32LE";
	else if (len >= 4 && u[0] == 0 && u[1] != 0 && u[2] == 0 && u[3] != 0)
		wide = "UTF-16BE";
	else if (len >= 4 && u[0] != 0 && u[1] == 0 && u[2] != 0 && u[3] == 0)
		wide = "UTF-16LE";
	else if (len >= 4 && u[0] == 0x4C && u[1] == 0x6F && u[2] == 0xA7 &&
	    u[3] == 0x94)
		wide = "CP037";		/* "<?xm" in EBCDIC */
	pe->ascii_bytes = wide == NULL;
	if (wide != NULL) {
		cd = iconv_open("UTF-8", wide);
		if (cd != (iconv_t)-1) {
			pe->kind = PENC_ICONV;
			pe->cd = cd;
			pe->unit = wide[0] == 'C' ? 1 : wide[4] == '3' ? 4 : 2;
			snprintf(pe->name, sizeof pe->name, "%s", wide);
			return bom;
		}
		pe->ascii_bytes = 1;
	}
	if (penc_prolog_label(s, len, label, sizeof label) != NULL)
		penc_choose(pe, label);
	else
		penc_choose(pe, charset);
	return 0;
}

/*
 * Append s[0..len) to out as clean UTF-8.  Returns the number of trailing
 * bytes that may be the start of a sequence completed by the next chunk
 * (only when !final); those are not consumed.
 */
static int
penc_clean_utf8(const char *s, size_t len, int final, struct buf *out)
{
	size_t i = 0, start = 0, n;
	uint32_t cp;
	unsigned char c;
	char enc[4];

	while (i < len) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		if (c == '\n' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7F) {
			buf_add(out, s + start, i - start);
			if (c != 0x7F)
				buf_add(out, enc, utf8_encode(UTF8_REPLACEMENT, enc));
			i++;
			start = i;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (cp != UTF8_REPLACEMENT || (n == 3 && c == 0xEF))
			i += n;
		else if (!final && i + n == len && n < 4 && c >= 0xC2 &&
		    c <= 0xF4) {
			/* Possibly cut by the chunk boundary. */
			buf_add(out, s + start, i - start);
			return (int)(len - i);
		} else {
			/* Not UTF-8: read the stray byte as windows-1252. */
			buf_add(out, s + start, i - start);
			penc_cp1252(out, c);
			i++;
			start = i;
		}
	}
	buf_add(out, s + start, i - start);
	return 0;
}

/* Length of the prefix of s that is valid UTF-8 with no C0 control other
 * than TAB/LF/CR.  Eight ASCII bytes at a time: feeds are mostly ASCII. */
static size_t
penc_clean_prefix(const char *s, size_t len)
{
	const uint64_t hi = 0x8080808080808080ULL, sp = 0x2020202020202020ULL;
	size_t i = 0, n;
	uint64_t w;
	uint32_t cp;
	unsigned char c;

	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if (((w | ((w - sp) & ~w)) & hi) == 0) {
				i += 8;
				continue;
			}
		}
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		if (c == '\n' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c < 0x80)
			return i;
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == UTF8_REPLACEMENT && !(n == 3 && c == 0xEF))
			return i;
		i += n;
	}
	return len;
}

void
penc_convert(struct penc *pe, const char *s, size_t len, int final,
    penc_emit_fn emit, void *arg)
{
	size_t i, ok, tail;

	buf_reset(&pe->out);
	if (pe->kind == PENC_CP1252) {
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c >= 0x80)
				penc_cp1252(&pe->out, c);
			else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
				penc_cp1252(&pe->out, 0x81);	/* U+FFFD */
			else
				buf_addc(&pe->out, (char)c);
		}
		goto done;
	}
	if (pe->kind == PENC_ICONV) {
		struct buf *cv = &pe->conv;
		char *in, *o;
		size_t inleft, oleft, r;

		buf_reset(cv);
		/* Join the held-back tail with the new bytes. */
		buf_add(cv, pe->tail, pe->ntail);
		buf_add(cv, s, len);
		pe->ntail = 0;
		in = cv->data;
		inleft = cv->len;
		while (inleft > 0) {
			buf_grow(&pe->out, inleft * 2 + 16);
			o = pe->out.data + pe->out.len;
			oleft = pe->out.size - pe->out.len - 1;
			r = iconv((iconv_t)pe->cd, &in, &inleft, &o, &oleft);
			pe->out.len = o - pe->out.data;
			pe->out.data[pe->out.len] = '\0';
			if (r != (size_t)-1)
				break;
			if (errno == E2BIG)
				continue;
			if (errno == EINVAL && !final && inleft < sizeof pe->tail) {
				memcpy(pe->tail, in, inleft);
				pe->ntail = inleft;
				break;
			}
			/* EILSEQ, or EINVAL at the end: one U+FFFD per unit. */
			buf_adds(&pe->out, "\xEF\xBF\xBD");
			ok = inleft < pe->unit ? inleft : pe->unit;
			in += ok;
			inleft -= ok;
		}
		/* iconv output is valid UTF-8; still drop C0 controls. */
		if (pe->out.len > 0) {
			struct buf tmp = pe->conv;

			pe->conv = pe->out;
			pe->out = tmp;
			buf_reset(&pe->out);
			penc_clean_utf8(pe->conv.data, pe->conv.len, 1, &pe->out);
		}
		goto done;
	}

	/* UTF-8.  First finish a sequence cut by the last chunk boundary. */
	if (pe->ntail > 0) {
		char join[16];
		size_t add = len < 4 ? len : 4, n, tot;
		uint32_t cp;

		memcpy(join, pe->tail, pe->ntail);
		memcpy(join + pe->ntail, s, add);
		tot = pe->ntail + add;
		n = utf8_decode(join, tot, &cp);
		if (cp != UTF8_REPLACEMENT && n > pe->ntail) {
			buf_add(&pe->out, join, n);
			s += n - pe->ntail;
			len -= n - pe->ntail;
		} else if (!final && n == tot && tot < sizeof pe->tail) {
			/* Still short (a tiny chunk): keep waiting. */
			memcpy(pe->tail, join, tot);
			pe->ntail = tot;
			return;
		} else {
			for (i = 0; i < pe->ntail; i++)
				penc_cp1252(&pe->out, (unsigned char)join[i]);
		}
		pe->ntail = 0;
		if (pe->out.len > 0)
			emit(arg, pe->out.data, pe->out.len);
		buf_reset(&pe->out);
	}
	/* Zero-copy for the clean prefix (normally the whole chunk). */
	ok = penc_clean_prefix(s, len);
	if (ok > 0)
		emit(arg, s, ok);
	if (ok == len)
		return;
	tail = penc_clean_utf8(s + ok, len - ok, final, &pe->out);
	if (tail > 0) {
		memcpy(pe->tail, s + len - tail, tail);
		pe->ntail = tail;
	}
done:
	if (pe->out.len > 0)
		emit(arg, pe->out.data, pe->out.len);
}

void
penc_free(struct penc *pe)
{
	if (pe->cd != NULL)
		iconv_close((iconv_t)pe->cd);
	pe->cd = NULL;
	buf_free(&pe->out);
	buf_free(&pe->conv);
}

void
penc_force_cp1252(struct penc *pe)
{
	pe->kind = PENC_CP1252;
	snprintf(pe->name, sizeof pe->name, "windows-1252");
}
