/*
 * tui-browser: the one way tidings runs another program, and the browser
 * on top of it.  A command line from the config (`browser "cmd %u"`,
 * `bookmark-cmd`, `html-renderer`, `pager`, ...) is split into words here
 * (quotes group, backslash escapes, no other shell syntax) and run with
 * fork/execvp: a value from a feed (a URL, a title) is always one whole
 * argv word, or text on the program's stdin, so nothing a feed wrote is
 * ever interpreted by a shell.  tui_exec() hands the terminal over
 * (endwin) for programs that draw on it, or runs a program beside the
 * screen with a time limit, stdin text written and stdout collected
 * through one poll loop (no deadlock on a program that writes before it
 * has read everything).  The browser opens only http(s) URLs unless the
 * config lists more schemes (browser-schemes).
 */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "tui/tui-int.h"


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

/* Append a copy of s to the NULL-terminated, growable argv. */
void
tui_argv_add(char ***argvp, const char *s)
{
	char **argv = *argvp;
	size_t n = 0;

	while (argv != NULL && argv[n] != NULL)
		n++;
	argv = xreallocarray(argv, n + 2, sizeof *argv);
	argv[n] = xstrdup(s);
	argv[n + 1] = NULL;
	*argvp = argv;
}

char **
tui_argv(const char *cmd, int key, const char *val)
{
	char **argv = NULL;
	struct buf w = BUF_INIT;
	const char *p = cmd;
	size_t n = 0;
	int quote, have, used = 0;

	argv = xcalloc(1, sizeof *argv);
	while (p != NULL && *p != '\0' && n < TUI_MAX_ARGS) {
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
			else if (key != 0 && val != NULL && p[0] == '%' &&
			    p[1] == key) {
				buf_adds(&w, val);
				used = 1;
				have = 1;
				p++;
				continue;
			}
			buf_addc(&w, *p);
			have = 1;
		}
		if (have) {
			tui_argv_add(&argv, buf_str(&w));
			n++;
		}
	}
	buf_free(&w);
	if (!used && key != 0 && val != NULL)
		tui_argv_add(&argv, val);
	return argv;
}

char **
browser_argv(const char *cmd, const char *url)
{
	return tui_argv(cmd, 'u', url);
}

void
tui_argv_free(char **argv)
{
	size_t i;

	for (i = 0; argv != NULL && argv[i] != NULL; i++)
		free(argv[i]);
	free(argv);
}

/* In the child: the signals and descriptors a new program expects. */
static void
run_child(char *const argv[], const struct tui_exec *r, int in, int out)
{
	sigset_t none;
	int null, fd, max;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	if (!r->term)
		setpgid(0, 0);	/* a time-out stops it and its children */
	null = open("/dev/null", O_RDWR);
	if (in != -1)
		dup2(in, 0);
	else if (!r->term && null != -1)
		dup2(null, 0);
	if (out != -1)
		dup2(out, 1);
	else if (!r->term && null != -1)
		dup2(null, 1);
	if (!r->term && null != -1)
		dup2(null, 2);
	max = (int)sysconf(_SC_OPEN_MAX);
	if (max < 0 || max > 4096)
		max = 4096;
	for (fd = 3; fd < max; fd++)
		close(fd);
	execvp(argv[0], argv);
	_exit(127);
}

/* Feed r->in to fd in and collect fd out into r->out until both are done
 * (or, beside the screen, until the time limit). 0, or -1 on time-out. */
