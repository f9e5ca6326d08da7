/*
 * uri: RFC 3986 reference resolution (libc only), for xml:base and the
 * document URL.  Strings in, malloc'd strings out (caller frees).
 */
#ifndef TIDINGS_BASE_URI_H
#define TIDINGS_BASE_URI_H

#include <stddef.h>

struct uri_parts {
	const char	*scheme;	size_t scheme_len;	/* without ':' */
	const char	*auth;		size_t auth_len;	/* without "//" */
	const char	*path;		size_t path_len;
	const char	*query;		size_t query_len;	/* without '?' */
	const char	*frag;		size_t frag_len;	/* without '#' */
	int		 has_auth, has_query, has_frag;
};

/* Split s into its five components (pointers into s); never fails. */
void	 uri_split(const char *s, struct uri_parts *u);
/* 1 if s starts with a scheme ("http:", "mailto:", ...). */
int	 uri_is_absolute(const char *s);
/*
 * Resolve ref against base (RFC 3986 5.2, with dot segments removed).
 * base may be NULL or relative; then ref is returned as written (trimmed).
 * Always a new string, owned by the caller.
 */
char	*uri_resolve(const char *base, const char *ref);
/* The value of a hexadecimal digit (a %XX escape's), or -1. */
int	 uri_hexval(int c);

#endif
