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

#endif
