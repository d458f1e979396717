/* view-mentions.h -- the mentions pane (view.h) and its action. */
#ifndef GLOSS_TUI_VIEW_MENTIONS_H
#define GLOSS_TUI_VIEW_MENTIONS_H

#include "app.h"

extern const struct view_ops view_mentions_ops;

/* m lists every mention of the entity across the library. */
int mentions_show(struct app *a, const struct action *act);

#endif
