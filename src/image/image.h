/*
 * image: pictures from hostile bytes, decoded by well-kept libraries
 * (libpng, libjpeg-turbo, libwebp, giflib), and drawn for a terminal by
 * libchafa: cells of Unicode block/sextant symbols with colours, or the
 * escapes of the kitty graphics protocol or of sixel.
 *
 * Pure: bytes in, pixels or cells out; no files, no network, no curses,
 * no environment (the caller passes what it read).  Depends on base/.
 *
 * Every input is hostile.  The type is sniffed from the first bytes,
 * never taken from a Content-Type or a file name.  Each decode is capped
 * in input bytes and in pixels, and the pixel cap is checked against the
 * header before any pixel buffer is allocated (a 30000x30000 bomb is
 * refused from its first bytes).  Truncated or mismatched input gives -1
 * with a one-line reason, never a partial picture.
 *
 * When configure found the libraries missing, image_supported() is 0 and
 * every decode fails with a reason saying so.
 *
 * Memory: an image_pixels, image_cells or escape string returned is the
 * caller's, freed with image_free / image_cells_free / free().
 */
#ifndef TIDINGS_IMAGE_IMAGE_H
#define TIDINGS_IMAGE_IMAGE_H

#include <stddef.h>
#include <stdint.h>

enum image_type {
	IMAGE_UNKNOWN,
	IMAGE_PNG,
	IMAGE_JPEG,
	IMAGE_GIF,
	IMAGE_WEBP
};

/* The type of buf[0..len) from its magic bytes (IMAGE_UNKNOWN: not a
 * picture we decode). */
enum image_type	 image_sniff(const void *buf, size_t len);
/* "png", "jpeg", "gif", "webp", "unknown". */
const char	*image_type_name(enum image_type t);

/* The caps of one decode; zero fields take the defaults below. */
struct image_limits {
	size_t	 max_bytes;	/* input; default IMAGE_MAX_BYTES */
	uint64_t max_pixels;	/* width * height; default IMAGE_MAX_PIXELS */
	uint32_t max_side;	/* either side; default IMAGE_MAX_SIDE */
};
#define IMAGE_MAX_BYTES		(8u * 1024 * 1024)
#define IMAGE_MAX_PIXELS	(4096u * 4096u)
#define IMAGE_MAX_SIDE		8192u

/* Decoded pixels: RGBA, 8 bits a channel, rows top to bottom, no padding
 * (stride w * 4).  The first frame of an animation. */
struct image_pixels {
	uint32_t	 w;
	uint32_t	 h;
	unsigned char	*rgba;
	enum image_type	 type;
};

/* 1 when tidings was built with the image libraries. */
int	 image_supported(void);
/* Decode buf[0..len) (lim NULL: the defaults).  0 and *out, or -1 with a
 * reason in err (which may be NULL). */
int	 image_decode(const void *buf, size_t len,
	     const struct image_limits *lim, struct image_pixels **out,
	     char *err, size_t errlen);
void	 image_free(struct image_pixels **pp);
/* Make *pp at most max_w x max_h (keeping its aspect) by averaging boxes
 * of pixels; unchanged when it fits.  For the worker that decodes: the
 * terminal never needs more, and drawing a smaller picture is quicker. */
void	 image_shrink(struct image_pixels **pp, uint32_t max_w,
	     uint32_t max_h);

/* ---- for the terminal --------------------------------------------------- */

/* How pictures reach the terminal. */
enum image_protocol {
	IMAGE_PROTO_AUTO,	/* a setting only: image_detect() decides */
	IMAGE_PROTO_NONE,	/* no pictures at all */
	IMAGE_PROTO_SYMBOLS,	/* coloured Unicode block/sextant cells */
	IMAGE_PROTO_SIXEL,
	IMAGE_PROTO_KITTY
};
/* "auto", "none", "symbols", "sixel", "kitty" -> the protocol, -1 for
 * anything else. */
int	 image_protocol_parse(const char *s);
const char *image_protocol_name(enum image_protocol p);

/* What the environment says about the terminal, read by the caller (any
 * field may be NULL). */
struct image_term {
	const char	*term;		/* $TERM */
	const char	*term_program;	/* $TERM_PROGRAM */
	const char	*tmux;		/* $TMUX */
	const char	*sty;		/* $STY (screen) */
	const char	*kitty_window;	/* $KITTY_WINDOW_ID */
};
/* The protocol for IMAGE_PROTO_AUTO: kitty or sixel only where the
 * terminal is known to draw it, symbols when unsure, and symbols under
 * tmux or screen (which pass neither through reliably). */
enum image_protocol image_detect(const struct image_term *t);

/* Colours the terminal has. */
enum image_colors {
	IMAGE_COLORS_8,		/* the 8 ANSI colours */
	IMAGE_COLORS_16,
	IMAGE_COLORS_256,	/* xterm's palette; indexes 16..255 used */
	IMAGE_COLORS_DIRECT	/* 24-bit */
};

/* One terminal cell: a symbol drawn in fg on bg.  Colours are palette
 * indexes (8/16/256) or 0xRRGGBB (direct), or IMAGE_COLOR_DEFAULT for
 * the terminal's own (transparent pixels). */
#define IMAGE_COLOR_DEFAULT	0xffffffffu
struct image_cell {
	char		 ch[8];		/* UTF-8, NUL-terminated; one column */
	uint32_t	 fg;
	uint32_t	 bg;
};

struct image_cells {
	int			 cols;
	int			 rows;
	struct image_cell	*cells;		/* rows * cols, row by row */
};

/* The size in cells that img takes at most max_cols wide and max_rows
 * high, keeping its aspect (a cell is about twice as high as wide).
 * Never 0 in either (a picture is at least one cell). */
void	 image_fit(const struct image_pixels *img, int max_cols,
	     int max_rows, int *cols, int *rows);
/* img as cols x rows symbol cells (from image_fit).  0 or -1. */
int	 image_to_cells(const struct image_pixels *img, int cols, int rows,
	     enum image_colors colors, struct image_cells **out);
void	 image_cells_free(struct image_cells **cp);
/* img as the escapes that draw it cols x rows cells large at the cursor
 * with proto (IMAGE_PROTO_SIXEL or IMAGE_PROTO_KITTY), for cells of
 * cell_w x cell_h pixels (0: 10 x 20); NULL for another protocol or a
 * failure.  Only pixels reach it: no text from outside. */
char	*image_to_escapes(const struct image_pixels *img, int cols, int rows,
	     enum image_protocol proto, int cell_w, int cell_h, size_t *len);

#endif
