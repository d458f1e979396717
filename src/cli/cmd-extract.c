/* cmd-extract.c -- `gloss extract URL|FILE.html [--url URL]`: the
 * Markdown `gloss add` would save, on stdout, saving nothing. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "add.h"
#include "cli.h"
#include "core.h"

static int run_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "url", required_argument, NULL, 'u' },
		{ "timeout", required_argument, NULL, 'T' },
		{ "max-size", required_argument, NULL, 'M' },
		{ "user-agent", required_argument, NULL, 'U' },
		{ NULL, 0, NULL, 0 },
	};
	struct fetch_opts fo = { 0 };
	const char *url = NULL;
	int c, r = 0;
	if (fetch_opts_config(&fo) < 0)
		r = cli_fail("%s", err_msg());
	cli_getopt_start();
	while (r == 0 && (c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'u')
			url = optarg;
		else if (c == 'T' || c == 'M' || c == 'U')
			r = cli_fetch_option(argv[0], c, optarg, &fo);
		else
			r = cli_bad_option(argc, argv, c);
	}
	if (r == 0 && argc - optind != 1)
		r = cli_usage(argv[0], argc - optind ? _("give one address or file") : _("give an address or a file"));
	if (r == 0 && url && !web_is_url(url))
		r = cli_usage(argv[0], _("--url needs an http or https address, not '%s'"), url);
	if (r == 0) {
		char *md;
		size_t len;
		if (add_page_markdown(argv[optind], url, &fo, &md, &len) < 0) {
			r = cli_fail("%s", err_msg());
		} else {
			cli_put(stdout, md, len);
			free(md);
		}
	}
	fetch_opts_clear(&fo);
	return r;
}

const struct cli_cmd cmd_extract = {
	"extract", N_("[--url URL] [--timeout S] [--max-size MB] [--user-agent S] URL|FILE.html"),
	N_("print the article of a web page as Markdown, saving nothing"), run_extract
};
