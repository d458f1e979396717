/* correct.c -- the `c` action: a correction of the highlight engine made
 * in the interface (correct.h).
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

void correct_free_all(void)
{
	free(pending);
	pending = NULL;
}
