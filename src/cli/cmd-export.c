/* cmd-export.c -- `gloss export [--format FORMAT] [--tag T] [FILE...|DIR]
 * [-o OUT] [--force]` (or `gloss export --formats`: each format's name, a
 * tab and what it is, one a line, for shell completion): the notes in one of the formats of export.h's table
 * (gloss --help lists them), to stdout (no OUT, or -) or to OUT (written
 * atomically, never over an existing file without --force, never over
 * anything but a file). FILEs must belong to one library. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core.h"
#include "export.h"
#include "library.h"
#include "ops.h"

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "tag", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ "formats", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 },
	};
	struct ops_export e = { .format = EXPORT_MD };
	const char *out = NULL;
	int force = 0, o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":f:t:o:", opts, NULL)) != -1) {
		switch (o) {
		case 'f': {
			int f = export_format_parse(optarg);
			if (f < 0) {
				char *names = export_format_names(", ");
				int r = cli_usage(argv[0], _("unknown format '%s' (one of %s)"), optarg, names);
				free(names);
				return r;
			}
			e.format = (enum export_format)f;
			break;
		}
		case 't': e.tag = optarg; break;
		case 'o': out = optarg; break;
		case 'F': force = 1; break;
		case 'L': {
			const struct export_fmt *row;
			for (int f = 0; (row = export_format_row((enum export_format)f)); f++)
				printf("%s\t%s\n", row->name, _(row->desc));
			return 0;
		}
		default: return cli_bad_option(argc, argv, o);
		}
	}
	if (out && !out[0])
		return cli_usage(argv[0], _("-o needs a file name"));
	int nargs = argc - optind;
	struct stat st;
	const char *dir = NULL;
	if (nargs == 1 && stat(argv[optind], &st) == 0 && S_ISDIR(st.st_mode)) {
		dir = argv[optind];
		nargs = 0;
	}
	struct library *l = NULL;
	char **rel = xcalloc((size_t)nargs + 1, sizeof *rel);
	int r = 0;
	if (nargs == 0) {
		l = cli_library(dir, LIB_SYNC_QUICK);
		if (!l)
			r = 1;
	}
	for (int i = 0; i < nargs && r == 0; i++) {
		const char *file = argv[optind + i];
		if (i == 0) {
			l = cli_library_of(file, &rel[0], LIB_SYNC_NONE);
			if (!l)
				r = 1;
			continue;
		}
		char *d = NULL;
		if (lib_locate(file, &d, &rel[i]) < 0) {
			r = cli_fail("%s", err_msg());
		} else {
			/* the same library: the same folder once resolved */
			char *a = realpath(d, NULL), *b = realpath(l->dir, NULL);
			if (!a || !b || strcmp(a, b) != 0)
				r = cli_fail(_("%s: not in the library of %s (export one library at a time)"), file, argv[optind]);
			else if (lib_refresh(l, rel[i]) < 0)
				r = cli_fail("%s: %s", file, err_msg());
			free(a);
			free(b);
		}
		free(d);
	}
	if (r == 0) {
		e.paths = (const char *const *)rel;
		e.npaths = (size_t)nargs;
		if (out && strcmp(out, "-") != 0) {
			if (ops_export_file(l, &e, out, force) < 0)
				r = cli_fail("%s", err_msg());
		} else {
			struct sb b = SB_INIT;
			if (ops_export(l, &e, &b) < 0)
				r = cli_fail("%s", err_msg());
			else
				cli_put(stdout, b.s, b.len);
			sb_release(&b);
		}
	}
	strv_free(rel, (size_t)nargs);
	lib_close(&l);
	return r;
}

const struct cli_cmd cmd_export = {
	"export", N_("[--format FORMAT] [--tag T] [FILE...|DIR] [-o OUT] [--force] | --formats"),
	N_("export notes (Markdown by default) to stdout or OUT"), run,
};
