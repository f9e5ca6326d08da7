/* sync-int: the protocols behind sync_run (private to model/sync*.c). */
#ifndef TIDINGS_MODEL_SYNC_INT_H
#define TIDINGS_MODEL_SYNC_INT_H

struct store;
struct sync_opts;
struct sync_summary;

int	 sync_greader_run(struct store *st, const struct sync_opts *o,
	     struct sync_summary *sum);
int	 sync_ttrss_run(struct store *st, const struct sync_opts *o,
	     struct sync_summary *sum);

/* A name from a server for a message: sanitised, controls as '?', cut
 * at 120 bytes.  The caller frees it. */
char	*sync_shown(const char *s);

#endif
