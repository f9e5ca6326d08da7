/*
 * fetch-local: the sources that are not on the network.  file:// is read
 * directly (libcurl is never asked to, so a redirect can never reach a
 * local file).  exec:COMMAND runs `/bin/sh -c COMMAND`, as newsboat does:
 * such a line only ever comes from the user's own urls file (importers
 * refuse it, conf/import.h), so it may use pipes and quoting.  Its stdout
 * (capped) is the document; stdin is /dev/null (a filter:'s download,
 * see fetch_proc_start), stderr /dev/null.
 *
 * Each command runs in a process group of its own, so that whatever it
 * starts can be stopped with it: on a time-out, at the size cap, and when
 * the command has exited but left a child running (`sh -c 'sleep 100 &
 * cat feed.xml'`).  The document ends when the command exits: what it
 * wrote is in the pipe by then, and a child still holding the pipe open
 * must not make the command look as if it never finished.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/uri.h"
#include "fetch/fetch-int.h"

/* How long a command's process group has after SIGTERM before SIGKILL,
 * checked every PROC_STEP_MS. */
#define PROC_GRACE_MS	500
#define PROC_STEP_MS	10

/* The process groups of the commands running, for fetch_stop_commands
 * (a signal handler: it only reads them).  A command past the table is
 * still stopped as usual, only not by that. */
#define PROC_GROUPS_MAX	64
static volatile sig_atomic_t proc_groups[PROC_GROUPS_MAX];

static char	*file_path(const char *url);
static int	 proc_exited(pid_t);
static int	 proc_reap(struct fetch_proc *, int);
static void	 proc_stop_group(struct fetch_proc *);
static void	 proc_group_note(pid_t, int);

void
fetch_size_str(size_t n, char *out, size_t outlen)
{
	if (n >= ((size_t)1 << 20) && n % ((size_t)1 << 20) == 0)
		snprintf(out, outlen, "%zu MB", n >> 20);
	else if (n >= 1024 && n % 1024 == 0)
		snprintf(out, outlen, "%zu KB", n >> 10);
	else
		snprintf(out, outlen, "%zu bytes", n);
}

/* file:///path or file://localhost/path -> /path, %XX decoded; NULL when
 * the URL names another host. */
