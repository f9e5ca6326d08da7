/* i18n: _() and N_() over gettext, plain strings when NLS is off. */
#ifndef TIDINGS_BASE_I18N_H
#define TIDINGS_BASE_I18N_H

#include "config.h"

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#define P_(one, many, n) ngettext(one, many, n)
#else
#define _(s) (s)
#define P_(one, many, n) ((n) == 1 ? (one) : (many))
#endif
#define N_(s) (s)

#endif
