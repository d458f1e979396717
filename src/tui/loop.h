/* loop.h -- keys in, actions, one repaint per round. */
#ifndef GLOSS_TUI_LOOP_H
#define GLOSS_TUI_LOOP_H

#include "app.h"

/* Runs until an action quits (returns 0) or a signal handler set
 * tui_signal (returns 128 + the signal's number). */
int loop_run(struct app *a);

#endif
