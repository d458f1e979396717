/* ops-entity.c -- the user's corrections of the highlight engine (ops.h):
 * `gloss entity set/ignore/forget`, and the interface's action for them.
 *
 * A correction is written to the sidecar, and the library's engine is
 * retired in the same step (lib_engine_drop): no engine that lib_engine()
 * hands out after a change can miss it, and the mention index, stamped
 * with the engine that made it (hl_engine_stamp), is made again on its
 * next use. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"
#include "store-corrections.h"

/* A text that is only blanks names nothing. */
static int blank(const char *text)
{
	return !text || strspn(text, " \t\n") == strlen(text);
}

int ops_entity_set(struct library *l, const char *text, enum hl_type type)
{
	if (blank(text))
		return err_set(_("the text to correct is empty"));
	if ((int)type < 0 || type > HL_IGNORE)
		return err_set(_("a correction is person, place, date or ignore"));
	if (store_correction_set(l->store, text, type) < 0)
		return -1;
	lib_engine_drop(l);
	return 0;
}

int ops_entity_forget(struct library *l, const char *text)
{
	if (blank(text))
		return err_set(_("the text to correct is empty"));
	int r = store_correction_del(l->store, text);
	if (r > 0)
		lib_engine_drop(l);
	return r;
}

int ops_entity_each(struct library *l, store_correction_fn fn, void *ctx)
{
	return store_correction_each(l->store, fn, ctx);
}
