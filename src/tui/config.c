/* config.c -- $XDG_CONFIG_HOME/gloss/config and the `:` command line.
 *
 * One command a line, newsboat-like:
 *
 *   bind KEY ACTION        (ACTION "none" unbinds)
 *   unbind KEY
 *   color ELEMENT FG BG [ATTR...]
 *   set max-width N        (0: as wide as the pane)
 *   set mouse on|off
 *   set dictionary NAME    (hunspell: en_GB, or a path without .aff/.dic)
 *   set osc52 on|off       (y in the links pane copies to the terminal's clipboard)
 *   set fetch-timeout S, set fetch-max-size MB, set user-agent TEXT (`A`)
 *   set feed-interval MINUTES (0 or off: feeds update only with `U`; a
 *                          fraction too: 0.5 is 30 seconds)
 *
 * and on the `:` line only: tag NAME, untag NAME,
 * filter [tag:NAME | feed:NAME | unread],
 * export[!] [FORMAT] [FILE], q, or an action's name (keymap.h).
 *
 * '#' starts a comment. A bad line gives a message with its line number and
 * is skipped; the rest of the file still applies. */
#include "system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "addpage.h"
#include "config.h"
#include "editor.h"
#include "notes.h"
#include "settings.h"
#include "theme.h"
#include "util.h"

#define MAXARGS 16

static int fail(char **why, const char *fmt, const char *arg)
{
	struct sb b = SB_INIT;
	sb_addf(&b, fmt, arg);
	*why = sb_detach(&b);
	return -1;
}

/* `set OPTION on|off`: *out set, or -1 with *why. */
static int set_on_off(int *out, const char *value, char **why)
{
	if (strcmp(value, "on") != 0 && strcmp(value, "off") != 0)
		return fail(why, _("bad value '%s' (on or off)"), value);
	*out = value[1] == 'n';
	return 0;
}

