/*
 * buf: a growable byte string {data, len, size}; data is always
 * NUL-terminated once anything was added.  The buf owns data until
 * buf_detach() hands it to the caller.
 */
#ifndef TIDINGS_BASE_BUF_H
#define TIDINGS_BASE_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 size;
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_grow(struct buf *b, size_t extra);
void	 buf_add(struct buf *b, const void *p, size_t n);
void	 buf_adds(struct buf *b, const char *s);
void	 buf_addc(struct buf *b, char c);
void	 buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void	 buf_reset(struct buf *b);
/* Return the string (never NULL, "" when empty); the buf is left empty. */
char	*buf_detach(struct buf *b);
void	 buf_free(struct buf *b);
/* data, or "" when nothing was added yet. */
const char *buf_str(const struct buf *b);

#endif
