/* cmd-show.c -- `gloss show FILE [--color=WHEN]`: the article as text.
 *
 * The title and metadata first, then the paragraphs separated by blank
 * lines. On a terminal, and whenever colours are on, every byte of the
 * article goes through the sanitizer. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "cli.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "show.h"

static int parse_color(const char *v)
{
	if (!v || strcmp(v, "auto") == 0)
		return -1;
	if (strcmp(v, "always") == 0 || strcmp(v, "yes") == 0)
		return 1;
	if (strcmp(v, "never") == 0 || strcmp(v, "no") == 0)
		return 0;
	return -2;
}

int cli_color_option(const char *cmd, const char *v, int *out)
{
	int c = parse_color(v);
	if (c == -2)
		return cli_usage(cmd, _("--color takes auto, always or never, not '%s'"), v);
	*out = c;
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "color", optional_argument, NULL, 'c' },
		{ "colour", optional_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	int color = cli_opt.color, o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (o == 'c') {
			if (cli_color_option(argv[0], optarg ? optarg : "always", &color))
				return 2;
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	if (optind >= argc)
		return cli_usage(argv[0], _("which article? Give a FILE"));
	if (color < 0)
		color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	struct hl_engine *e = NULL;
	if (color && !(e = lib_engine_for(argv[optind], cli_opt.db)))
		return cli_fail("%s", err_msg());
	int r = 0;
	for (int i = optind; i < argc; i++) {
		struct article *a = art_load(argv[i]);
		if (!a) {
			r = cli_fail("%s", err_msg());
			continue;
		}
		if (i > optind)
			fputs("\n", stdout);
		show_article(stdout, a, e);
		art_free(&a);
	}
	hl_engine_free(&e);
	return r;
}

const struct cli_cmd cmd_show = {
	"show", N_("FILE... [--color=auto|always|never]"), N_("print an article with its highlights"), run,
};
