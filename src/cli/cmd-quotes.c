/*
 * cmd-quotes: `tidings --quotes FILE|-` prints the quotations of every entry
 * of a feed document as JSON, one object per line in document order:
 *	[{"entry": i, "kind": "speech|term|block", "level": n, "text": s,
 *	  "speaker": s}, ...]
 * (entry is the 0-based index in the document; speaker "" when unknown).
 * `tidings --quotes-by NAME` lists the cached quotations of a speaker from
 * the store's index, one per line: Speaker: “text” — Article title.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "feed/feed-json.h"
#include "model/quotes.h"
#include "render/lib.h"
#include "parse/lib.h"
#include "quote/lib.h"
#include "store/lib.h"

#define QUOTES_BY_LIMIT	10000

static int	 print_entry_quotes(size_t idx, const struct feed_entry *e,
		     int *first);
static void	 print_oneline(const char *s);
static void	 quote_json(struct buf *b, size_t idx, const struct quote *q);

/* One quotation as JSON through feed-json's string writer (the one
 * `--parse` uses), with jansson's spacing: `{"entry": 0, "kind": ..}`. */
static void
quote_json(struct buf *b, size_t idx, const struct quote *q)
{
	const char *kind = quote_kind_name(q->kind);
	const char *who = q->speaker != NULL ? q->speaker : "";

	buf_printf(b, "{\"entry\": %zu, \"kind\": ", idx);
	feed_json_string(b, kind, strlen(kind));
	buf_printf(b, ", \"level\": %d, \"text\": ", q->level);
	feed_json_string(b, q->text, strlen(q->text));
	buf_adds(b, ", \"speaker\": ");
	feed_json_string(b, who, strlen(who));
	buf_addc(b, '}');
}

/* Print one entry's quotations; 0, or -1 when stdout failed. */
static int
print_entry_quotes(size_t idx, const struct feed_entry *e, int *first)
{
	const char *body = e->content;
	int is_text = e->content_type == FEED_CONTENT_TEXT;
	struct quote *q = NULL;
	size_t nq = 0, i;
	struct buf b = BUF_INIT;
	int rc = 0;

	if (body == NULL || *body == '\0') {
		body = e->summary;
		is_text = 0;
	}
	if (body == NULL)
		return 0;
	if (model_quotes_body(body, strlen(body), is_text, &q, &nq) != 0)
		return 0;
	for (i = 0; i < nq && rc == 0; i++) {
		if (q[i].text == NULL)
			continue;
		buf_reset(&b);
		buf_adds(&b, *first ? "[\n" : ",\n");
		quote_json(&b, idx, &q[i]);
		if (fwrite(b.data, 1, b.len, stdout) != b.len)
			rc = -1;
		*first = 0;
	}
	buf_free(&b);
	quote_free(&q, nq);
	return rc;
}

int
cmd_quotes(const struct cli_ctx *ctx, const char *file)
{
	struct parse_opts opts;
	struct feed_doc *doc = NULL;
	char *data = NULL, err[256];
	size_t len = 0, i;
	int first = 1, rc = 0;

	if (file_read(file, &data, &len) == -1) {
		log_error("%s: %s", file, strerror(errno));
		return 1;
	}
	memset(&opts, 0, sizeof opts);
	opts.url = ctx->doc_url;
	if (parse_feed(data, len, &opts, &doc, err, sizeof err) != 0) {
		log_error("%s: %s", file, err);
		free(data);
		return 1;
	}
	free(data);
	for (i = 0; i < doc->nentries && rc == 0; i++) {
		if (print_entry_quotes(i, &doc->entries[i], &first) != 0)
			rc = 1;
	}
	feed_doc_free(&doc);
	if (rc == 0 && printf(first ? "[]\n" : "\n]\n") < 0)
		rc = 1;
	if (fflush(stdout) != 0 || rc != 0) {
		log_error(_("cannot write the output: %s"), strerror(errno));
		return 1;
	}
	return 0;
}

/* Print s on one line: line breaks become spaces. */
static void
print_oneline(const char *s)
{
	/* Feed text is hostile: no control sequence reaches the terminal. */
	char *clean = render_sanitize(s, strlen(s)), *p;

	for (p = clean; *p != '\0'; p++)
		putchar(*p == '\n' ? ' ' : *p);
	free(clean);
}

int
cmd_quotes_by(const struct cli_ctx *ctx, const char *name)
{
	struct store *st = NULL;
	struct store_quote *q = NULL;
	size_t n = 0, i;
	char err[256];

	if (name == NULL || *name == '\0') {
		log_error("%s", _("--quotes-by needs a name"));
		return 2;
	}
	if (store_open(ctx->cache_path, STORE_READONLY, &st, err,
	    sizeof err) != 0) {
		log_error("%s: %s", ctx->cache_path, err);
		return 1;
	}
	if (store_quotes_by_speaker(st, name, QUOTES_BY_LIMIT, &q, &n) != 0) {
		store_close(&st);
		return 1;
	}
	for (i = 0; i < n; i++) {
		print_oneline(q[i].speaker != NULL ? q[i].speaker : name);
		fputs(": “", stdout);
		print_oneline(q[i].text != NULL ? q[i].text : "");
		fputs("” — ", stdout);
		print_oneline(q[i].article_title != NULL ?
		    q[i].article_title : "");
		putchar('\n');
	}
	store_quotes_free(&q, n);
	store_close(&st);
	if (fflush(stdout) != 0) {
		log_error(_("cannot write the output: %s"), strerror(errno));
		return 1;
	}
	if (n == 0) {
		log_error(_("no quotations by %s in the cache"), name);
		return 1;
	}
	return 0;
}
