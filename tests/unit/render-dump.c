/*
 * render-dump: print what the renderer makes of files, for comparing
 * builds (.ci/libxml2-next.sh renders the fixtures against two libxml2
 * versions and diffs the output) and for measuring render cost.
 *
 *   render-dump [-v] [-q] [-r] [-w WIDTH] FILE...
 *
 * Each FILE is rendered with the link list and laid out at WIDTH (72)
 * columns, after a line of RS (0x1e, never in rendered text), "== ",
 * the file name, " #" and the document's number; a file ending in
 * ".txt" is plain text.  -r: FILE holds many
 * documents separated by ASCII RS (0x1e).  -q: print only how many
 * documents were rendered (a bench corpus).  -v: print the libxml2
 * version compiled against and the one loaded, and nothing else.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlversion.h>
#include <libxml/parser.h>

#include "base/lib.h"
#include "render/lib.h"

static void
dump(FILE *out, const char *s, size_t len, int flags, int width)
{
	struct rdoc *d;
	struct rlines *rl;
	size_t i;

	render_html(s, len, flags | RENDER_LINKLIST, &d);
	rdoc_layout(d, width, &rl);
	if (out != NULL)
		for (i = 0; i < rl->nlines; i++)
			fprintf(out, "%s\n", rl->lines[i].text);
	rlines_free(&rl);
	rdoc_free(&d);
}

static int
slurp(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;

	if (f == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(b, chunk, n);
	fclose(f);
	return 0;
}

int
main(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	const char *p, *end, *rs;
	size_t n, docs = 0;
	int c, width = 72, records = 0, quiet = 0, flags, i;

	setlocale(LC_ALL, "");
	while ((c = getopt(argc, argv, "qrvw:")) != -1) {
		switch (c) {
		case 'q':
			quiet = 1;
			break;
		case 'r':
			records = 1;
			break;
		case 'v':
			/* xmlParserVersion is the loaded library's. */
			printf("compiled %s loaded %s\n", LIBXML_DOTTED_VERSION,
			    xmlParserVersion);
			return 0;
		case 'w':
			width = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: render-dump [-v] [-q] [-r] "
			    "[-w WIDTH] FILE...\n");
			return 2;
		}
	}
	for (i = optind; i < argc; i++) {
		buf_reset(&b);
		if (slurp(argv[i], &b) == -1) {
			perror(argv[i]);
			return 1;
		}
		n = strlen(argv[i]);
		flags = n > 4 && strcmp(argv[i] + n - 4, ".txt") == 0 ?
		    RENDER_TEXT : 0;
		buf_addc(&b, '\0');	/* b.data is never NULL */
		b.len--;
		for (p = b.data, end = b.data + b.len; p <= end; p = rs + 1) {
			rs = records ? memchr(p, 0x1e, (size_t)(end - p)) :
			    NULL;
			if (rs == NULL)
				rs = end;
			if (!quiet)
				printf("\x1e== %s #%zu\n", argv[i], docs);
			dump(quiet ? NULL : stdout, p, (size_t)(rs - p), flags,
			    width);
			docs++;
		}
	}
	if (quiet)
		printf("%zu documents\n", docs);
	buf_free(&b);
	return 0;
}
