/* notes.c -- notes, tags and exports from the interface: what `a` `t` `d`
 * `u` `r` `x` and the `:tag` `:export` commands do (notes.h).
 *
 * Every change goes through the same ops as the command line (ops.h), so
 * the undo log, the sidecar and the exports cannot tell which front end
 * made a note. The notes of the open article are kept in app.open.notes,
 * re-anchored against the text as loaded, and read again after each op;
 * what an action applies to is the focused view's item (view.h). Nothing
 * here draws. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "editor.h"
#include "label.h"
#include "library.h"
#include "notes.h"
#include "prompt.h"
#include "util.h"

/* What `t` applies to, decided when its prompt opens. */
struct tag_target {
	int64_t note_id;          /* a note, or 0 */
	size_t start, end;        /* a selection without a note (start < end) */
	size_t entry;             /* else this article (index in app.ents), or SIZE_MAX */
};

static struct tag_target tag_target;
static enum export_format export_fmt;
static char *export_pending;  /* `x`: the path that exists, while y/n is asked */

/* The note an action means: the one selected in the notes pane when it
 * has the focus, else the one under the reading cursor. */
static const struct store_note *target_note(struct app *a)
{
	struct view_item it;
	if (a->focus == VIEW_NOTES) {
		if (!app_item(a, ITEM_NOTE, &it))
			return NULL;
		for (size_t k = 0; k < a->open.notes.n; k++)
			if (a->open.notes.v[k].id == it.note_id)
				return &a->open.notes.v[k];
		return NULL;
	}
	return a->open.doc ? app_note_at(a, a->open.cur) : NULL;
}

/* The note whose passage is exactly [s, e), if any. */
static const struct store_note *note_of_range(struct app *a, size_t s, size_t e)
{
	for (size_t k = 0; k < a->open.notes.n; k++)
		if (!a->open.notes.v[k].orphan && a->open.notes.v[k].start == s && a->open.notes.v[k].end == e)
			return &a->open.notes.v[k];
	return NULL;
}

static int after_change(struct app *a)
{
	app_notes_reload(a);
	return R_READER | R_SIDE | R_STATUS;
}

static int save_note(struct app *a, int64_t note_id, size_t start, size_t end, const char *body);

