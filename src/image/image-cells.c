/*
 * image-cells: pictures for the terminal through libchafa.  Symbols are
 * read back cell by cell (character, fg, bg) so that the front end draws
 * them itself, as text; sixel and kitty come as chafa's escapes for
 * pixels only.  glib stays inside this file.
 */
#include "config.h"

#include <chafa.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "image/image-int.h"

/* image.h's colours -> chafa's canvas modes. */
static const ChafaCanvasMode canvas_modes[] = {
	[IMAGE_COLORS_8] = CHAFA_CANVAS_MODE_INDEXED_8,
	[IMAGE_COLORS_16] = CHAFA_CANVAS_MODE_INDEXED_16,
	[IMAGE_COLORS_256] = CHAFA_CANVAS_MODE_INDEXED_240,
	[IMAGE_COLORS_DIRECT] = CHAFA_CANVAS_MODE_TRUECOLOR,
};

static ChafaCanvas *
canvas_new(const struct image_pixels *img, int cols, int rows,
    ChafaCanvasMode mode, ChafaPixelMode pixels, int cell_w, int cell_h)
{
	static int one_thread;
	ChafaSymbolMap *sm;
	ChafaCanvasConfig *cc;
	ChafaCanvas *c;

	/* Small canvases: chafa's thread pool would only cost threads (and
	 * glib keeps idle ones around). */
	if (!one_thread) {
		chafa_set_n_threads(1);
		one_thread = 1;
	}
	sm = chafa_symbol_map_new();
	/* Blocks and sextants: every Unicode terminal font has them. */
	chafa_symbol_map_add_by_tags(sm, CHAFA_SYMBOL_TAG_BLOCK |
	    CHAFA_SYMBOL_TAG_SPACE | CHAFA_SYMBOL_TAG_SEXTANT);
	chafa_symbol_map_remove_by_tags(sm, CHAFA_SYMBOL_TAG_WIDE |
	    CHAFA_SYMBOL_TAG_AMBIGUOUS);
	cc = chafa_canvas_config_new();
	chafa_canvas_config_set_geometry(cc, cols, rows);
	chafa_canvas_config_set_canvas_mode(cc, mode);
	chafa_canvas_config_set_pixel_mode(cc, pixels);
	chafa_canvas_config_set_symbol_map(cc, sm);
	/* The terminal's cell in pixels (else a usual 10x20), for sixel and
	 * kitty's sizes. */
	if (cell_w < 2 || cell_h < 2 || cell_w > 256 || cell_h > 256) {
		cell_w = 10;
		cell_h = 20;
	}
	chafa_canvas_config_set_cell_geometry(cc, cell_w, cell_h);
	c = chafa_canvas_new(cc);
	chafa_canvas_config_unref(cc);
	chafa_symbol_map_unref(sm);
	if (c != NULL)
		chafa_canvas_draw_all_pixels(c, CHAFA_PIXEL_RGBA8_UNASSOCIATED,
		    img->rgba, (gint)img->w, (gint)img->h, (gint)img->w * 4);
	return c;
}

/* A colour from chafa: an index 0..255 or packed RGB; anything else
 * (transparent, the terminal's default) is IMAGE_COLOR_DEFAULT. */
static uint32_t
cell_color(gint c, enum image_colors colors)
{
	if (c < 0 || (colors != IMAGE_COLORS_DIRECT && c > 255))
		return IMAGE_COLOR_DEFAULT;
	return (uint32_t)c;
}

int
image_to_cells(const struct image_pixels *img, int cols, int rows,
    enum image_colors colors, struct image_cells **out)
{
	struct image_cells *ic;
	struct image_cell *cell;
	ChafaCanvas *c;
	gunichar ch;
	gint fg, bg;
	int x, y;

	*out = NULL;
	if (cols <= 0 || rows <= 0 || (unsigned)colors >= sizeof
	    canvas_modes / sizeof canvas_modes[0])
		return -1;
	if ((c = canvas_new(img, cols, rows, canvas_modes[colors],
	    CHAFA_PIXEL_MODE_SYMBOLS, 0, 0)) == NULL)
		return -1;
	ic = xcalloc(1, sizeof *ic);
	ic->cols = cols;
	ic->rows = rows;
	ic->cells = xreallocarray(NULL, (size_t)cols * (size_t)rows,
	    sizeof *ic->cells);
	for (y = 0; y < rows; y++) {
		for (x = 0; x < cols; x++) {
			cell = &ic->cells[(size_t)y * (size_t)cols +
			    (size_t)x];
			ch = chafa_canvas_get_char_at(c, x, y);
			/* Only what chafa drew with: blocks, never a
			 * control. */
			if (ch < 0x20 || g_unichar_iszerowidth(ch) ||
			    g_unichar_iswide(ch))
				ch = ' ';
			memset(cell->ch, 0, sizeof cell->ch);
			g_unichar_to_utf8(ch, cell->ch);
			chafa_canvas_get_raw_colors_at(c, x, y, &fg, &bg);
			cell->fg = cell_color(fg, colors);
			cell->bg = cell_color(bg, colors);
		}
	}
	chafa_canvas_unref(c);
	*out = ic;
	return 0;
}

char *
image_to_escapes(const struct image_pixels *img, int cols, int rows,
    enum image_protocol proto, int cell_w, int cell_h, size_t *len)
{
	ChafaTermInfo *ti;
	ChafaCanvas *c;
	GString *gs;
	char *s;

	*len = 0;
	if (cols <= 0 || rows <= 0 || (proto != IMAGE_PROTO_SIXEL &&
	    proto != IMAGE_PROTO_KITTY))
		return NULL;
	if ((c = canvas_new(img, cols, rows, CHAFA_CANVAS_MODE_TRUECOLOR,
	    proto == IMAGE_PROTO_SIXEL ? CHAFA_PIXEL_MODE_SIXELS :
	    CHAFA_PIXEL_MODE_KITTY, cell_w, cell_h)) == NULL)
		return NULL;
	/* chafa's fallback terminal knows every sequence it can emit. */
	ti = chafa_term_db_get_fallback_info(chafa_term_db_get_default());
	gs = chafa_canvas_print(c, ti);
	chafa_term_info_unref(ti);
	chafa_canvas_unref(c);
	if (gs == NULL)
		return NULL;
	s = xmalloc(gs->len + 1);
	memcpy(s, gs->str, gs->len);
	s[gs->len] = '\0';
	*len = gs->len;
	g_string_free(gs, TRUE);
	return s;
}

void
image_cells_free(struct image_cells **cp)
{
	if (*cp == NULL)
		return;
	free((*cp)->cells);
	free(*cp);
	*cp = NULL;
}
