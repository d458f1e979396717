/* layout.h -- where the panes go. */
#ifndef GLOSS_TUI_LAYOUT_H
#define GLOSS_TUI_LAYOUT_H

#include "app.h"

/* Makes every pane's window anew from LINES and COLS and tells the views
 * their sizes. */
void layout_apply(struct app *a);
/* Does the layout depend on a focus that has changed since layout_apply?
 * (On a narrow wide screen with a side pane, the list shows only while
 * it has the focus.) */
int layout_stale(const struct app *a);
/* Deletes the windows (at the end). */
void layout_free(struct app *a);
/* The view shown at screen position y, x: 1 with *v and the row and
 * column in its pane, or 0 (the status line, a separator). */
int layout_at(struct app *a, int y, int x, enum view_id *v, int *row, int *col);

#endif
