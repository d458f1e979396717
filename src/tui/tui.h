/* tui.h -- the terminal interface: the one entry point main.c calls.
 *
 * Runs the ncurses reader on a library folder or on one article file (its
 * folder opens, with the file selected and open). dir_or_file NULL means
 * the default library; db_path NULL means the library's own sidecar.
 * Returns the exit status: 0 after q, 1 when the library cannot be opened
 * (the message is on stderr), 128 + signal number after SIGTERM, SIGHUP or
 * SIGINT. The terminal is restored on every one of these paths. stdin and
 * stdout must be a terminal. */
#ifndef GLOSS_TUI_H
#define GLOSS_TUI_H

int tui_main(const char *dir_or_file, const char *db_path);

#endif
