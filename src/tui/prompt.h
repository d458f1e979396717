/* prompt.h -- the status line and the one-line prompt in it.
 *
 * The status line shows the legend with the counts of the open article,
 * its tags and a key hint; a message (app_msg) replaces it until the next
 * key. The prompt takes the keys while it is open: '/', ':' and 'p' prompts
 * keep a history each (a 'p' prompt one per label; Up, Down), of lines
 * entered or closed with Esc; a 'p' prompt shows a label; a 'y' prompt
 * takes one key, y or anything else for no; a 'k' prompt takes one key
 * and hands it on as a character ('?' for one that is not printable ASCII),
 * or closes on Esc. Enter hands the text to the
 * done function of whoever opened it; Esc, Ctrl-G and Ctrl-C close it and
 * nothing happens (Backspace on an empty line does nothing). Its state is private. */
#ifndef GLOSS_TUI_PROMPT_H
#define GLOSS_TUI_PROMPT_H

#include "app.h"

typedef int (*prompt_done_fn)(struct app *a, const char *text);

/* Opens a prompt of kind '/', ':', 'p', 'y' or 'k' with the label (NULL: the
 * kind character) and the initial text; done gets the text on Enter and
 * returns the reaction (it may open the next prompt). Returns the
 * reaction. */
int prompt_ask(struct app *a, char kind, const char *label, const char *init, prompt_done_fn done);
/* Tab completes tag names in the open prompt. */
void prompt_complete_tags(void);
/* 1 while a prompt is open. */
int prompt_active(void);
/* A key for the open prompt; the reaction. */
int prompt_key(struct app *a, int key);
/* Draws the status line (or the prompt) into a->status. */
void status_draw(struct app *a);
/* Frees the prompt and its history (at the end). */
void prompt_free_all(void);

#endif
