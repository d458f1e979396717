/* editor.h -- the note editor: a popup over the reader with a small
 * multi-line editor for one note. Its state is private; the text goes to
 * the save function of whoever opened it. */
#ifndef GLOSS_TUI_EDITOR_H
#define GLOSS_TUI_EDITOR_H

#include <stddef.h>
#include <stdint.h>

#include "app.h"

/* Takes the text on Enter: a note's new body (note_id > 0) or a new note
 * on [start, end) of the open article. Returns the reaction. */
typedef int (*editor_save_fn)(struct app *a, int64_t note_id, size_t start, size_t end, const char *body);

/* Opens the editor on a note (note_id > 0, its body) or a new note on
 * [start, end). Returns the reaction. */
int editor_open(struct app *a, int64_t note_id, size_t start, size_t end, const char *body, editor_save_fn save);
/* 1 while it is open. */
int editor_active(void);
/* A key for the open editor; the reaction. */
int editor_key(struct app *a, int key);
/* Places the popup over the reader (after a layout change). */
void editor_layout(struct app *a);
/* Draws the popup (after the panes: it lies over them). */
void editor_draw(struct app *a);
/* `set dictionary NAME` (NULL: the locale's): used from the next note on. */
void editor_set_dict(const char *name);
/* Frees the editor, its dictionary and the session's notes (at the end). */
void editor_free_all(void);

#endif
