/* config.h -- $XDG_CONFIG_HOME/gloss/config and the `:` command line. */
#ifndef GLOSS_TUI_CONFIG_H
#define GLOSS_TUI_CONFIG_H

#include "app.h"

/* One line of the config file, or of `:` (interactive, where tag, untag,
 * filter, export and an action's name work too). Returns the reaction, or
 * -1 with a message in *why (caller frees). */
int config_line(struct app *a, const char *line, int interactive, char **why);
/* A `:` line: its reaction, or R_STATUS with the error shown. */
int config_command(struct app *a, const char *line);
/* Reads the config file; a bad line is shown with its number and skipped. */
void config_load(struct app *a);

#endif
