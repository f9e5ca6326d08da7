/*
 * base: the bottom layer.  libc only; every other module may include it and
 * it includes nothing of the project's.
 */
#ifndef TIDINGS_BASE_LIB_H
#define TIDINGS_BASE_LIB_H

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "base/log.h"
#include "base/buf.h"
#include "base/paths.h"
#include "base/file.h"
#include "base/clock.h"
#include "base/pool.h"

#endif
