/* view-help.h -- the help screen (view.h) and its action. */
#ifndef GLOSS_TUI_VIEW_HELP_H
#define GLOSS_TUI_VIEW_HELP_H

#include "app.h"

extern const struct view_ops view_help_ops;

/* ? opens the help screen, or closes it. */
int help_toggle(struct app *a, const struct action *act);
/* :messages shows the session's messages (app.log) on the help screen. */
int help_messages(struct app *a, const struct action *act);

#endif
