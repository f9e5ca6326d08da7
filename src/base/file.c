/* file: whole-file reads with EINTR handling and an optional size cap. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/file.h"

int
file_read_fd(int fd, struct buf *b, size_t max)
{
	char chunk[65536];
	ssize_t n;

	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (max != 0 && b->len + (size_t)n > max)
			return 1;
		buf_add(b, chunk, (size_t)n);
	}
}

int
file_read(const char *path, char **data, size_t *len)
{
	struct buf b = BUF_INIT;
	int fd, rc, saved;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	rc = file_read_fd(fd, &b, 0);
	saved = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc != 0) {
		buf_free(&b);
		errno = saved;
		return -1;
	}
	*len = b.len;
	*data = buf_detach(&b);
	return 0;
}
