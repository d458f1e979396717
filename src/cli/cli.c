/* cli.c -- the command table and what every command shares.
 *
 * Each command lives in its own cmd-NAME.c and exports one struct cli_cmd;
 * this file only finds them, prints help, and gives them the same way to
 * report errors and to open a library. Output that may reach a terminal
 * goes through cli_put(), which sanitizes it when stdout is a terminal. */
#include "system.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "core.h"
#include "export.h"
#include "library.h"
#include "sanitize.h"

struct cli_global cli_opt = { NULL, -1 };

static const struct cli_cmd *const commands[] = {
	&cmd_list,
	&cmd_show,
	&cmd_search,
	&cmd_tag,
	&cmd_untag,
	&cmd_tags,
	&cmd_sync,
	&cmd_note, &cmd_notes, &cmd_export, &cmd_import_notes, &cmd_mentions,
	&cmd_entities,
	&cmd_entity,
	&cmd_add, &cmd_extract,
	&cmd_feed,
	NULL
};

/* An example for each command's --help: a line a new user can try on the
 * sample library. */
static const struct {
	const char *name, *example;
} examples[] = {
	{ "list", "gloss list seeds --tag korea" },
	{ "show", "gloss show seeds/2024-01-11-state-blinken-cho-call.txt --color=always" },
	{ "search", "gloss search 'Blinken \"foreign minister\" -Marcos' seeds" },
	{ "tag", "gloss tag seeds/2024-01-11-state-blinken-cho-call.txt korea calls" },
	{ "untag", "gloss untag seeds/2024-01-11-state-blinken-cho-call.txt calls" },
	{ "tags", "gloss tags seeds" },
	{ "sync", "gloss sync seeds" },
	{ "note", "gloss note add seeds/2024-01-11-state-blinken-cho-call.txt --quote 'Cho Tae-yul' --note 'new minister'" },
	{ "notes", "gloss notes seeds --tag korea --json" },
	{ "export", "gloss export --format json seeds -o notes.json" },
	{ "import-notes", "gloss import-notes notes.json seeds" },
	{ "mentions", "gloss mentions 'Cho Tae-yul' seeds" },
	{ "entities", "gloss entities seeds/2024-01-11-state-blinken-cho-call.txt --types person" },
	{ "entity", "gloss entity set 'Defence Talks' place seeds" },
	{ "add", "gloss add https://example.org/news/the-story" },
	{ "extract", "gloss extract saved-page.html --url https://example.org/news/the-story" },
	{ "feed", "gloss feed import subscriptions.opml && gloss feed update" },
};

/* `gloss COMMAND --help`: its usage, what it does, an example. */
static void command_help(const struct cli_cmd *c)
{
	printf(_("Usage: gloss [OPTION]... %s %s\n"), c->name, _(c->args));
	printf("%s\n", _(c->summary));
	for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
		if (strcmp(examples[i].name, c->name) == 0)
			printf(_("\nExample:\n  %s\n"), examples[i].example);
	printf(_("\nOPTION (before the command): --db PATH, --color=WHEN, --dict NAME.\n"
		 "The README and gloss(1) say more; 'gloss --help' lists every command.\n"));
}

/* 1 when argv asks for the command's help: -h or --help before any "--". */
static int wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	return 0;
}

