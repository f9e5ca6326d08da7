/*
 * notify: formatting and running newsboat's reload notifications (see
 * notify.h).  Feed text (names in %t) only ever reaches the program as
 * part of one argv word, and the terminal only sanitised.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "model/notify.h"
#include "model/reload.h"

int
model_notify_due(const struct reload_summary *s, int always)
{
	return always || s->unread_after > s->unread_before ||
	    s->unread_feeds_after > s->unread_feeds_before;
}

char *
model_notify_text(const char *fmt, const struct reload_summary *s,
    char *const *names, size_t nnames)
{
	struct buf b = BUF_INIT;
	const char *p;
	size_t i;

	for (p = fmt != NULL ? fmt : ""; *p != '\0'; p++) {
		if (*p != '%' || p[1] == '\0') {
			buf_addc(&b, *p);
			continue;
		}
		switch (*++p) {
		case 'd':
			buf_printf(&b, "%zu", s->unread_after > s->unread_before ?
			    s->unread_after - s->unread_before : 0);
			break;
		case 'n':
			buf_printf(&b, "%zu", s->unread_after);
			break;
		case 'f':
			buf_printf(&b, "%zu", s->unread_feeds_after);
			break;
		case 'D':
			buf_printf(&b, "%zu", s->unread_feeds_after >
			    s->unread_feeds_before ? s->unread_feeds_after -
			    s->unread_feeds_before : 0);
			break;
		case 't':
			for (i = 0; i < nnames; i++) {
				if (i > 0)
					buf_adds(&b, ", ");
				buf_adds(&b, names[i]);
			}
			break;
		case '%':
			buf_addc(&b, '%');
			break;
		default:
			buf_addc(&b, '%');
			buf_addc(&b, *p);
			break;
		}
	}
	return buf_detach(&b);
}

char *
model_notify_escape(int screen, const char *msg)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(msg), i, n;
	uint32_t cp;

	buf_adds(&b, screen ? "\033^" : "\033]2;");
	for (i = 0; i < len; i += n) {
		n = utf8_decode(msg + i, len - i, &cp);
		if (cp == UTF8_REPLACEMENT || utf8_unsafe(cp))
			continue;
		buf_add(&b, msg + i, n);
	}
	buf_adds(&b, "\033\\");
	return buf_detach(&b);
}

int
model_notify_run(const char *prog, const char *msg)
{
	char *argv[3];
	pid_t pid;
	int st, nul;

	if (prog == NULL || *prog == '\0')
		return -1;
	/* Built before fork: the children only make async-signal-safe
	 * calls. */
	argv[0] = (char *)prog;
	argv[1] = (char *)msg;
	argv[2] = NULL;
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		/* The middle child exits at once; the grandchild runs the
		 * program, adopted by init, so nobody has to reap it. */
		if (fork() != 0)
			_exit(0);
		setsid();
		if ((nul = open("/dev/null", O_RDWR)) != -1) {
			dup2(nul, STDIN_FILENO);
			dup2(nul, STDOUT_FILENO);
			dup2(nul, STDERR_FILENO);
		}
		signal(SIGPIPE, SIG_DFL);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1) {
		if (errno != EINTR)
			return -1;
	}
	return 0;
}
