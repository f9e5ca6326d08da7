/*
 * fetch-local: the sources that are not on the network.  file:// is read
 * directly (libcurl is never asked to, so a redirect can never reach a
 * local file).  exec:COMMAND runs the command without a shell: the line
 * is split into words here and handed to execvp, its stdout (capped) is
 * the document, stdin and stderr are /dev/null.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fetch/fetch-int.h"

static int	 hexval(int);
static char	*file_path(const char *url);

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

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
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
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			*o++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
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
fetch_proc_start(struct fetch_proc *p, const char *cmd, struct fetch_result *r)
{
	char **argv;
	int pfd[2], nul;
	pid_t pid;

	memset(p, 0, sizeof *p);
	p->fd = -1;
	p->pid = -1;
	if ((argv = fetch_split_argv(cmd)) == NULL) {
		snprintf(r->error, sizeof r->error, "%s",
		    _("exec: empty command or unbalanced quotes"));
		return -1;
	}
	if (pipe2(pfd, O_CLOEXEC) == -1) {
		snprintf(r->error, sizeof r->error, "exec: %s", strerror(errno));
		fetch_argv_free(&argv);
		return -1;
	}
	pid = fork();
	if (pid == -1) {
		snprintf(r->error, sizeof r->error, "exec: %s", strerror(errno));
		close(pfd[0]);
		close(pfd[1]);
		fetch_argv_free(&argv);
		return -1;
	}
	if (pid == 0) {
		/* Child: only async-signal-safe calls from here. */
		nul = open("/dev/null", O_RDWR);
		if (nul != -1) {
			dup2(nul, STDIN_FILENO);
			dup2(nul, STDERR_FILENO);
		}
		dup2(pfd[1], STDOUT_FILENO);
		signal(SIGPIPE, SIG_DFL);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(pfd[1]);
	fetch_argv_free(&argv);
	fcntl(pfd[0], F_SETFL, fcntl(pfd[0], F_GETFL) | O_NONBLOCK);
	p->pid = pid;
	p->fd = pfd[0];
	return 0;
}

int
fetch_proc_read(struct fetch_proc *p, size_t max_bytes)
{
	char chunk[65536];
	ssize_t n;
	int st;

	while (p->fd != -1) {
		n = read(p->fd, chunk, sizeof chunk);
		if (n > 0) {
			if (p->out.len + (size_t)n > max_bytes) {
				p->over = 1;
				close(p->fd);
				p->fd = -1;
				kill(p->pid, SIGKILL);
				break;
			}
			buf_add(&p->out, chunk, (size_t)n);
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			return 0;
		close(p->fd);	/* EOF or error: the output is over */
		p->fd = -1;
	}
	if (!p->reaped && waitpid(p->pid, &st, WNOHANG) == p->pid) {
		p->status = st;
		p->reaped = 1;
	}
	return p->reaped;
}

void
fetch_proc_finish(struct fetch_proc *p, struct fetch_result *r, int timed_out,
    long timeout_s, size_t max_bytes)
{
	char sz[32];
	int st = 0;

	if (p->fd != -1) {
		close(p->fd);
		p->fd = -1;
	}
	if (!p->reaped && p->pid > 0) {
		if (timed_out)
			kill(p->pid, SIGKILL);
		while (waitpid(p->pid, &st, 0) == -1 && errno == EINTR)
			;
		p->status = st;
		p->reaped = 1;
	}
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
