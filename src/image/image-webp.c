/*
 * image-webp: WebP through libwebp, from memory.  WebPGetFeatures reads
 * the size from the header, checked before the pixels are allocated; the
 * decode goes into our buffer (WebPDecodeRGBAInto).  Animations need the
 * demux library and are refused.
 */
#include "config.h"

#include <stdlib.h>
#include <webp/decode.h>

#include "base/lib.h"
#include "image/image-int.h"

int
image_webp(const unsigned char *buf, size_t len,
    const struct image_limits *lim, struct image_pixels **out, char *err,
    size_t errlen)
{
	WebPBitstreamFeatures f;
	struct image_pixels *img;
	size_t size;

	if (WebPGetFeatures(buf, len, &f) != VP8_STATUS_OK)
		return image_fail(err, errlen, _("bad webp header"));
	if (f.has_animation)
		return image_fail(err, errlen, _("animated webp not shown"));
	if (f.width <= 0 || f.height <= 0)
		return image_fail(err, errlen, _("empty picture"));
	if (image_check_size((uint64_t)f.width, (uint64_t)f.height, lim, err,
	    errlen) == -1)
		return -1;
	img = image_new((uint32_t)f.width, (uint32_t)f.height, IMAGE_WEBP);
	size = (size_t)img->w * img->h * 4;
	if (WebPDecodeRGBAInto(buf, len, img->rgba, size,
	    (int)img->w * 4) == NULL) {
		image_free(&img);
		return image_fail(err, errlen, _("bad or truncated webp"));
	}
	*out = img;
	return 0;
}
