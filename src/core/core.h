/* core.h -- the rule of the core.
 *
 * src/core is gloss's engine: articles, the highlight engine, the sidecar
 * store, anchoring and exports. None of it depends on source from outside
 * src/core: no curses, no terminal I/O, no printing to stdout or stderr, and
 * no exit() except when memory runs out (util.c). Both front ends, src/tui
 * and src/cli, write through ops.h and read through query.h and library.h
 * (which also hands out the highlight engine, lib_engine); neither calls a
 * store_* function, and only store*.c speak SQL.
 *
 * Dependencies point one way:
 *
 *   util <- ustr <- sanitize, article, json, anchor, hl, spell
 *        <- store <- library, export <- ops, query <- {tui, cli} <- main
 *
 * text (paragraphs, sentences, words, grapheme clusters) sits under
 * article, which finds its paragraphs with it; it asks the engine's word
 * lists which words are abbreviations (hl_abbrev, which needs no engine
 * and nothing above ustr), so hl's lexicon is under text, its rules above.
 *
 * The linker keeps the rule: tests/unit links libgloss.a without ncurses, so
 * a curses call in the core breaks `make check`.
 *
 * Errors travel as values: a function returns a status (0 or -1, or NULL) and
 * leaves a message with err_set(); the caller shows err_msg(). */
#ifndef GLOSS_CORE_H
#define GLOSS_CORE_H

#include "util.h"

#endif
