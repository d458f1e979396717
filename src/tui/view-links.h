/* view-links.h -- the links pane (view.h) and its actions. */
#ifndef GLOSS_TUI_VIEW_LINKS_H
#define GLOSS_TUI_VIEW_LINKS_H

#include "app.h"

extern const struct view_ops view_links_ops;

/* f: the links of the open article in the side pane; again there closes it. */
int links_show(struct app *a, const struct action *act);
/* O: opens the selected (or open) article's source address. */
int links_open_source(struct app *a, const struct action *act);
/* y: the selected link's address to the terminal's clipboard (OSC 52),
 * when the config allows it (set osc52 on). */
int links_copy(struct app *a, const struct action *act);

#endif
