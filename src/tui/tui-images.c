/*
 * tui-images: an article's pictures, drawn under their "[image N: alt]"
 * lines.  The article view lays its text out first; tui_images_layout
 * then adds, after each image line, the rows of every picture that is
 * ready (model/images.h fetches and decodes them in the background, as a
 * job of the main loop) or one marker line for a picture that failed.
 * When one becomes ready the generation changes and the view lays out
 * again.
 *
 * Symbols are drawn as text through text_put_pair, each cell in its own
 * colour pair (made on demand: direct colour, 256, 16 or 8 colours, as
 * the terminal has).  With kitty or sixel a picture wholly on screen is
 * written as chafa's escapes after the screen is refreshed, the cursor
 * saved and restored around them, so curses' idea of it stays true.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "model/images.h"
#include "model/reload.h"
#include "render/lib.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

#define IMG_MAX_ROWS	24	/* a picture's height at most, in rows */
#define IMG_PAIRS	8192	/* colour pairs kept for pictures */
#define IMG_CELLS	8	/* pictures' cells kept for drawing */
#define IMG_PLACED	16	/* pixel pictures placed in one frame */

static struct images	*img;
static unsigned		 img_gen;
static int		 img_proto = -1;	/* enum image_protocol */

static int	img_job_poll(void *);
static void	img_job_status(void *, struct buf *);
static void	img_job_end(void *, int);

static const struct tui_job_ops img_job_ops = {
	"images", img_job_poll, img_job_status, img_job_end
};

/* Cells of a picture at one size, the last few drawn (by URL too: a
 * forgotten picture's pixels may be freed and their address reused). */
static struct {
	char			*url;
	const struct image_pixels *px;
	int			 cols, rows;
	struct image_cells	*cells;
	unsigned		 used;
} cell_cache[IMG_CELLS];
static unsigned cell_tick;

/* (fg, bg) -> colour pair, open addressing. */
static struct {
	uint32_t fg, bg;
	int	 pair;		/* 0: empty */
} pairs[IMG_PAIRS];
static int pair_next;

/* Pixel pictures: placed this frame, and those on the terminal. */
struct placed {
	const struct image_pixels *px;
	int	 y, cols, rows;
};
static struct placed	placed[IMG_PLACED], shown[IMG_PLACED];
static size_t		nplaced, nshown;

static enum image_protocol
proto(void)
{
	static const enum image_protocol from_conf[] = {
		[CIP_AUTO] = IMAGE_PROTO_AUTO, [CIP_KITTY] = IMAGE_PROTO_KITTY,
		[CIP_SIXEL] = IMAGE_PROTO_SIXEL,
		[CIP_SYMBOLS] = IMAGE_PROTO_SYMBOLS,
		[CIP_NONE] = IMAGE_PROTO_NONE,
	};
	struct image_term t;
	int c = tui.set.cfg->image_protocol;

	if (img_proto != -1)
		return img_proto;
	img_proto = c >= 0 && c <= CIP_NONE ? from_conf[c] : IMAGE_PROTO_AUTO;
	if (img_proto == IMAGE_PROTO_AUTO) {
		t.term = getenv("TERM");
		t.term_program = getenv("TERM_PROGRAM");
		t.tmux = getenv("TMUX");
		t.sty = getenv("STY");
		t.kitty_window = getenv("KITTY_WINDOW_ID");
		img_proto = image_detect(&t);
	}
	/* symbols need colours to be pictures at all */
	if (img_proto == IMAGE_PROTO_SYMBOLS && !tui.colour)
		img_proto = IMAGE_PROTO_NONE;
	return img_proto;
}

static int
images_on(void)
{
	const struct reload_opts *o = tui.env->reload_opts;

	return tui.set.cfg->show_images && image_supported() &&
	    o != NULL && o->engine != NULL && proto() != IMAGE_PROTO_NONE;
}

