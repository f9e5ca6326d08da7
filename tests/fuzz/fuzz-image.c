/*
 * fuzz-image: the picture decoders (src/image) on any bytes.  No crash,
 * no undefined behaviour, no leak; a decode either fails with a reason
 * and no picture, or gives a picture within the caps whose every pixel
 * can be read, which then is shrunk (image_shrink) and goes through
 * libchafa to symbol cells.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "image/image.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* small caps: a bomb must be refused, not fill the fuzzer's RAM */
	const struct image_limits lim = { 1024 * 1024, 1024 * 1024, 4096 };
	struct image_pixels *img = NULL;
	struct image_cells *c = NULL;
	char err[256] = "";
	unsigned sum = 0;
	size_t i, n;
	int cols, rows;

	if (image_decode(data, size, &lim, &img, err, sizeof err) != 0) {
		FUZZ_CHECK(img == NULL, "a failed decode left a picture");
		FUZZ_CHECK(err[0] != '\0', "a failed decode without a reason");
		return 0;
	}
	FUZZ_CHECK(img != NULL && img->w > 0 && img->h > 0, "empty picture");
	FUZZ_CHECK((uint64_t)img->w * img->h <= lim.max_pixels &&
	    img->w <= lim.max_side && img->h <= lim.max_side,
	    "%ux%u over the caps", img->w, img->h);
	FUZZ_CHECK(img->type == image_sniff(data, size), "type changed");
	n = (size_t)img->w * img->h * 4;
	for (i = 0; i < n; i++)
		sum += img->rgba[i];
	(void)sum;
	image_shrink(&img, 64, 64);
	FUZZ_CHECK(img->w >= 1 && img->h >= 1 && img->w <= 64 && img->h <= 64,
	    "shrunk to %ux%u", img->w, img->h);
	image_fit(img, 40, 12, &cols, &rows);
	FUZZ_CHECK(cols >= 1 && cols <= 40 && rows >= 1 && rows <= 12,
	    "fit %dx%d", cols, rows);
	if (image_to_cells(img, cols, rows, IMAGE_COLORS_256, &c) == 0) {
		for (i = 0; i < (size_t)cols * (size_t)rows; i++)
			FUZZ_CHECK((unsigned char)c->cells[i].ch[0] >= 0x20,
			    "a control in cell %zu", i);
		image_cells_free(&c);
	}
	image_free(&img);
	return 0;
}
