/*
 * fetch-get: download one URL into a file through the fetch engine's fd
 * sink, for tests/fetch/sink.sh.  Prints "ok BYTES" or "error: WHY"
 * (exit 1), then "progress CALLS GOT EXPECTED monotonic|backwards" from
 * the progress callback.  The engine is shared by two groups (the
 * download and a memory fetch of the same URL) to check that each takes
 * only its own result.
 *
 *   fetch-get URL OUTFILE
 */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "fetch/lib.h"

struct seen {
	unsigned	 calls;
	uint64_t	 got, expected;
	int		 backwards;
};

static void
progress(void *user, uint64_t got, uint64_t expected)
{
	struct seen *s = user;

	if (got < s->got)
		s->backwards = 1;
	s->calls++;
	s->got = got;
	s->expected = expected;
}

int
main(int argc, char **argv)
{
	struct fetch_group dl, mem;
	struct fetch_result *r, *m = NULL;
	struct fetch_req req;
	struct fetch *f;
	struct seen s;
	int fd, rc;

	if (argc != 3) {
		fprintf(stderr, "usage: fetch-get URL OUTFILE\n");
		return 2;
	}
	if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1) {
		perror(argv[2]);
		return 2;
	}
	memset(&s, 0, sizeof s);
	memset(&dl, 0, sizeof dl);
	memset(&mem, 0, sizeof mem);
	f = fetch_new(NULL);
	memset(&req, 0, sizeof req);
	req.url = argv[1];
	req.user = &s;
	req.group = &dl;
	req.to_fd = 1;
	req.fd = fd;
	req.progress = progress;
	fetch_add(f, &req);
	memset(&req, 0, sizeof req);
	req.url = argv[1];
	req.group = &mem;
	fetch_add(f, &req);
	while (dl.ready == 0 || mem.ready == 0)
		if (fetch_poll(f, 1000) == -1)
			return 2;
	/* Another group's result is not ours to take. */
	if ((r = fetch_take(f, &dl)) == NULL || r->group != &dl ||
	    (m = fetch_take(f, &mem)) == NULL || m->group != &mem ||
	    fetch_take(f, &dl) != NULL || dl.pending != 0 ||
	    mem.pending != 0 || fetch_pending(f) != 0) {
		printf("groups mixed up\n");
		return 2;
	}
	if (r->body != NULL)
		printf("a body in memory too\n");
	if (r->ok) {
		printf("ok %zu\n", r->len);
		rc = 0;
	} else {
		printf("error: %s\n", r->error);
		rc = 1;
	}
	printf("progress %u %llu %llu %s\n", s.calls,
	    (unsigned long long)s.got, (unsigned long long)s.expected,
	    s.backwards ? "backwards" : "monotonic");
	fetch_result_free(&r);
	fetch_result_free(&m);
	fetch_free(&f);
	if (close(fd) == -1)
		return 2;
	return rc;
}
