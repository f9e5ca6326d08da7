/*
 * log: error reporting through a swappable dispatcher (after neomutt's
 * MuttLogger).  Lower layers report here and never print themselves; the
 * CLI installs a stderr dispatcher, the TUI one that writes the status line,
 * tests a capturing one.
 */
#ifndef TIDINGS_BASE_LOG_H
#define TIDINGS_BASE_LOG_H

#include <stdarg.h>
#include <stdio.h>

enum log_level { LOG_ERROR, LOG_WARN, LOG_INFO, LOG_DEBUG };

/* A dispatcher gets one formatted message with no trailing newline. */
typedef void (*log_dispatch_fn)(enum log_level level, const char *msg, void *arg);

/* Install a dispatcher; NULL restores the default (stderr). */
void log_set_dispatcher(log_dispatch_fn fn, void *arg);
/* The dispatcher installed (NULL: the default) and its arg, to put back
 * after catching a few messages with another. */
log_dispatch_fn log_get_dispatcher(void **arg);
/* Messages above this level are dropped (default LOG_INFO). */
void log_set_level(enum log_level max);
/* Also append every message up to max to f, one a line after the UTC
 * time and the level, whatever the level and dispatcher above say
 * (-d/--log-file); NULL stops.  f stays the caller's. */
void log_set_file(FILE *f, enum log_level max);
/* Also append every error and warning to f, in log_set_file's form
 * (newsboat's error-log); NULL stops.  f stays the caller's. */
void log_set_error_file(FILE *f);
/* Program name used as the stderr prefix ("tidings: ..."). */
void log_set_progname(const char *name);
const char *log_progname(void);

void log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_msg(enum log_level level, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Run before a fatal exit, e.g. to restore the terminal (set by the TUI). */
void log_set_fatal_hook(void (*hook)(void));
/* For impossible states: report and exit(3).  fatal() appends strerror(errno). */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void fatalx(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