int config_line(struct app *a, const char *line, int interactive, char **why)
{
	char *copy = xstrdup(line);
	char *argv[MAXARGS];
	int argc = settings_split(copy, argv, MAXARGS);
	int r = 0;
	*why = NULL;
	if (argc < 0) {
		r = fail(why, "%s", _("too many words"));
	} else if (argc == 0) {
		r = 0;
	} else if (strcmp(argv[0], "bind") == 0 || strcmp(argv[0], "unbind") == 0) {
		int unbind = argv[0][0] == 'u';
		if (argc != (unbind ? 2 : 3)) {
			r = fail(why, "%s", unbind ? _("usage: unbind KEY") : _("usage: bind KEY ACTION"));
		} else {
			int key = keymap_parse(argv[1]);
			const struct action *act = unbind ? NULL : keymap_action(argv[2]);
			if (key < 0)
				r = fail(why, _("unknown key '%s'"), argv[1]);
			else if (!unbind && !act && strcmp(argv[2], "none") != 0)
				r = fail(why, _("unknown action '%s'"), argv[2]);
			else
				keymap_bind(key, act);
			if (r == 0)
				r = R_HELP;
		}
	} else if (strcmp(argv[0], "color") == 0 || strcmp(argv[0], "colour") == 0) {
		const char *w;
		if (theme_set(argc - 1, argv + 1, &w) < 0)
			r = fail(why, "%s", w);
		else
			r = R_PANES;
	} else if (strcmp(argv[0], "set") == 0) {
		if (argc != 3) {
			r = fail(why, "%s", _("usage: set OPTION VALUE"));
		} else if (strcmp(argv[1], "max-width") == 0) {
			char *end;
			errno = 0;
			long v = strtol(argv[2], &end, 10);
			if (*end || v < 0 || v > 10000 || errno)
				r = fail(why, _("bad width '%s'"), argv[2]);
			else {
				a->max_width = (int)v;
				r = R_RELAYOUT;
			}
		} else if (strcmp(argv[1], "mouse") == 0) {
			r = set_on_off(&a->mouse, argv[2], why);
			if (r == 0 && interactive)
				mousemask(a->mouse ? ALL_MOUSE_EVENTS : 0, NULL);
		} else if (strcmp(argv[1], "osc52") == 0) {
			r = set_on_off(&a->osc52, argv[2], why);
		} else if (strcmp(argv[1], "dictionary") == 0 || strcmp(argv[1], "dict") == 0) {
			editor_set_dict(argv[2]);
		} else if (strcmp(argv[1], "feed-interval") == 0) {
			/* Minutes; a fraction too (0.5: 30 seconds). */
			char *end;
			errno = 0;
			double v = strcmp(argv[2], "off") == 0 ? 0 : strtod(argv[2], &end);
			if (strcmp(argv[2], "off") != 0 && (*end || !(v >= 0 && v <= 100000) || errno))
				r = fail(why, _("bad interval '%s' (minutes, or off)"), argv[2]);
			else   /* a second at least */
				a->feed_interval_ms = v > 0 && v * 60000 < 1000 ? 1000 : (int64_t)(v * 60000);
		} else if ((r = addpage_set(argv[1], argv[2])) != 0) {
			/* fetch-timeout, fetch-max-size, user-agent (fetch.h) */
			r = r < 0 ? fail(why, "%s", err_msg()) : 0;
		} else {
			r = fail(why, _("unknown option '%s'"), argv[1]);
		}
	} else if (interactive && (strcmp(argv[0], "tag") == 0 || strcmp(argv[0], "untag") == 0)) {
		int untag = argv[0][0] == 'u';
		if (argc != 2) {
			r = fail(why, "%s", untag ? _("usage: untag NAME") : _("usage: tag NAME"));
		} else {
			r = notes_tag_now(a, argv[1], untag);
		}
	} else if (interactive && strcmp(argv[0], "filter") == 0) {
		if (argc == 1)
			r = app_filter(a, NULL, NULL, 0);
		else if (argc == 2 && strncmp(argv[1], "tag:", 4) == 0 && argv[1][4])
			r = app_filter(a, argv[1] + 4, NULL, 0);
		else if (argc == 2 && strncmp(argv[1], "feed:", 5) == 0 && argv[1][5] && !strchr(argv[1] + 5, '/'))
			r = app_filter(a, NULL, argv[1] + 5, 0);
		else if (argc == 2 && strcmp(argv[1], "unread") == 0)
			r = app_filter(a, NULL, NULL, 1);
		else
			r = fail(why, "%s", _("usage: filter [tag:NAME | feed:NAME | unread]"));
	} else if (interactive && (strcmp(argv[0], "export") == 0 || strcmp(argv[0], "export!") == 0)) {
		/* export! overwrites, like :w! */
		if (argc > 3) {
			char *names = export_format_names("|");
			r = fail(why, _("usage: export [%s] [FILE]"), names);
			free(names);
		} else {
			const char *fmt = argc > 1 ? argv[1] : export_format_name(EXPORT_MD);
			r = notes_export(a, fmt, argc > 2 ? argv[2] : NULL, argv[0][6] == '!');
		}
	} else if (interactive && argc == 1 && (strcmp(argv[0], "q") == 0 || strcmp(argv[0], "quit") == 0)) {
		r = R_QUIT;
	} else if (interactive && argc == 1 && keymap_action(argv[0])) {
		r = app_run(a, keymap_action(argv[0]));
	} else {
		r = fail(why, _("unknown command '%s'"), argv[0]);
	}
	free(copy);
	return r;
}

int config_command(struct app *a, const char *line)
{
	char *why = NULL;
	int r = config_line(a, line, 1, &why);
	if (r < 0) {
		app_msg(a, 1, "%s", why);
		free(why);
		return R_STATUS;
	}
	return r;
}

void config_load(struct app *a)
{
	char *path = settings_path();
	if (!path)
		return;
	FILE *f = fopen(path, "r");
	if (!f) {
		if (errno != ENOENT)
			app_msg(a, 1, "%s: %s", path, strerror(errno));
		free(path);
		return;
	}
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0, bad = 0;
	char *first = NULL;
	while (getline(&line, &cap, f) >= 0) {
		lineno++;
		char *why;
		if (config_line(a, line, 0, &why) < 0) {
			struct sb b = SB_INIT;
			sb_addf(&b, "%s:%ld: %s", path, lineno, why);
			if (!bad++)
				first = xstrdup(b.s);
			else
				app_log(a, "%s", b.s);   /* every one is in :messages */
			sb_release(&b);
			free(why);
		}
	}
	free(line);
	fclose(f);
	if (bad == 1)
		app_msg(a, 1, "%s", first);
	else if (bad > 1)
		app_msg(a, 1, ngettext("%s (and %ld more bad line: :messages lists them)",
				       "%s (and %ld more bad lines: :messages lists them)", bad - 1), first, bad - 1);
	free(first);
	free(path);
}
