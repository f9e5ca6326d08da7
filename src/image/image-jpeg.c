/*
 * image-jpeg: JPEG through libjpeg-turbo's TurboJPEG API, from memory.
 * The size comes from the header (tjDecompressHeader3) and is checked
 * before the pixels are allocated; libjpeg's warnings (a truncated file,
 * bad data) stop the decode instead of painting grey, and progressive
 * files with absurdly many scans are refused (TJFLAG_LIMITSCANS).
 */
#include "config.h"

#include <stdlib.h>
#include <turbojpeg.h>

#include "base/lib.h"
#include "image/image-int.h"

int
image_jpeg(const unsigned char *buf, size_t len,
    const struct image_limits *lim, struct image_pixels **out, char *err,
    size_t errlen)
{
	struct image_pixels *img;
	tjhandle tj;
	int w = 0, h = 0, sub = 0, space = 0, flags;

	if ((unsigned long)len != len)
		return image_fail(err, errlen, _("jpeg too large"));
	if ((tj = tjInitDecompress()) == NULL)
		return image_fail(err, errlen, _("jpeg: %s"),
		    tjGetErrorStr2(NULL));
	if (tjDecompressHeader3(tj, buf, (unsigned long)len, &w, &h, &sub,
	    &space) != 0) {
		image_fail(err, errlen, _("bad jpeg: %s"), tjGetErrorStr2(tj));
		tjDestroy(tj);
		return -1;
	}
	if (w <= 0 || h <= 0 || image_check_size((uint64_t)w, (uint64_t)h,
	    lim, err, errlen) == -1) {
		if (w <= 0 || h <= 0)
			image_fail(err, errlen, _("empty picture"));
		tjDestroy(tj);
		return -1;
	}
	img = image_new((uint32_t)w, (uint32_t)h, IMAGE_JPEG);
	flags = TJFLAG_STOPONWARNING | TJFLAG_ACCURATEDCT;
#ifdef TJFLAG_LIMITSCANS
	flags |= TJFLAG_LIMITSCANS;
#endif
	if (tjDecompress2(tj, buf, (unsigned long)len, img->rgba, w, w * 4, h,
	    TJPF_RGBA, flags) != 0) {
		image_fail(err, errlen, _("bad jpeg: %s"), tjGetErrorStr2(tj));
		image_free(&img);
		tjDestroy(tj);
		return -1;
	}
	tjDestroy(tj);
	*out = img;
	return 0;
}
