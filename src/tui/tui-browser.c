/*
 * tui-browser: open a URL with the user's browser.  The command comes from
 * the config (`browser "cmd %u"`), else $BROWSER, else xdg-open; it is
 * split into words here (quotes group, no other shell syntax) and run with
 * fork/exec, the URL always one argv word, so nothing a feed wrote is ever
 * interpreted by a shell.  Only http(s) URLs are opened unless the config
 * lists more schemes (browser-schemes).
 */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <curses.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "tui/tui-int.h"

#define BROWSER_MAX_ARGS 64

static int	browser_scheme_ok(const char *url);

static int
browser_scheme_ok(const char *url)
{
	const char *colon, *p, *list;
	size_t len, wl;

	if (strncasecmp(url, "http://", 7) == 0 ||
	    strncasecmp(url, "https://", 8) == 0)
		return 1;
	if ((colon = strchr(url, ':')) == NULL)
		return 0;
	len = (size_t)(colon - url);
	list = tui.set.cfg->browser_schemes;
	for (p = list; p != NULL && *p != '\0'; p += wl) {
		while (*p == ' ' || *p == ',')
			p++;
		wl = strcspn(p, " ,");
		if (wl == len && wl > 0 && strncasecmp(p, url, len) == 0)
			return 1;
	}
	return 0;
}

char **
browser_argv(const char *cmd, const char *url)
{
	char **argv;
	struct buf w = BUF_INIT;
	const char *p = cmd;
	size_t n = 0;
	int quote, have, used_url = 0;

	argv = xcalloc(BROWSER_MAX_ARGS + 2, sizeof *argv);
	while (*p != '\0' && n < BROWSER_MAX_ARGS) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		quote = 0;
		have = 0;
		buf_reset(&w);
		for (; *p != '\0'; p++) {
			if (quote == 0 && (*p == ' ' || *p == '\t'))
				break;
			if (quote == 0 && (*p == '"' || *p == '\'')) {
				quote = *p;
				have = 1;
				continue;
			}
			if (quote != 0 && *p == quote) {
				quote = 0;
				continue;
			}
			if (*p == '\\' && quote != '\'' && p[1] != '\0')
				p++;
			else if (p[0] == '%' && p[1] == 'u') {
				buf_adds(&w, url);
				used_url = 1;
				have = 1;
				p++;
				continue;
			}
			buf_addc(&w, *p);
			have = 1;
		}
		if (have)
			argv[n++] = xstrdup(buf_str(&w));
	}
	buf_free(&w);
	if (!used_url)
		argv[n++] = xstrdup(url);
	argv[n] = NULL;
	return argv;
}

void
browser_argv_free(char **argv)
{
	size_t i;

	for (i = 0; argv != NULL && argv[i] != NULL; i++)
		free(argv[i]);
	free(argv);
}

int
tui_run_argv(char *const *argv)
{
	pid_t pid;
	int status;

	def_prog_mode();
	endwin();
	pid = fork();
	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	status = -1;
	if (pid > 0) {
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
	}
	reset_prog_mode();
	tui_redraw_all();
	return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ?
	    0 : -1;
}

int
browser_open(const char *url)
{
	const char *cmd = tui.set.cfg->browser;
	char **argv;

	if (url == NULL || *url == '\0') {
		tui_message(1, "%s", _("No link to open"));
		return -1;
	}
	if (!browser_scheme_ok(url)) {
		tui_message(1, "%s", _("Refusing to open a link of a scheme "
		    "not in browser-schemes"));
		return -1;
	}
	if (cmd == NULL || *cmd == '\0')
		cmd = getenv("BROWSER");
	if (cmd == NULL || *cmd == '\0')
		cmd = "xdg-open";
	argv = browser_argv(cmd, url);
	if (argv[0] == NULL || argv[1] == NULL) {
		browser_argv_free(argv);
		return -1;
	}
	if (tui_run_argv(argv) != 0) {
		tui_message(1, _("The browser (%s) failed"), argv[0]);
		browser_argv_free(argv);
		return -1;
	}
	tui_message(0, _("Opened %s"), url);
	browser_argv_free(argv);
	return 0;
}
