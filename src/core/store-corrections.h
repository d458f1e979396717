/* store-corrections.h -- the user's corrections of the highlight engine,
 * kept in the sidecar table corrections(text, type): a text (matched as a
 * whole, ASCII case ignored) is always PERSON, PLACE or DATE, or IGNORE
 * (never highlighted). The table keeps the type's name; this module turns
 * it into enum hl_type and back. lib_engine() (library.h) gives them to the
 * engine; ops_entity_set() and ops_entity_forget() (ops.h) change them. */
#ifndef GLOSS_STORE_CORRECTIONS_H
#define GLOSS_STORE_CORRECTIONS_H

#include "hl.h"

struct store;

/* type is HL_PERSON, HL_PLACE, HL_DATE or HL_IGNORE; replaces an older
 * correction of the same text. */
int store_correction_set(struct store *s, const char *text, enum hl_type type);
/* Returns 1 when a correction was removed, 0 when there was none, -1 on error. */
int store_correction_del(struct store *s, const char *text);
/* Calls fn for each correction, in text order (a row with a type this
 * gloss does not know is passed over); fn returns nonzero to stop. */
typedef int (*store_correction_fn)(const char *text, enum hl_type type, void *ctx);
int store_correction_each(struct store *s, store_correction_fn fn, void *ctx);

#endif
