/* ops-internal.h -- what the ops-*.c files share; not for use outside
 * them (the front ends use ops.h). */
#ifndef GLOSS_OPS_INTERNAL_H
#define GLOSS_OPS_INTERNAL_H

struct library;

/* Rolls back the library's open transaction; returns -1 (for
 * `return fail_rollback(l)`). */
int fail_rollback(struct library *l);

#endif
