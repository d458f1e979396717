/* notes.c -- notes, tags and exports from the interface: what `v` `a` `t`
 * `d` `u` `r` `x` and the `:tag` `:filter` `:export` commands do.
 *
 * Every change goes through the same ops as the command line (ops.h), so
 * the undo log, the sidecar and the exports cannot tell which front end
 * made a note. The notes of the open article are kept in app.notes,
 * re-anchored against the text as loaded, and read again after each op;
 * nothing here draws. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "library.h"
#include "store.h"
#include "util.h"

static struct entry *open_entry(struct app *a)
{
	return a->r.doc && a->r.entry < a->nents ? &a->ents[a->r.entry] : NULL;
}

void notes_reload(struct app *a)
{
	store_note_list_clear(&a->notes);
	struct entry *e = open_entry(a);
	if (!e || !a->lib)
		return;
	if (ops_notes(a->lib, e->path, reader_article(a), NULL, &a->notes) < 0)
		app_msg(a, 1, "%s", err_msg());
	if (a->notes_sel >= a->notes.n)
		a->notes_sel = a->notes.n ? a->notes.n - 1 : 0;
}

/* The innermost attached note that holds byte off. */
const struct store_note *notes_at(struct app *a, size_t off)
{
	const struct store_note *best = NULL;
	if (off == SIZE_MAX)
		return NULL;
	for (size_t k = 0; k < a->notes.n; k++) {
		const struct store_note *n = &a->notes.v[k];
		if (n->orphan || off < n->start || off >= n->end)
			continue;
		if (!best || n->end - n->start < best->end - best->start)
			best = n;
	}
	return best;
}

size_t notes_live(struct app *a)
{
	return a->notes.n;
}

/* The note an action means: the one selected in the notes pane when it
 * has the focus, else the one under the reading cursor. */
static const struct store_note *target_note(struct app *a)
{
	if (a->focus == FOCUS_SIDE && a->side_open && a->side_mode == SIDE_NOTES)
		return a->notes_sel < a->notes.n ? &a->notes.v[a->notes_sel] : NULL;
	return a->r.doc ? notes_at(a, a->r.cur) : NULL;
}

/* The note whose passage is exactly [s, e), if any. */
static const struct store_note *note_of_range(struct app *a, size_t s, size_t e)
{
	for (size_t k = 0; k < a->notes.n; k++)
		if (!a->notes.v[k].orphan && a->notes.v[k].start == s && a->notes.v[k].end == e)
			return &a->notes.v[k];
	return NULL;
}

static int after_change(struct app *a)
{
	notes_reload(a);
	return R_READER | R_SIDE | R_STATUS;
}

static int select_toggle(struct app *a)
{
	struct reader *r = &a->r;
	if (!r->doc)
		return R_NONE;
	if (r->sel_anchor != SIZE_MAX) {
		r->sel_anchor = SIZE_MAX;
		return R_READER | R_STATUS;
	}
	if (r->cur == SIZE_MAX)
		reader_action(a, ACT_NEXT_WORD);
	r->sel_anchor = r->cur;
	app_msg(a, 0, _("Selection: move the cursor to extend it; a annotates, t tags, v or Esc ends it"));
	return R_READER | R_STATUS;
}

