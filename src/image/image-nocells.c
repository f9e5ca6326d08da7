/*
 * image-nocells: the terminal half of image.h when tidings is built
 * without the image libraries (nothing is ever decoded to draw).
 */
#include "config.h"

#include <stdlib.h>

#include "image/image-int.h"

int
image_to_cells(const struct image_pixels *img, int cols, int rows,
    enum image_colors colors, struct image_cells **out)
{
	*out = NULL;
	return -1;
}

char *
image_to_escapes(const struct image_pixels *img, int cols, int rows,
    enum image_protocol proto, int cell_w, int cell_h, size_t *len)
{
	*len = 0;
	return NULL;
}

void
image_cells_free(struct image_cells **cp)
{
	*cp = NULL;
}
