/* cmd-add.c -- `gloss add`: saves web pages (addresses, .html files) and
 * Markdown files (.md) as articles of the library DIR, or of the default
 * one (add.h). */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "add.h"
#include "cli.h"
#include "core.h"
#include "library.h"

int cli_fetch_option(const char *cmd, int c, const char *value, struct fetch_opts *fo)
{
	const char *name = c == 'T' ? "fetch-timeout" : c == 'M' ? "fetch-max-size" : "user-agent";
	if (fetch_opts_set(fo, name, value) < 0)
		return cli_usage(cmd, "%s", err_msg());
	return 0;
}

/* The last argument is the library when it is a folder, or when it is
 * nothing add takes (a folder that is not there is an error then, not a
 * page, so nothing goes to the default library by mistake). */
static int is_dir(const char *s)
{
	struct stat st;
	return stat(s, &st) == 0 && S_ISDIR(st.st_mode);
}

static int run_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "again", no_argument, NULL, 'a' },
		{ "timeout", required_argument, NULL, 'T' },
		{ "max-size", required_argument, NULL, 'M' },
		{ "user-agent", required_argument, NULL, 'U' },
		{ NULL, 0, NULL, 0 },
	};
	struct add_opts o = { 0 };
	if (fetch_opts_config(&o.fetch) < 0) {
		cli_fail("%s", err_msg());
		fetch_opts_clear(&o.fetch);
		return 1;
	}
	int c, r = 0;
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'a')
			o.again = 1;
		else if (c == 'T' || c == 'M' || c == 'U')
			r = cli_fetch_option(argv[0], c, optarg, &o.fetch);
		else
			r = cli_bad_option(argc, argv, c);
	}
	int n = argc - optind;
	if (r == 0 && n < 1)
		r = cli_usage(argv[0], _("give at least one address or file"));
	if (r) {
		fetch_opts_clear(&o.fetch);
		return r;
	}
	char **args = argv + optind;
	char *dir = NULL;
	if (n > 1 && (is_dir(args[n - 1]) || !add_takes(args[n - 1]))) {
		if (!is_dir(args[n - 1])) {
			fetch_opts_clear(&o.fetch);
			return cli_fail(_("%s: no such folder"), args[n - 1]);
		}
		dir = xstrdup(args[--n]);
	} else {
		dir = lib_default_dir();
	}
	/* A quick sync: the sidecar knows the sources of the articles there.
	 * A folder without articles gets its sidecar with the first file
	 * saved, so a failed add leaves it as it was. */
	struct library *l = NULL;
	if (!lib_is_empty(dir, cli_opt.db) && !(l = lib_open(dir, cli_opt.db, LIB_SYNC_QUICK))) {
		free(dir);
		fetch_opts_clear(&o.fetch);
		return cli_fail("%s", err_msg());
	}
	for (int i = 0; i < n; i++) {
		char *path = NULL;
		int rc = add_one(l, dir, args[i], &o, &path);
		if (rc == 0) {
			struct sb line = SB_INIT;
			sb_addf(&line, "%s\n", path);
			cli_put(stdout, line.s, line.len);
			sb_release(&line);
			if (!l && !(l = lib_open(dir, cli_opt.db, LIB_SYNC_QUICK)))
				r = cli_fail("%s", err_msg());
		} else if (rc == 1) {
			r = cli_fail(_("%s: already saved as %s (--again saves another copy)"), args[i], path);
		} else {
			r = cli_fail("%s", err_msg());
		}
		free(path);
	}
	free(dir);
	lib_close(&l);
	fetch_opts_clear(&o.fetch);
	return r;
}

const struct cli_cmd cmd_add = {
	"add", N_("[--again] [--timeout S] [--max-size MB] [--user-agent S] URL|FILE.html|FILE.md... [DIR]"),
	N_("save web pages (as Markdown) and Markdown files in the library; prints each new file"), run_add
};
