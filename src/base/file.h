/*
 * file: reading whole files and descriptors into memory, the one loop the
 * CLI, the urls file and file:// sources share.
 */
#ifndef TIDINGS_BASE_FILE_H
#define TIDINGS_BASE_FILE_H

#include <stddef.h>

#include "base/buf.h"

/* Append everything readable from fd to b.  0 at end of file; -1 on a read
 * error (errno set); 1 when b would grow past max bytes (0 = no cap), in
 * which case reading stops there.  fd is not closed. */
int	file_read_fd(int fd, struct buf *b, size_t max);
/* Read a whole file ("-" = standard input) into *data, NUL-terminated and
 * the caller's to free(); *len excludes the NUL.  0, or -1 with errno. */
int	file_read(const char *path, char **data, size_t *len);

#endif
