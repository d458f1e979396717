/* cursor.c -- the actions of the reading cursor: words, sentences and
 * paragraphs (w W ) ( } {), search (/ n N), highlights (] [) and the
 * mentions of one entity (* #, on into the next article that mentions
 * it), and the selection (v).
 *
 * They move app.open.cur through app_goto; the reader, told by the
 * event, scrolls to show it. Finding is motion.c's; nothing here draws. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "motion.h"
#include "prompt.h"
#include "util.h"
#include "view-list.h"

/* A motion's target, or nothing when it does not move. */
static int move_to(struct app *a, size_t to)
{
	if (to == SIZE_MAX || to == a->open.cur)
		return R_NONE;
	return app_goto(a, to);
}

static int search_step(struct app *a, int dir)
{
	const char *pat = a->open.search;
	if (!pat) {
		app_msg(a, 1, _("No previous search"));
		return R_STATUS;
	}
	size_t from = a->open.cur == SIZE_MAX ? app_body_start(a) : dir > 0 ? a->open.cur + 1 : a->open.cur;
	size_t hit = motion_search(a->open.doc, pat, from, dir);
	if (hit == SIZE_MAX) {
		hit = motion_search(a->open.doc, pat, dir > 0 ? 0 : a->open.doc->len, dir);
		if (hit == SIZE_MAX) {
			app_msg(a, 1, _("Pattern not found"));
			return R_STATUS | R_READER;
		}
		app_msg(a, 0, dir > 0 ? _("Search hit BOTTOM, continuing at TOP") : _("Search hit TOP, continuing at BOTTOM"));
	}
	return app_goto(a, hit);
}

static int search_done(struct app *a, const char *pattern)
{
	if (!a->open.doc)
		return R_NONE;
	free(a->open.search);
	a->open.search = pattern[0] ? xstrdup(pattern) : NULL;
	if (!a->open.search)
		return R_READER;
	/* From the top of the screen, like less. */
	size_t top = a->open.top;
	if (a->open.cur != SIZE_MAX && a->open.cur > top)
		top = a->open.cur;
	a->open.cur = top > 0 ? top - 1 : top;
	return search_step(a, 1);
}

/* Past the last (before the first) mention in this article, `*` (`#`)
 * goes on into the next (previous) article of the list that mentions the
 * entity, from the library's index; only when no other article does, it
 * wraps round inside this one. */
static int mention_other_article(struct app *a, const struct hl_span *s, int dir, int *react)
{
	if (!a->lib || a->open.entry >= a->nents)
		return 0;
	struct ops_mention m;
	memset(&m, 0, sizeof m);
	int64_t from = a->ents[a->open.entry].id;
	int found = ops_mention_next_article(a->lib, a->hl, s->key, (int)s->type, from, dir, 1, &m);
	if (found < 0) {
		*react = app_error(a);
		return 1;
	}
	if (found == 0 || m.article_id == from) {
		ops_mention_clear(&m);
		return 0;
	}
	int64_t id = m.article_id;
	size_t start = m.start, end = m.end;
	char *title = xstrdup(m.title ? m.title : m.path);
	ops_mention_clear(&m);
	int rc = app_open_at(a, id, start, end);
	if (rc < 0) {
		free(title);
		return 0;   /* not in the list (a filter hides it): stay here */
	}
	app_msg(a, 0, dir > 0 ? _("Next mention in: %s") : _("Previous mention in: %s"), title);
	free(title);
	*react = rc | R_STATUS | R_SIDE;
	return 1;
}

