/* view-feeds.h -- the feeds pane (view.h) and its actions. */
#ifndef GLOSS_TUI_VIEW_FEEDS_H
#define GLOSS_TUI_VIEW_FEEDS_H

#include "app.h"

extern const struct view_ops view_feeds_ops;

/* F, :feeds: the feeds with their counts in the side pane; again there
 * closes it. */
int feeds_show(struct app *a, const struct action *act);
/* M in the feeds pane: every article of the selected feed read. */
int feeds_mark_read(struct app *a, const struct action *act);
/* C: every article of the library read, after a y. */
int feeds_mark_all_read(struct app *a, const struct action *act);
/* U: updates every feed; the loop steps the run (feeds_tick). */
int feeds_update(struct app *a, const struct action *act);
/* The run a step further, without waiting (each pass of the loop while
 * a->feeds_run); when it ends, the list is read again and a message says
 * what came. The reaction. */
int feeds_tick(struct app *a);
/* Esc while updating: stops the run (what was saved stays). */
int feeds_cancel(struct app *a);
/* The loop ends (quit, a signal): a run stops, before the library closes. */
void feeds_end(struct app *a);
/* No key for a while: starts an update when `set feed-interval` says one
 * is due. */
int feeds_idle(struct app *a);

#endif
