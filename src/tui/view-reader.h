/* view-reader.h -- the reading pane (view.h) and the actions of the
 * reading cursor. */
#ifndef GLOSS_TUI_VIEW_READER_H
#define GLOSS_TUI_VIEW_READER_H

#include "app.h"

extern const struct view_ops view_reader_ops;

/* The arg of reader_motion's rows. */
enum {
	READER_NEXT_WORD,
	READER_PREV_WORD,
	READER_NEXT_SENTENCE,
	READER_PREV_SENTENCE,
	READER_NEXT_PARAGRAPH,
	READER_PREV_PARAGRAPH,
};

/* Actions (keymap.h): a word, sentence or paragraph on (act->arg); the
 * search prompt; the next match, entity or mention (act->arg 1) or the
 * previous (-1); `v` starts or ends a selection. */
int reader_motion(struct app *a, const struct action *act);
int reader_search(struct app *a, const struct action *act);
int reader_search_step(struct app *a, const struct action *act);
int reader_entity_step(struct app *a, const struct action *act);
int reader_mention_step(struct app *a, const struct action *act);
int reader_select(struct app *a, const struct action *act);

#endif
