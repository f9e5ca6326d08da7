/*
 * tui-format: newsboat's format strings (articlelist-format,
 * feedlist-format and the title formats).  %X is the value the caller's
 * function gives for X; %NX pads it to N columns on the left, %-NX on the
 * right; %?X?then&else? picks a branch by whether X is empty; %>C fills
 * with C so the rest ends at the right edge; %% is a percent sign.
 * Widths are display columns (text_width), values are shown as they are
 * (text_put sanitises what reaches the screen).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

#define FMT_MAX_DEPTH	4	/* nested %?..? */

static void	fmt_run(struct buf *out, const char *f, size_t len,
		    tui_format_fn fn, void *arg, int width, int depth);

/* The end of a conditional branch starting at p: its '&' or closing '?'
 * at this nesting level. */
static const char *
branch_end(const char *p, const char *end, int stop_amp)
{
	int nest = 0;

	while (p < end) {
		if (*p == '%' && p + 1 < end) {
			if (p[1] == '?' && p + 3 < end) {
				nest++;		/* "%?X?" opens one */
				p += 4;
			} else
				p += 2;
			continue;
		}
		if (*p == '?') {
			if (nest == 0)
				return p;
			nest--;
		} else if (*p == '&' && nest == 0 && stop_amp)
			return p;
		p++;
	}
	return end;
}

static void
pad(struct buf *out, int n)
{
	while (n-- > 0)
		buf_addc(out, ' ');
}

static void
fmt_run(struct buf *out, const char *f, size_t len, tui_format_fn fn,
    void *arg, int width, int depth)
{
	const char *p = f, *end = f + len, *v, *then, *mid, *stop;
	char tmp[64];
	size_t fill_at = (size_t)-1, start = out->len;
	char fill = ' ';
	int n, left, w;

	while (p < end) {
		if (*p != '%' || p + 1 >= end) {
			buf_addc(out, *p++);
			continue;
		}
		p++;
		if (*p == '%') {
			buf_addc(out, '%');
			p++;
			continue;
		}
		if (*p == '>') {
			if (p + 1 < end) {
				fill = p[1];
				p += 2;
			} else
				p++;
			fill_at = out->len;
			continue;
		}
		if (*p == '?' && p + 2 < end) {
			/* %?X?then&else? */
			v = fn(arg, p[1], tmp, sizeof tmp);
			then = p + 3;
			mid = branch_end(then, end, 1);
			stop = mid < end && *mid == '&' ?
			    branch_end(mid + 1, end, 0) : mid;
			if (depth < FMT_MAX_DEPTH) {
				if (v != NULL && *v != '\0')
					fmt_run(out, then, (size_t)(mid - then),
					    fn, arg, 0, depth + 1);
				else if (mid < stop)
					fmt_run(out, mid + 1,
					    (size_t)(stop - mid - 1), fn, arg,
					    0, depth + 1);
			}
			p = stop < end ? stop + 1 : end;
			continue;
		}
		left = 0;
		if (*p == '-') {
			left = 1;
			p++;
		}
		for (n = 0; p < end && *p >= '0' && *p <= '9'; p++)
			if (n < 1000)
				n = n * 10 + (*p - '0');
		if (p >= end)
			break;
		v = fn(arg, *p++, tmp, sizeof tmp);
		if (v == NULL)
			v = "";
		w = text_width(v);
		if (!left)
			pad(out, n - w);
		buf_adds(out, v);
		if (left)
			pad(out, n - w);
	}
	if (fill_at != (size_t)-1 && width > 0) {
		/* the fill goes where %> was, up to the right edge */
		char *all = xstrndup(out->data + start, out->len - start);

		w = text_width(all);
		out->len = fill_at;
		buf_grow(out, 0);
		out->data[out->len] = '\0';
		for (n = 0; n < width - w; n++)
			buf_addc(out, fill);
		buf_adds(out, all + (fill_at - start));
		free(all);
	}
}

void
tui_format(struct buf *out, const char *fmt, tui_format_fn fn, void *arg,
    int width)
{
	fmt_run(out, fmt, strlen(fmt), fn, arg, width, 0);
}

/* The title formats' values: %N %V %T %u %t. */
struct title_vals {
	const char	*T;
	long long	 u, t;
};

static const char *
title_value(void *arg, char spec, char *tmp, size_t len)
{
	const struct title_vals *v = arg;

	switch (spec) {
	case 'N':
		return PACKAGE_NAME;
	case 'V':
		return PACKAGE_VERSION;
	case 'T':
	case 's':	/* searchresult-title-format: the words */
		return v->T;
	case 'u':	/* negative: not known here, empty */
		if (v->u < 0)
			return NULL;
		snprintf(tmp, len, "%lld", v->u);
		return tmp;
	case 't':
		if (v->t < 0)
			return NULL;
		snprintf(tmp, len, "%lld", v->t);
		return tmp;
	}
	return NULL;
}

const char *
tui_title_format(const struct view *v)
{
	const struct config *c = tui.set.cfg;
	const char *name = v->ops->name, *f = NULL;

	if (c == NULL)
		return NULL;
	if (strcmp(name, "feedlist") == 0)
		f = c->feedlist_title_format;
	else if (strcmp(name, "articlelist") == 0)
		f = c->articlelist_title_format;
	else if (strcmp(name, "article") == 0)
		f = c->itemview_title_format;
	else if (strcmp(name, "urlview") == 0)
		f = c->urlview_title_format;
	return f != NULL && *f != '\0' ? f : NULL;
}

int
tui_title_expand(const struct view *v, struct buf *b, const char *T,
    long long unread, long long total)
{
	return tui_title_expand_fmt(tui_title_format(v), b, T, unread, total);
}

int
tui_title_expand_fmt(const char *f, struct buf *b, const char *T,
    long long unread, long long total)
{
	struct title_vals tv = { T, unread, total };

	if (f == NULL || *f == '\0')
		return 0;
	tui_format(b, f, title_value, &tv, 0);
	tui.title_formatted = 1;	/* tui_draw adds no prefix */
	return 1;
}
