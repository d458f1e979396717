/* view-list.h -- the article list (view.h). */
#ifndef GLOSS_TUI_VIEW_LIST_H
#define GLOSS_TUI_VIEW_LIST_H

#include "app.h"

extern const struct view_ops view_list_ops;

/* `/` in the list: selects the next title that holds pattern (the
 * selected one first), and `n` (dir 1) / `N` (dir -1) go on, round the
 * list. The reaction. */
int list_search(struct app *a, const char *pattern);
int list_search_step(struct app *a, int dir);

#endif
