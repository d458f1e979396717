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
/* Opens the editor on a draft kept from an earlier run (ops_draft_get):
 * body in the editor, orig what the note was before (so that Esc asks).
 * While the editor is open its text is kept in the sidecar as the draft
 * (at most once a second, and when no key came for half a second); Enter
 * or a deliberate discard forgets it. */
int editor_resume(struct app *a, int64_t note_id, size_t start, size_t end, const char *orig, const char *body,
		  editor_save_fn save);
/* No key for a while: keeps the text as the draft if it changed. */
void editor_idle(struct app *a);
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
