/*
 * render-int: helpers shared inside src/render/ only (UTF-8 decoding,
 * code point classes and widths, the sanitising appender).  Not public.
 */
#ifndef TIDINGS_RENDER_INT_H
#define TIDINGS_RENDER_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/utf8.h"

/* Sanitiser modes (rd_sanitize_buf). */
#define RS_ONELINE	0	/* '\n', '\r', '\t' become a space */
#define RS_KEEPLINES	1	/* keep '\n'; '\r' dropped, tabs to spaces */
#define RS_PRE		2	/* as KEEPLINES, tabs to the next 8-column stop */

int	 rd_cpwidth(uint32_t cp);
int	 rd_forbidden(uint32_t cp);
int	 rd_utf8_locale(void);
/* Width of s[0..len) (already sanitised). */
int	 rd_width(const char *s, size_t len);
/*
 * Append s[0..len) to b sanitised.  *col (may be NULL) is the display
 * column since the last '\n', for RS_PRE tab stops; updated.
 */
/*
 * Bytes of the terminal escape sequence at s[i] (ESC, or the C1 control
 * c1 when not 0), which the sanitiser drops whole.
 */
size_t	 rd_skip_escape(const char *s, size_t len, size_t i, int c1);
/*
 * html-input.c: html[0..*len) as HTML's input stream has it (CR LF and
 * CR are LF, a form feed a space, NUL, controls and escape sequences
 * gone, invalid UTF-8 U+FFFD a byte, "<!-->" and "<!--->" empty
 * comments).  Returns html when nothing changes, else the new text,
 * also in *copy (the caller frees it) with *len its length.
 */
const char *rd_html_input(const char *html, size_t *len, char **copy);
void	 rd_sanitize_buf(struct buf *b, const char *s, size_t len, int mode,
	     int *col);

#endif
