/* store-corrections.h -- the user's corrections of the highlight engine,
 * kept in the sidecar table corrections(text, type): a text (matched as a
 * whole, ASCII case ignored) is always PERSON, PLACE or DATE, or IGNORE
 * (never highlighted). The engine is told about them with hl_correct(). */
#ifndef GLOSS_STORE_CORRECTIONS_H
#define GLOSS_STORE_CORRECTIONS_H

struct store;

/* type is "PERSON", "PLACE", "DATE" or "IGNORE"; replaces an older one. */
int store_correction_set(struct store *s, const char *text, const char *type);
/* Returns 1 when a correction was removed, 0 when there was none, -1 on error. */
int store_correction_del(struct store *s, const char *text);
/* Calls fn for each correction, in text order; fn returns nonzero to stop. */
typedef int (*store_correction_fn)(const char *text, const char *type, void *ctx);
int store_correction_each(struct store *s, store_correction_fn fn, void *ctx);

#endif
