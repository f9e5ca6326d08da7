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
		return image_fail(err, errlen, "empty picture (%llux%llu)",
		    (unsigned long long)w, (unsigned long long)h);
	if (w > lim->max_side || h > lim->max_side ||
	    w * h > lim->max_pixels)
		return image_fail(err, errlen, "picture too large (%llux%llu, "
		    "at most %llu pixels)", (unsigned long long)w,
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
		return image_fail(err, errlen, "empty file");
	if (len > l.max_bytes)
		return image_fail(err, errlen, "file too large (%zu bytes, at "
		    "most %zu)", len, l.max_bytes);
	t = image_sniff(buf, len);
	if (t == IMAGE_UNKNOWN || decoders[t] == NULL)
		return image_fail(err, errlen, "not a picture tidings can "
		    "show (png, jpeg, gif, webp)");
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
	return image_fail(err, errlen, "built without image support");
}
#endif
