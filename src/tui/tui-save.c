/*
 * tui-save: save (one article) and save-all (every article of a list) as
 * text files in save-path.  A file name comes from the article's title
 * (save_filename: with restrict-filename only letters, digits, '.', '-'
 * and '_'; never a path, never hidden), the text from tui_article_text(),
 * so the file says what the screen says.  A file that exists is never
 * replaced without a yes; files are created with O_EXCL otherwise, so a
 * file appearing meanwhile is not overwritten either.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "render/lib.h"
#include "tui/tui-int.h"

#define SAVE_NAME_MAX	120	/* bytes of a suggested name, before .txt */

static char	*save_dir(void);
static int	 save_write(const char *path, const char *text, int replace);
static char	*save_unique(char **taken, size_t n, const char *dir,
		    const char *title);

/* save-path with ~ expanded (caller frees). */
static char *
save_dir(void)
{
	const char *p = tui.set.cfg->save_path, *home = getenv("HOME");

	if (p == NULL || *p == '\0')
		p = "~/";
	if (p[0] == '~' && (p[1] == '/' || p[1] == '\0') && home != NULL)
		return xasprintf("%s%s", home, p + 1);
	return xstrdup(p);
}

char *
save_filename(const char *title, int restrict_names)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	size_t keep;
	char *clean, *s;

	clean = render_sanitize(title != NULL ? title : "",
	    title != NULL ? strlen(title) : 0);
	for (p = (const unsigned char *)clean; *p != '\0'; p++) {
		if (b.len >= SAVE_NAME_MAX && (*p & 0xc0) != 0x80)
			break;	/* at a character boundary */
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' ||
		    (*p == '.' && b.len > 0))
			buf_addc(&b, (char)*p);
		else if (!restrict_names && *p != '/' && *p != '.' &&
		    *p != ' ')
			buf_addc(&b, (char)*p);
		else if (b.len > 0 && b.data[b.len - 1] != '_')
			buf_addc(&b, '_');
	}
	free(clean);
	/* no trailing '_' or '.' before the .txt */
	keep = b.len;
	while (keep > 0 && (b.data[keep - 1] == '_' || b.data[keep - 1] == '.'))
		keep--;
	if (keep == 0) {
		buf_free(&b);
		return xstrdup("article.txt");
	}
	b.len = keep;
	buf_adds(&b, ".txt");
	s = buf_detach(&b);
	return s;
}

/* Write text to path: a new file, or over an old one when replace.  0, or
 * -1 with errno (EEXIST: it is there and replace was 0). */
static int
save_write(const char *path, const char *text, int replace)
{
	size_t len = strlen(text), off = 0;
	ssize_t k;
	int fd, e;

	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW |
	    (replace ? O_TRUNC : O_EXCL), 0666);
	if (fd == -1)
		return -1;
	while (off < len) {
		k = write(fd, text + off, len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		off += (size_t)k;
	}
	return close(fd);
}

void
tui_save_article(int64_t id)
{
	struct model_article a;
	char *dir, *name, *path, *label, *answer, *text;
	const char *base;
	int rc;

	if (id <= 0 || model_article_get(tui.m, id, &a) != 0) {
		tui_message(1, "%s", _("No article to save"));
		return;
	}
	dir = save_dir();
	name = save_filename(a.row.title, tui.set.cfg->restrict_filename);
	path = paths_join(dir, name);
	label = xasprintf(_("Save to (Enter: %s): "), path);
	answer = tui_prompt_kind(label, "save");
	free(label);
	if (answer == NULL) {
		tui_message(0, "%s", _("Not saved"));
		goto out;
	}
	if (*answer != '\0') {
		free(path);
		if (answer[0] == '/')
			path = xstrdup(answer);
		else if (answer[0] == '~' && answer[1] == '/' &&
		    getenv("HOME") != NULL)
			path = xasprintf("%s%s", getenv("HOME"), answer + 1);
		else
			path = paths_join(dir, answer);
	}
	text = tui_article_text(&a, NULL, tui_text_width(0));
	rc = save_write(path, text, 0);
	if (rc == -1 && errno == EEXIST) {
		base = strrchr(path, '/');
		label = xasprintf(_("%s exists. Overwrite it? [y/n]"),
		    base != NULL ? base + 1 : path);
		if (tui_confirm(label))
			rc = save_write(path, text, 1);
		else {
			free(label);
			free(text);
			tui_message(0, "%s", _("Not saved"));
			goto out;
		}
		free(label);
	}
	free(text);
	if (rc == -1)
		tui_message(1, _("Cannot write %s: %s"), path, strerror(errno));
	else
		tui_message(0, _("Saved to %s"), path);
out:
	free(answer);
	free(path);
	free(name);
	free(dir);
	model_article_clear(&a);
}

/* dir/NAME.txt from title, not yet among taken[0..n) (a second article
 * of the same title gets NAME-2.txt). */
static char *
save_unique(char **taken, size_t n, const char *dir, const char *title)
{
	char *name = save_filename(title, tui.set.cfg->restrict_filename);
	char *path = paths_join(dir, name), *stem;
	size_t i, k = 1;

	stem = xstrndup(name, strlen(name) - 4);	/* without .txt */
	for (i = 0; i < n; i++) {
		if (strcmp(taken[i], path) != 0)
			continue;
		free(path);
		free(name);
		name = xasprintf("%s-%zu.txt", stem, ++k);
		path = paths_join(dir, name);
		i = (size_t)-1;		/* again from the start */
	}
	free(stem);
	free(name);
	return path;
}

void
tui_save_all(const struct model_query *q)
{
	struct model_list *l;
	struct model_article_row *r;
	struct model_article a;
	struct stat st;
	int64_t *ids = NULL;
	char **paths = NULL, *dir, *text, *question;
	size_t n, i, exist = 0, saved = 0, failed = 0;
	int replace;

	if ((l = model_list_open(tui.m, q)) == NULL)
		return;
	n = model_list_count(l);
	if (n == 0) {
		model_list_close(&l);
		tui_message(0, "%s", _("No articles to save"));
		return;
	}
	dir = save_dir();
	ids = xcalloc(n, sizeof *ids);
	paths = xcalloc(n, sizeof *paths);
	for (i = 0; i < n && (r = model_list_at(l, i)) != NULL; i++) {
		ids[i] = r->id;
		paths[i] = save_unique(paths, i, dir, r->title);
		if (lstat(paths[i], &st) == 0)
			exist++;
	}
	n = i;
	model_list_close(&l);
	replace = 0;
	if (exist > 0) {
		question = xasprintf(_("%zu of the files exist in %s. "
		    "Overwrite them? [y/n]"), exist, dir);
		replace = tui_confirm(question);
		free(question);
	}
	for (i = 0; i < n; i++) {
		if (model_article_get(tui.m, ids[i], &a) != 0) {
			failed++;
			continue;
		}
		text = tui_article_text(&a, NULL, tui_text_width(0));
		if (save_write(paths[i], text, 0) == 0 ||
		    (errno == EEXIST && replace &&
		    save_write(paths[i], text, 1) == 0))
			saved++;
		else if (errno != EEXIST)
			failed++;
		free(text);
		model_article_clear(&a);
	}
	if (failed > 0)
		tui_message(1, _("Saved %zu articles to %s; %zu could not be "
		    "written"), saved, dir, failed);
	else
		tui_message(0, _("Saved %zu articles to %s"), saved, dir);
	for (i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	free(ids);
	free(dir);
}
