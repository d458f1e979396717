/* cmd-search.c -- `gloss search QUERY [DIR] [--json] [--limit N]`:
 * full-text search across the articles and the notes of a library. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core.h"
#include "library.h"
#include "query.h"
#include "search-query.h"

struct search_ctx {
	int json;
	long n;
};

static int print_hit(const struct store_hit *h, void *ctx)
{
	struct search_ctx *c = ctx;
	struct sb b = SB_INIT;
	if (c->json) {
		sb_adds(&b, "{\"path\":");
		sb_add_json(&b, h->path, strlen(h->path));
		sb_adds(&b, ",\"title\":");
		sb_add_json(&b, h->title, strlen(h->title));
		sb_addf(&b, ",\"in\":\"%s\",\"snippet\":", h->in_note ? "note" : "article");
		sb_add_json(&b, h->snippet, strlen(h->snippet));
		sb_adds(&b, "}\n");
		fwrite(b.s, 1, b.len, stdout);
	} else {
		cli_field(&b, h->path);
		sb_addc(&b, '\t');
		if (h->in_note)
			sb_adds(&b, _("[note] "));
		cli_field(&b, h->title);
		sb_adds(&b, "\n    ");
		cli_field(&b, h->snippet);
		sb_addc(&b, '\n');
		cli_put(stdout, b.s, b.len);
	}
	sb_release(&b);
	c->n++;
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	struct search_ctx c = { 0, 0 };
	long limit = 50;
	int o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":jn:", opts, NULL)) != -1) {
		if (o == 'j') {
			c.json = 1;
		} else if (o == 'n') {
			if (cli_count_option(argv[0], "--limit", optarg, &limit))
				return 2;
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	if (optind >= argc)
		return cli_usage(argv[0], _("search for what? Give a QUERY"));
	if (argc - optind > 2)
		return cli_usage(argv[0], _("too many arguments (quote a query of several words)"));
	struct sq q;
	if (sq_parse(argv[optind], &q) < 0)
		return cli_usage(argv[0], "%s", err_msg());
	struct library *l = cli_library(optind + 1 < argc ? argv[optind + 1] : NULL, LIB_SYNC_QUICK);
	if (!l) {
		sq_free(&q);
		return 1;
	}
	int r = query_search(l, &q, limit, print_hit, &c);
	sq_free(&q);
	if (r < 0)
		cli_fail("%s", err_msg());
	lib_close(&l);
	return r < 0 ? 1 : 0;
}

const struct cli_cmd cmd_search = {
	"search", N_("QUERY [DIR] [--json] [--limit N]"), N_("full-text search across articles and notes"), run,
};
