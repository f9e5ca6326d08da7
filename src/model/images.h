/*
 * images: an article's pictures, fetched in the background on the
 * session's fetch engine and decoded off the interface's thread.
 *
 * The glue between fetch (HTTP, to a file in the cache folder through
 * the engine's fd sink, with the engine's per-host limits, redirects and
 * time-outs) and image (sniffing and capped decoding, in a worker
 * thread of base/pool).  The cache folder is kept under a size limit,
 * oldest files first.  Only http(s) pictures are fetched: feed text never
 * reads a local file.
 *
 * The owner's thread calls everything here; images_poll never blocks.
 * Depends on base/, fetch/ and image/; knows nothing of curses.
 */
#ifndef TIDINGS_MODEL_IMAGES_H
#define TIDINGS_MODEL_IMAGES_H

#include <stddef.h>
#include <stdint.h>

#include "image/image.h"

struct fetch;
struct images;

enum images_state {
	IMAGES_LOADING,		/* asked for: being fetched or decoded */
	IMAGES_READY,
	IMAGES_FAILED
};

/* On engine f (borrowed; it outlives the images), caching in dir (made
 * when missing; copied) at most cache_max bytes.  Never NULL. */
struct images	*images_new(struct fetch *f, const char *dir,
		    uint64_t cache_max);
/* Stop what runs (the partial files are removed) and free; clears *ip. */
void		 images_free(struct images **ip);

/* The state of the picture at url, asking for it the first time.  READY:
 * *px is the picture (owned by the images, valid until images_free);
 * FAILED: *why says why (owned likewise).  Either may be NULL. */
enum images_state images_get(struct images *im, const char *url,
		    const struct image_pixels **px, const char **why);
/* Start, take and hand out what finished.  The number of pictures that
 * became READY or FAILED in this call (0 when nothing changed), or -1 on
 * an engine error. */
int		 images_poll(struct images *im);
/* Pictures asked for and not READY or FAILED yet. */
size_t		 images_loading(const struct images *im);
/* The cache file of url in dir (caller frees): a hash of the URL, so
 * nothing of it reaches a path. */
char		*images_cache_path(const char *dir, const char *url);
/* Remove the oldest files of dir until their sizes add up to at most
 * max bytes.  The bytes left. */
uint64_t	 images_cache_trim(const char *dir, uint64_t max);

#endif
