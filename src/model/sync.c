/*
 * sync: the settings of a sync server and the password's three sources
 * (sync.h); the protocols are sync-greader.c and sync-ttrss.c.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "conf/config.h"
#include "fetch/lib.h"
#include "model/sync.h"
#include "model/sync-int.h"

/* A password line's cap: a longer one is no password. */
#define SYNC_PASSWORD_MAX	4096

/* Each server's settings, by urls-source. */
static const struct server {
	int		 source;
	enum sync_kind	 kind;
	const char	*name;
	size_t		 url, login, password, file, eval;
} servers[] = {
#define S(src, k, n, f) { src, k, n, offsetof(struct config, f##_url), \
	offsetof(struct config, f##_login), \
	offsetof(struct config, f##_password), \
	offsetof(struct config, f##_passwordfile), \
	offsetof(struct config, f##_passwordeval) }
	S(CU_MINIFLUX, SYNC_GREADER, "miniflux", miniflux),
	S(CU_FRESHRSS, SYNC_GREADER, "freshrss", freshrss),
	S(CU_TTRSS, SYNC_TTRSS, "ttrss", ttrss),
#undef S
};

static const char *
field(const struct config *cfg, size_t off)
{
	const char *v = *(char *const *)((const char *)cfg + off);

	return v != NULL && *v != '\0' ? v : NULL;
}

static const struct server *
server_of(const struct config *cfg)
{
	size_t i;

	for (i = 0; i < sizeof servers / sizeof servers[0]; i++)
		if (servers[i].source == cfg->urls_source)
			return &servers[i];
	return NULL;
}

enum sync_kind
sync_kind_of(const struct config *cfg)
{
	const struct server *s = server_of(cfg);

	return s != NULL ? s->kind : SYNC_NONE;
}

/* The first line of bytes, or NULL when empty or too long. */
static char *
first_line(const char *p, size_t len)
{
	size_t n = 0;

	while (n < len && p[n] != '\n' && p[n] != '\r' && p[n] != '\0')
		n++;
	if (n == 0 || n > SYNC_PASSWORD_MAX)
		return NULL;
	return xstrndup(p, n);
}

static char *
password_file(const char *path, char *err, size_t errlen)
{
	char *full = paths_expand_home(path), buf[SYNC_PASSWORD_MAX + 2];
	FILE *fp;
	size_t n;
	char *pw;

	if ((fp = fopen(full, "r")) == NULL) {
		snprintf(err, errlen, _("cannot read the password file %s: %s"),
		    full, strerror(errno));
		free(full);
		return NULL;
	}
	n = fread(buf, 1, sizeof buf, fp);
	fclose(fp);
	if ((pw = first_line(buf, n)) == NULL)
		snprintf(err, errlen, _("the password file %s has no password "
		    "on its first line"), full);
	explicit_bzero(buf, sizeof buf);
	free(full);
	return pw;
}

/* The user's own command line from their config, run by /bin/sh -c
 * through the engine's exec: (never anything a server sent). */
static char *
password_eval(const char *cmd, char *err, size_t errlen)
{
	struct fetch_opts fo;
	struct fetch_req req;
	struct fetch_result *r = NULL;
	struct fetch *f;
	char *url, *pw = NULL;

	memset(&fo, 0, sizeof fo);
	fo.timeout_s = 60;
	f = fetch_new(&fo);
	url = xasprintf("exec:%s", cmd);
	memset(&req, 0, sizeof req);
	req.url = url;
	req.max_bytes = SYNC_PASSWORD_MAX + 2;
	fetch_add(f, &req);
	while ((r = fetch_next_done(f)) == NULL)
		if (fetch_poll(f, 1000) < 0)
			break;
	free(url);
	if (r == NULL || !r->ok)
		snprintf(err, errlen, _("the passwordeval command failed: %s"),
		    r != NULL ? r->error : _("the engine stopped"));
	else if ((pw = first_line(r->body, r->len)) == NULL)
		snprintf(err, errlen, "%s", _("the passwordeval command "
		    "printed no password"));
	if (r != NULL && r->body != NULL)
		explicit_bzero(r->body, r->len);
	fetch_result_free(&r);
	fetch_free(&f);
	return pw;
}

int
sync_needs_password(const struct config *cfg)
{
	const struct server *s = server_of(cfg);

	return s != NULL && field(cfg, s->password) == NULL &&
	    field(cfg, s->file) == NULL && field(cfg, s->eval) == NULL;
}

int
sync_opts_load(const struct config *cfg, const char *typed,
    struct sync_opts *o, char *err, size_t errlen)
{
	const struct server *s = server_of(cfg);
	const char *v;
	size_t n;

	memset(o, 0, sizeof *o);
	if (s == NULL) {
		snprintf(err, errlen, "%s", _("no sync server is configured"));
		return -1;
	}
	o->kind = s->kind;
	o->name = s->name;
	if ((v = field(cfg, s->url)) == NULL ||
	    (strncmp(v, "http://", 7) != 0 && strncmp(v, "https://", 8) != 0)) {
		snprintf(err, errlen, _("%s-url must be set to an http(s) "
		    "address"), s->name);
		return -1;
	}
	o->url = xstrdup(v);
	n = strlen(o->url);
	while (n > 0 && o->url[n - 1] == '/')
		o->url[--n] = '\0';
	if ((v = field(cfg, s->login)) == NULL) {
		snprintf(err, errlen, _("%s-login is not set"), s->name);
		goto fail;
	}
	o->login = xstrdup(v);
	if ((v = field(cfg, s->password)) != NULL)
		o->password = xstrdup(v);
	else if ((v = field(cfg, s->file)) != NULL)
		o->password = password_file(v, err, errlen);
	else if ((v = field(cfg, s->eval)) != NULL)
		o->password = password_eval(v, err, errlen);
	else if (typed != NULL && *typed != '\0')
		o->password = xstrdup(typed);
	else
		snprintf(err, errlen, _("no password for %s: set %s-password, "
		    "-passwordfile or -passwordeval"), s->name, s->name);
	if (o->password == NULL)
		goto fail;
	return 0;
fail:
	sync_opts_clear(o);
	return -1;
}

void
sync_opts_clear(struct sync_opts *o)
{
	if (o->password != NULL)
		explicit_bzero(o->password, strlen(o->password));
	FREE(&o->password);
	FREE(&o->url);
	FREE(&o->login);
}

int
sync_run(struct store *st, const struct sync_opts *o, struct sync_summary *sum)
{
	memset(sum, 0, sizeof *sum);
	switch (o->kind) {
	case SYNC_GREADER:
		return sync_greader_run(st, o, sum);
	case SYNC_TTRSS:
		return sync_ttrss_run(st, o, sum);
	default:
		return -1;
	}
}

char *
sync_shown(const char *s)
{
	char *t = utf8_sanitize(s, strlen(s), NULL), *p;

	for (p = t; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	if (strlen(t) > 120)
		memcpy(t + 117, "...", 4);
	return t;
}
