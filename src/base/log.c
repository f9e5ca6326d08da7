/* log: the dispatcher behind log_*() and fatal(). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/log.h"

static void log_stderr(enum log_level, const char *, void *);

static log_dispatch_fn	 log_fn = log_stderr;
static void		*log_arg;
static enum log_level	 log_max = LOG_INFO;
static const char	*log_name = "tidings";
static void		(*log_fatal_hook)(void);
static FILE		*log_file;
static enum log_level	 log_file_max;
static FILE		*log_errfile;	/* errors and warnings */

static void
log_stderr(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)arg;
	fprintf(stderr, "%s: %s\n", log_name, msg);
}

void
log_set_dispatcher(log_dispatch_fn fn, void *arg)
{
	log_fn = fn != NULL ? fn : log_stderr;
	log_arg = arg;
}

log_dispatch_fn
log_get_dispatcher(void **arg)
{
	*arg = log_arg;
	return log_fn == log_stderr ? NULL : log_fn;
}

void
log_set_level(enum log_level max)
{
	log_max = max;
}

void
log_set_file(FILE *f, enum log_level max)
{
	log_file = f;
	log_file_max = max;
}

void
log_set_error_file(FILE *f)
{
	log_errfile = f;
}

/* One line of the log file: "2026-12-02T07:30:00Z warn: msg". */
static void
log_to_file(FILE *f, enum log_level level, const char *msg)
{
	static const char *const names[] = { "error", "warn", "info",
	    "debug" };
	char when[32];
	time_t now = time(NULL);
	struct tm tm;

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		when[0] = '\0';
	fprintf(f, "%s %s: %s\n", when, names[level], msg);
	fflush(f);
}

void
log_set_progname(const char *name)
{
	const char *slash = strrchr(name, '/');

	log_name = slash != NULL ? slash + 1 : name;
}

const char *
log_progname(void)
{
	return log_name;
}

void
log_set_fatal_hook(void (*hook)(void))
{
	log_fatal_hook = hook;
}

void
log_msg(enum log_level level, const char *fmt, va_list ap)
{
	char buf[2048];

	if (level > log_max && (log_file == NULL || level > log_file_max) &&
	    (log_errfile == NULL || level > LOG_WARN))
		return;
	vsnprintf(buf, sizeof buf, fmt, ap);
	if (log_file != NULL && level <= log_file_max)
		log_to_file(log_file, level, buf);
	if (log_errfile != NULL && level <= LOG_WARN)
		log_to_file(log_errfile, level, buf);
	if (level <= log_max)
		log_fn(level, buf, log_arg);
}

#define LOG_FN(name, level)				\
void							\
name(const char *fmt, ...)				\
{							\
	va_list ap;					\
	va_start(ap, fmt);				\
	log_msg(level, fmt, ap);			\
	va_end(ap);					\
}
LOG_FN(log_error, LOG_ERROR)
LOG_FN(log_warn, LOG_WARN)
LOG_FN(log_info, LOG_INFO)
LOG_FN(log_debug, LOG_DEBUG)

static void __attribute__((noreturn, format(printf, 1, 0)))
fatal_exit(const char *fmt, va_list ap, const char *why)
{
	char buf[2048];

	if (log_fatal_hook != NULL)
		log_fatal_hook();
	vsnprintf(buf, sizeof buf, fmt, ap);
	if (why != NULL)
		fprintf(stderr, "%s: fatal: %s: %s\n", log_name, buf, why);
	else
		fprintf(stderr, "%s: fatal: %s\n", log_name, buf);
	exit(3);
}

void
fatal(const char *fmt, ...)
{
	va_list ap;
	const char *why = strerror(errno);

	va_start(ap, fmt);
	fatal_exit(fmt, ap, why);
	/* cppcheck-suppress va_end_missing ; fatal_exit() does not return */
}

void
fatalx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fatal_exit(fmt, ap, NULL);
	/* cppcheck-suppress va_end_missing ; fatal_exit() does not return */
}
