/*
 * tui: the terminal, the main loop and the view stack.
 *
 * tui_run takes the terminal (newterm), installs the status-line log
 * dispatcher, the fatal hook and the crash-signal handlers that give the
 * terminal back, then loops: draw the top view, wait for a key (with a
 * short timeout while a reload runs, so reload_poll advances between
 * keystrokes), map it through the key table and hand the action to the
 * top view, then to the stack-wide handler here.  SIGWINCH arrives as
 * KEY_RESIZE (ncurses' own handler) and relayouts on the next draw; ^Z is
 * ncurses' SIGTSTP handling (cbreak keeps the signal keys), which restores
 * the screen on resume.
 */
#include "config.h"

#include <curses.h>
#include <term.h>
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "conf/config.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

#define TUI_MIN_COLS	40
#define TUI_MIN_ROWS	10

struct tui tui;

static volatile sig_atomic_t tui_stop;
static int	tui_active;

static void	tui_log(enum log_level level, const char *msg, void *arg);
static void	tui_restore(void);
static void	tui_crash(int sig);
static void	tui_term(int sig);
static void	tui_signals(void);
static void	tui_draw_small(void);
static void	tui_hints(struct buf *b);
static void	tui_handle(int code);
static void	tui_mouse(void);
static void	tui_wheel(int delta);

/* Restore the terminal; safe to call more than once. */
static void
tui_restore(void)
{
	if (tui_active) {
		tui_active = 0;
		endwin();
	}
}

/* A crash: give the terminal back first, then die of the same signal so
 * the exit status and core dump stay honest. */