static int annotate(struct app *a)
{
	struct reader *r = &a->r;
	if (!r->doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	size_t s, e;
	if (reader_selection(a, &s, &e)) {
		const struct store_note *n = note_of_range(a, s, e);
		if (n)
			return editor_open(a, n->id, 0, 0, n->body);
		return editor_open(a, 0, s, e, "");
	}
	const struct store_note *n = target_note(a);
	if (n)
		return editor_open(a, n->id, 0, 0, n->body);
	if (!reader_sentence(a, &s, &e)) {
		app_msg(a, 1, _("Nothing to annotate here: move the cursor into the text or select with v"));
		return R_STATUS;
	}
	return editor_open(a, 0, s, e, "");
}

int notes_save(struct app *a, const char *body)
{
	struct editor *ed = &a->ed;
	struct entry *e = open_entry(a);
	if (!e)
		return R_STATUS;
	if (ed->note_id) {
		if (ops_note_edit(a->lib, ed->note_id, body) < 0) {
			app_msg(a, 1, "%s", err_msg());
			return R_STATUS;
		}
		app_msg(a, 0, _("Note saved"));
	} else {
		struct ops_note_spec spec = { ed->start, ed->end, NULL, body, NULL, 0 };
		int64_t id = ops_note_add(a->lib, e->path, reader_article(a), &spec);
		if (id < 0) {
			app_msg(a, 1, "%s", err_msg());
			return R_STATUS;
		}
		app_msg(a, 0, _("Note added (u undoes)"));
		a->r.sel_anchor = SIZE_MAX;
	}
	if (body[0]) {
		XGROW(a->note_hist, a->note_hist_cap, a->nnote_hist + 1);
		a->note_hist[a->nnote_hist++] = xstrdup(body);
	}
	return after_change(a);
}

static int delete_note(struct app *a)
{
	const struct store_note *n = target_note(a);
	if (!n) {
		app_msg(a, 1, _("No note under the cursor"));
		return R_STATUS;
	}
	if (ops_note_delete(a->lib, n->id) < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	app_msg(a, 0, _("Note deleted (u undoes)"));
	return after_change(a);
}

static int undo(struct app *a)
{
	struct ops_undone u;
	memset(&u, 0, sizeof u);
	int rc = ops_undo(a->lib, &u);
	if (rc < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	if (rc == 0) {
		app_msg(a, 0, _("Nothing to undo"));
		return R_STATUS;
	}
	int react = R_STATUS;
	struct entry *e = open_entry(a);
	if (u.article_id && (!e || e->id != u.article_id)) {
		/* The change was in another article: go there to show it. */
		int r = app_open_at(a, u.article_id, SIZE_MAX, SIZE_MAX);
		if (r >= 0)
			react |= r;
	}
	react |= after_change(a);
	for (size_t k = 0; k < a->notes.n; k++)
		if (a->notes.v[k].id == u.note_id) {
			a->notes_sel = k;
			if (!a->notes.v[k].orphan)
				reader_goto(a, a->notes.v[k].start, a->notes.v[k].end);
		}
	app_msg(a, 0, _("Undone: %s"), u.op);
	return react;
}

static int reattach(struct app *a)
{
	if (!(a->side_open && a->side_mode == SIDE_NOTES) || a->notes_sel >= a->notes.n) {
		app_msg(a, 1, _("Choose the note in the notes pane (o), then r"));
		return R_STATUS;
	}
	size_t s, e;
	if (!reader_selection(a, &s, &e)) {
		app_msg(a, 1, _("Select the passage first (v in the reader), then r on the note"));
		return R_STATUS;
	}
	const struct store_note *n = &a->notes.v[a->notes_sel];
	if (ops_note_reattach(a->lib, n->id, reader_article(a), s, e) < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	a->r.sel_anchor = SIZE_MAX;
	app_msg(a, 0, _("Note attached to the selection (u undoes)"));
	return after_change(a);
}

/* ---- tags ---- */

void app_refresh_entry(struct app *a, size_t i)
{
	if (i >= a->nents)
		return;
	struct store_article sa;
	memset(&sa, 0, sizeof sa);
	if (store_article_get(a->lib->store, a->ents[i].path, &sa) == 1) {
		free(a->ents[i].tags);
		a->ents[i].tags = xstrdup(sa.tags ? sa.tags : "");
	}
	store_article_clear(&sa);
}

int notes_tag(struct app *a, const char *tag, int untag)
{
	struct tag_target *t = &a->tag_target;
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
		struct entry *e = open_entry(a);
		if (!e)
			return R_STATUS;
		if (untag) {
			app_msg(a, 1, _("The selection has no note"));
			return R_STATUS;
		}
		/* A tag on a bare selection makes a highlight that carries it. */
		const char *tags[] = { tag };
		struct ops_note_spec spec = { t->start, t->end, NULL, "", tags, 1 };
		rc = ops_note_add(a->lib, e->path, reader_article(a), &spec) < 0 ? -1 : 0;
		if (rc == 0) {
			a->r.sel_anchor = SIZE_MAX;
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
	if (rc < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	return after_change(a) | R_LIST;
}

/* Decides what `t` (or :tag) applies to: in the list the article; in the
 * reader the selection's note, the selection, the note under the cursor,
 * else the article. */
void notes_target(struct app *a)
{
	struct tag_target *t = &a->tag_target;
	memset(t, 0, sizeof *t);
	t->entry = a->sel;
	if (a->focus == FOCUS_LIST || !a->r.doc)
		return;
	t->entry = a->r.entry;
	size_t s, e;
	if (a->focus != FOCUS_SIDE && reader_selection(a, &s, &e)) {
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

static int tag_done(struct app *a, const char *text)
{
	if (text[0] == '-')
		return notes_tag(a, text + 1, 1);
	return notes_tag(a, text, 0);
}

int notes_tag_prompt(struct app *a)
{
	notes_target(a);
	const char *label = a->tag_target.note_id ? _("Tag note (-TAG removes): ")
		: a->tag_target.start < a->tag_target.end ? _("Tag passage: ") : _("Tag article (-TAG removes): ");
	if (!a->tag_target.note_id && a->tag_target.start >= a->tag_target.end && a->tag_target.entry >= a->nents) {
		app_msg(a, 1, _("Nothing to tag"));
		return R_STATUS;
	}
	int r = prompt_ask(a, 'p', label, "", tag_done);
	a->prompt.complete_tags = 1;
	return r;
}

/* ---- the list filter ---- */

int app_reload(struct app *a, const char *tag)
{
	int64_t open_id = a->r.doc && a->r.entry < a->nents ? a->ents[a->r.entry].id : 0;
	int64_t sel_id = a->sel < a->nents ? a->ents[a->sel].id : 0;
	enum focus focus = a->focus;
	if (a->r.doc)
		app_close_article(a);
	if (app_load_entries(a, tag && tag[0] ? tag : NULL) < 0) {
		app_msg(a, 1, "%s", err_msg());
		app_load_entries(a, NULL);
	}
	a->sel = 0;
	for (size_t i = 0; i < a->nents; i++)
		if (a->ents[i].id == sel_id)
			a->sel = i;
	int react = R_RELAYOUT;
	if (open_id) {
		for (size_t i = 0; i < a->nents; i++)
			if (a->ents[i].id == open_id)
				react |= app_open(a, i);
	}
	a->focus = a->r.doc ? focus : FOCUS_LIST;
	return react;
}

int app_filter(struct app *a, const char *tag)
{
	int react = app_reload(a, tag);
	a->focus = FOCUS_LIST;
	if (a->filter)
		app_msg(a, 0, _("%zu articles tagged %s (:filter alone shows all)"), a->nents, a->filter);
	else
		app_msg(a, 0, _("Filter off: %zu articles"), a->nents);
	return react;
}

/* Opens the article with this id (if the list shows it) with the cursor
 * on [start, end) (SIZE_MAX: where it was). Returns the reaction, or -1. */
int app_open_at(struct app *a, int64_t article_id, size_t start, size_t end)
{
	for (size_t i = 0; i < a->nents; i++) {
		if (a->ents[i].id != article_id)
			continue;
		int react = app_open(a, i) | R_LIST | R_SIDE;
		if (!a->r.doc || a->r.entry != i)
			return -1;
		if (start != SIZE_MAX)
			reader_goto(a, start, end);
		if (a->side_open && a->side_mode == SIDE_ENTITIES)
			side_build(a);
		return react;
	}
	return -1;
}

/* ---- export ---- */

static char *default_path(enum export_format f)
{
	struct sb b = SB_INIT;
	sb_addf(&b, "./gloss-notes.%s", export_format_ext(f));
	return sb_detach(&b);
}

int notes_export(struct app *a, const char *fmt, const char *path, int force)
{
	int f = export_format_parse(fmt);
	if (f < 0) {
		app_msg(a, 1, _("Unknown format '%s' (md json csv html org)"), fmt);
		return R_STATUS;
	}
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
	char *path = a->export_pending;
	a->export_pending = NULL;
	int react = R_STATUS;
	if (answer[0] == 'y' || answer[0] == 'Y')
		react = notes_export(a, export_format_name(a->export_fmt), path, 1);
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
		free(a->export_pending);
		a->export_pending = xstrdup(path);
		struct sb b = SB_INIT;
		sb_addf(&b, _("%s exists: overwrite? (y/n) "), path);
		int r = prompt_ask(a, 'y', b.s, "", export_confirm);
		sb_release(&b);
		return r;
	}
	return notes_export(a, export_format_name(a->export_fmt), path, 0);
}

static int export_format(struct app *a, const char *fmt)
{
	int f = export_format_parse(fmt[0] ? fmt : "md");
	if (f < 0) {
		app_msg(a, 1, _("Unknown format '%s' (md json csv html org)"), fmt);
		return R_STATUS;
	}
	a->export_fmt = (enum export_format)f;
	char *def = default_path(a->export_fmt);
	int r = prompt_ask(a, 'p', _("Export to: "), def, export_path);
	free(def);
	return r;
}

int notes_export_prompt(struct app *a)
{
	return prompt_ask(a, 'p', a->filter ? _("Export notes tagged by the filter, format (md json csv html org): ")
			  : _("Export all notes, format (md json csv html org): "), "md", export_format);
}

int notes_action(struct app *a, enum action act)
{
	switch (act) {
	case ACT_SELECT: return select_toggle(a);
	case ACT_ANNOTATE: return annotate(a);
	case ACT_TAG: return notes_tag_prompt(a);
	case ACT_DELETE_NOTE: return delete_note(a);
	case ACT_UNDO: return undo(a);
	case ACT_REATTACH: return reattach(a);
	case ACT_EXPORT: return notes_export_prompt(a);
	default: return R_NONE;
	}
}
