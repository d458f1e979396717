/* cursor.h -- the actions of the reading cursor (keymap.h rows). */
#ifndef GLOSS_TUI_CURSOR_H
#define GLOSS_TUI_CURSOR_H

#include "app.h"

/* The arg of cursor_motion's rows. */
enum {
	CURSOR_NEXT_WORD,
	CURSOR_PREV_WORD,
	CURSOR_NEXT_SENTENCE,
	CURSOR_PREV_SENTENCE,
	CURSOR_NEXT_PARAGRAPH,
	CURSOR_PREV_PARAGRAPH,
};

/* A word, sentence or paragraph on or back (act->arg); the search prompt;
 * the next match, highlight or mention of the entity under the cursor
 * (act->arg 1) or the previous (-1); v starts or ends a selection. */
int cursor_motion(struct app *a, const struct action *act);
int cursor_search(struct app *a, const struct action *act);
int cursor_search_step(struct app *a, const struct action *act);
int cursor_entity_step(struct app *a, const struct action *act);
int cursor_mention_step(struct app *a, const struct action *act);
int cursor_select(struct app *a, const struct action *act);

#endif