static int mention_step(struct app *a, int dir)
{
	const struct hl_span *s = app_span_at(a, a->open.cur);
	if (!s) {
		app_msg(a, 1, a->open.doc->hl_ok ? _("No entity under the cursor") : _("No highlights (the highlight engine is not built in)"));
		return R_STATUS;
	}
	const char *key = s->key;
	const struct hl_span *t = motion_span(a->open.doc, s->start, dir, key, a->open.hl_on);
	if (!t) {
		int react;
		if (mention_other_article(a, s, dir, &react))
			return react;
		t = motion_span(a->open.doc, SIZE_MAX, dir, key, a->open.hl_on);
		if (dir < 0) {
			/* The last mention: walk from the end. */
			doc_para_all(a->open.doc);
			size_t last = a->open.doc->npara ? a->open.doc->para[a->open.doc->npara - 1].end : 0;
			t = motion_span(a->open.doc, last, -1, key, a->open.hl_on);
		}
		if (!t || t == s) {
			app_msg(a, 0, _("The only mention of this entity"));
			return R_STATUS;
		}
		app_msg(a, 0, dir > 0 ? _("Last mention: continuing at the top") : _("First mention: continuing at the bottom"));
	}
	return app_goto(a, t->start);
}

static int entity_step(struct app *a, int dir)
{
	if (!a->open.doc->hl_ok) {
		app_msg(a, 1, _("No highlights (the highlight engine is not built in)"));
		return R_STATUS;
	}
	const struct hl_span *t = motion_span(a->open.doc, a->open.cur, dir, NULL, a->open.hl_on);
	if (!t) {
		app_msg(a, 0, dir > 0 ? _("No more entities below") : _("No more entities above"));
		return R_STATUS;
	}
	return app_goto(a, t->start);
}


int cursor_motion(struct app *a, const struct action *act)
{
	struct doc *d = a->open.doc;
	size_t c = a->open.cur, to;
	switch (act->arg) {
	case CURSOR_NEXT_WORD: to = motion_next_word(d, c); break;
	case CURSOR_PREV_WORD: to = motion_prev_word(d, c); break;
	case CURSOR_NEXT_SENTENCE: to = motion_next_sentence(d, c); break;
	case CURSOR_PREV_SENTENCE: to = motion_prev_sentence(d, c); break;
	case CURSOR_NEXT_PARAGRAPH: to = motion_next_paragraph(d, c); break;
	case CURSOR_PREV_PARAGRAPH: to = motion_prev_paragraph(d, c); break;
	default: return R_NONE;
	}
	int react = move_to(a, to);
	/* A selection the cursor extends by whole sentences ends with them. */
	a->open.by_sentence = act->arg == CURSOR_NEXT_SENTENCE || act->arg == CURSOR_NEXT_PARAGRAPH;
	return react;
}

int cursor_search(struct app *a, const struct action *act)
{
	(void)act;
	if (a->focus == VIEW_LIST)
		return prompt_ask(a, '/', NULL, "", list_search);
	if (!a->open.doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	return prompt_ask(a, '/', NULL, "", search_done);
}

int cursor_search_step(struct app *a, const struct action *act)
{
	if (a->focus == VIEW_LIST)
		return list_search_step(a, act->arg);
	return search_step(a, act->arg);
}

int cursor_entity_step(struct app *a, const struct action *act)
{
	return entity_step(a, act->arg);
}

int cursor_mention_step(struct app *a, const struct action *act)
{
	return mention_step(a, act->arg);
}

int cursor_select(struct app *a, const struct action *act)
{
	(void)act;
	struct reading *o = &a->open;
	if (!o->doc)
		return R_NONE;
	if (o->sel_anchor != SIZE_MAX && o->sel_end == SIZE_MAX) {
		/* The second v ends the selection where it was drawn. */
		size_t s, e;
		if (!app_selection(a, &s, &e)) {
			app_selection_clear(a);
			return R_READER | R_STATUS;
		}
		o->sel_anchor = s;
		o->sel_end = e;
		app_msg(a, 0, _("Selected: a annotates, t tags, c corrects, Esc lets go"));
		return R_READER | R_STATUS;
	}
	if (o->cur == SIZE_MAX)
		o->cur = motion_next_word(o->doc, SIZE_MAX);
	o->sel_anchor = o->cur;
	o->sel_end = SIZE_MAX;
	app_msg(a, 0, _("Selection: move the cursor to extend it; v ends it, Esc lets go; a annotates, t tags"));
	return R_READER | R_STATUS;
}

