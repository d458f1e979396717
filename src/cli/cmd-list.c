/* cmd-list.c -- `gloss list [DIR] [--tag T] [--json] [--limit N]`. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core.h"
#include "library.h"
#include "query.h"

struct list_ctx {
	int json;
	long n;
};

static void json_field(struct sb *b, const char *key, const char *v, int comma)
{
	sb_addf(b, "%s\"%s\":", comma ? "," : "", key);
	if (v)
		sb_add_json(b, v, strlen(v));
	else
		sb_adds(b, "null");
}

static int print_article(const struct store_article *a, void *ctx)
{
	struct list_ctx *c = ctx;
	struct sb b = SB_INIT;
	if (c->json) {
		sb_adds(&b, c->n ? ",\n  {" : "\n  {");
		json_field(&b, "path", a->path, 0);
		json_field(&b, "title", a->title, 1);
		json_field(&b, "date", a->date, 1);
		json_field(&b, "source", a->source, 1);
		json_field(&b, "author", a->author, 1);
		json_field(&b, "license", a->license, 1);
		sb_addf(&b, ",\"read\":%s,\"tags\":[", a->read ? "true" : "false");
		const char *t = a->tags;
		int first = 1;
		while (*t) {
			const char *e = strchr(t, ',');
			size_t n = e ? (size_t)(e - t) : strlen(t);
			if (!first)
				sb_addc(&b, ',');
			sb_add_json(&b, t, n);
			first = 0;
			t += n + (e ? 1 : 0);
		}
		sb_adds(&b, "]}");
		fwrite(b.s, 1, b.len, stdout);
	} else {
		/* date, unread mark, title, [tags], path: one line, tab-separated */
		cli_field(&b, a->date ? a->date : "");
		while (b.len < 10)
			sb_addc(&b, ' ');
		sb_adds(&b, a->read ? "\t \t" : "\tN\t");
		cli_field(&b, a->title);
		sb_addc(&b, '\t');
		if (a->tags[0]) {
			sb_addc(&b, '[');
			cli_field(&b, a->tags);
			sb_addc(&b, ']');
		}
		sb_addc(&b, '\t');
		cli_field(&b, a->path);
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
		{ "tag", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	const char *tag = NULL;
	struct list_ctx c = { 0, 0 };
	long limit = 0;
	int o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":t:jn:", opts, NULL)) != -1) {
		switch (o) {
		case 't': tag = optarg; break;
		case 'j': c.json = 1; break;
		case 'n':
			if (cli_count_option(argv[0], "--limit", optarg, &limit))
				return 2;
			break;
		default: return cli_bad_option(argc, argv, o);
		}
	}
	if (argc - optind > 1)
		return cli_usage(argv[0], _("too many arguments"));
	struct library *l = cli_library(optind < argc ? argv[optind] : NULL, LIB_SYNC_QUICK);
	if (!l)
		return 1;
	if (c.json)
		fputs("[", stdout);
	int r = query_articles(l, tag, limit, print_article, &c);
	if (c.json)
		fputs(c.n ? "\n]\n" : "]\n", stdout);
	if (r < 0)
		cli_fail("%s", err_msg());
	else if (l->skipped)
		cli_fail(ngettext("%s: %ld file could not be read as an article (binary or unreadable)",
				  "%s: %ld files could not be read as articles (binary or unreadable)",
				  (unsigned long)l->skipped), l->dir, l->skipped);
	lib_close(&l);
	return r < 0 ? 1 : 0;
}

const struct cli_cmd cmd_list = {
	/* TRANSLATORS: a command's synopsis, as every command has one:
	 * the placeholders in capitals (DIR, T, N) may be translated, the
	 * options (--tag) never. */
	"list", N_("[DIR] [--tag T] [--json] [--limit N]"), N_("list the articles, newest first"), run,
};
