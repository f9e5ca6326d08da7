/*
 * paths: where tidings keeps its files, after the XDG base directory spec:
 *   $XDG_CONFIG_HOME/tidings/{urls,config}   (default ~/.config)
 *   $XDG_DATA_HOME/tidings/cache.db          (default ~/.local/share)
 *   $XDG_CACHE_HOME/tidings/images/          (default ~/.cache)
 * Strings returned are the caller's to free().
 */
#ifndef TIDINGS_BASE_PATHS_H
#define TIDINGS_BASE_PATHS_H

#include <stddef.h>

/* The config and data folders of tidings (not created). NULL when neither
 * the XDG variable nor $HOME is set. */
char	*paths_config_dir(void);
char	*paths_data_dir(void);
char	*paths_cache_dir(void);
/* dir/name; caller frees. */
char	*paths_join(const char *dir, const char *name);
/* path with a leading "~/" (or "~" alone) as $HOME; caller frees. */
char	*paths_expand_home(const char *path);
/* mkdir -p with mode 0700 for every component created. 0 or -1 (errno set). */
int	 paths_mkdir_p(const char *dir);
/* Create the parent folder of file (0700). 0 or -1 with errno. */
int	 paths_mkparent(const char *file);
/* Where the demo feeds are installed (or TIDINGS_DATADIR when set). */
const char *paths_pkgdata_dir(void);

#endif
