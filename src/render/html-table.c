/*
 * html-table: list item markers ("1.", "iv.", bullets) and tables: the
 * cells of each row collected, then emitted as rows with padded columns.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "render/lib.h"
#include "render/render-int.h"
#include "render/html-int.h"

static void
roman(struct buf *b, int n, int upper)
{
	static const struct { int v; const char *s; } r[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
	};
	size_t i;
	const char *p;

	if (n <= 0 || n >= 4000) {
		buf_printf(b, "%d", n);
		return;
	}
	for (i = 0; i < sizeof r / sizeof r[0]; i++) {
		while (n >= r[i].v) {
			for (p = r[i].s; *p != '\0'; p++)
				buf_addc(b, upper ? (char)(*p - 'a' + 'A') : *p);
			n -= r[i].v;
		}
	}
}

char *
rb_marker(struct rlist *l, int depth)
{
	struct buf b = BUF_INIT;
	int n = l->counter, utf8 = rd_utf8_locale();

	if (!l->ordered) {
		if (depth <= 1)
			return xstrdup(utf8 ? "•" : "*");
		if (depth == 2)
			return xstrdup(utf8 ? "◦" : "-");
		return xstrdup(utf8 ? "▪" : "+");
	}
	switch (l->type) {
	case 'a':
	case 'A':
		if (n >= 1 && n <= 26)
			buf_addc(&b, (char)(l->type + n - 1));
		else
			buf_printf(&b, "%d", n);
		break;
	case 'i':
	case 'I':
		roman(&b, n, l->type == 'I');
		break;
	default:
		buf_printf(&b, "%d", n);
		break;
	}
	buf_addc(&b, '.');
	return buf_detach(&b);
}

void
rb_cell_end(struct rb *rb)
{
	struct rrow *row;
	struct rcell *cell;
	size_t len = rb->text.len;

	if (!rb->in_cell)
		return;
	rb->in_cell = 0;
	rb->space = 0;
	if (!rb->row_open) {
		/* Grow by doubling: nrows is a power of two when full. */
		if ((rb->nrows & (rb->nrows - 1)) == 0)
			rb->rows = xreallocarray(rb->rows,
			    rb->nrows ? rb->nrows * 2 : 1, sizeof *rb->rows);
		memset(&rb->rows[rb->nrows++], 0, sizeof *rb->rows);
		rb->row_open = 1;
	}
	row = &rb->rows[rb->nrows - 1];
	if ((row->ncells & (row->ncells - 1)) == 0)
		row->cells = xreallocarray(row->cells,
		    row->ncells ? row->ncells * 2 : 1, sizeof *row->cells);
	cell = &row->cells[row->ncells++];
	memset(cell, 0, sizeof *cell);
	cell->span = rb->cell_span > 0 ? rb->cell_span : 1;
	rb->cell_span = 1;
	while (len > 0 && rb->text.data[len - 1] == ' ')
		len--;
	buf_add(&cell->text, rb->text.data != NULL ? rb->text.data : "",
	    len);
	buf_reset(&rb->text);
	while (rb->nspans > 0 && rb->spans[rb->nspans - 1].start >= len)
		rb->nspans--;
	if (rb->nspans > 0 && rb->spans[rb->nspans - 1].end > len)
		rb->spans[rb->nspans - 1].end = len;
	if (rb->nspans > 0) {
		cell->spans = xreallocarray(NULL, rb->nspans,
		    sizeof *cell->spans);
		memcpy(cell->spans, rb->spans, rb->nspans *
		    sizeof *cell->spans);
		cell->nspans = rb->nspans;
	}
	rb->nspans = 0;
}

/* The width of a cell spanning columns [c, c + span): theirs and the
 * separators between them. */
static int
span_width(const int *colw, size_t c, int span)
{
	int w = 0, k;

	for (k = 0; k < span; k++)
		w += colw[c + k] + (k > 0 ? 3 : 0);
	return w;
}

/* A row of header cells only (th) gets a rule under it. */
static int
row_is_header(const struct rrow *row)
{
	size_t c;

	for (c = 0; c < row->ncells; c++)
		if (!row->cells[c].header)
			return 0;
	return row->ncells > 0;
}

