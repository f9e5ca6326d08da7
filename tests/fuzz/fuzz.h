/*
 * fuzz.h: what every libFuzzer target in tests/fuzz shares.  Built only
 * with ./configure --enable-fuzzing (clang, ASan+UBSan); see local.mk.
 *
 * Each target's LLVMFuzzerTestOneInput must leave no state behind: every
 * allocation is released before it returns (LeakSanitizer is on), the
 * logger is silenced once, and nothing touches files or the network.
 */
#ifndef TIDINGS_TESTS_FUZZ_H
#define TIDINGS_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Each target defines LLVMFuzzerTestOneInput; fuzz-common.c defines
 * LLVMFuzzerInitialize: once per process, the C.UTF-8 locale, a silent
 * logger and libxml2 set up. */
int	 LLVMFuzzerInitialize(int *argc, char ***argv);
int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A malloc'd NUL-terminated copy of data[0..size) (free()). */
char	*fuzz_cstr(const uint8_t *data, size_t size);
/* Is s[0..len) valid UTF-8? */
int	 fuzz_utf8(const char *s, size_t len);
/* An environment switch: 1 unless NAME is set to "0" (or to "1" when the
 * default is off). */
int	 fuzz_env(const char *name, int def);

/*
 * The urls-file round trip: urls_append each feed (url, name, tags) to an
 * empty list as an import does, parse the text that makes and check that
 * every feed added comes back with the same URL, name and tags (the tags
 * urls_append keeps).  Aborts through FUZZ_CHECK on a difference.
 */
struct fuzz_feed {
	const char	*url;
	const char	*name;		/* may be NULL */
	char *const	*tags;
	size_t		 ntags;
};
void	 fuzz_urls_round_trip(const struct fuzz_feed *f, size_t n);

/* A property failed: say which, then abort() so libFuzzer saves the
 * input as a crash. */
#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);	\
} while (0)
void	 fuzz_fail(const char *file, int line, const char *cond,
	     const char *fmt, ...)
	     __attribute__((format(printf, 4, 5), noreturn));

#endif
