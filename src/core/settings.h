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

/* Splits a line of the config file in place into at most max words
 * (NUL-terminated, in argv): blanks part them, a "quoted" word may hold
 * blanks (its quotes dropped), a '#' before a word ends the line. Returns
 * how many, or -1 when there are more than max. */
int settings_split(char *line, char **argv, int max);

/* Calls fn with the name and value of each `set NAME VALUE` line of the
 * config file, in order (a "quoted" value may hold spaces; '#' starts a
 * comment), reading it once; fn returns nonzero to stop. Returns 0, or
 * what fn returned to stop. No file is no line. */
typedef int (*settings_fn)(const char *name, const char *value, void *ctx);
int settings_each(settings_fn fn, void *ctx);

#endif
