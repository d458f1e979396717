/* correct.c -- the `c` action: a correction of the highlight engine made
 * in the interface (correct.h); and `T`, which corrects one mention.
 *
 * The correction goes through the same op as `gloss entity set`, which
 * drops the library's engine; the article is then opened again with the
 * new engine (app_reload_engine), so that what the reader, the panes and
 * the mention index show all come from one engine with every correction. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "correct.h"
#include "label.h"
#include "prompt.h"
#include "util.h"

/* A correction names a phrase, not a passage. */
#define CORRECT_MAX 120

static char *pending;          /* the text asked about; owned */

/* The text the correction is for, blanks made single spaces; NULL when
 * there is none (the message says why). */
static char *target_text(struct app *a)
{
	size_t s, e;
	const char *text = NULL;
	size_t n = 0;
	struct view_item it;
	if (a->focus == VIEW_READER && app_selection(a, &s, &e)) {
		text = a->open.doc->data + s;
		n = e - s;
	} else if (app_item(a, ITEM_ENTITY, &it)) {
		text = it.text;
		n = it.textlen;
	} else {
		const struct hl_span *sp = app_span_at(a, a->open.cur);
		if (sp) {
			text = a->open.doc->data + sp->start;
			n = sp->end - sp->start;
		}
	}
	if (!text) {
		app_msg(a, 1, _("Nothing to correct here: put the cursor on a highlight or select a name with v"));
		return NULL;
	}
	struct sb b = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		char c = text[i];
		int blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
		if (blank && (b.len == 0 || b.s[b.len - 1] == ' '))
			continue;
		sb_addc(&b, blank ? ' ' : c);
	}
	while (b.len && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	if (b.len == 0 || b.len > CORRECT_MAX) {
		app_msg(a, 1, b.len ? _("Select a shorter text: a correction is for a name or a date")
			: _("Nothing to correct here: put the cursor on a highlight or select a name with v"));
		sb_release(&b);
		return NULL;
	}
	return sb_detach(&b);
}

static int chosen(struct app *a, const char *key)
{
	char *text = pending;
	pending = NULL;
	if (!text)
		return R_NONE;
	int rc, type = -1;
	switch (key[0]) {
	case 'p': type = HL_PERSON; break;
	case 'l': type = HL_PLACE; break;
	case 'd': type = HL_DATE; break;
	case 'n': type = HL_IGNORE; break;
	case 'f': break;
	default:
		app_msg(a, 0, _("No correction made"));
		free(text);
		return R_STATUS;
	}
	if (type >= 0)
		rc = ops_entity_set(a->lib, text, (enum hl_type)type);
	else
		rc = ops_entity_forget(a->lib, text);
	int react = R_STATUS;
	if (rc < 0) {
		react = app_error(a);
	} else {
		react |= app_reload_engine(a);
		if (type == HL_IGNORE)
			app_msg(a, 0, _("\"%s\" is never highlighted now (c then f forgets it)"), text);
		else if (type >= 0)
			app_msg(a, 0, _("\"%s\" is always a %s now (c then f forgets it)"), text,
				label_type(type));
		else
			app_msg(a, 0, rc ? _("\"%s\" is read by the rules again") : _("\"%s\" had no correction"), text);
	}
	free(text);
	return react;
}

int correct_ask(struct app *a, const struct action *act)
{
	(void)act;
	if (!a->open.doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	char *text = target_text(a);
	if (!text)
		return R_STATUS;
	free(pending);
	pending = text;
	struct sb label = SB_INIT;
	sb_addf(&label, _("\"%s\" is always: p person, l place, d date; n never highlighted; f forget (Esc: none) "), text);
	int react = prompt_ask(a, 'k', label.s, "", chosen);
	sb_release(&label);
	return react;
}

/* ---- T: one mention ---- */

/* The types T goes through, in order; after the last (none), the
 * correction goes and the engine's own type comes back. */
static const int cycle[] = { HL_PERSON, HL_PLACE, HL_DATE, HL_IGNORE };
#define NCYCLE (sizeof cycle / sizeof cycle[0])

/* What a type is called in a message: its label, or for HL_IGNORE "none". */
static const char *type_word(int type)
{
	return type == HL_IGNORE ? _("none") : label_type(type);
}

int correct_cycle(struct app *a, const struct action *act)
{
	(void)act;
	struct doc *d = a->open.doc;
	struct entry *ent = app_entry(a);
	if (!d || !ent) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	size_t s, e;
	int now = -1, fixed = 0, sel = 0;   /* now: the type shown there, -1 for nothing */
	const struct store_passage *f;
	const struct hl_span *sp;
	if (a->focus == VIEW_READER && app_selection(a, &s, &e)) {
		sel = 1;
		f = doc_fix_at(d, s);
		sp = app_span_at(a, s);
		if (f && f->start == s && f->end == e) {
			now = f->type;
			fixed = 1;
		} else if (sp && sp->start == s && sp->end == e) {
			now = sp->type;
		}
	} else if ((f = doc_fix_at(d, a->open.cur))) {
		s = f->start;
		e = f->end;
		now = f->type;
		fixed = 1;
	} else if ((sp = app_span_at(a, a->open.cur))) {
		s = sp->start;
		e = sp->end;
		now = sp->type;
	} else {
		app_msg(a, 1, _("Nothing to retype here: put the cursor on a highlight or select a passage with v"));
		return R_STATUS;
	}
	size_t i = 0;
	while (i < NCYCLE && cycle[i] != now)
		i++;
	/* now == -1 (a passage the engine did not mark) starts the cycle */
	int next = now < 0 ? cycle[0] : i + 1 < NCYCLE ? cycle[i + 1] : -1;
	int rc;
	if (next < 0)
		rc = fixed ? ops_passage_unset(a->lib, ent->path, s, e) : 0;
	else
		rc = ops_passage_set(a->lib, ent->path, app_article(a), s, e, (enum hl_type)next) < 0 ? -1 : 0;
	if (rc < 0)
		return app_error(a);
	if (sel)
		app_selection_clear(a);
	int react = R_STATUS | app_reload_engine(a);
	if (next < 0) {
		/* what T does next starts from the engine's own type there */
		const struct hl_span *own = a->open.doc ? app_span_at(a, s) : NULL;
		size_t k = 0;
		while (own && own->start == s && own->end == e && k + 1 < NCYCLE && cycle[k] != (int)own->type)
			k++;
		int then = own && own->start == s && own->end == e && k + 1 < NCYCLE ? cycle[k + 1] : cycle[0];
		app_msg(a, 0, _("This mention is the engine's again (u undoes; T: %s)"), type_word(then));
	}
	else if (next == HL_IGNORE)
		app_msg(a, 0, _("This mention is not highlighted now, here only (u undoes; T: the engine's own)"));
	else
		app_msg(a, 0, _("This mention is a %s now, here only (u undoes; T: %s)"), type_word(next),
			type_word(cycle[now < 0 ? 1 : i + 2]));
	return react;
}

void correct_free_all(void)
{
	free(pending);
	pending = NULL;
}
