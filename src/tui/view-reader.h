/* view-reader.h -- the reading pane (view.h): the open article laid out
 * in rows, scrolled, drawn with its highlights, notes, matches and the
 * cursor. What moves the cursor is cursor.h's. */
#ifndef GLOSS_TUI_VIEW_READER_H
#define GLOSS_TUI_VIEW_READER_H

#include "app.h"

extern const struct view_ops view_reader_ops;

#endif
