/* label.h -- how an entity key reads to a person.
 *
 * Keys are the engine's normal forms ("antony j. blinken", "2013-06-06",
 * "XXXX-06-06", "XXXX-WXX-1"); where no mention as written is at hand,
 * the panes show this instead: names with capitals, dates in words of the
 * locale ("6 June 2013", "6 June", "Monday"). Also the words for a
 * highlight type and an undone operation. Curses-free. */
#ifndef GLOSS_TUI_LABEL_H
#define GLOSS_TUI_LABEL_H

#include <stddef.h>

#include "hl.h"

/* Writes the label of key (of type, an enum hl_type or -1) into buf
 * (size > 0 bytes, always terminated) and returns buf. */
const char *label_of(int type, const char *key, char *buf, size_t size);
/* The name of a highlight type (an enum hl_type) in the user's language
 * ("PERSON"), or "" for none. */
const char *label_type(int type);
/* What an undoable operation (an OPS_NOTE_* name or OPS_PASSAGE of ops.h) did, in the
 * user's language ("the note's edit"); an op it does not know reads as
 * its name. */
const char *label_op(const char *op);

#endif
