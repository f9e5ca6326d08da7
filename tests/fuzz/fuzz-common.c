/* fuzz-common.c: helpers for the libFuzzer targets (fuzz.h). */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "conf/urls.h"
#include "parse/lib.h"
#include "tests/fuzz/fuzz.h"

static void
fuzz_log(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)msg;
	(void)arg;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	log_set_dispatcher(fuzz_log, NULL);
	parse_init();
	return 0;
}

char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);

	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

int
fuzz_utf8(const char *s, size_t len)
{
	return utf8_valid(s, len);
}

int
fuzz_env(const char *name, int def)
{
	const char *v = getenv(name);

	if (v == NULL || *v == '\0')
		return def;
	return strcmp(v, "0") != 0;
}

void
fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: check failed: %s: ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* A reload=N hint, as urls.c reads one (strtol: N >= 0, nothing after). */
static int
reload_tag(const char *t)
{
	char *stop;
	long v;

	if (strncmp(t, "reload=", 7) != 0)
		return 0;
	v = strtol(t + 7, &stop, 10);
	return v >= 0 && *stop == '\0' && stop != t + 7;
}

/* As the urls file has it: "~Name" is a name and a lone "~" a tag; a line
 * break cannot be written; "!" and reload=N are markers, not tags. */
static int
kept_tag(const char *t)
{
	return t != NULL && *t != '\0' && strcmp(t, "!") != 0 &&
	    !(t[0] == '~' && t[1] != '\0') && strchr(t, '\n') == NULL &&
	    !reload_tag(t);
}

/* A name as the urls file can hold it: a line cannot carry a line
 * break, so the writer leaves LF out (tags with one are not written). */
static int
same_str(const char *a, const char *b)
{
	if (b == NULL)
		b = "";
	for (; a != NULL && *a != '\0'; a++) {
		if (*a == '\n')
			continue;
		if (*a != *b)
			return 0;
		b++;
	}
	return *b == '\0';
}

void
fuzz_urls_round_trip(const struct fuzz_feed *f, size_t n)
{
	struct urls *u = urls_parse("", 0, "fuzz"), *v;
	const struct urls_entry *e;
	size_t *added = xreallocarray(NULL, n + 1, sizeof *added);
	size_t nadded = 0, i, j, k, m;

	for (i = 0; i < n; i++)
		if (urls_append(u, f[i].url, f[i].name, f[i].tags,
		    f[i].ntags) == 1)
			added[nadded++] = i;
	v = urls_parse(u->text, u->textlen, "fuzz");
	FUZZ_CHECK(v->n == nadded, "%zu feeds written, %zu read back:\n%s",
	    nadded, v->n, u->text);
	for (k = 0; k < nadded; k++) {
		i = added[k];
		e = &v->entries[k];
		FUZZ_CHECK(strcmp(e->url, f[i].url) == 0, "url \"%s\" read back "
		    "as \"%s\":\n%s", f[i].url, e->url, u->text);
		FUZZ_CHECK(same_str(f[i].name, e->name), "name \"%s\" read back "
		    "as \"%s\":\n%s", f[i].name != NULL ? f[i].name : "(none)",
		    e->name != NULL ? e->name : "(none)", u->text);
		for (j = 0, m = 0; j < f[i].ntags; j++) {
			if (!kept_tag(f[i].tags[j]))
				continue;
			FUZZ_CHECK(m < e->ntags && strcmp(e->tags[m],
			    f[i].tags[j]) == 0, "tag \"%s\" of %s read back as "
			    "\"%s\":\n%s", f[i].tags[j], f[i].url, m < e->ntags ?
			    e->tags[m] : "(none)", u->text);
			m++;
		}
		FUZZ_CHECK(m == e->ntags, "%s: %zu tags written, %zu read "
		    "back:\n%s", f[i].url, m, e->ntags, u->text);
	}
	urls_free(&v);
	urls_free(&u);
	free(added);
}