static int
run_io(const struct tui_exec *r, int in, int out)
{
	struct pollfd pf[2];
	size_t sent = 0;
	time_t end = time(NULL) + TUI_EXEC_TIMEOUT_S;
	char chunk[8192];
	ssize_t k;
	int n;

	while (in != -1 || out != -1) {
		n = 0;
		if (in != -1) {
			pf[n].fd = in;
			pf[n++].events = POLLOUT;
		}
		if (out != -1) {
			pf[n].fd = out;
			pf[n++].events = POLLIN;
		}
		if (poll(pf, (nfds_t)n, r->term ? -1 : 250) == -1) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (!r->term && time(NULL) > end)
			return -1;
		for (n--; n >= 0; n--) {
			if (pf[n].revents == 0)
				continue;
			if (pf[n].fd == in) {
				k = write(in, r->in + sent, r->inlen - sent);
				if (k > 0)
					sent += (size_t)k;
				if ((k < 0 && errno != EAGAIN &&
				    errno != EINTR) || sent >= r->inlen) {
					close(in);
					in = -1;
				}
				continue;
			}
			k = read(out, chunk, sizeof chunk);
			if (k > 0 && r->out->len + (size_t)k <= TUI_EXEC_OUT_MAX)
				buf_add(r->out, chunk, (size_t)k);
			else if (k == 0 || (k < 0 && errno != EAGAIN &&
			    errno != EINTR)) {
				close(out);
				out = -1;
			}
		}
	}
	if (in != -1)
		close(in);
	if (out != -1)
		close(out);
	return 0;
}

/* Wait for pid; beside the screen, stop it (and its group) after the
 * time limit.  Its exit status, or -1. */
static int
run_wait(pid_t pid, int term, int timed_out)
{
	time_t end = time(NULL) + TUI_EXEC_TIMEOUT_S;
	int status, signalled = 0;
	pid_t w;

	for (;;) {
		if (timed_out && !signalled) {
			kill(-pid, SIGKILL);
			signalled = 1;
		}
		w = waitpid(pid, &status, term || signalled ? 0 : WNOHANG);
		if (w == pid)
			break;
		if (w == -1 && errno != EINTR)
			return -1;
		if (w == 0) {
			if (time(NULL) > end)
				timed_out = 1;
			else
				napms(50);
		}
	}
	if (timed_out || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

int
tui_exec(char *const argv[], const struct tui_exec *r)
{
	int inp[2] = { -1, -1 }, outp[2] = { -1, -1 }, rc, timed_out;
	struct sigaction ign, old_int, old_quit;
	pid_t pid;

	if (argv == NULL || argv[0] == NULL)
		return -1;
	if ((r->in != NULL && pipe(inp) == -1) ||
	    (r->out != NULL && pipe(outp) == -1)) {
		tui_message(1, _("Cannot run %s: %s"), argv[0], strerror(errno));
		if (inp[0] != -1) {
			close(inp[0]);
			close(inp[1]);
		}
		return -1;
	}
	if (r->term) {
		/* ^C and ^\ are the program's now, as system(3) has it */
		memset(&ign, 0, sizeof ign);
		ign.sa_handler = SIG_IGN;
		sigemptyset(&ign.sa_mask);
		sigaction(SIGINT, &ign, &old_int);
		sigaction(SIGQUIT, &ign, &old_quit);
		def_prog_mode();
		endwin();
	}
	pid = fork();
	if (pid == 0)
		run_child(argv, r, inp[0], outp[1]);
	if (inp[0] != -1) {
		close(inp[0]);
		fcntl(inp[1], F_SETFL, O_NONBLOCK);
	}
	if (outp[1] != -1)
		close(outp[1]);
	if (pid < 0) {
		if (inp[1] != -1)
			close(inp[1]);
		if (outp[0] != -1)
			close(outp[0]);
		rc = -1;
	} else {
		timed_out = run_io(r, inp[1], outp[0]);
		rc = run_wait(pid, r->term, timed_out != 0);
	}
	if (r->term) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		reset_prog_mode();
		tui_redraw_all();
	}
	return rc;
}

int
browser_open(const char *url)
{
	const char *cmd = tui.set.cfg->browser;
	struct tui_exec r;
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
		tui_argv_free(argv);
		return -1;
	}
	memset(&r, 0, sizeof r);
	r.term = 1;
	if (tui_exec(argv, &r) != 0) {
		tui_message(1, _("The browser (%s) failed"), argv[0]);
		tui_argv_free(argv);
		return -1;
	}
	tui_message(0, _("Opened %s"), url);
	tui_argv_free(argv);
	return 0;
}
