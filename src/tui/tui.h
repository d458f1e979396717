/* tui.h -- the ncurses interface's entry point. */
#ifndef GLOSS_TUI_H
#define GLOSS_TUI_H

/* Runs the interface on target (a folder, a file in a library, or NULL for
 * the default library) with the sidecar db_path (NULL: the library's own).
 * Returns the exit status. */
int tui_main(const char *target, const char *db_path);

#endif
