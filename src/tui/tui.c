/* tui.c -- start and end of the terminal interface (see tui.h).
 *
 * Opens the library, loads the article list, sets the terminal up, runs
 * the loop, and puts the terminal back whatever way the loop ends. Signal
 * handlers (SIGTERM, SIGHUP, SIGINT) only set tui_signal; ncurses handles
 * SIGTSTP (Ctrl-Z: restore, stop, redraw on resume) and SIGWINCH (as
 * KEY_RESIZE). */
#include "system.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actions.h"
#include "addpage.h"
#include "config.h"
#include "editor.h"
#include "layout.h"
#include "library.h"
#include "loop.h"
#include "correct.h"
#include "notes.h"
#include "prompt.h"
#include "query.h"
#include "theme.h"
#include "tui.h"
#include "util.h"
#include "view-entities.h"
#include "view-feeds.h"
#include "view-help.h"
#include "view-list.h"
#include "view-links.h"
#include "view-mentions.h"
#include "view-notes.h"
#include "view-reader.h"

volatile sig_atomic_t tui_signal;
static SCREEN *screen;

static void on_signal(int sig)
{
	tui_signal = sig;
}

static void restore_terminal(void)
{
	if (screen && !isendwin())
		endwin();
}

static void views_init(struct app *a)
{
	static const struct view_ops *const ops[VIEW_N] = {
		[VIEW_LIST] = &view_list_ops,
		[VIEW_READER] = &view_reader_ops,
		[VIEW_ENTITIES] = &view_entities_ops,
		[VIEW_NOTES] = &view_notes_ops,
		[VIEW_MENTIONS] = &view_mentions_ops,
		[VIEW_LINKS] = &view_links_ops,
		[VIEW_FEEDS] = &view_feeds_ops,
		[VIEW_HELP] = &view_help_ops,
	};
	for (int v = 0; v < VIEW_N; v++) {
		a->views[v].ops = ops[v];
		a->views[v].data = ops[v]->init(a);
	}
}

static void free_app(struct app *a)
{
	app_close(a);
	for (int v = 0; v < VIEW_N; v++)
		if (a->views[v].ops) {
			a->views[v].ops->free(a->views[v].data);
			a->views[v].data = NULL;
		}
	app_free_entries(a);
	editor_free_all();
	prompt_free_all();
	notes_free_all();
	correct_free_all();
	addpage_free_all();
	free(a->open.search);
	free(a->msg);
	strv_free(a->log, a->nlog);
	free(a->dir);
}

static void signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;   /* no SA_RESTART: the read of a key returns */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

static int start_curses(struct app *a)
{
	const char *term = getenv("TERM") ? getenv("TERM") : "";
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fprintf(stderr, _("gloss: cannot use the terminal (TERM=%s)\n"), term);
		return -1;
	}
	/* A terminal that cannot place the cursor (TERM=dumb) would show a
	 * blank screen: say so, and what works there. */
	const char *cup = tigetstr("cup");
	if (!cup || cup == (const char *)-1) {
		endwin();
		delscreen(screen);
		screen = NULL;
		fprintf(stderr, _("gloss: the terminal (TERM=%s) cannot place the cursor; "
				  "gloss list and gloss show work on it\n"), term);
		return -1;
	}
	atexit(restore_terminal);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 500);
	set_escdelay(25);
	curs_set(0);
	/* stdscr is never drawn on: refresh it once so that reading keys
	 * from it does not repaint it over the panes later. */
	refresh();
	theme_init();
	struct keymap_codes c = { KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE,
		KEY_HOME, KEY_END, KEY_BACKSPACE, KEY_DC, KEY_IC, KEY_ENTER, KEY_F0, KEY_BTAB };
	actions_init(&c);
	a->mouse = 1;
	config_load(a);
	if (a->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
			  | BUTTON5_PRESSED
#endif
			  , NULL);
		mouseinterval(0);
	}
	return 0;
}

int tui_main(const char *dir_or_file, const char *db_path)
{
	struct app app, *a = &app;
	memset(a, 0, sizeof *a);
	app_selection_clear(a);
	a->focus = VIEW_LIST;
	a->side = VIEW_ENTITIES;
	views_init(a);
	char *rel = NULL;
	struct stat st;
	if (!dir_or_file) {
		a->dir = lib_default_dir();
	} else if (stat(dir_or_file, &st) == 0 && !S_ISDIR(st.st_mode)) {
		if (lib_locate(dir_or_file, &a->dir, &rel) < 0) {
			fprintf(stderr, "gloss: %s\n", err_msg());
			return 1;
		}
	} else if (stat(dir_or_file, &st) < 0) {
		fprintf(stderr, "gloss: %s: %s\n", dir_or_file, strerror(errno));
		return 1;
	} else {
		a->dir = xstrdup(dir_or_file);
	}
	/* The first screen comes first: open with a quick sync (folders
	 * unchanged: trust the sidecar), and look at every file right after
	 * the first screen is drawn (app_deferred_sync). */
	a->lib = lib_open(a->dir, db_path, LIB_SYNC_QUICK);
	a->sync_pending = 1;
	if (!a->lib) {
		fprintf(stderr, "gloss: %s\n", err_msg());
		free(rel);
		free_app(a);
		return 1;
	}
	if (app_load_entries(a, NULL) < 0) {
		fprintf(stderr, "gloss: %s\n", err_msg());
		lib_close(&a->lib);
		free(rel);
		free_app(a);
		return 1;
	}
	query_version(a->lib, &a->version);
	const char *hl_error = NULL;
	a->hl = lib_engine(a->lib);
	if (!a->hl)
		hl_error = err_msg();
	for (int t = 0; t < HL_NTYPES; t++)
		a->open.hl_on[t] = 1;
	a->max_width = 80;
	signals();
	int status = 1;
	if (start_curses(a) == 0) {
		if (a->lib->note)
			app_msg(a, 0, "%s", a->lib->note);
		if (hl_error)
			app_msg(a, 1, _("Highlights off: %s"), hl_error);
		/* The panes first, so that the article named or the draft's is
		 * wrapped once, at the width it is shown. */
		layout_apply(a);
		if (rel && app_find(a, rel) < a->nents)
			app_open(a, app_find(a, rel));
		notes_offer_draft(a);
		status = loop_run(a);
		if (editor_active())
			editor_idle(a);   /* a signal ended it: the note is offered next time */
		if (a->read_pending)
			app_deferred_sync(a);   /* ended before the first screen */
		app_close(a);
		layout_free(a);
		endwin();
		delscreen(screen);
		screen = NULL;
	}
	lib_close(&a->lib);
	free(rel);
	free_app(a);
	return status;
}
