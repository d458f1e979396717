/* settings.h -- the config file as the commands read it.
 *
 * The interface reads every line of the config file (src/tui/config.c);
 * a command reads only the `set NAME VALUE` lines of the settings it
 * honours (fetching: fetch.h), with this. */
#ifndef GLOSS_SETTINGS_H
#define GLOSS_SETTINGS_H

/* The config file: $XDG_CONFIG_HOME/gloss/config (an absolute
 * XDG_CONFIG_HOME), else ~/.config/gloss/config; NULL when neither is
 * known. Caller frees. */
char *settings_path(void);

/* The value of the last `set NAME VALUE` line of the config file for
 * name (a "quoted" value may hold spaces; '#' starts a comment), or NULL
 * when there is none or no file. Caller frees. */
char *settings_get(const char *name);

#endif