static void
tui_crash(int sig)
{
	static const char msg[] = "tidings: crashed; terminal restored\n";

	if (tui_active) {
		tui_active = 0;
		endwin();
	}
	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
		/* nothing more to do */
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
tui_term(int sig)
{
	(void)sig;
	tui_stop = 1;
}

static void
tui_signals(void)
{
	static const int crash[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL,
	    SIGABRT };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = tui_crash;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof crash / sizeof crash[0]; i++)
		sigaction(crash[i], &sa, NULL);
	sa.sa_handler = tui_term;
	sa.sa_flags = 0;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* The log dispatcher while the screen is ours: the message line. */
static void
tui_log(enum log_level level, const char *msg, void *arg)
{
	(void)arg;
	if (level == LOG_DEBUG)
		return;
	free(tui.msg);
	tui.msg = xstrdup(msg);
	tui.msg_error = level <= LOG_WARN;
}

void
tui_message(int error, const char *fmt, ...)
{
	va_list ap;

	free(tui.msg);
	va_start(ap, fmt);
	tui.msg = xvasprintf(fmt, ap);
	va_end(ap);
	tui.msg_error = error;
}

int
tui_stopping(void)
{
	return tui_stop != 0;
}

/* A model action's result: 1 when done; else 0, with the reason the model
 * logged kept on the message line as an error. */
int
tui_done(int rc)
{
	char *why;

	if (rc == 0)
		return 1;
	why = tui.msg != NULL ? xstrdup(tui.msg) :
	    xstrdup(_("the cache could not be written"));
	tui_message(1, _("Not saved: %s"), why);
	free(why);
	return 0;
}

void
tui_push(struct view *v)
{
	v->below = tui.top;
	tui.top = v;
}

void
tui_pop(void)
{
	struct view *v = tui.top;

	if (v == NULL)
		return;
	tui.top = v->below;
	v->ops->free(v);
	free(v);
	if (tui.top != NULL && tui.top->ops->changed != NULL)
		tui.top->ops->changed(tui.top);
}

void
tui_sort_query(struct model_query *q)
{
	int order = tui.set.cfg->article_sort_order, asc;

	if (config_sort_by_title(order, &asc)) {
		q->by_title = 1;
		q->oldest_first = asc;
	} else
		q->oldest_first = config_sort_oldest_first(order);
}

/* The first body row: 1 under the title bar, 0 without it
 * (show-title-bar no). */
int
tui_body_top(void)
{
	return tui.set.cfg == NULL || tui.set.cfg->show_title_bar;
}

int
tui_body_rows(void)
{
	int rows = LINES - tui_body_top() - 1 -
	    (tui.set.cfg == NULL || tui.set.cfg->show_keymap_hint);

	return rows > 0 ? rows : 0;
}

void
tui_redraw_all(void)
{
	clearok(curscr, TRUE);
}

/* The bottom bar: the main actions of the top view with their keys as
 * bound now. */
static void
tui_hints(struct buf *b)
{
	static const enum action feeds[] = { A_BACK, A_OPEN, A_NEXT_UNREAD,
	    A_RELOAD_ALL, A_MARK_FEED_READ, A_SEARCH, A_HELP };
	static const enum action article[] = { A_BACK, A_BROWSER,
	    A_NEXT_UNREAD, A_STAR, A_NEXT_QUOTE, A_QUOTES, A_HELP };
	static const enum action simple[] = { A_BACK, A_OPEN, A_HELP };
	static const enum action other[] = { A_BACK, A_OPEN, A_NEXT_UNREAD,
	    A_TOGGLE_READ, A_STAR, A_MARK_FEED_READ, A_SEARCH, A_HELP };
	static const char *names[A_COUNT];
	const enum action *acts = other;
	const char *ctx = tui.top->ops->name;
	size_t n = sizeof other / sizeof other[0], i;
	char *k, *comma;

	names[A_BACK] = _("Quit");
	names[A_OPEN] = _("Open");
	names[A_NEXT_UNREAD] = _("Next Unread");
	names[A_RELOAD] = _("Reload");
	names[A_RELOAD_ALL] = _("Reload All");
	names[A_MARK_FEED_READ] = _("Mark Read");
	names[A_SEARCH] = _("Search");
	names[A_HELP] = _("Help");
	names[A_BROWSER] = _("Browser");
	names[A_STAR] = _("Star");
	names[A_TOGGLE_READ] = _("Toggle Read");
	names[A_NEXT_QUOTE] = _("Next Quote");
	names[A_QUOTES] = _("Quotes");
	if (strcmp(ctx, "feedlist") == 0) {
		acts = feeds;
		n = sizeof feeds / sizeof feeds[0];
	} else if (strcmp(ctx, "article") == 0) {
		acts = article;
		n = sizeof article / sizeof article[0];
	} else if (strcmp(ctx, "quotes") == 0 || strcmp(ctx, "help") == 0) {
		acts = simple;
		n = sizeof simple / sizeof simple[0];
	}
	for (i = 0; i < n; i++) {
		k = keys_for(&tui.set, acts[i], ctx);
		if (*k != '\0') {
			if ((comma = strchr(k, ',')) != NULL)
				*comma = '\0';
			buf_printf(b, "%s:%s ", k, names[acts[i]]);
		}
		free(k);
	}
}

static void
tui_draw_small(void)
{
	const char *l1 = _("Terminal too small");
	char l2[64];
	int y = LINES / 2 - 1;

	erase();
	snprintf(l2, sizeof l2, _("need %dx%d, have %dx%d"), TUI_MIN_COLS,
	    TUI_MIN_ROWS, COLS, LINES);
	if (y < 0)
		y = 0;
	text_put(y, 0, COLS, l1, A_BOLD, 0);
	if (y + 1 < LINES)
		text_put(y + 1, 0, COLS, l2, A_NORMAL, 0);
	refresh();
}

void
tui_draw(void)
{
	struct buf b = BUF_INIT;
	struct view *v;
	size_t i;

	if (tui.top == NULL)	/* no view yet: nothing to draw */
		return;
	if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS) {
		tui_draw_small();
		return;
	}
	if (tui.dirty) {
		for (v = tui.top; v != NULL; v = v->below) {
			if (v->ops->changed != NULL)
				v->ops->changed(v);
		}
		tui.dirty = 0;
	}
	erase();
	if (tui_body_top() > 0) {
		struct buf t = BUF_INIT;

		/* a title format says all of it (%N %V) */
		tui.title_formatted = 0;
		buf_adds(&t, "");
		tui.top->ops->title(tui.top, &t);
		if (!tui.title_formatted)
			buf_printf(&b, "tidings %s - ", PACKAGE_VERSION);
		buf_adds(&b, buf_str(&t));
		buf_free(&t);
		text_put(0, 0, COLS, buf_str(&b), theme_attr(CE_INFO), 1);
		buf_reset(&b);
	}

	tui.top->ops->draw(tui.top, tui_body_top(), tui_body_rows(), COLS);

	if (tui.set.cfg->show_keymap_hint) {
		tui_hints(&b);
		text_put(LINES - 2, 0, COLS, buf_str(&b), theme_attr(CE_HINT),
		    1);
	}
	buf_free(&b);

	move(LINES - 1, 0);
	clrtoeol();
	if (tui.njobs > 0) {
		/* progress first; a message from the jobs after it */
		b = (struct buf)BUF_INIT;
		for (i = 0; i < tui.njobs; i++) {
			if (i > 0)
				buf_add(&b, "  ", 2);
			tui.jobs[i].ops->status(tui.jobs[i].arg, &b);
		}
		if (tui.msg != NULL)
			buf_printf(&b, "  %s", tui.msg);
		text_put(LINES - 1, 0, COLS, buf_str(&b), A_NORMAL, 0);
		buf_free(&b);
	} else if (tui.count > 0) {
		b = (struct buf)BUF_INIT;
		buf_printf(&b, _("Link: %d"), tui.count);
		text_put(LINES - 1, 0, COLS, buf_str(&b), A_NORMAL, 0);
		buf_free(&b);
	} else if (tui.msg != NULL) {
		text_put(LINES - 1, 0, COLS, tui.msg, tui.msg_error ?
		    theme_attr(CE_ERROR) : (int)A_NORMAL, 0);
	}
	refresh();
	tui_images_flush();
}

