/*
 * sync: subscriptions, articles and read/starred state shared with a
 * server (urls-source "miniflux" | "freshrss": the Google Reader API,
 * sync-greader.c).  The cache stays the offline copy: every action works
 * without the network; the model_* actions' changes are queued by the
 * store in their own transaction (store-sync.c) and sent here, in
 * batches with explicit item ids, retried with a backoff.
 *
 * A sync: log in; send the queued changes; list the subscriptions (only
 * http(s) feeds, judged by import_url_check); list the item ids the
 * server has (paged with continuation and n) and fetch the contents of
 * the new ones only; list the unread and starred ids and take that
 * state.  Conflict rule: a field (read state, star) changed here and not
 * yet sent keeps the local value, which is then sent: the last sync's
 * server state never overwrites a newer local change.
 *
 * Passwords (password, passwordfile, passwordeval, a prompt) live only in struct
 * sync_opts: never in the cache, a log line or a message.  Depends on
 * conf, fetch, parse and store.
 */
#ifndef TIDINGS_MODEL_SYNC_H
#define TIDINGS_MODEL_SYNC_H

#include <stddef.h>
#include <stdint.h>

struct config;
struct store;

enum sync_kind { SYNC_NONE, SYNC_GREADER, SYNC_TTRSS };

/* Strings owned; sync_opts_clear wipes the password. */
struct sync_opts {
	enum sync_kind	 kind;
	const char	*name;		/* "miniflux", for messages */
	char		*url;		/* without a trailing '/' */
	char		*login;
	char		*password;
	int		 force;		/* send queued changes not yet due */
	long		 timeout_s;	/* one call; 0 = 60 */
	long		 page;		/* ids per list page; 0 = 10000 */
	int64_t		 now;		/* 0 = time(NULL) */
};

struct sync_summary {
	size_t	 feeds;		/* subscriptions listed */
	size_t	 refused;	/* not http(s): skipped */
	size_t	 new_articles;
	size_t	 sent;		/* queued changes the server took */
	size_t	 queued;	/* still queued afterwards */
	size_t	 calls;		/* requests made */
};

/* Which server the config names; SYNC_NONE for the urls file. */
enum sync_kind sync_kind_of(const struct config *cfg);
/* The settings of the configured server, the password read from its
 * file or command, else the one given (typed at a prompt; NULL = none;
 * copied).  0, or -1 with err set (no password in it). */
int	 sync_opts_load(const struct config *cfg, const char *typed,
	     struct sync_opts *o, char *err, size_t errlen);
/* 1 when the configured server has no password, file or command set
 * (the front end may prompt for one). */
int	 sync_needs_password(const struct config *cfg);
void	 sync_opts_clear(struct sync_opts *o);
/* One sync (see above).  0, or -1 when a call failed (each failure
 * logged with the call's name); queued changes are never lost. */
int	 sync_run(struct store *st, const struct sync_opts *o,
	     struct sync_summary *sum);

#endif
