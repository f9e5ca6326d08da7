/*
 * reload-opts: what a reload needs before it starts: its options from the
 * config file, the engine options for them, and the store's feed list in
 * step with the urls file.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/urls.h"
#include "fetch/lib.h"
#include "model/reload.h"
#include "store/lib.h"

void
reload_opts_init(struct reload_opts *o, const struct config *cfg)
{
	memset(o, 0, sizeof *o);
	if (cfg != NULL) {
		/* reload-threads counts transfers at once, all in one
		 * thread. */
		o->max_conns = cfg->reload_threads;
		o->max_per_host = cfg->max_per_host;
		o->max_items = cfg->max_items;
		o->max_age_days = cfg->max_age;
		o->timeout_s = cfg->download_timeout;
		o->max_bytes = (size_t)cfg->max_download_size << 20;
		o->cfg = cfg;
		o->tidy_cfg = cfg;
	}
}

void
reload_fetch_opts(const struct reload_opts *o, struct fetch_opts *fo)
{
	memset(fo, 0, sizeof *fo);
	fo->max_conns = o->max_conns;
	fo->max_per_host = o->max_per_host;
	fo->timeout_s = o->timeout_s;
	fo->max_bytes = o->max_bytes;
	/* Bodies stay compressed until a worker decodes them: the reload
	 * thread does less, and a waiting body holds less memory. */
	fo->raw_encoding = 1;
	if (o->cfg != NULL)
		reload_http_opts(o->cfg, fo);
}

/* newsboat's http settings; the strings stay cfg's (the engine copies
 * them).  The enums' values are the same in conf/ and fetch/. */
void
reload_http_opts(const struct config *cfg, struct fetch_opts *fo)
{
	if (cfg->user_agent != NULL && *cfg->user_agent != '\0')
		fo->user_agent = cfg->user_agent;
	if (cfg->use_proxy && cfg->proxy != NULL && *cfg->proxy != '\0') {
		fo->proxy = cfg->proxy;
		fo->proxy_auth = cfg->proxy_auth;
		fo->proxy_type = cfg->proxy_type;
		fo->proxy_auth_method = cfg->proxy_auth_method;
	}
	fo->http_auth_method = cfg->http_auth_method;
	fo->no_verify_host = !cfg->ssl_verifyhost;
	fo->no_verify_peer = !cfg->ssl_verifypeer;
	fo->max_speed = (long)cfg->max_download_speed * 1024;
	if (cfg->cookie_cache != NULL && *cfg->cookie_cache != '\0')
		fo->cookie_file = cfg->cookie_cache;
}

int
reload_sync_feeds(struct store *st, const struct urls *u)
{
	const struct urls_entry *e;
	char *tags;
	size_t i;
	int rc = 0;

	/* One transaction: fast for long lists, and a crash mid-way cannot
	 * leave the feeds unlisted. */
	if (store_begin(st) == -1)
		return -1;
	if (store_feed_unlist_all(st) == -1) {
		store_rollback(st);
		return -1;
	}
	for (i = 0; i < u->n; i++) {
		e = &u->entries[i];
		if (e->kind == URLS_QUERY)
			continue;	/* views, not feeds */
		tags = urls_entry_tags(e);
		if (store_feed_ensure(st, e->url, e->name, tags, e->hidden,
		    (int)i) == -1)
			rc = -1;
		free(tags);
	}
	if (store_commit(st) == -1)
		rc = -1;
	return rc;
}
