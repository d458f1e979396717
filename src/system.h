/* system.h -- the first include of every gloss source file.
 *
 * It brings config.h and the gettext markers, so that every message a user
 * can see is translatable from the first line it is written. */
#ifndef GLOSS_SYSTEM_H
#define GLOSS_SYSTEM_H

#include <config.h>

#include <libintl.h>
#include <locale.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
