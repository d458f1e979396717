/* cli.h -- the command line: one command per file, each exporting one
 * const struct cli_cmd (as tmux's cmd-*.c do). The table lives in cli.c.
 *
 * A command returns its exit status: 0 ok, 1 a bad input or operation
 * (message printed as "gloss: FILE: what"), 2 bad usage. */
#ifndef GLOSS_CLI_H
#define GLOSS_CLI_H

#include <stdio.h>

#include "util.h"

struct library;

struct cli_cmd {
	const char *name;     /* "list" */
	const char *args;     /* "[DIR] [--tag T] [--json]", translated with _() */
	const char *summary;  /* one line for --help, translated with _() */
	int (*run)(int argc, char **argv); /* argv[0] is the command name */
};

/* Options that apply to every command, parsed before the command name. */
struct cli_global {
	const char *db;       /* --db PATH */
	int color;            /* --color: -1 auto, 0 never, 1 always */
};
extern struct cli_global cli_opt;

/* Finds a command by name, or NULL. */
const struct cli_cmd *cli_find(const char *name);
/* Prints each command's name, a tab and its summary, one a line
 * (gloss --commands, for the shell completion in completion/). */
void cli_commands(FILE *out);
/* Prints the list of commands (gloss --help). */
void cli_help(FILE *out);
/* Runs argv (argv[0] is the command name). */
int cli_main(int argc, char **argv);

/* "gloss: what\n" on stderr; returns 1. */
int cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "gloss: CMD: what\nTry 'gloss --help'." on stderr; returns 2. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes s to out, sanitized when out is a terminal (README.md, "Articles"). */
void cli_put(FILE *out, const char *s, size_t n);
void cli_puts(FILE *out, const char *s);
/* Appends an untrusted field of a tab-separated row: a newline, CR or tab
 * in it becomes a space, so that no title or path can split the row. */
void cli_field(struct sb *row, const char *s);

/* Opens the library of dir (NULL: the default) honouring --db. Prints the
 * error and returns NULL on failure; prints the library's note once. A
 * folder with no article and no sidecar is an error ("no articles in
 * DIR"): no command leaves a sidecar where there is nothing to read. */
struct library *cli_library(const char *dir, int sync_mode);
/* Opens the library that holds FILE; *relpath gets FILE relative to it. */
struct library *cli_library_of(const char *file, char **relpath, int sync_mode);

/* Option parsing: a command calls cli_getopt_start() and then getopt_long()
 * with a "+:" short-option string; on '?' or ':' it returns
 * cli_bad_option(), which prints the usage error (exit status 2). */
void cli_getopt_start(void);
/* Parses a count option's value (--limit N, N >= 0) into *out; prints the
 * usage error and returns 2 when it is not one. */
int cli_count_option(const char *cmd, const char *opt, const char *v, long *out);
int cli_bad_option(int argc, char **argv, int c);

extern const struct cli_cmd cmd_entities, cmd_entity;
extern const struct cli_cmd cmd_add, cmd_extract;
extern const struct cli_cmd cmd_feed;
/* --timeout (T), --max-size (M), --user-agent (U) of add and extract into
 * fo (cmd-add.c); prints the usage error and returns 2 for a bad value. */
struct fetch_opts;
int cli_fetch_option(const char *cmd, int c, const char *value, struct fetch_opts *fo);
extern const struct cli_cmd cmd_note, cmd_notes, cmd_export, cmd_import_notes, cmd_mentions;
extern const struct cli_cmd cmd_list, cmd_show, cmd_search, cmd_tag, cmd_untag, cmd_tags, cmd_sync;

#endif