const struct cli_cmd *cli_find(const char *name)
{
	for (size_t i = 0; commands[i]; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

void cli_commands(FILE *out)
{
	for (size_t i = 0; commands[i]; i++)
		fprintf(out, "%s\t%s\n", commands[i]->name, _(commands[i]->summary));
}

void cli_help(FILE *out)
{
	fprintf(out, _("Usage: gloss [OPTION]... [DIR|FILE]\n"
		       "       gloss [OPTION]... COMMAND [ARG]...\n"
		       "Read and annotate articles in the terminal.\n\n"
		       "With no command, open the interface on DIR (or the folder of FILE, or the\n"
		       "default library: $GLOSS_LIBRARY, else $XDG_DATA_HOME/gloss/library).\n\n"
		       "Commands:\n"));
	for (size_t i = 0; commands[i]; i++) {
		struct sb line = SB_INIT;
		sb_addf(&line, "%s %s", commands[i]->name, _(commands[i]->args));
		/* A long synopsis gets its summary on the next line; the
		 * columns count as the terminal shows them (a translated
		 * synopsis may have wide characters). */
		size_t w = san_width(line.s, line.len);
		if (w > 44) {
			sb_adds(&line, "\n  ");
			w = 0;
		}
		fprintf(out, "  %s%*s %s\n", line.s, (int)(44 - w), "", _(commands[i]->summary));
		sb_release(&line);
	}
	fprintf(out, _("\nExport formats (export --format FORMAT; the first is the default):\n"));
	const struct export_fmt *row;
	for (int f = 0; (row = export_format_row((enum export_format)f)); f++)
		fprintf(out, "  %-8s %s\n", row->name, _(row->desc));
	/* TRANSLATORS: keep the options as they are and the descriptions
	 * in one column (two spaces after the widest option). */
	fprintf(out, _("\nOptions:\n"
		       "  --db PATH         use the sidecar at PATH instead of DIR/.gloss.db\n"
		       "  --color=WHEN      colour output: auto, always or never\n"
		       "  --dict NAME|PATH  spelling dictionary of the note editor (default: the locale's, else en_US)\n"
		       "  --commands        list the commands, one a line: NAME, a tab, what it does\n"
		       "  -h, --help        show this help and exit\n"
		       "  -V, --version     show the version and exit\n\n"
		       "Exit status: 0 ok, 1 a bad input or operation, 2 bad usage.\n"));
}

int cli_main(int argc, char **argv)
{
	const struct cli_cmd *c = cli_find(argv[0]);
	if (!c)
		return cli_usage(NULL, _("'%s' is not a command"), argv[0]);
	if (wants_help(argc, argv)) {
		command_help(c);
		return fflush(stdout) != 0 ? cli_fail(_("write error")) : 0;
	}
	fflush(stdout);
	int r = c->run(argc, argv);
	if (fflush(stdout) != 0 && r == 0)
		r = cli_fail(_("write error"));
	return r;
}

int cli_fail(const char *fmt, ...)
{
	struct sb m = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&m, fmt, ap);
	va_end(ap);
	/* The message may quote file names or article text: never raw. */
	char *safe = san_str(m.s, SAN_KEEP_TAB);
	fprintf(stderr, "gloss: %s\n", safe);
	free(safe);
	sb_release(&m);
	return 1;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	struct sb m = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&m, fmt, ap);
	va_end(ap);
	char *safe = san_str(m.s, SAN_KEEP_TAB);
	if (cmd)
		fprintf(stderr, "gloss: %s: %s\n", cmd, safe);
	else
		fprintf(stderr, "gloss: %s\n", safe);
	const struct cli_cmd *c = cmd ? cli_find(cmd) : NULL;
	if (c) {
		fprintf(stderr, _("Usage: gloss %s %s\n"), c->name, _(c->args));
		fprintf(stderr, _("Try 'gloss %s --help' for more information.\n"), c->name);
	} else {
		fprintf(stderr, _("Try 'gloss --help' for more information.\n"));
	}
	free(safe);
	sb_release(&m);
	return 2;
}

static int out_is_tty = -1;

void cli_put(FILE *out, const char *s, size_t n)
{
	if (out_is_tty < 0)
		out_is_tty = isatty(STDOUT_FILENO);
	if (out == stdout && !out_is_tty) {
		fwrite(s, 1, n, out);
		return;
	}
	struct sb b = SB_INIT;
	san_append(&b, s, n, SAN_KEEP_NEWLINE | SAN_KEEP_TAB);
	fwrite(b.s, 1, b.len, out);
	sb_release(&b);
}

void cli_puts(FILE *out, const char *s)
{
	cli_put(out, s, strlen(s));
}

void cli_field(struct sb *row, const char *s)
{
	size_t from = row->len;
	sb_adds(row, s);
	for (size_t i = from; i < row->len; i++)
		if (row->s[i] == '\n' || row->s[i] == '\r' || row->s[i] == '\t')
			row->s[i] = ' ';
}

static void show_note(struct library *l)
{
	if (l->note)
		cli_fail("%s", l->note);
}

struct library *cli_library(const char *dir, int sync_mode)
{
	char *def = dir ? NULL : lib_default_dir();
	struct library *l = lib_open(dir ? dir : def, cli_opt.db, sync_mode | LIB_IF_ARTICLES);
	if (!l)
		cli_fail("%s", err_msg());
	else
		show_note(l);
	free(def);
	return l;
}

struct library *cli_library_of(const char *file, char **relpath, int sync_mode)
{
	char *dir;
	if (lib_locate(file, &dir, relpath) < 0) {
		cli_fail("%s", err_msg());
		return NULL;
	}
	struct library *l = lib_open(dir, cli_opt.db, sync_mode);
	free(dir);
	if (!l) {
		cli_fail("%s", err_msg());
		xfree(relpath);
		return NULL;
	}
	show_note(l);
	if (lib_refresh(l, *relpath) < 0) {
		cli_fail("%s: %s", file, err_msg());
		lib_close(&l);
		xfree(relpath);
		return NULL;
	}
	return l;
}

void cli_getopt_start(void)
{
	optind = 0;   /* GNU: start afresh for this argv */
	opterr = 0;   /* our own messages, with the command's usage */
}

int cli_bad_option(int argc, char **argv, int c)
{
	const char *opt = optind > 0 && optind <= argc ? argv[optind - 1] : "?";
	if (c == ':')
		return cli_usage(argv[0], _("option '%s' needs a value"), opt);
	return cli_usage(argv[0], _("unknown option '%s'"), opt);
}

int cli_count_option(const char *cmd, const char *opt, const char *v, long *out)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (end == v || *end || n < 0 || errno)
		return cli_usage(cmd, _("%s needs a number, not '%s'"), opt, v);
	*out = n;
	return 0;
}
