/*
 * config-int: what config.c shares with the other config-*.c files (the
 * newsboat directives and tables).  Private to src/conf.
 */
#ifndef TIDINGS_CONF_CONFIG_INT_H
#define TIDINGS_CONF_CONFIG_INT_H

#include "conf/config.h"

#define CONFIG_MAX_WORDS	32
#define CONFIG_MAX_PROBLEMS	1000
#define CONFIG_MAX_MACROS	256

struct words {
	char	*w[CONFIG_MAX_WORDS];
	int	 n;
};

/* Split a line into words; 0, or -1 with *err (owned) set. */
int	 config_split(const char *line, struct words *ws, char **err);
void	 config_words_free(struct words *ws);
/* log_warn("name:line: ...") and keep it in c->problems (c may be NULL). */
void	 config_warn(struct config *c, const char *name, unsigned line,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A copy (owned) safe for a message: controls become '?', at most 64
   bytes. */
char	*config_printable(const char *s);
/* Add one binding (action NULL = unbind); 0 or -1 (warned). */
int	 config_add_binding(struct config *c, const char *key, int code,
	     const char *action, const char *context, const char *name,
	     unsigned line);

/*
 * config-newsboat.c: every newsboat config command and what tidings does
 * with it.  NB_TAKEN: an option or directive of the same name; NB_ALIAS:
 * the option arg; NB_FIXED: only the value arg (else why); NB_INERT:
 * parsed and kept, no effect yet; NB_NOT: refused, why; NB_PENDING: comes
 * with branch arg; NB_SYNC: a sync-service setting.
 */
enum config_nb_kind { NB_TAKEN, NB_ALIAS, NB_FIXED, NB_INERT, NB_NOT,
	NB_PENDING, NB_SYNC };

struct config_nb {
	const char		*name;
	enum config_nb_kind	 kind;
	const char		*arg;
	const char		*why;	/* N_() text */
};

extern const struct config_nb config_nb_table[];
extern const size_t config_nb_table_size;

const struct config_nb *config_newsboat_find(const char *command);
int	 config_newsboat_fixed(struct config *c, const struct config_nb *e,
	     struct words *ws, const char *name, unsigned line);

/* config-directive.c: newsboat's directives that are not options. */
int	 config_include(struct config *c, struct words *ws, const char *name,
	     unsigned line);
int	 config_macro(struct config *c, struct words *ws, const char *name,
	     unsigned line);
int	 config_bind(struct config *c, struct words *ws, const char *name,
	     unsigned line);
int	 config_startup(struct config *c, struct words *ws, const char *name,
	     unsigned line);
int	 config_reset_unread(struct config *c, struct words *ws,
	     const char *name, unsigned line);
/* A newsboat setting tidings does not take: the reason (static, to be
   translated), else NULL. */
const char *config_newsboat_reason(const char *command);
/* A newsboat name for a tidings option ("keep-articles-days" ->
   "max-age"), else NULL. */
const char *config_newsboat_alias(const char *command);
void	 config_macros_free(struct config *c);
void	 config_macro_clear(struct config_macro *m);
/* Read and parse a file that must exist; the lines reported, or -1. */
int	 config_load_file(const char *path, struct config *c);
/* The include stack (real paths); -1 with errno ELOOP for a file
   already being read, EMLINK when too deep, else realpath's. */
int	 config_include_push(const char *path);
void	 config_include_pop(void);

#endif
