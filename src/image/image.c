/*
 * image: sniffing, the caps and the dispatch to one decoder per format
 * (image-png.c, image-jpeg.c, image-gif.c, image-webp.c).  Built without
 * them when configure did not find the libraries: then every decode says
 * so.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "image/image-int.h"

/* Magic bytes; a table so a new format is one row. */
static const struct {
	enum image_type	 type;
	size_t		 off;
	const char	*magic;
	size_t		 len;
} magics[] = {
	{ IMAGE_PNG, 0, "\x89PNG\r\n\x1a\n", 8 },
	{ IMAGE_JPEG, 0, "\xff\xd8\xff", 3 },
	{ IMAGE_GIF, 0, "GIF87a", 6 },
	{ IMAGE_GIF, 0, "GIF89a", 6 },
	{ IMAGE_WEBP, 8, "WEBP", 4 },	/* after "RIFF" and a size */
};

static const char *const type_names[] = {
	"unknown", "png", "jpeg", "gif", "webp"
};

enum image_type
image_sniff(const void *buf, size_t len)
{
	const unsigned char *b = buf;
	size_t i;

	for (i = 0; i < sizeof magics / sizeof magics[0]; i++) {
		if (len < magics[i].off + magics[i].len ||
		    memcmp(b + magics[i].off, magics[i].magic,
		    magics[i].len) != 0)
			continue;
		if (magics[i].type == IMAGE_WEBP && memcmp(b, "RIFF", 4) != 0)
			continue;
		return magics[i].type;
	}
	return IMAGE_UNKNOWN;
}

const char *
image_type_name(enum image_type t)
{
	if ((unsigned)t >= sizeof type_names / sizeof type_names[0])
		return type_names[0];
	return type_names[t];
}

int
image_fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err != NULL && errlen > 0) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

int
image_check_size(uint64_t w, uint64_t h, const struct image_limits *lim,
    char *err, size_t errlen)
{
	if (w == 0 || h == 0)
		return image_fail(err, errlen, _("empty picture (%llux%llu)"),
		    (unsigned long long)w, (unsigned long long)h);
	if (w > lim->max_side || h > lim->max_side ||
	    w * h > lim->max_pixels)
		return image_fail(err, errlen,
		    _("picture too large (%llux%llu, at most %llu pixels)"),
		    (unsigned long long)w,
		    (unsigned long long)h,
		    (unsigned long long)lim->max_pixels);
	return 0;
}

struct image_pixels *
image_new(uint32_t w, uint32_t h, enum image_type t)
{
	struct image_pixels *p = xcalloc(1, sizeof *p);

	p->w = w;
	p->h = h;
	p->type = t;
	p->rgba = xcalloc((size_t)w * h, 4);
	return p;
}

void
image_free(struct image_pixels **pp)
{
	if (*pp == NULL)
		return;
	free((*pp)->rgba);
	free(*pp);
	*pp = NULL;
}

void
image_shrink(struct image_pixels **pp, uint32_t max_w, uint32_t max_h)
{
	struct image_pixels *p = *pp, *q;
	uint64_t w, h, x, y, sx, sy, x0, x1, y0, y1, sum[4], n;
	const unsigned char *s;
	unsigned char *d;
	int c;

	if (p == NULL || max_w == 0 || max_h == 0 ||
	    (p->w <= max_w && p->h <= max_h))
		return;
	/* the larger shrink of the two sides, for both */
	if ((uint64_t)p->w * max_h >= (uint64_t)p->h * max_w) {
		w = max_w;
		h = ((uint64_t)p->h * max_w + p->w / 2) / p->w;
	} else {
		h = max_h;
		w = ((uint64_t)p->w * max_h + p->h / 2) / p->h;
	}
	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	q = image_new((uint32_t)w, (uint32_t)h, p->type);
	for (y = 0; y < h; y++) {
		y0 = y * p->h / h;
		y1 = (y + 1) * p->h / h;
		if (y1 <= y0)
			y1 = y0 + 1;
		for (x = 0; x < w; x++) {
			x0 = x * p->w / w;
			x1 = (x + 1) * p->w / w;
			if (x1 <= x0)
				x1 = x0 + 1;
			memset(sum, 0, sizeof sum);
			for (sy = y0; sy < y1; sy++)
				for (sx = x0; sx < x1; sx++) {
					s = p->rgba + (sy * p->w + sx) * 4;
					for (c = 0; c < 4; c++)
						sum[c] += s[c];
				}
			n = (y1 - y0) * (x1 - x0);
			d = q->rgba + (y * w + x) * 4;
			for (c = 0; c < 4; c++)
				d[c] = (unsigned char)((sum[c] + n / 2) / n);
		}
	}
	image_free(pp);
	*pp = q;
}

#ifdef HAVE_IMAGES
typedef int (*decode_fn)(const unsigned char *, size_t,
    const struct image_limits *, struct image_pixels **, char *, size_t);

static const decode_fn decoders[] = {
	[IMAGE_PNG] = image_png,
	[IMAGE_JPEG] = image_jpeg,
	[IMAGE_GIF] = image_gif,
	[IMAGE_WEBP] = image_webp,
};

int
image_supported(void)
{
	return 1;
}

int
image_decode(const void *buf, size_t len, const struct image_limits *lim,
    struct image_pixels **out, char *err, size_t errlen)
{
	struct image_limits l = { 0, 0, 0 };
	enum image_type t;

	*out = NULL;
	if (lim != NULL)
		l = *lim;
	if (l.max_bytes == 0)
		l.max_bytes = IMAGE_MAX_BYTES;
	if (l.max_pixels == 0)
		l.max_pixels = IMAGE_MAX_PIXELS;
	if (l.max_side == 0)
		l.max_side = IMAGE_MAX_SIDE;
	if (buf == NULL || len == 0)
		return image_fail(err, errlen, _("empty file"));
	if (len > l.max_bytes)
		return image_fail(err, errlen,
		    _("file too large (%zu bytes, at most %zu)"), len,
		    l.max_bytes);
	t = image_sniff(buf, len);
	if (t == IMAGE_UNKNOWN || decoders[t] == NULL)
		return image_fail(err, errlen, _("not a picture tidings can "
		    "show (png, jpeg, gif, webp)"));
	return decoders[t](buf, len, &l, out, err, errlen);
}
#else
int
image_supported(void)
{
	return 0;
}

int
image_decode(const void *buf, size_t len, const struct image_limits *lim,
    struct image_pixels **out, char *err, size_t errlen)
{
	*out = NULL;
	return image_fail(err, errlen, _("built without image support"));
}
#endif
