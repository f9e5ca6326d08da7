/*
 * utf8: UTF-8 validation and repair (libc only).  Valid means RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF.  Repair
 * replaces each maximal invalid subpart with U+FFFD (as the Unicode
 * standard recommends), so the result is always valid.
 */
#ifndef TIDINGS_BASE_UTF8_H
#define TIDINGS_BASE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

#define UTF8_REPLACEMENT 0xFFFDU

/* 1 if s[0..len) is entirely valid UTF-8, else 0. */
int	 utf8_valid(const char *s, size_t len);
/* Length of the longest valid prefix of s[0..len). */
size_t	 utf8_valid_prefix(const char *s, size_t len);
/*
 * Decode one code point from s[0..len) (len > 0).  Returns the bytes used
 * (>= 1); on an invalid sequence *cp = UTF8_REPLACEMENT and the return is
 * the length of the invalid subpart to skip.
 */
size_t	 utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encode cp (surrogates and > U+10FFFF become U+FFFD) into out; returns 1-4. */
size_t	 utf8_encode(uint32_t cp, char out[4]);
/*
 * 1 for the code points no output of tidings may carry raw: C0 controls
 * (tab and newline included: callers that keep them test first), DEL,
 * C1, the bidi embeddings, overrides, isolates and marks, BOM, zero width
 * space, word joiner and the interlinear annotation controls.  ZWNJ and
 * ZWJ stay: Persian and Indic shaping and emoji sequences need them.
 */
int	 utf8_unsafe(uint32_t cp);
/* HTML5's reading of a C1 code point (U+0080-U+009F, as "&#146;" gives):
 * what windows-1252 has at that byte; others, and the five it leaves
 * undefined, unchanged. */
uint32_t utf8_c1_w1252(uint32_t cp);
/* Append s[0..len) to b with invalid bytes replaced by U+FFFD. */
void	 utf8_sanitize_buf(struct buf *b, const char *s, size_t len);
/* A malloc'd NUL-terminated repaired copy; *outlen (may be NULL) gets its
 * length.  Owned by the caller (free). */
char	*utf8_sanitize(const char *s, size_t len, size_t *outlen);

#endif
