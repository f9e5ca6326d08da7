/*
 * image-png: PNG through libpng, from memory.  The IHDR size is checked
 * against the caps before any row is allocated (png_read_info reads no
 * pixels); ancillary chunks are capped too, so a huge iCCP or zTXt
 * cannot inflate.  Errors longjmp back here and become -1.
 */
#include "config.h"

#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "image/image-int.h"

struct png_src {
	const unsigned char	*buf;
	size_t			 len;
	size_t			 off;
	char			 why[128];
};

static void
png_read_mem(png_structp png, png_bytep data, png_size_t n)
{
	struct png_src *s = png_get_io_ptr(png);

	if (n > s->len - s->off) {
		snprintf(s->why, sizeof s->why, "%s", _("truncated png"));
		png_error(png, "truncated");
	}
	memcpy(data, s->buf + s->off, n);
	s->off += n;
}

static void
png_on_error(png_structp png, png_const_charp msg)
{
	struct png_src *s = png_get_io_ptr(png);

	if (s != NULL && s->why[0] == '\0')
		snprintf(s->why, sizeof s->why, _("bad png: %s"), msg);
	png_longjmp(png, 1);
}

static void
png_on_warning(png_structp png, png_const_charp msg)
{
	(void)png;
	(void)msg;
}

int
image_png(const unsigned char *buf, size_t len,
    const struct image_limits *lim, struct image_pixels **out, char *err,
    size_t errlen)
{
	struct png_src src;
	png_structp png;
	png_infop info = NULL;
	struct image_pixels *volatile img = NULL;
	png_bytep *volatile rows = NULL;
	png_uint_32 w, h, y;
	int depth, color;

	memset(&src, 0, sizeof src);
	src.buf = buf;
	src.len = len;
	png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL,
	    png_on_error, png_on_warning);
	if (png == NULL || (info = png_create_info_struct(png)) == NULL) {
		png_destroy_read_struct(&png, NULL, NULL);
		return image_fail(err, errlen, _("out of memory"));
	}
	if (setjmp(png_jmpbuf(png))) {
		image_fail(err, errlen, "%s", src.why[0] != '\0' ? src.why :
		    _("bad png"));
		struct image_pixels *gone = img;

		image_free(&gone);
		free(rows);
		png_destroy_read_struct(&png, &info, NULL);
		return -1;
	}
	png_set_read_fn(png, &src, png_read_mem);
	png_set_chunk_cache_max(png, 128);
	png_set_chunk_malloc_max(png, 1024 * 1024);
	png_read_info(png, info);
	png_get_IHDR(png, info, &w, &h, &depth, &color, NULL, NULL, NULL);
	if (image_check_size(w, h, lim, src.why, sizeof src.why) == -1)
		png_longjmp(png, 1);
	/* Whatever it holds, as 8-bit RGBA. */
	png_set_expand(png);
	png_set_strip_16(png);
	png_set_gray_to_rgb(png);
	png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
	png_set_interlace_handling(png);
	png_read_update_info(png, info);
	if (png_get_rowbytes(png, info) != (size_t)w * 4) {
		snprintf(src.why, sizeof src.why, "%s",
		    _("png: unexpected row size"));
		png_longjmp(png, 1);
	}
	img = image_new(w, h, IMAGE_PNG);
	rows = xreallocarray(NULL, h, sizeof *rows);
	for (y = 0; y < h; y++)
		rows[y] = img->rgba + (size_t)y * w * 4;
	png_read_image(png, rows);
	free(rows);
	png_destroy_read_struct(&png, &info, NULL);
	*out = img;
	return 0;
}