int notes_annotate(struct app *a, const struct action *act)
{
	(void)act;
	if (!a->open.doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	size_t s, e;
	if (app_selection(a, &s, &e)) {
		const struct store_note *n = note_of_range(a, s, e);
		if (n)
			return editor_open(a, n->id, 0, 0, n->body, save_note);
		return editor_open(a, 0, s, e, "", save_note);
	}
	const struct store_note *n = target_note(a);
	if (n)
		return editor_open(a, n->id, 0, 0, n->body, save_note);
	if (!app_sentence(a, &s, &e)) {
		app_msg(a, 1, _("Nothing to annotate here: move the cursor into the text or select with v"));
		return R_STATUS;
	}
	return editor_open(a, 0, s, e, "", save_note);
}

int notes_offer_draft(struct app *a)
{
	struct ops_draft d;
	if (!a->lib || ops_draft_get(a->lib, &d) <= 0)
		return R_NONE;
	size_t i = app_find(a, d.path);
	int react = R_NONE;
	if (i < a->nents && (!a->open.doc || a->open.entry != i))
		react |= app_open(a, i);
	const struct store_note *n = NULL;
	for (size_t k = 0; d.note_id && k < a->open.notes.n; k++)
		if (a->open.notes.v[k].id == d.note_id)
			n = &a->open.notes.v[k];
	if (i == a->nents || !a->open.doc || (d.note_id && !n) || (!d.note_id && (d.end <= d.start || d.end > a->open.doc->len))) {
		/* Its article or note is gone: the text is not, it stays kept. */
		/* The start of the text, cut between characters. */
		size_t cut = strlen(d.body);
		if (cut > 40)
			for (cut = 40; cut > 0 && (d.body[cut] & 0xc0) == 0x80; cut--)
				;
		app_msg(a, 1, _("A note written on %s (kept %s) has no place now; it is kept in the sidecar: %.*s"),
			d.path, d.at, (int)cut, d.body);
		ops_draft_free(&d);
		return react | R_STATUS;
	}
	react |= editor_resume(a, d.note_id, d.start, d.end, n ? n->body : "", d.body, save_note);
	app_msg(a, 0, _("Your unsaved note (kept %s) is back: Enter saves it, Esc asks"), d.at);
	ops_draft_free(&d);
	return react | R_STATUS;
}

/* The editor's Enter: the note's new body, or a new note. */
static int save_note(struct app *a, int64_t note_id, size_t start, size_t end, const char *body)
{
	struct entry *e = app_entry(a);
	if (!e)
		return R_STATUS;
	if (note_id) {
		if (ops_note_edit(a->lib, note_id, body) < 0)
			return app_error(a);
		app_msg(a, 0, _("Note saved"));
	} else {
		struct ops_note_spec spec = { start, end, NULL, body, NULL, 0 };
		int64_t id = ops_note_add(a->lib, e->path, app_article(a), &spec);
		if (id < 0)
			return app_error(a);
		app_msg(a, 0, _("Note added (u undoes)"));
		app_selection_clear(a);
	}
	return after_change(a);
}

int notes_delete(struct app *a, const struct action *act)
{
	(void)act;
	const struct store_note *n = target_note(a);
	if (!n) {
		app_msg(a, 1, _("No note under the cursor"));
		return R_STATUS;
	}
	if (ops_note_delete(a->lib, n->id) < 0) {
		return app_error(a);
	}
	app_msg(a, 0, _("Note deleted (u undoes)"));
	return after_change(a);
}

/* u on a deleted note of the notes pane (D): brings it back. */
static int restore(struct app *a, int64_t id)
{
	if (ops_note_restore(a->lib, id) < 0)
		return app_error(a);
	app_msg(a, 0, _("Note restored (D shows the notes, u there undoes)"));
	return after_change(a);
}

/* u and C-r (act->arg 1): undo or redo, then show what changed. */
int notes_undo(struct app *a, const struct action *act)
{
	int redo = act && act->arg == 1;
	struct view_item it;
	if (!redo && a->focus == VIEW_NOTES && app_item(a, ITEM_DELETED_NOTE, &it))
		return restore(a, it.note_id);
	struct ops_undone u;
	memset(&u, 0, sizeof u);
	int rc = redo ? ops_redo(a->lib, &u) : ops_undo(a->lib, &u);
	if (rc < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	if (rc == 0) {
		app_msg(a, 0, redo ? _("Nothing to redo") : _("Nothing to undo"));
		return R_STATUS;
	}
	int react = R_STATUS;
	struct entry *e = app_entry(a);
	if (u.article_id && (!e || e->id != u.article_id)) {
		/* The change was in another article: go there to show it. */
		int r = app_open_at(a, u.article_id, SIZE_MAX, SIZE_MAX);
		if (r >= 0)
			react |= r;
	}
	react |= after_change(a);
	if (strcmp(u.op, OPS_PASSAGE) == 0)
		react |= app_reload_engine(a);   /* the highlights of one mention changed */
	for (size_t k = 0; k < a->open.notes.n; k++)
		if (a->open.notes.v[k].id == u.note_id && !a->open.notes.v[k].orphan)
			react |= app_goto(a, a->open.notes.v[k].start);
	app_msg(a, 0, redo ? _("Redone: %s (u undoes)") : _("Undone: %s (C-r redoes)"), label_op(u.op));
	return react;
}

int notes_reattach(struct app *a, const struct action *act)
{
	(void)act;
	struct view_item it;
	if (!(a->side_open && a->side == VIEW_NOTES) || a->focus != VIEW_NOTES || !app_item(a, ITEM_NOTE, &it)) {
		app_msg(a, 1, _("Choose the note in the notes pane (o), then r"));
		return R_STATUS;
	}
	size_t s, e;
	if (!app_selection(a, &s, &e)) {
		app_msg(a, 1, _("Select the passage first (v in the reader), then r on the note"));
		return R_STATUS;
	}
	if (ops_note_reattach(a->lib, it.note_id, app_article(a), s, e) < 0)
		return app_error(a);
	app_selection_clear(a);
	app_msg(a, 0, _("Note attached to the selection (u undoes)"));
	return after_change(a);
}

/* ---- tags ---- */

/* Tags (or untags) what tag_target says. */
static int tag_apply(struct app *a, const char *tag, int untag)
{
	struct tag_target *t = &tag_target;
	while (*tag == ' ')
		tag++;
	if (!tag[0])
		return R_STATUS;
	int rc;
	if (t->note_id) {
		rc = untag ? ops_note_untag(a->lib, t->note_id, tag) : ops_note_tag(a->lib, t->note_id, tag);
		if (rc == 0)
			app_msg(a, 0, untag ? _("Note untagged: %s") : _("Note tagged: %s"), tag);
	} else if (t->start < t->end) {
		struct entry *e = app_entry(a);
		if (!e)
			return R_STATUS;
		if (untag) {
			app_msg(a, 1, _("The selection has no note"));
			return R_STATUS;
		}
		/* A tag on a bare selection makes a highlight that carries it. */
		const char *tags[] = { tag };
		struct ops_note_spec spec = { t->start, t->end, NULL, "", tags, 1 };
		rc = ops_note_add(a->lib, e->path, app_article(a), &spec) < 0 ? -1 : 0;
		if (rc == 0) {
			app_selection_clear(a);
			app_msg(a, 0, _("Passage tagged: %s"), tag);
		}
	} else {
		if (t->entry >= a->nents)
			return R_STATUS;
		const char *path = a->ents[t->entry].path;
		rc = untag ? ops_article_untag(a->lib, path, tag) : ops_article_tag(a->lib, path, tag);
		if (rc == 0) {
			app_refresh_entry(a, t->entry);
			app_msg(a, 0, untag ? _("Article untagged: %s") : _("Article tagged: %s"), tag);
		}
	}
	if (rc < 0)
		return app_error(a);
	return after_change(a) | R_LIST;
}

/* Decides what `t` (or :tag) applies to: in the list the article; in the
 * reader the selection's note, the selection, the note under the cursor,
 * else the article; in the notes pane the note. */
static void tag_target_set(struct app *a)
{
	struct tag_target *t = &tag_target;
	struct view_item it;
	memset(t, 0, sizeof *t);
	t->entry = SIZE_MAX;
	if (a->focus == VIEW_LIST || !a->open.doc) {
		if (app_item(a, ITEM_ARTICLE, &it))
			t->entry = it.entry;
		return;
	}
	t->entry = a->open.entry;
	size_t s, e;
	if (a->focus == VIEW_READER && app_selection(a, &s, &e)) {
		const struct store_note *n = note_of_range(a, s, e);
		if (n) {
			t->note_id = n->id;
		} else {
			t->start = s;
			t->end = e;
		}
		return;
	}
	const struct store_note *n = target_note(a);
	if (n)
		t->note_id = n->id;
}

int notes_tag_now(struct app *a, const char *tag, int untag)
{
	tag_target_set(a);
	return tag_apply(a, tag, untag);
}

static int tag_done(struct app *a, const char *text)
{
	if (text[0] == '-')
		return tag_apply(a, text + 1, 1);
	return tag_apply(a, text, 0);
}

int notes_tag(struct app *a, const struct action *act)
{
	(void)act;
	tag_target_set(a);
	struct tag_target *t = &tag_target;
	const char *label = t->note_id ? _("Tag note (-TAG removes): ")
		: t->start < t->end ? _("Tag passage: ") : _("Tag article (-TAG removes): ");
	if (!t->note_id && t->start >= t->end && t->entry >= a->nents) {
		app_msg(a, 1, _("Nothing to tag"));
		return R_STATUS;
	}
	int r = prompt_ask(a, 'p', label, "", tag_done);
	prompt_complete_tags();
	return r;
}

/* ---- export ---- */

static char *default_path(enum export_format f)
{
	struct sb b = SB_INIT;
	sb_addf(&b, "./gloss-notes.%s", export_format_ext(f));
	return sb_detach(&b);
}

/* The format named fmt, or -1 with the names of the formats shown. */
static int format_of(struct app *a, const char *fmt)
{
	int f = export_format_parse(fmt);
	if (f < 0) {
		char *names = export_format_names(" ");
		app_msg(a, 1, _("Unknown format '%s' (%s)"), fmt, names);
		free(names);
	}
	return f;
}

int notes_export(struct app *a, const char *fmt, const char *path, int force)
{
	int f = format_of(a, fmt);
	if (f < 0)
		return R_STATUS;
	char *def = NULL;
	if (!path || !path[0])
		path = def = default_path((enum export_format)f);
	struct ops_export e = { (enum export_format)f, a->filter, NULL, 0 };
	if (ops_export_file(a->lib, &e, path, force) < 0)
		app_msg(a, 1, "%s", err_msg());
	else
		app_msg(a, 0, _("Notes exported to %s"), path);
	free(def);
	return R_STATUS;
}

/* The steps of `x`: format, path, and when the file is there, y/n. */
static int export_confirm(struct app *a, const char *answer)
{
	char *path = export_pending;
	export_pending = NULL;
	int react = R_STATUS;
	if (answer[0] == 'y' || answer[0] == 'Y')
		react = notes_export(a, export_format_name(export_fmt), path, 1);
	else
		app_msg(a, 0, _("Not exported"));
	free(path);
	return react;
}

static int export_path(struct app *a, const char *path)
{
	struct stat st;
	if (!path[0]) {
		app_msg(a, 0, _("Not exported"));
		return R_STATUS;
	}
	if (stat(path, &st) == 0) {
		free(export_pending);
		export_pending = xstrdup(path);
		struct sb b = SB_INIT;
		sb_addf(&b, _("%s exists: overwrite? (y/n) "), path);
		int r = prompt_ask(a, 'y', b.s, "", export_confirm);
		sb_release(&b);
		return r;
	}
	return notes_export(a, export_format_name(export_fmt), path, 0);
}

static int export_format(struct app *a, const char *fmt)
{
	int f = format_of(a, fmt[0] ? fmt : export_format_name(EXPORT_MD));
	if (f < 0)
		return R_STATUS;
	export_fmt = (enum export_format)f;
	char *def = default_path(export_fmt);
	int r = prompt_ask(a, 'p', _("Export to: "), def, export_path);
	free(def);
	return r;
}

int notes_export_ask(struct app *a, const struct action *act)
{
	(void)act;
	char *names = export_format_names(" ");
	struct sb label = SB_INIT;
	sb_addf(&label, a->filter ? _("Export notes tagged by the filter, format (%s): ") : _("Export all notes, format (%s): "),
		names);
	int react = prompt_ask(a, 'p', label.s, export_format_name(EXPORT_MD), export_format);
	sb_release(&label);
	free(names);
	return react;
}

void notes_free_all(void)
{
	free(export_pending);
	export_pending = NULL;
}
