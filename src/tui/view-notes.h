/* view-notes.h -- the notes pane (view.h) and its action. */
#ifndef GLOSS_TUI_VIEW_NOTES_H
#define GLOSS_TUI_VIEW_NOTES_H

#include "app.h"

extern const struct view_ops view_notes_ops;

/* o shows (or closes) the notes of the open article. */
int notes_pane_toggle(struct app *a, const struct action *act);
/* D shows the deleted notes of the open article in the pane (u restores
 * one there), or its notes again. */
int notes_pane_deleted(struct app *a, const struct action *act);

#endif
