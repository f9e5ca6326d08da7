/*
 * notify: what a front end needs to tell the user that a reload brought
 * new articles, as newsboat's notify-* settings do.  The text comes from
 * notify-format (pure: model_notify_text); the program gets it as its one
 * argument through exec (model_notify_run), never a shell; the terminal
 * escapes (model_notify_escape) carry it stripped of every control.  The
 * front ends decide where the escapes and the beep go (the terminal
 * only).  Depends on base/ only.
 */
#ifndef TIDINGS_MODEL_NOTIFY_H
#define TIDINGS_MODEL_NOTIFY_H

#include <stddef.h>

struct reload_summary;

/* newsboat's rule: notify when the reload raised the unread count of
 * articles or feeds, or always. */
int	 model_notify_due(const struct reload_summary *s, int always);
/* fmt with %d (new unread articles), %n (unread articles), %f (feeds with
 * unread articles), %D (feeds that became unread), %t (the names of the
 * feeds with new articles, ", " between), %% (a percent sign); any other
 * %x stays as written.  Caller frees. */
char	*model_notify_text(const char *fmt, const struct reload_summary *s,
	     char *const *names, size_t nnames);
/* The escape that shows msg: xterm's window title (screen 0: OSC 2) or a
 * screen/tmux privacy message (screen 1: ESC ^ ... ESC \), msg without
 * controls, escapes, bidi controls or invalid UTF-8.  Caller frees. */
char	*model_notify_escape(int screen, const char *msg);
/* Start prog (a path, or a name looked up in PATH) with msg as argv[1],
 * stdin, stdout and stderr on /dev/null, without waiting for it (it is
 * left to init, so no zombie stays).  0, or -1 when it could not start. */
int	 model_notify_run(const char *prog, const char *msg);

#endif
