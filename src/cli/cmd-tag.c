/* cmd-tag.c -- `gloss tag FILE TAG...`, `gloss untag FILE TAG...` and
 * `gloss tags [--names] [DIR]`: tags of articles. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "core.h"
#include "library.h"
#include "ops.h"
#include "query.h"
#include "sanitize.h"

static int tag_or_untag(int argc, char **argv, int add)
{
	if (argc < 3)
		return cli_usage(argv[0], add ? _("give a FILE and at least one TAG") : _("give a FILE and the TAGs to remove"));
	for (int i = 2; i < argc; i++)
		if (!query_tag_valid(argv[i]))
			return cli_usage(argv[0], _("'%s' is not a valid tag (empty, over 100 bytes, or with a comma or control character)"), argv[i]);
	char *rel = NULL;
	struct library *l = cli_library_of(argv[1], &rel, LIB_SYNC_NONE);
	if (!l)
		return 1;
	/* The same operations as `t` in the interface (ops.h). */
	int r = 0;
	for (int i = 2; i < argc && r == 0; i++) {
		int rc = add ? ops_article_tag(l, rel, argv[i]) : ops_article_untag(l, rel, argv[i]);
		if (rc < 0)
			r = cli_fail("%s: %s", argv[1], err_msg());
	}
	free(rel);
	lib_close(&l);
	return r;
}

static int run_tag(int argc, char **argv)
{
	return tag_or_untag(argc, argv, 1);
}

static int run_untag(int argc, char **argv)
{
	return tag_or_untag(argc, argv, 0);
}

/* ARTICLES TAB TAG TAB NOTES: the articles that have the tag or a note
 * with it, then how many notes have it. */
static int print_tag(const struct store_tag *t, void *ctx)
{
	(void)ctx;
	struct sb b = SB_INIT;
	sb_addf(&b, "%ld\t", t->articles);
	cli_field(&b, t->name);
	sb_addf(&b, "\t%ld\n", t->notes);
	cli_put(stdout, b.s, b.len);
	sb_release(&b);
	return 0;
}

/* --names: the name alone, for shell completion. It is shown in a shell,
 * so it is always sanitized (a newline cannot split it, no control reaches
 * the terminal), whether stdout is a terminal or not. */
static int print_tag_name(const struct store_tag *t, void *ctx)
{
	(void)ctx;
	char *safe = san_str(t->name, 0);
	printf("%s\n", safe);
	free(safe);
	return 0;
}

static int run_tags(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "names", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	int c, names = 0;
	cli_getopt_start();
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		if (c != 'n')
			return cli_bad_option(argc, argv, c);
		names = 1;
	}
	if (argc - optind > 1)
		return cli_usage(argv[0], _("too many arguments"));
	struct library *l = cli_library(argc > optind ? argv[optind] : NULL, LIB_SYNC_QUICK);
	if (!l)
		return 1;
	int r = query_tags(l, names ? print_tag_name : print_tag, NULL);
	if (r < 0)
		cli_fail("%s", err_msg());
	lib_close(&l);
	return r < 0 ? 1 : 0;
}

const struct cli_cmd cmd_tag = { "tag", N_("FILE TAG..."), N_("tag an article"), run_tag };
const struct cli_cmd cmd_untag = { "untag", N_("FILE TAG..."), N_("remove tags from an article"), run_untag };
const struct cli_cmd cmd_tags = { "tags", N_("[--names] [DIR]"), N_("list the tags: articles (or their notes) with each, notes with each (--names: the names alone)"), run_tags };
