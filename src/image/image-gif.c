/*
 * image-gif: the first frame of a GIF through giflib, from memory.  Both
 * the logical screen and the frame are checked against the caps before
 * anything of their size is allocated; the frame is read line by line
 * (interlaced passes too) into the screen, with the transparent index of
 * its graphic control extension.
 */
#include "config.h"

#include <gif_lib.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "image/image-int.h"

struct gif_src {
	const unsigned char	*buf;
	size_t			 len;
	size_t			 off;
};

static int
gif_read_mem(GifFileType *g, GifByteType *data, int n)
{
	struct gif_src *s = g->UserData;
	size_t want = n > 0 ? (size_t)n : 0;

	if (want > s->len - s->off)
		want = s->len - s->off;
	memcpy(data, s->buf + s->off, want);
	s->off += want;
	return (int)want;
}

/* The interlaced passes: first row and step. */
static const int pass_start[] = { 0, 4, 2, 1 };
static const int pass_step[] = { 8, 8, 4, 2 };

static void
gif_put_line(struct image_pixels *img, const GifImageDesc *d,
    const ColorMapObject *map, int trans, const GifPixelType *line, int y)
{
	unsigned char *px;
	int x, sx, sy = d->Top + y;

	if (sy < 0 || (uint32_t)sy >= img->h)
		return;
	for (x = 0; x < d->Width; x++) {
		sx = d->Left + x;
		if (sx < 0 || (uint32_t)sx >= img->w || line[x] == trans ||
		    line[x] >= map->ColorCount)
			continue;
		px = img->rgba + ((size_t)sy * img->w + (size_t)sx) * 4;
		px[0] = map->Colors[line[x]].Red;
		px[1] = map->Colors[line[x]].Green;
		px[2] = map->Colors[line[x]].Blue;
		px[3] = 0xff;
	}
}

/* The first frame into img; 0 or -1. */
static int
gif_frame(GifFileType *g, const struct image_limits *lim,
    struct image_pixels **imgp, int trans, char *err, size_t errlen)
{
	const GifImageDesc *d = &g->Image;
	const ColorMapObject *map;
	GifPixelType *line;
	int p, y, rc = 0;

	if (DGifGetImageDesc(g) != GIF_OK)
		return image_fail(err, errlen, _("bad gif: %s"),
		    GifErrorString(g->Error));
	if (d->Width <= 0 || d->Height <= 0 || image_check_size(
	    (uint64_t)d->Width, (uint64_t)d->Height, lim, err, errlen) == -1)
		return d->Width <= 0 || d->Height <= 0 ?
		    image_fail(err, errlen, _("empty gif frame")) : -1;
	map = d->ColorMap != NULL ? d->ColorMap : g->SColorMap;
	if (map == NULL || map->Colors == NULL)
		return image_fail(err, errlen, _("bad gif: no colour map"));
	/* A screen of 0x0 (seen in the wild) takes the frame's size. */
	if (*imgp == NULL)
		*imgp = image_new((uint32_t)d->Width, (uint32_t)d->Height,
		    IMAGE_GIF);
	line = xreallocarray(NULL, (size_t)d->Width, sizeof *line);
	if (d->Interlace) {
		for (p = 0; p < 4 && rc == 0; p++)
			for (y = pass_start[p]; y < d->Height && rc == 0;
			    y += pass_step[p]) {
				if (DGifGetLine(g, line, d->Width) != GIF_OK)
					rc = -1;
				else
					gif_put_line(*imgp, d, map, trans,
					    line, y);
			}
	} else {
		for (y = 0; y < d->Height && rc == 0; y++) {
			if (DGifGetLine(g, line, d->Width) != GIF_OK)
				rc = -1;
			else
				gif_put_line(*imgp, d, map, trans, line, y);
		}
	}
	free(line);
	if (rc == -1)
		image_fail(err, errlen, _("bad or truncated gif: %s"),
		    GifErrorString(g->Error));
	return rc;
}

int
image_gif(const unsigned char *buf, size_t len,
    const struct image_limits *lim, struct image_pixels **out, char *err,
    size_t errlen)
{
	struct gif_src src = { buf, len, 0 };
	struct image_pixels *img = NULL;
	GifFileType *g;
	GifRecordType rec;
	GifByteType *ext;
	GraphicsControlBlock gcb;
	int e = 0, code, trans = -1, rc = -1;

	if ((g = DGifOpen(&src, gif_read_mem, &e)) == NULL)
		return image_fail(err, errlen, _("bad gif: %s"),
		    GifErrorString(e));
	if (g->SWidth > 0 && g->SHeight > 0) {
		if (image_check_size((uint64_t)g->SWidth,
		    (uint64_t)g->SHeight, lim, err, errlen) == -1)
			goto done;
		img = image_new((uint32_t)g->SWidth, (uint32_t)g->SHeight,
		    IMAGE_GIF);
	}
	for (;;) {
		if (DGifGetRecordType(g, &rec) != GIF_OK) {
			image_fail(err, errlen, _("bad or truncated gif: %s"),
			    GifErrorString(g->Error));
			goto done;
		}
		if (rec == TERMINATE_RECORD_TYPE) {
			image_fail(err, errlen, _("gif without a picture"));
			goto done;
		}
		if (rec == IMAGE_DESC_RECORD_TYPE) {
			rc = gif_frame(g, lim, &img, trans, err, errlen);
			goto done;
		}
		if (rec != EXTENSION_RECORD_TYPE)
			continue;
		if (DGifGetExtension(g, &code, &ext) != GIF_OK) {
			image_fail(err, errlen, _("bad gif extension"));
			goto done;
		}
		if (code == GRAPHICS_EXT_FUNC_CODE && ext != NULL &&
		    DGifExtensionToGCB(ext[0], ext + 1, &gcb) == GIF_OK)
			trans = gcb.TransparentColor;
		while (ext != NULL) {
			if (DGifGetExtensionNext(g, &ext) != GIF_OK) {
				image_fail(err, errlen, _("bad gif extension"));
				goto done;
			}
		}
	}
done:
	DGifCloseFile(g, &e);
	if (rc == -1) {
		image_free(&img);
		return -1;
	}
	*out = img;
	return 0;
}
