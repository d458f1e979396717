/* browser.h -- opening an address in the person's web browser, and the
 * terminal's clipboard. Curses-free, so that the unit tests run it.
 *
 * The browser is $BROWSER as browsers and other programs read it: a list
 * of commands separated by ':', each split into words at blanks (no
 * shell, no quoting); in a word "%s" stands for the address and "%%" for
 * '%', and a command with no "%s" gets the address as its last word. The
 * first command whose program can be executed (a path, or a name found on
 * $PATH) wins; without $BROWSER, or when none of its commands can run,
 * xdg-open. Only what link_openable accepts is ever opened.
 *
 * A terminal browser takes over the terminal: the caller leaves curses,
 * browser_run waits for it, the caller comes back. A graphical one runs
 * detached (its own session, stdin, stdout and stderr on /dev/null, no
 * zombie left behind). The rule: a program named lynx, w3m, links,
 * links2, elinks, browsh, carbonyl or www-browser is a terminal browser;
 * so is any program when neither $DISPLAY nor $WAYLAND_DISPLAY is set
 * (no graphical session to show a window in); otherwise it is graphical. */
#ifndef GLOSS_TUI_BROWSER_H
#define GLOSS_TUI_BROWSER_H

struct browser_cmd {
	char **argv;      /* NULL-terminated, the address in it; owned */
	char *path;       /* the program to execute; owned */
	int terminal;     /* runs in this terminal (see above) */
};

/* The command that opens url with browser (the value of $BROWSER, or
 * NULL). Returns 0, or -1 with err_set() when url may not be opened or no
 * program can run it. */
int browser_find(const char *browser, const char *url, struct browser_cmd *out);
void browser_cmd_free(struct browser_cmd *c);

/* Whether the program (a name or path) is a terminal browser by the rule
 * above, with display the value of $DISPLAY or $WAYLAND_DISPLAY (NULL or
 * "" when neither is set). */
int browser_is_terminal(const char *program, const char *display);

/* Runs c with fork and exec: a terminal browser in the foreground, waited
 * for (SIGINT and SIGQUIT go to it, not to gloss, while it runs); a
 * graphical one detached. Returns 0, or -1 with err_set() when it could
 * not be started or a terminal browser failed. */
int browser_run(const struct browser_cmd *c);

/* Runs program (a path, or a name looked for on $PATH) with argv in the
 * foreground and waits for it: a terminal browser, $EDITOR. SIGINT and
 * SIGQUIT go to it, not to gloss, while it runs (as with system()).
 * Returns its exit status (127: it could not be executed; 128 + N: killed
 * by signal N), or -1 with err_set() when it could not be started. */
int browser_foreground(const char *program, char *const argv[]);

/* The OSC 52 sequence that puts text in the terminal's clipboard (text
 * base64-encoded, so no byte of it reaches the terminal raw); caller
 * frees. */
char *browser_osc52(const char *text);

#endif
