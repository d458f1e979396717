/* view-entities.h -- the entities pane (view.h) and its actions. */
#ifndef GLOSS_TUI_VIEW_ENTITIES_H
#define GLOSS_TUI_VIEW_ENTITIES_H

#include "app.h"

extern const struct view_ops view_entities_ops;

/* E shows (or closes) the pane; s sorts it by count or by appearance. */
int entities_toggle(struct app *a, const struct action *act);
int entities_sort(struct app *a, const struct action *act);

#endif
