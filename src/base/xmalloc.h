/*
 * xmalloc: allocators that never return NULL.  On failure or size overflow
 * they print one line and exit(3), so callers need no NULL checks.  Memory
 * from these is released with free().
 */
#ifndef TIDINGS_BASE_XMALLOC_H
#define TIDINGS_BASE_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Free *pp and set it to NULL; NULL-safe. */
#define FREE(pp) do { free(*(pp)); *(pp) = NULL; } while (0)

#endif
