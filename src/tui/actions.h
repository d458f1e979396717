/* actions.h -- the action table of the interface (actions.c). */
#ifndef GLOSS_TUI_ACTIONS_H
#define GLOSS_TUI_ACTIONS_H

#include "app.h"

/* Hands the table to the key bindings (keymap_init) with the curses key
 * codes; before the config file is read. */
void actions_init(const struct keymap_codes *codes);

#endif