static char *
file_path(const char *url)
{
	const char *p = url + 7;
	char *out, *o;

	if (strncmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;
	o = out = xmalloc(strlen(p) + 1);
	for (; *p != '\0'; p++) {
		if (*p == '%' && uri_hexval(p[1]) >= 0 &&
		    uri_hexval(p[2]) >= 0) {
			*o++ = (char)(uri_hexval(p[1]) * 16 +
			    uri_hexval(p[2]));
			p += 2;
		} else
			*o++ = *p;
	}
	*o = '\0';
	return out;
}

void
fetch_local_file(struct fetch_result *r, size_t max_bytes)
{
	struct buf b = BUF_INIT;
	struct stat sb;
	char *path, sz[32];
	int fd;

	if ((path = file_path(r->url)) == NULL) {
		snprintf(r->error, sizeof r->error, "%s",
		    _("file:// addresses must name a local path"));
		return;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		snprintf(r->error, sizeof r->error, "%s: %s", path,
		    strerror(errno));
		free(path);
		return;
	}
	if (fstat(fd, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		snprintf(r->error, sizeof r->error, _("%s: not a regular file"),
		    path);
		goto out;
	}
	/* Room for the whole file at once: a doubling buffer would hold
	 * up to twice the document while it waits to be parsed. */
	if (sb.st_size > 0 && (size_t)sb.st_size < max_bytes)
		buf_grow(&b, (size_t)sb.st_size);
	switch (file_read_fd(fd, &b, max_bytes)) {
	case -1:
		snprintf(r->error, sizeof r->error, "%s: %s", path,
		    strerror(errno));
		goto out;
	case 1:
		fetch_size_str(max_bytes, sz, sizeof sz);
		snprintf(r->error, sizeof r->error,
		    _("the document is larger than the %s limit"), sz);
		goto out;
	}
	r->len = b.len;
	r->body = buf_detach(&b);
	r->ok = 1;
out:
	buf_free(&b);
	close(fd);
	free(path);
}

char **
fetch_split_argv(const char *cmd)
{
	char **argv = NULL;
	size_t n = 0;
	struct buf w = BUF_INIT;
	const char *p = cmd;
	int inword = 0;
	char q;

	for (;;) {
		if (*p == '\0' || *p == ' ' || *p == '\t' || *p == '\n') {
			if (inword) {
				argv = xreallocarray(argv, n + 2, sizeof *argv);
				argv[n++] = buf_detach(&w);
				argv[n] = NULL;
				inword = 0;
			}
			if (*p == '\0')
				break;
			p++;
			continue;
		}
		inword = 1;
		if (*p == '\\') {
			if (p[1] == '\0')
				goto bad;
			buf_addc(&w, p[1]);
			p += 2;
		} else if (*p == '\'' || *p == '"') {
			q = *p++;
			while (*p != q) {
				if (*p == '\0')
					goto bad;
				/* Inside "...", a backslash escapes only
				 * what the shell lets it escape. */
				if (q == '"' && *p == '\\' && p[1] != '\0' &&
				    strchr("\\\"$`", p[1]) != NULL)
					p++;
				buf_addc(&w, *p++);
			}
			p++;
			if (w.data == NULL)
				buf_adds(&w, "");	/* "" is a word */
		} else
			buf_addc(&w, *p++);
	}
	if (n == 0)
		goto bad;
	return argv;
bad:
	buf_free(&w);
	fetch_argv_free(&argv);
	return NULL;
}

void
fetch_argv_free(char ***argvp)
{
	char **argv = *argvp;
	size_t i;

	if (argv == NULL)
		return;
	for (i = 0; argv[i] != NULL; i++)
		free(argv[i]);
	free(argv);
	*argvp = NULL;
}

int
fetch_proc_start(struct fetch_proc *p, const char *cmd, int in_fd,
    struct fetch_result *r)
{
	sigset_t all, old;
	char *argv[4];
	int pfd[2], nul;
	pid_t pid;

	memset(p, 0, sizeof *p);
	p->fd = -1;
	p->pid = -1;
	if (cmd[strspn(cmd, " \t\n")] == '\0') {
		snprintf(r->error, sizeof r->error, "%s",
		    _("exec: empty command"));
		return -1;
	}
	/* Built before fork: the child only calls async-signal-safe
	 * functions. */
	argv[0] = (char *)"sh";
	argv[1] = (char *)"-c";
	argv[2] = (char *)cmd;
	argv[3] = NULL;
	if (pipe2(pfd, O_CLOEXEC) == -1) {
		snprintf(r->error, sizeof r->error, "exec: %s", strerror(errno));
		return -1;
	}
	/* No signal (to this thread) between fork and proc_group_note: a
	 * handler calling fetch_stop_commands would miss the new group. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	pid = fork();
	if (pid == -1) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		snprintf(r->error, sizeof r->error, "exec: %s", strerror(errno));
		close(pfd[0]);
		close(pfd[1]);
		return -1;
	}
	if (pid == 0) {
		/* Child: only async-signal-safe calls from here. */
		nul = open("/dev/null", O_RDWR);
		if (in_fd != -1)
			dup2(in_fd, STDIN_FILENO);
		else if (nul != -1)
			dup2(nul, STDIN_FILENO);
		if (nul != -1)
			dup2(nul, STDERR_FILENO);
		dup2(pfd[1], STDOUT_FILENO);
		/* A group of its own, led by the command (see the top). */
		setpgid(0, 0);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGXFSZ, SIG_DFL);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		execv("/bin/sh", argv);
		_exit(127);
	}
	/* Also here, so the group exists before any kill(-pid) (the child
	 * may not have run yet); EACCES once it has exec'd is fine. */
	setpgid(pid, pid);
	proc_group_note(pid, 1);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	close(pfd[1]);
	fcntl(pfd[0], F_SETFL, fcntl(pfd[0], F_GETFL) | O_NONBLOCK);
	p->pid = pid;
	p->fd = pfd[0];
	return 0;
}

int
fetch_filter_split(const char *s, char **script, const char **url)
{
	const char *p, *colon;

	if (strncmp(s, "filter:", 7) != 0)
		return -1;
	p = s + 7;
	/* newsboat's rule: the script ends at the first colon */
	if ((colon = strchr(p, ':')) == NULL || colon == p)
		return -1;
	if (strncasecmp(colon + 1, "http://", 7) != 0 &&
	    strncasecmp(colon + 1, "https://", 8) != 0)
		return -1;
	*script = xstrndup(p, (size_t)(colon - p));
	*url = colon + 1;
	return 0;
}

int
fetch_body_fd(const char *body, size_t len, struct fetch_result *r)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	/* An unlinked file, not a pipe: the script reads it at its own
	 * pace and this thread never blocks writing to it. */
	path = xasprintf("%s/tidings-filter.XXXXXX", dir != NULL &&
	    *dir == '/' ? dir : "/tmp");
	fd = mkostemp(path, O_CLOEXEC);
	if (fd != -1)
		unlink(path);
	free(path);
	if (fd == -1 || fetch_write_all(fd, body, len) == -1 ||
	    lseek(fd, 0, SEEK_SET) == -1) {
		snprintf(r->error, sizeof r->error, "filter: %s",
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	return fd;
}

/* Has the command itself (not its children) exited?  Looks without
 * reaping it, so its PID, which is also its group's ID, stays taken. */
static int
proc_exited(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof si);
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == -1)
		return errno == ECHILD;
	return si.si_pid == pid;
}

