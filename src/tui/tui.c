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

#include "app.h"
#include "library.h"
#include "spell.h"
#include "store.h"
#include "theme.h"
#include "tui.h"
#include "util.h"

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

static void free_entries(struct app *a)
{
	for (size_t i = 0; i < a->nents; i++) {
		struct entry *e = &a->ents[i];
		free(e->path);
		free(e->title);
		free(e->date);
		free(e->source);
		free(e->tags);
	}
	a->nents = 0;
}

static int add_entry(const struct store_article *sa, void *ctx)
{
	struct app *a = ctx;
	XGROW(a->ents, a->cap, a->nents + 1);
	struct entry *e = &a->ents[a->nents++];
	e->id = sa->id;
	e->path = xstrdup(sa->path);
	e->title = xstrdup(sa->title && sa->title[0] ? sa->title : sa->path);
	e->date = xstrdup(sa->date ? sa->date : "");
	e->source = xstrdup(sa->source ? sa->source : "");
	e->tags = xstrdup(sa->tags ? sa->tags : "");
	e->read = sa->read;
	e->position = sa->position;
	return 0;
}

int app_deferred_sync(struct app *a)
{
	a->sync_pending = 0;
	if (lib_sync(a->lib, LIB_SYNC_FULL) < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	if (!a->lib->changed)
		return R_NONE;
	char *tag = a->filter ? xstrdup(a->filter) : NULL;  /* reload frees a->filter */
	int react = app_reload(a, tag) | R_LIST | R_STATUS;
	free(tag);
	return react;
}

/* The open article's index in ents changes: the caller closes it first
 * (app_filter). */
int app_load_entries(struct app *a, const char *tag)
{
	free_entries(a);
	free(a->filter);
	a->filter = tag ? xstrdup(tag) : NULL;
	a->sel = a->list_top = 0;
	return store_articles(a->lib->store, tag, 0, add_entry, a);
}

static void free_app(struct app *a)
{
	free_entries(a);
	free(a->ents);
	store_note_list_clear(&a->notes);
	mentions_clear(a);
	for (size_t i = 0; i < a->ncooc; i++)
		free(a->cooc[i].key);
	free(a->cooc);
	editor_free(a);
	spell_free(&a->spell);
	free(a->dict);
	for (size_t i = 0; i < a->nnote_hist; i++)
		free(a->note_hist[i]);
	free(a->note_hist);
	free(a->filter);
	free(a->export_pending);
	prompt_free(a);
	free(a->sitems);
	free(a->msg);
	free(a->r.search);
	free(a->r.title_s);
	free(a->r.meta_s);
	for (size_t i = 0; i < a->nhistory; i++)
		free(a->history[i]);
	free(a->history);
	sb_release(&a->prompt.text);
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
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fprintf(stderr, _("gloss: cannot use the terminal (TERM=%s)\n"), getenv("TERM") ? getenv("TERM") : "");
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
	keymap_init(&c);
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
	sb_init(&a->prompt.text);
	sb_init(&a->ed.text);
	a->r.sel_anchor = a->r.press = SIZE_MAX;
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
	const struct hl_engine *hl = NULL;
	const char *hl_error = NULL;
	hl = lib_engine(a->lib);
	if (!hl)
		hl_error = err_msg();
	a->hl = hl;
	for (int t = 0; t < HL_NTYPES; t++)
		a->r.hl_on[t] = 1;
	a->max_width = 80;
	signals();
	int status = 1;
	if (start_curses(a) == 0) {
		if (a->lib->note)
			app_msg(a, 0, "%s", a->lib->note);
		if (hl_error)
			app_msg(a, 1, _("Highlights off: %s"), hl_error);
		if (rel) {
			for (size_t i = 0; i < a->nents; i++)
				if (strcmp(a->ents[i].path, rel) == 0) {
					a->sel = i;
					app_open(a, i);
					break;
				}
		}
		status = loop_run(a);
		app_close_article(a);
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