/* ":N" goes to row N of a list; ":name" runs an operation. */
static void
tui_cmdline(int first)
{
	char label[4] = ":", *line, *end;
	long n;

	if (first != 0) {
		/* cmd-one ..: the line starts with that digit */
		label[1] = (char)first;
		label[2] = '\0';
	}
	if ((line = tui_prompt(label)) == NULL)
		return;
	if (first != 0) {
		end = xasprintf("%c%s", first, line);
		free(line);
		line = end;
	}
	n = strtol(line, &end, 10);
	if (*line != '\0' && *end == '\0') {
		if (tui.top->list == NULL || n < 1 ||
		    (size_t)n > tui.top->list->n)
			tui_message(1, _("No line %s here"), line);
		else {
			list_goto(tui.top->list, (size_t)n - 1);
			tui.dirty = 1;
		}
	} else if (*line != '\0')
		keys_run_opstring(line);
	free(line);
}

void
tui_act(enum action a, int count)
{
	if (a >= A_URL_1 && a <= A_URL_10) {
		/* newsboat's one .. zero: in the article view (and the
		 * link list), the link of that number */
		if (!tui.top->ops->action(tui.top, A_OPEN,
		    (int)(a - A_URL_1) + 1))
			tui_message(1, "%s", _("No links here"));
		return;
	}
	if (a == A_CMDLINE) {
		tui_cmdline(0);
		return;
	}
	if (a == A_MACRO_PREFIX) {
		tui.macro_pending = 1;
		tui_message(0, "%s", _("Macro: press its key"));
		return;
	}
	if (!tui.top->ops->action(tui.top, a, count) && !tui_global(a))
		tui_message(1, _("%s does nothing here"), keys_action_name(a));
}

static void
tui_handle(int code)
{
	const char *ops;
	enum action a;

	if (tui.macro_pending) {
		tui.macro_pending = 0;
		free(tui.msg);
		tui.msg = NULL;
		if (code != CK_ESC)
			keys_run_macro(code);
		return;
	}
	a = keys_lookup(&tui.set, code, tui.top->ops->name);
	if (a == A_NONE && code >= '0' && code <= '9' &&
	    view_is_article(tui.top)) {
		if (tui.count < 100000)
			tui.count = tui.count * 10 + (code - '0');
		return;
	}
	if (a == A_NONE && code == CK_ESC) {
		tui.count = 0;
		return;
	}
	free(tui.msg);
	tui.msg = NULL;
	if (a == A_NONE) {
		tui.count = 0;
		tui_message(1, _("%s: no operation on this key here"),
		    config_key_name(code));
		return;
	}
	if (a == A_CMDLINE && code >= '1' && code <= '9') {
		/* newsboat's cmd-one ..: the digit starts ":N" */
		tui.count = 0;
		tui_cmdline(code);
		return;
	}
	if ((ops = keys_lookup_ops(&tui.set, code, tui.top->ops->name)) !=
	    NULL)
		keys_run_opstring(ops);
	else
		tui_act(a, tui.count);
	tui.count = 0;
}

/* The wheel scrolls a list without moving the selection off screen, and
 * scrolls other views line by line. */
static void
tui_wheel(int delta)
{
	int i;

	if (tui.top->list != NULL) {
		list_scroll(tui.top->list, delta);
		return;
	}
	for (i = 0; i < (delta < 0 ? -delta : delta); i++)
		tui.top->ops->action(tui.top, delta < 0 ? A_UP : A_DOWN, 0);
}

static void
tui_mouse(void)
{
	MEVENT ev;

	if (getmouse(&ev) != OK || tui.top == NULL)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		tui_wheel(-3);
		return;
	}
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED) {
		tui_wheel(3);
		return;
	}
#endif
	if (ev.y < tui_body_top() || ev.y >= tui_body_top() + tui_body_rows() ||
	    tui.top->ops->click == NULL)
		return;
	if (ev.bstate & BUTTON1_DOUBLE_CLICKED)
		tui.top->ops->click(tui.top, ev.y - tui_body_top(), 1);
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		tui.top->ops->click(tui.top, ev.y - tui_body_top(), 0);
}

