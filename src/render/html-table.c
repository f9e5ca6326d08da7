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

/*
 * Emit the collected rows: each column padded to its widest cell (when
 * the whole row stays reasonably narrow), cells joined by " | ".
 */
void
rb_table_end(struct rb *rb)
{
	size_t r, c, ncols = 0, k;
	int *colw, total = 0, pad, w;
	struct rcell *cell;
	size_t start;

	rb_cell_end(rb);
	for (r = 0; r < rb->nrows; r++)
		if (rb->rows[r].ncells > ncols)
			ncols = rb->rows[r].ncells;
	colw = xcalloc(ncols ? ncols : 1, sizeof *colw);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0; c < rb->rows[r].ncells; c++) {
			cell = &rb->rows[r].cells[c];
			w = rd_width(buf_str(&cell->text), cell->text.len);
			if (w > colw[c])
				colw[c] = w;
		}
	}
	for (c = 0; c < ncols; c++)
		total += colw[c] + 3;
	pad = total <= 160;
	rb_flush(rb);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0; c < rb->rows[r].ncells; c++) {
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
				for (; w < colw[c]; w++)
					buf_addc(&rb->text, ' ');
			}
			buf_free(&cell->text);
			free(cell->spans);
		}
		free(rb->rows[r].cells);
		if (rb->text.len > 0) {
			/* Trailing padding of empty last cells is noise. */
			while (rb->text.len > 0 &&
			    rb->text.data[rb->text.len - 1] == ' ')
				rb->text.len--;
			rb->text.data[rb->text.len] = '\0';
		}
		{
			/* rb_flush decides the kind from context. */
			size_t before = rb->doc->nblocks;

			rb_flush(rb);
			if (rb->doc->nblocks > before &&
			    rb->doc->blocks[rb->doc->nblocks - 1].kind != RB_BLANK)
				rb->doc->blocks[rb->doc->nblocks - 1].kind =
				    RB_TABLE_ROW;
		}
	}
	free(rb->rows);
	rb->rows = NULL;
	rb->nrows = 0;
	rb->row_open = 0;
	free(colw);
}
