/* correct.h -- `c`: tell the highlight engine what a text is. */
#ifndef GLOSS_TUI_CORRECT_H
#define GLOSS_TUI_CORRECT_H

#include "app.h"

/* Asks what the selection, or the entity under the cursor (or selected in
 * the entities or mentions pane), always is: a person, a place or a date,
 * or never highlighted; or to forget the correction. Stores it as `gloss
 * entity set/ignore/forget` does, and shows the article again with it. */
int correct_ask(struct app *a, const struct action *act);
/* T: cycles the type of the one mention under the cursor (or of the
 * selected passage): person, place, date, none, then the engine's own
 * again; stored as `gloss entity set --at` does (ops_passage_set) and
 * shown at once. */
int correct_cycle(struct app *a, const struct action *act);
/* Frees what a pending question kept (at the end). */
void correct_free_all(void);

#endif
