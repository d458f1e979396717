/* notes.h -- the actions on notes, tags and exports (keymap.h rows), and
 * what the `:tag` and `:export` commands call. Each works on the focused
 * view's item (view.h) and the open article's selection. */
#ifndef GLOSS_TUI_NOTES_H
#define GLOSS_TUI_NOTES_H

#include "app.h"

/* a: a note on the selection, or the note under the cursor, or the
 * sentence; t: tag (asks); d: delete the note; u: undo the last note
 * action (on a deleted note of the notes pane: restore it), C-r: redo
 * (act->arg 1); r: re-attach the note of the notes pane to the selection; x:
 * export (asks the format and the path). */
int notes_annotate(struct app *a, const struct action *act);
int notes_tag(struct app *a, const struct action *act);
int notes_delete(struct app *a, const struct action *act);
int notes_undo(struct app *a, const struct action *act);
/* At the start (after the panes are laid out): a note the editor was
 * writing when gloss last ended without saving it (a crash, a killed
 * terminal) is opened again in the editor, on its article. */
int notes_offer_draft(struct app *a);
int notes_reattach(struct app *a, const struct action *act);
int notes_export_ask(struct app *a, const struct action *act);

/* `:tag NAME` / `:untag NAME` on what t would apply to now. */
int notes_tag_now(struct app *a, const char *tag, int untag);
/* `:export FMT FILE`: the notes (of the filter's tag, if any) to path
 * (NULL: ./gloss-notes.EXT); an existing file only with force. */
int notes_export(struct app *a, const char *fmt, const char *path, int force);
/* Frees what a pending export kept (at the end). */
void notes_free_all(void);

#endif
