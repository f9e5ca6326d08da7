/* i18n: _() and N_() over gettext, plain strings when NLS is off. */
#ifndef TIDINGS_BASE_I18N_H
#define TIDINGS_BASE_I18N_H

#include "config.h"

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#endif
#define N_(s) (s)

#endif
