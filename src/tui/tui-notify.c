/*
 * tui-notify: newsboat's reload notifications in the interface.  A
 * reload started here carries tui_notify_done as its on_done hook when a
 * notify-* setting asks for anything; the hook runs in the main loop
 * (reload_end), so the escapes can go straight to the terminal between
 * two screen updates: they move no cursor.  The text and the program are
 * model/notify.h's.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "conf/config.h"
#include "model/notify.h"
#include "model/reload.h"
#include "tui/tui-int.h"

static void	tui_notify_done(void *arg, const struct reload_summary *s,
		    char *const *names, size_t n);
static void	tui_notify_write(int screen, const char *msg);

void
tui_notify_opts(struct reload_opts *o)
{
	const struct config *c = tui.set.cfg;

	if ((c->notify_program != NULL && *c->notify_program != '\0') ||
	    c->notify_beep || c->notify_xterm || c->notify_screen) {
		o->on_done = tui_notify_done;
		o->done_arg = NULL;
	}
}

static void
tui_notify_write(int screen, const char *msg)
{
	char *esc = model_notify_escape(screen, msg);

	if (write(STDOUT_FILENO, esc, strlen(esc)) < 0) {
		/* the terminal is gone: nothing to tell */
	}
	free(esc);
}

static void
tui_notify_done(void *arg, const struct reload_summary *s,
    char *const *names, size_t n)
{
	const struct config *c = tui.set.cfg;
	char *msg, *prog;

	(void)arg;
	if (!model_notify_due(s, c->notify_always))
		return;
	msg = model_notify_text(c->notify_format, s, names, n);
	if (c->notify_program != NULL && *c->notify_program != '\0') {
		prog = paths_expand_home(c->notify_program);
		if (model_notify_run(prog, msg) != 0)
			log_warn(_("cannot run the notify-program %s"), prog);
		free(prog);
	}
	/* ncurses has written its frame: the escape comes after it */
	refresh();
	if (c->notify_xterm)
		tui_notify_write(0, msg);
	if (c->notify_screen)
		tui_notify_write(1, msg);
	if (c->notify_beep)
		beep();
	free(msg);
}
