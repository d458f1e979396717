/* show.h -- an article as text for stdout, with optional ANSI highlights. */
#ifndef GLOSS_SHOW_H
#define GLOSS_SHOW_H

#include <stdio.h>

struct article;
struct hl_engine;

/* Prints the title, the metadata and the paragraphs; with an engine, marks
 * its spans with SGR colours and prints a legend. Sanitized when out is a
 * terminal or colours are on (colour is for a terminal, even through a
 * pipe); else, piped, the file's bytes. */
void show_article(FILE *out, const struct article *a, const struct hl_engine *e);

/* Parses --color's value into *out (-1 auto, 0 never, 1 always); on a bad
 * value prints the usage error and returns 2. */
int cli_color_option(const char *cmd, const char *v, int *out);

#endif