/* Collect the command's exit status (waiting for it with block); 1 once
 * it is reaped. */
static int
proc_reap(struct fetch_proc *p, int block)
{
	pid_t r;
	int st = 0;

	if (p->reaped)
		return 1;
	while ((r = waitpid(p->pid, &st, block ? 0 : WNOHANG)) == -1 &&
	    errno == EINTR)
		;
	if (r == p->pid || (r == -1 && errno == ECHILD)) {
		/* ECHILD: reaped behind our back (SIGCHLD ignored), status
		 * unknown. */
		p->status = r == p->pid ? st : 0;
		p->reaped = 1;
	}
	return p->reaped;
}

/* Add (on) or remove a running command's group in proc_groups. */
static void
proc_group_note(pid_t pg, int on)
{
	size_t i;

	for (i = 0; i < PROC_GROUPS_MAX; i++) {
		if (proc_groups[i] == (on ? 0 : (sig_atomic_t)pg)) {
			proc_groups[i] = on ? (sig_atomic_t)pg : 0;
			return;
		}
	}
}

void
fetch_stop_commands(void)
{
	size_t i;

	for (i = 0; i < PROC_GROUPS_MAX; i++) {
		if (proc_groups[i] > 0)
			kill(-(pid_t)proc_groups[i], SIGKILL);
	}
}

/* Stop whatever is left of the command's process group: SIGTERM, then
 * SIGKILL for what is still there after PROC_GRACE_MS; reaps the command.
 * With the command gone and nothing left, one kill() finds the group
 * empty and this returns at once. */
static void
proc_stop_group(struct fetch_proc *p)
{
	struct timespec step = { 0, PROC_STEP_MS * 1000000L };
	int waited;

	if (kill(-p->pid, SIGTERM) == -1) {
		proc_reap(p, 1);
		goto out;
	}
	for (waited = 0; waited < PROC_GRACE_MS; waited += PROC_STEP_MS) {
		if (proc_reap(p, 0) && kill(-p->pid, 0) == -1)
			goto out;
		nanosleep(&step, NULL);
	}
	kill(-p->pid, SIGKILL);
	proc_reap(p, 1);
out:
	proc_group_note(p->pid, 0);
}

int
fetch_proc_read(struct fetch_proc *p, size_t max_bytes)
{
	char chunk[65536];
	ssize_t n;
	int exited;

	/* Before reading: once the command has exited, everything it wrote
	 * is in the pipe, and one drain takes it all. */
	exited = p->fd != -1 && proc_exited(p->pid);
	while (p->fd != -1) {
		n = read(p->fd, chunk, sizeof chunk);
		if (n > 0) {
			if (p->out.len + (size_t)n > max_bytes) {
				p->over = 1;
				close(p->fd);
				p->fd = -1;
				break;	/* fetch_proc_finish stops it */
			}
			buf_add(&p->out, chunk, (size_t)n);
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN && !exited)
			return 0;
		/* EOF, an error, or drained after the command exited (a
		 * child of it may hold the pipe for ever): the output is
		 * over. */
		close(p->fd);
		p->fd = -1;
	}
	if (p->over)
		return 1;
	return proc_reap(p, 0);
}

void
fetch_proc_finish(struct fetch_proc *p, struct fetch_result *r, int timed_out,
    long timeout_s, size_t max_bytes)
{
	char sz[32];

	if (p->fd != -1) {
		close(p->fd);
		p->fd = -1;
	}
	/* On a time-out or over the cap, the command and its children; when
	 * it finished, whatever it left running. */
	if (p->pid > 0)
		proc_stop_group(p);
	if (timed_out)
		snprintf(r->error, sizeof r->error,
		    _("exec: the command did not finish within %ld s"),
		    timeout_s);
	else if (p->over) {
		fetch_size_str(max_bytes, sz, sizeof sz);
		snprintf(r->error, sizeof r->error,
		    _("exec: the output is larger than the %s limit"), sz);
	}
	else if (WIFSIGNALED(p->status))
		snprintf(r->error, sizeof r->error,
		    _("exec: the command was killed by signal %d"),
		    WTERMSIG(p->status));
	else if (WIFEXITED(p->status) && WEXITSTATUS(p->status) == 127)
		snprintf(r->error, sizeof r->error, "%s",
		    _("exec: command not found or not executable"));
	else if (WIFEXITED(p->status) && WEXITSTATUS(p->status) != 0)
		snprintf(r->error, sizeof r->error,
		    _("exec: the command failed with exit status %d"),
		    WEXITSTATUS(p->status));
	else {
		r->len = p->out.len;
		r->body = buf_detach(&p->out);
		r->ok = 1;
	}
	buf_free(&p->out);
}