/* rb_flush the row text as a table row block. */
static void
table_flush_row(struct rb *rb)
{
	size_t before = rb->doc->nblocks;

	while (rb->text.len > 0 && rb->text.data[rb->text.len - 1] == ' ')
		rb->text.len--;	/* trailing padding of empty cells is noise */
	if (rb->text.data != NULL)
		rb->text.data[rb->text.len] = '\0';
	/* rb_flush decides the kind from context. */
	rb_flush(rb);
	if (rb->doc->nblocks > before &&
	    rb->doc->blocks[rb->doc->nblocks - 1].kind != RB_BLANK)
		rb->doc->blocks[rb->doc->nblocks - 1].kind = RB_TABLE_ROW;
}

/* The rule under a header row: a line per column, crossed where the
 * separators are. */
static void
table_rule(struct rb *rb, const int *colw, size_t ncols)
{
	int utf8 = rd_utf8_locale(), k;
	size_t c;

	for (c = 0; c < ncols; c++) {
		if (c > 0)
			buf_adds(&rb->text, utf8 ? "\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80" :
			    "-+-");
		for (k = 0; k < colw[c]; k++)
			buf_adds(&rb->text, utf8 ? "\xe2\x94\x80" : "-");
	}
	table_flush_row(rb);
}

/*
 * Emit the collected rows: each column padded to its widest cell (when
 * the whole row stays reasonably narrow), cells joined by " | ".  A cell
 * with colspan takes its columns and the separators between them, and
 * widens the last of them when it needs more; a row of header cells is
 * ruled off from the rows under it.
 */
void
rb_table_end(struct rb *rb)
{
	size_t r, c, col, ncols = 0, n, k;
	int *colw, total = 0, pad, w, have, ruled = 0;
	struct rcell *cell;
	size_t start;

	rb_cell_end(rb);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0, n = 0; c < rb->rows[r].ncells; c++)
			n += rb->rows[r].cells[c].span;
		if (n > ncols)
			ncols = n;
	}
	colw = xcalloc(ncols ? ncols : 1, sizeof *colw);
	/* Single cells first, then what the spanning ones still need. */
	for (k = 0; k < 2; k++)
		for (r = 0; r < rb->nrows; r++) {
			for (c = 0, col = 0; c < rb->rows[r].ncells;
			    col += rb->rows[r].cells[c++].span) {
				cell = &rb->rows[r].cells[c];
				if ((cell->span > 1) != (k == 1))
					continue;
				w = rd_width(buf_str(&cell->text),
				    cell->text.len);
				have = span_width(colw, col, cell->span);
				if (w > have)
					colw[col + cell->span - 1] += w - have;
			}
		}
	for (c = 0; c < ncols; c++)
		total += colw[c] + 3;
	pad = total <= 160;
	rb_flush(rb);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0, col = 0; c < rb->rows[r].ncells; c++) {
			cell = &rb->rows[r].cells[c];
			if (c > 0)
				buf_adds(&rb->text, " | ");
			start = rb->text.len;
			buf_add(&rb->text, buf_str(&cell->text),
			    cell->text.len);
			for (k = 0; k < cell->nspans; k++)
				rb_span(rb, start + cell->spans[k].start,
				    start + cell->spans[k].end,
				    cell->spans[k].attr, cell->spans[k].link);
			if (pad && c + 1 < rb->rows[r].ncells) {
				w = rd_width(buf_str(&cell->text),
				    cell->text.len);
				for (have = span_width(colw, col, cell->span);
				    w < have; w++)
					buf_addc(&rb->text, ' ');
			}
			col += cell->span;
			buf_free(&cell->text);
			free(cell->spans);
		}
		table_flush_row(rb);
		/* One rule, under the first header row that has rows below. */
		if (pad && !ruled && r + 1 < rb->nrows &&
		    row_is_header(&rb->rows[r])) {
			table_rule(rb, colw, ncols);
			ruled = 1;
		}
		free(rb->rows[r].cells);
	}
	free(rb->rows);
	rb->rows = NULL;
	rb->nrows = 0;
	rb->row_open = 0;
	free(colw);
}
