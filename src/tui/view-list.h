/* view-list.h -- the article list (view.h). */
#ifndef GLOSS_TUI_VIEW_LIST_H
#define GLOSS_TUI_VIEW_LIST_H

#include "app.h"

extern const struct view_ops view_list_ops;

#endif