/* The session's images, made on first use. */
static struct images *
images(void)
{
	char *cache, *dir;

	if (img == NULL) {
		/* no $HOME: no pictures (never a shared folder like /tmp) */
		if ((cache = paths_cache_dir()) == NULL)
			return NULL;
		dir = paths_join(cache, "images");
		img = images_new(tui.env->reload_opts->engine, dir,
		    (uint64_t)tui.set.cfg->image_cache_size * 1024 * 1024);
		free(dir);
		free(cache);
	}
	return img;
}

static int
img_job_poll(void *arg)
{
	int n = images_poll(arg);

	if (n > 0)
		img_gen++;
	return n >= 0 && images_loading(arg) > 0;
}

static void
img_job_status(void *arg, struct buf *b)
{
	buf_printf(b, _("Fetching pictures... %zu"), images_loading(arg));
}

static void
img_job_end(void *arg, int finished)
{
	(void)arg;
	(void)finished;	/* the images live until tui_images_end */
}

/* Fetched and decoded in the background; the job ends with them. */
static void
img_job_start(void)
{
	if (img != NULL && images_loading(img) > 0 &&
	    !tui_job_running(&img_job_ops))
		tui_job_add(&img_job_ops, img);
}

unsigned
tui_images_gen(void)
{
	static int lines;

	/* a picture's height depends on the screen's */
	if (LINES != lines) {
		lines = LINES;
		img_gen++;
	}
	return img_gen;
}

/* The picture's size in cells for text width w. */
static void
fit(const struct image_pixels *px, int w, int *cols, int *rows)
{
	int max_rows = LINES - 4 < IMG_MAX_ROWS ? LINES - 4 : IMG_MAX_ROWS;

	image_fit(px, w, max_rows, cols, rows);
}

/* Add n rows after line at of rl, each a picture's (image, row). */
static void
insert_rows(struct rlines *rl, struct tui_img_row **rows, size_t at,
    int image, int n)
{
	struct rline *l;
	size_t i, k;

	rl->lines = xreallocarray(rl->lines, rl->nlines + (size_t)n,
	    sizeof *rl->lines);
	*rows = xreallocarray(*rows, rl->nlines + (size_t)n, sizeof **rows);
	memmove(&rl->lines[at + 1 + (size_t)n], &rl->lines[at + 1],
	    (rl->nlines - at - 1) * sizeof *rl->lines);
	memmove(&(*rows)[at + 1 + (size_t)n], &(*rows)[at + 1],
	    (rl->nlines - at - 1) * sizeof **rows);
	for (k = 0; k < (size_t)n; k++) {
		i = at + 1 + k;
		l = &rl->lines[i];
		*l = rl->lines[at];
		l->text = xstrdup("");
		l->width = 0;
		l->start = l->end = rl->lines[at].end;
		l->prefix_len = 0;
		l->prefix_width = 0;
		l->spans = NULL;
		l->nspans = 0;
		(*rows)[i].image = image;
		(*rows)[i].row = n == 1 && image < 0 ? 0 : (int)k;
	}
	rl->nlines += (size_t)n;
}

/* The link number in an image marker's text "[image N: alt]" (the word
 * is translated), or 0. */
static int
marker_number(const char *t, size_t n)
{
	size_t i = 1;
	int num = 0;

	while (i < n && t[i] != ' ' && t[i] != ']')
		i++;
	if (i >= n || t[i] != ' ')
		return 0;
	for (i++; i < n && t[i] >= '0' && t[i] <= '9' && num < 1000000; i++)
		num = num * 10 + (t[i] - '0');
	return num;
}

/* The pictures whose image markers end on line l, in order, into out
 * (at most max); *open carries a marker wrapped onto the next line. */
static size_t
line_images(const struct rdoc *doc, const struct rline *l, int *open,
    int *out, size_t max)
{
	const struct rspan *s;
	size_t k, n = 0, len = strlen(l->text);

	for (k = 0; k < l->nspans; k++) {
		s = &l->spans[k];
		if (!(s->attr & RA_IMAGE) || s->start >= s->end ||
		    s->end > len)
			continue;
		if (l->text[s->start] == '[')
			*open = marker_number(l->text + s->start,
			    s->end - s->start);
		if (l->text[s->end - 1] != ']')
			continue;
		if (*open > 0 && (size_t)*open <= doc->nlinks &&
		    doc->link_kinds[*open - 1] == RL_IMAGE && n < max)
			out[n++] = *open;
		*open = 0;
	}
	return n;
}

