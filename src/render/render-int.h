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
void	 rd_sanitize_buf(struct buf *b, const char *s, size_t len, int mode,
	     int *col);

/*
 * html-runs.c: the document with its plain text runs hidden from libxml2,
 * each a stand-in character; rr_expand puts them back into what
 * characters() receives.  rr_hide: 0 with out filled (free with rr_free),
 * or -1 when the document must go to the parser as it is.
 */
struct rruns {
	char		*html;		/* the stand-in document */
	size_t		 len;
	const char	*src;		/* the original (not owned) */
	struct rrun {
		size_t	 off, len;	/* in src */
	}		*v;
	size_t		 n;
};

extern int	 rr_enabled;		/* tests compare with it off */
int	 rr_hide(const char *html, size_t len, struct rruns *out);
void	 rr_expand(const struct rruns *rr, struct buf *b, const char *ch,
	     size_t len);
void	 rr_free(struct rruns *rr);

#endif
