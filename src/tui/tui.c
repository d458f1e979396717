/* tui.c -- the interface's entry point (minimal first screen: the list of
 * the library's articles; the full interface replaces this). */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "library.h"
#include "sanitize.h"
#include "store.h"
#include "tui.h"

struct rows {
	char **title;
	size_t n, cap;
};

static int add_row(const struct store_article *a, void *ctx)
{
	struct rows *r = ctx;
	XGROW(r->title, r->cap, r->n + 1);
	r->title[r->n++] = san_str(a->title, 0);
	return 0;
}

int tui_main(const char *target, const char *db_path)
{
	char *def = target ? NULL : lib_default_dir();
	struct library *l = lib_open(target ? target : def, db_path, LIB_SYNC_FULL);
	free(def);
	if (!l) {
		fprintf(stderr, "gloss: %s\n", err_msg());
		return 1;
	}
	struct rows r = { 0 };
	store_articles(l->store, NULL, 0, add_row, &r);
	initscr();
	cbreak();
	noecho();
	curs_set(0);
	mvprintw(0, 0, _("Library: %s (%zu)"), l->dir, r.n);
	for (size_t i = 0; i < r.n && (int)i + 2 < LINES; i++)
		mvaddnstr((int)i + 2, 2, r.title[i], COLS - 3);
	mvaddstr(LINES - 1, 0, _("q: quit"));
	refresh();
	while (getch() != 'q')
		;
	endwin();
	for (size_t i = 0; i < r.n; i++)
		free(r.title[i]);
	free(r.title);
	lib_close(&l);
	return 0;
}