void
tui_images_layout(const struct rdoc *doc, struct rlines *rl, int w,
    struct tui_img_row **rows)
{
	const struct image_pixels *px;
	enum images_state st;
	size_t i, k, n;
	int links[16], open = 0, cols, nrows;

	*rows = NULL;
	if (doc == NULL || rl == NULL || !images_on() || images() == NULL)
		return;
	*rows = xcalloc(rl->nlines + 1, sizeof **rows);
	for (i = 0; i < rl->nlines; i++) {
		if ((*rows)[i].image != 0)
			continue;
		n = line_images(doc, &rl->lines[i], &open, links,
		    sizeof links / sizeof links[0]);
		/* last first: each goes right under the line, in order */
		for (k = n; k > 0; k--) {
			st = images_get(img, doc->links[links[k - 1] - 1],
			    &px, NULL);
			if (st == IMAGES_READY) {
				fit(px, w, &cols, &nrows);
				insert_rows(rl, rows, i, links[k - 1], nrows);
			} else if (st == IMAGES_FAILED)
				insert_rows(rl, rows, i, -links[k - 1], 1);
		}
	}
	img_job_start();
}

/* A colour pair for fg on bg (IMAGE_COLOR_DEFAULT: the terminal's). */
static int
pair_of(uint32_t fg, uint32_t bg)
{
	size_t h = ((fg * 2654435761u) ^ (bg * 40503u)) % IMG_PAIRS, i;
	int f = fg == IMAGE_COLOR_DEFAULT ? -1 : (int)fg;
	int b = bg == IMAGE_COLOR_DEFAULT ? -1 : (int)bg;
	int base = CE__COUNT + 2, max = COLOR_PAIRS - 1;

	if (max - base > IMG_PAIRS / 2)
		max = base + IMG_PAIRS / 2;
	for (i = h; pairs[i].pair != 0; i = (i + 1) % IMG_PAIRS)
		if (pairs[i].fg == fg && pairs[i].bg == bg)
			return pairs[i].pair;
	if (pair_next < base || pair_next > max) {
		/* full (or the first): start again */
		memset(pairs, 0, sizeof pairs);
		pair_next = base;
		i = h;
	}
	if (pair_next > max)
		return 0;
#if NCURSES_EXT_COLORS
	if (init_extended_pair(pair_next, f, b) != OK)
		return 0;
#else
	if (pair_next > 255 || init_pair((short)pair_next, (short)f,
	    (short)b) != OK)
		return 0;
#endif
	pairs[i].fg = fg;
	pairs[i].bg = bg;
	pairs[i].pair = pair_next;
	return pair_next++;
}

static enum image_colors
colors(void)
{
	if (COLORS >= 0x1000000)
		return IMAGE_COLORS_DIRECT;
	if (COLORS >= 256)
		return IMAGE_COLORS_256;
	return COLORS >= 16 ? IMAGE_COLORS_16 : IMAGE_COLORS_8;
}

static struct image_cells *
cells_of(const char *url, const struct image_pixels *px, int cols, int rows)
{
	size_t i, old = 0;

	for (i = 0; i < IMG_CELLS; i++) {
		if (cell_cache[i].px == px && cell_cache[i].url != NULL &&
		    strcmp(cell_cache[i].url, url) == 0 &&
		    cell_cache[i].cols == cols &&
		    cell_cache[i].rows == rows && cell_cache[i].cells !=
		    NULL) {
			cell_cache[i].used = ++cell_tick;
			return cell_cache[i].cells;
		}
		if (cell_cache[i].used < cell_cache[old].used)
			old = i;
	}
	image_cells_free(&cell_cache[old].cells);
	free(cell_cache[old].url);
	cell_cache[old].url = xstrdup(url);
	cell_cache[old].px = px;
	cell_cache[old].cols = cols;
	cell_cache[old].rows = rows;
	cell_cache[old].used = ++cell_tick;
	if (image_to_cells(px, cols, rows, colors(),
	    &cell_cache[old].cells) == -1)
		cell_cache[old].px = NULL;
	return cell_cache[old].cells;
}

