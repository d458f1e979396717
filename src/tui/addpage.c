/* addpage.c -- `A`: a web page or a file added to the library (addpage.h).
 *
 * The download blocks the loop, so while it runs the progress callback is
 * the one place outside loop.c that paints: it puts the status line out
 * itself (status_draw, doupdate), at most ten times a second, and reads
 * the keyboard without waiting: Esc (or Ctrl-G) cancels, and so does
 * Ctrl-C (SIGINT, whose flag it takes back, so that gloss does not quit);
 * other keys are dropped, and a resize is remembered for the loop. */
#include "system.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "add.h"
#include "addpage.h"
#include "library.h"
#include "prompt.h"
#include "util.h"

extern volatile sig_atomic_t tui_signal;

static struct fetch_opts settings;

int addpage_set(const char *name, const char *value)
{
	return fetch_opts_set(&settings, name, value);
}

void addpage_free_all(void)
{
	fetch_opts_clear(&settings);
}

struct progress {
	struct app *a;
	const char *what;
	int64_t last_ms;
	int resized;        /* the terminal changed size meanwhile */
};

static int on_progress(void *ctx, size_t got, size_t total)
{
	struct progress *p = ctx;
	if (tui_signal == SIGINT) {
		tui_signal = 0;
		return 1;
	}
	wint_t ch;
	int delay = wgetdelay(stdscr);
	wtimeout(stdscr, 0);
	int rc, esc = 0;
	while ((rc = wget_wch(stdscr, &ch)) != ERR) {
		if (rc == OK && (ch == 27 || ch == 3 || ch == 7))
			esc = 1;
		else if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
			p->resized = 1;
	}
	wtimeout(stdscr, delay);
	if (esc)
		return 1;
	int64_t now = app_now_ms();
	if (now - p->last_ms < 100)
		return 0;
	p->last_ms = now;
	if (total)
		app_msg(p->a, 0, _("Fetching %s ... %zu of %zu KB (Esc cancels)"), p->what, got >> 10, total >> 10);
	else
		app_msg(p->a, 0, _("Fetching %s ... %zu KB (Esc cancels)"), p->what, got >> 10);
	status_draw(p->a);
	doupdate();
	return 0;
}

/* The list reads the library again and opens the article at path. */
static int show_added(struct app *a, const char *path)
{
	int react = app_sync(a);
	size_t n = strlen(a->dir);
	const char *rel = strncmp(path, a->dir, n) == 0 && path[n] == '/' ? path + n + 1 : path;
	size_t i = app_find(a, rel);
	return i < a->nents ? react | app_open(a, i) | R_LIST : react;
}

static int add_done(struct app *a, const char *text)
{
	while (*text == ' ')
		text++;
	char *arg = xstrdup(text);
	size_t n = strlen(arg);
	while (n && arg[n - 1] == ' ')
		arg[--n] = '\0';
	if (!n) {
		free(arg);
		app_msg(a, 0, _("Nothing added"));
		return R_STATUS;
	}
	struct progress p = { a, arg, 0, 0 };
	struct add_opts o = { settings, 0 };
	o.fetch.progress = on_progress;
	o.fetch.ctx = &p;
	o.fetch.owned_ua = NULL;   /* borrowed from settings */
	app_msg(a, 0, _("Fetching %s ... (Esc cancels)"), arg);
	status_draw(a);
	doupdate();
	char *path = NULL;
	int rc = add_one(a->lib, a->dir, arg, &o, &path);
	int react = R_STATUS;
	if (rc < 0) {
		app_error(a);
	} else {
		react |= show_added(a, path);
		const char *base = strrchr(path, '/');
		if (rc == 1)
			app_msg(a, 0, _("Already saved as %s"), base ? base + 1 : path);
		else
			app_msg(a, 0, _("Added %s"), base ? base + 1 : path);
	}
	free(path);
	free(arg);
	return p.resized ? react | R_RELAYOUT | R_CLEAR : react;
}

int addpage_ask(struct app *a, const struct action *act)
{
	(void)act;
	return prompt_ask(a, 'p', _("Add (web address or file): "), "", add_done);
}
