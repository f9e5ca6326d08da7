/*
 * image-proto: the pure parts of drawing for a terminal: the protocol
 * names, what the environment says the terminal draws (image_detect, a
 * table), and the size in cells a picture takes.
 */
#include "config.h"

#include <string.h>

#include "image/image-int.h"

static const char *const proto_names[] = {
	[IMAGE_PROTO_AUTO] = "auto",
	[IMAGE_PROTO_NONE] = "none",
	[IMAGE_PROTO_SYMBOLS] = "symbols",
	[IMAGE_PROTO_SIXEL] = "sixel",
	[IMAGE_PROTO_KITTY] = "kitty",
};

int
image_protocol_parse(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < sizeof proto_names / sizeof
	    proto_names[0]; i++)
		if (strcmp(s, proto_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
image_protocol_name(enum image_protocol p)
{
	if ((unsigned)p >= sizeof proto_names / sizeof proto_names[0])
		return "none";
	return proto_names[p];
}

/* Terminals known to draw pixels, by $TERM prefix or $TERM_PROGRAM.
 * Anything not here gets symbols: a wrong guess would print garbage. */
static const struct {
	const char		*term;		/* $TERM starts with it */
	const char		*program;	/* or $TERM_PROGRAM is it */
	enum image_protocol	 proto;
} known[] = {
	{ "xterm-kitty", NULL, IMAGE_PROTO_KITTY },
	{ "xterm-ghostty", "ghostty", IMAGE_PROTO_KITTY },
	{ NULL, "WezTerm", IMAGE_PROTO_SIXEL },
	{ "foot", NULL, IMAGE_PROTO_SIXEL },
	{ "mlterm", NULL, IMAGE_PROTO_SIXEL },
	{ "yaft", NULL, IMAGE_PROTO_SIXEL },
	{ "contour", NULL, IMAGE_PROTO_SIXEL },
};

static int
set(const char *s)
{
	return s != NULL && *s != '\0';
}

enum image_protocol
image_detect(const struct image_term *t)
{
	size_t i, n;

	/* tmux and screen pass neither protocol through reliably. */
	if (set(t->tmux) || set(t->sty) || (set(t->term) &&
	    (strncmp(t->term, "screen", 6) == 0 ||
	    strncmp(t->term, "tmux", 4) == 0)))
		return IMAGE_PROTO_SYMBOLS;
	if (set(t->kitty_window))
		return IMAGE_PROTO_KITTY;
	for (i = 0; i < sizeof known / sizeof known[0]; i++) {
		n = known[i].term != NULL ? strlen(known[i].term) : 0;
		if ((n > 0 && set(t->term) &&
		    strncmp(t->term, known[i].term, n) == 0) ||
		    (known[i].program != NULL && set(t->term_program) &&
		    strcmp(t->term_program, known[i].program) == 0))
			return known[i].proto;
	}
	return IMAGE_PROTO_SYMBOLS;
}

void
image_fit(const struct image_pixels *img, int max_cols, int max_rows,
    int *cols, int *rows)
{
	uint64_t w = img->w > 0 ? img->w : 1, h = img->h > 0 ? img->h : 1;
	uint64_t c, r;

	if (max_cols < 1)
		max_cols = 1;
	if (max_rows < 1)
		max_rows = 1;
	/* The text's width; a cell is twice as high as it is wide. */
	c = (uint64_t)max_cols;
	r = (c * h + w) / (2 * w);
	if (r > (uint64_t)max_rows) {
		r = (uint64_t)max_rows;
		c = (r * 2 * w + h / 2) / h;
	}
	*cols = c < 1 ? 1 : c > (uint64_t)max_cols ? max_cols : (int)c;
	*rows = r < 1 ? 1 : (int)r;
}