void
tui_images_draw(const struct rdoc *doc, const struct tui_img_row *r,
    int y, int w, int top, int bottom)
{
	const struct image_pixels *px;
	const char *why;
	struct image_cells *c;
	struct image_cell *cell;
	char *line;
	int cols, rows, x, link = r->image < 0 ? -r->image : r->image;

	move(y, 0);
	clrtoeol();
	if (link <= 0 || (size_t)link > doc->nlinks || img == NULL)
		return;
	if (images_get(img, doc->links[link - 1], &px, &why) ==
	    IMAGES_FAILED || r->image < 0) {
		line = xasprintf(_("  [image %d not shown: %s]"), link,
		    why != NULL ? why : "?");
		text_put(y, 0, w, line, theme_attr(CE_ERROR), 0);
		free(line);
		return;
	}
	if (px == NULL) {
		/* forgotten since the layout (many pictures): again */
		img_job_start();
		return;
	}
	fit(px, w, &cols, &rows);
	if (r->row >= rows)
		return;
	/* pixels only for a picture wholly on screen */
	if ((proto() == IMAGE_PROTO_KITTY || proto() == IMAGE_PROTO_SIXEL) &&
	    y - r->row >= top && y - r->row + rows <= bottom) {
		if (r->row == 0 && nplaced < IMG_PLACED) {
			placed[nplaced].px = px;
			placed[nplaced].y = y;
			placed[nplaced].cols = cols;
			placed[nplaced].rows = rows;
			nplaced++;
		}
		return;
	}
	if ((c = cells_of(doc->links[link - 1], px, cols, rows)) == NULL)
		return;
	for (x = 0; x < cols && x < w; x++) {
		cell = &c->cells[(size_t)r->row * (size_t)c->cols + (size_t)x];
		text_put_pair(y, x, 1, cell->ch, A_NORMAL,
		    pair_of(cell->fg, cell->bg));
	}
}

/* After refresh: write the pixel pictures placed in this frame when they
 * differ from those on the terminal. */
void
tui_images_flush(void)
{
	struct winsize ws;
	char *esc;
	size_t i, len;
	int cw = 0, ch = 0;

	if (nplaced == nshown && memcmp(placed, shown, nplaced *
	    sizeof *placed) == 0) {
		nplaced = 0;
		return;
	}
	if (proto() == IMAGE_PROTO_KITTY)
		fputs("\0337\033_Ga=d\033\\\0338", stdout);
	/* sixel pixels stay until written over: repaint everything first */
	if (proto() == IMAGE_PROTO_SIXEL && nshown > 0) {
		clearok(curscr, TRUE);
		refresh();
	}
	/* the cell's size in pixels, where the terminal tells */
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 &&
	    ws.ws_row > 0) {
		cw = ws.ws_xpixel / ws.ws_col;
		ch = ws.ws_ypixel / ws.ws_row;
	}
	for (i = 0; i < nplaced; i++) {
		esc = image_to_escapes(placed[i].px, placed[i].cols,
		    placed[i].rows, proto(), cw, ch, &len);
		if (esc == NULL)
			continue;
		printf("\0337\033[%d;1H", placed[i].y + 1);
		fwrite(esc, 1, len, stdout);
		fputs("\0338", stdout);
		free(esc);
	}
	fflush(stdout);
	memcpy(shown, placed, nplaced * sizeof *placed);
	nshown = nplaced;
	nplaced = 0;
}

void
tui_images_end(void)
{
	size_t i;

	for (i = 0; i < IMG_CELLS; i++) {
		image_cells_free(&cell_cache[i].cells);
		free(cell_cache[i].url);
	}
	memset(cell_cache, 0, sizeof cell_cache);
	images_free(&img);
	img_proto = -1;
	nplaced = nshown = 0;
}