int
tui_run(const struct tui_env *env)
{
	static struct config defaults;
	SCREEN *scr;
	wint_t wc;
	int r, code;
	char *smcup;

	memset(&tui, 0, sizeof tui);
	tui.env = env;
	tui.st = env->store;
	tui.urls = env->urls;
	if (env->config != NULL)
		tui.set.cfg = env->config;
	else {
		config_init(&defaults);
		tui.set.cfg = &defaults;
	}

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		log_error("%s", _("the interface needs a terminal"));
		return 1;
	}
	setlocale(LC_ALL, "");
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		log_error(_("cannot use the terminal (TERM=%s)"),
		    getenv("TERM") != NULL ? getenv("TERM") : "");
		return 1;
	}
	set_term(scr);
	tui_active = 1;
	log_set_fatal_hook(tui_restore);
	tui_signals();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	theme_init(tui.set.cfg);
	if (tui.set.cfg->mouse) {
		mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED |
		    BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		    | BUTTON5_PRESSED
#endif
		    , NULL);
	}
	log_set_dispatcher(tui_log, NULL);
	/* bind-key errs naming unknown actions land on the status line */
	keys_init(&tui.set, tui.set.cfg);

	tui.m = model_new(env->store, env->urls);
	model_set_prepopulate(tui.m, tui.set.cfg->prepopulate_query_feeds);
	tui_tidy_init();
	tui_push(view_feeds_new());
	if (env->sync_feeds) {
		/* paint what the cache knows, then catch up with the urls
		 * file: the sync writes every feed and is the slow part of
		 * a start on a big cache */
		tui_draw();
		if (tui.urls != NULL && reload_sync_feeds(tui.st, tui.urls) != 0)
			log_warn("%s", _("could not bring the cache in step "
			    "with the feed list"));
		tui.dirty = 1;
	}
	if (env->message != NULL) {
		int more = env->nwarnings - 1 + (tui.msg != NULL);

		char *k = keys_for(&tui.set, A_CONFIG_PROBLEMS, NULL);

		/* the line is cut at the window's width: the whole list of
		 * the config's problems is one key away */
		if (tui.set.cfg->nproblems > 0 && *k != '\0')
			tui_message(1, _("%s (%d in all: %s lists the config's)"),
			    env->message, more + 1, k);
		else if (more > 0)
			tui_message(1, _("%s (and %d more)"), env->message,
			    more);
		else
			tui_message(1, "%s", env->message);
		free(k);
	}
	if (tui.set.cfg->auto_reload)
		tui.next_auto = time(NULL) + 60 * (time_t)tui.set.cfg->reload_time;
	/* newsboat's auto-reload also reloads at start, unless
	 * suppress-first-reload */
	if (env->refresh_on_start || tui.set.cfg->refresh_on_startup ||
	    (tui.set.cfg->auto_reload && !tui.set.cfg->suppress_first_reload))
		tui_reload(0);
	if (tui.set.cfg->nstartup_ops > 0) {	/* run-on-startup */
		tui_draw();
		keys_run_ops(tui.set.cfg->startup_ops,
		    tui.set.cfg->nstartup_ops);
	}

	while (!tui.quit && !tui_stop) {
		if (tui.next_auto != 0 && !tui_reload_running() &&
		    time(NULL) >= tui.next_auto) {
			tui.next_auto = 0;
			tui_reload(0);
		}
		tui_jobs_poll();
		tui_draw();
		timeout(tui.njobs > 0 ? 50 : 1000);
		r = get_wch(&wc);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE)
			continue;
		if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS) {
			/* only going back and quitting make sense unseen */
			code = tui_key_code(r, wc);
			switch (keys_lookup(&tui.set, code, tui.top->ops->name)) {
			case A_QUIT:
				tui.quit = 1;
				break;
			case A_BACK:
				if (tui.top->below == NULL)
					tui.quit = 1;
				else
					tui_pop();
				break;
			default:
				break;
			}
			continue;
		}
		if (r == KEY_CODE_YES && wc == KEY_MOUSE) {
			tui_mouse();
			continue;
		}
		if ((code = tui_key_code(r, wc)) == -1)
			continue;
		tui_handle(code);
	}

	tui_jobs_end();
	tui_images_end();
	while (tui.top != NULL) {
		struct view *v = tui.top;

		tui.top = v->below;
		v->ops->free(v);
		free(v);
	}
	/* without an alternate screen (vt100, linux) the UI would stay on
	 * the terminal under the shell's prompt */
	smcup = tigetstr("smcup");
	if (smcup == NULL || smcup == (char *)-1) {
		erase();
		refresh();
	}
	tui_restore();
	delscreen(scr);
	log_set_dispatcher(NULL, NULL);
	log_set_fatal_hook(NULL);
	free(tui.msg);
	tui_tidy_end();
	model_free(&tui.m);
	nav_end();
	if (env->config == NULL)
		config_free(&defaults);
	return 0;
}
