/*
 * import: the one rule for addresses that come from someone else's list
 * (OPML -i today; a newsboat migration or a sync server's subscriptions
 * later).  Such a list may create http:// and https:// sources only: an
 * exec: or filter: line would run a command as the user on the next
 * reload, file: would read a local file on every reload, and query: is
 * the user's own business.  Every importer calls import_url_check() and
 * skips what it refuses, counting it by verdict for its summary.
 *
 * Depends on base/ only.  No allocation: results point into the input.
 */
#ifndef TIDINGS_CONF_IMPORT_H
#define TIDINGS_CONF_IMPORT_H

#include <stddef.h>

/* The longest address an import accepts, in bytes. */
#define IMPORT_MAX_URL	4096
/* How much one import may add to the urls file, in bytes: folder tags
 * repeat on every feed inside, so the output could otherwise outgrow the
 * input many times over. */
#define IMPORT_MAX_GROWTH	((size_t)64 << 20)

enum import_verdict {
	IMPORT_OK,		/* http:// or https:// with a host */
	IMPORT_EXEC,		/* exec: (would run a command) */
	IMPORT_FILTER,		/* filter: (would run a command) */
	IMPORT_FILE,		/* file: (would read a local file) */
	IMPORT_QUERY,		/* query: (a view, not a feed) */
	IMPORT_SCHEME,		/* any other scheme, or none */
	IMPORT_NOHOST,		/* http(s) without a host */
	IMPORT_CHARS,		/* blanks, controls or non-ASCII inside */
	IMPORT_LONG,		/* longer than IMPORT_MAX_URL */
	IMPORT_NVERDICTS
};

/*
 * Judge url (NUL-terminated, as the list gave it).  ASCII blanks around
 * it are ignored and the scheme is compared case-insensitively, so
 * "  EXEC:x" is IMPORT_EXEC.  On IMPORT_OK, url[*off .. *off + *len) is
 * the address to store (off and len may be NULL).
 */
enum import_verdict import_url_check(const char *url, size_t *off,
	    size_t *len);
/* A short translated label for a verdict, e.g. "exec:" or "no host". */
const char *import_verdict_label(enum import_verdict v);

#endif
