/*
 * image-int.h: private to src/image.  One decoder per format, each given
 * the whole input and the caps already filled in; each checks the header
 * with image_check_size() before it allocates pixels.
 */
#ifndef TIDINGS_IMAGE_INT_H
#define TIDINGS_IMAGE_INT_H

#include "image/image.h"

/* Fill err[0..errlen) like snprintf when err is not NULL; returns -1. */
int	 image_fail(char *err, size_t errlen, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* 0 when w x h is within the caps and not empty, else -1 with the reason. */
int	 image_check_size(uint64_t w, uint64_t h,
	     const struct image_limits *lim, char *err, size_t errlen);
/* An RGBA image of w x h (checked), pixels zeroed. */
struct image_pixels *image_new(uint32_t w, uint32_t h, enum image_type t);

int	 image_png(const unsigned char *buf, size_t len,
	     const struct image_limits *lim, struct image_pixels **out,
	     char *err, size_t errlen);
int	 image_jpeg(const unsigned char *buf, size_t len,
	     const struct image_limits *lim, struct image_pixels **out,
	     char *err, size_t errlen);
int	 image_gif(const unsigned char *buf, size_t len,
	     const struct image_limits *lim, struct image_pixels **out,
	     char *err, size_t errlen);
int	 image_webp(const unsigned char *buf, size_t len,
	     const struct image_limits *lim, struct image_pixels **out,
	     char *err, size_t errlen);

#endif
