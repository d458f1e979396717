/* addpage.h -- `A`: a web page or a file added to the library (add.h),
 * with its download shown in the status line. */
#ifndef GLOSS_TUI_ADDPAGE_H
#define GLOSS_TUI_ADDPAGE_H

#include "app.h"

/* `A`: asks for an address or a path and adds it. */
int addpage_ask(struct app *a, const struct action *act);
/* `set fetch-timeout|fetch-max-size|user-agent VALUE` (config.c): 1 set,
 * 0 not one of these names, -1 with err_set() for a bad value. */
int addpage_set(const char *name, const char *value);
/* Frees the settings (at the end). */
void addpage_free_all(void);

#endif
