/*
 * cmd-parse: `tidings --parse FILE|-` prints the parser's result as JSON.
 * Input is read and parsed in 64 KiB chunks; each entry is written as it
 * completes and then freed, so a 290 MB feed needs memory for one entry.
 * Entries are held back (up to PARSE_HOLD bytes of JSON) so that small
 * feeds print their complete "feed" metadata first even when some of it
 * follows the items in the document; past that point the head goes out
 * with what is known and the rest streams.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "feed/feed-json.h"
#include "parse/lib.h"

#define PARSE_CHUNK	65536
#define PARSE_HOLD	((size_t)1 << 20)

struct cmd_parse_out {
	struct buf	 held;		/* entries not yet written */
	struct buf	 tmp;
	int		 streaming;	/* head written */
	size_t		 nentries;
	int		 write_error;
};

static int	 cmd_parse_entry(const struct feed_meta *, struct feed_entry *,
		     void *);
static void	 cmd_parse_write(struct cmd_parse_out *, const char *, size_t);

static void
cmd_parse_write(struct cmd_parse_out *o, const char *s, size_t len)
{
	if (len > 0 && fwrite(s, 1, len, stdout) != len)
		o->write_error = 1;
}

static int
cmd_parse_entry(const struct feed_meta *meta, struct feed_entry *e, void *arg)
{
	struct cmd_parse_out *o = arg;
	struct buf *b = o->streaming ? &o->tmp : &o->held;

	if (o->nentries++ > 0)
		buf_addc(b, ',');
	feed_json_entry(b, e);
	if (!o->streaming && o->held.len > PARSE_HOLD) {
		buf_reset(&o->tmp);
		feed_json_head(&o->tmp, meta);
		cmd_parse_write(o, o->tmp.data, o->tmp.len);
		cmd_parse_write(o, o->held.data, o->held.len);
		buf_free(&o->held);
		o->streaming = 1;
	} else if (o->streaming) {
		cmd_parse_write(o, o->tmp.data, o->tmp.len);
	}
	buf_reset(&o->tmp);
	return o->write_error ? -1 : 0;
}

int
cmd_parse(const struct cli_ctx *ctx, const char *file)
{
	struct cmd_parse_out o;
	struct parse_opts opts;
	struct parse_stream *ps;
	struct feed_meta meta;
	char *chunk, err[256];
	ssize_t n;
	int fd, rc = 0;

	memset(&o, 0, sizeof o);
	memset(&opts, 0, sizeof opts);
	memset(&meta, 0, sizeof meta);
	opts.url = ctx->doc_url;
	if (strcmp(file, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(file, O_RDONLY | O_CLOEXEC)) == -1) {
		log_error("%s: %s", file, strerror(errno));
		return 1;
	}
	chunk = xmalloc(PARSE_CHUNK);
	ps = parse_stream_new(&opts, cmd_parse_entry, &o);
	err[0] = '\0';
	for (;;) {
		n = read(fd, chunk, PARSE_CHUNK);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			log_error("%s: %s", file, strerror(errno));
			rc = -2;
			break;
		}
		if (parse_stream_push(ps, chunk, (size_t)n, err,
		    sizeof err) != 0) {
			rc = -1;
			break;
		}
	}
	if (rc == 0)
		rc = parse_stream_finish(ps, &meta, err, sizeof err);
	parse_stream_free(&ps);
	free(chunk);
	if (fd != STDIN_FILENO)
		close(fd);

	if (rc == 0) {
		buf_reset(&o.tmp);
		if (!o.streaming) {
			feed_json_head(&o.tmp, &meta);
			buf_add(&o.tmp, buf_str(&o.held), o.held.len);
		}
		feed_json_tail(&o.tmp);
		cmd_parse_write(&o, o.tmp.data, o.tmp.len);
	} else if (o.streaming) {
		/* Entries are already out: close the JSON anyway so that what
		 * was read stays usable, but report the failure. */
		buf_reset(&o.tmp);
		feed_json_tail(&o.tmp);
		cmd_parse_write(&o, o.tmp.data, o.tmp.len);
	}
	feed_meta_clear(&meta);
	buf_free(&o.held);
	buf_free(&o.tmp);
	if (fflush(stdout) != 0)
		o.write_error = 1;
	if (rc == -1 || (rc != 0 && rc != -2))
		log_error("%s: %s", file, err[0] != '\0' ? err : _("not a feed"));
	if (o.write_error) {
		log_error("%s: %s", _("standard output"), strerror(errno));
		return 1;
	}
	return rc == 0 ? 0 : 1;
}
