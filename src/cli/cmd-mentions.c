/* cmd-mentions.c -- `gloss mentions NAME [DIR] [--type T] [--json]`:
 * every mention of an entity across the library, a line of context each
 * (KWIC), grouped by article in library order. NAME is a name as written
 * ("Blinken") or an entity key. The entity index in the sidecar is brought
 * up to date first. --json prints one object a line. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"

static void jfield(struct sb *b, const char *key, const char *v)
{
	sb_addf(b, ",\"%s\":", key);
	sb_add_json(b, v, strlen(v));
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "type", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	int json = 0, type = -1, o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":jt:", opts, NULL)) != -1) {
		if (o == 'j') {
			json = 1;
		} else if (o == 't') {
			type = hl_type_parse(optarg);
			if (type < 0)
				return cli_usage(argv[0], _("--type is person, place or date, not '%s'"), optarg);
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	if (optind >= argc)
		return cli_usage(argv[0], _("whose mentions? Give a NAME"));
	if (argc - optind > 2)
		return cli_usage(argv[0], _("too many arguments (quote a name of several words)"));
	/* a full sync: a file edited in place leaves its folder's mtime alone */
	struct library *l = cli_library(optind + 1 < argc ? argv[optind + 1] : NULL, LIB_SYNC_FULL);
	if (!l)
		return 1;
	struct ops_mention_list ml = { 0 };
	int r = ops_mentions(l, NULL, argv[optind], type, &ml);
	if (r < 0) {
		cli_fail("%s", err_msg());
	} else if (ml.n == 0) {
		r = cli_fail(_("no mentions of '%s' in %s"), argv[optind], l->dir);
	}
	struct sb b = SB_INIT;
	for (size_t i = 0; r == 0 && i < ml.n; i++) {
		const struct ops_mention *m = &ml.v[i];
		sb_reset(&b);
		if (json) {
			sb_adds(&b, "{\"file\":");
			sb_add_json(&b, m->path, strlen(m->path));
			jfield(&b, "title", m->title);
			jfield(&b, "date", m->date);
			sb_addf(&b, ",\"start\":%zu,\"end\":%zu", m->start, m->end);
			jfield(&b, "type", m->type);
			jfield(&b, "key", m->key);
			jfield(&b, "text", m->text);
			jfield(&b, "before", m->before);
			jfield(&b, "after", m->after);
			sb_adds(&b, "}\n");
			fwrite(b.s, 1, b.len, stdout);
			continue;
		}
		if (i == 0 || ml.v[i - 1].article_id != m->article_id) {
			if (i)
				sb_addc(&b, '\n');
			sb_addf(&b, "%s%s%s (%s)\n", m->date, m->date[0] ? "  " : "", m->title, m->path);
		}
		sb_addf(&b, "  %zu:%zu\t%s\t…%s[%s]%s…\n", m->start, m->end, m->type, m->before, m->text, m->after);
		cli_put(stdout, b.s, b.len);
	}
	if (r == 0 && !json) {
		sb_reset(&b);
		sb_addf(&b, ngettext("%zu mention", "%zu mentions", ml.n), ml.n);
		sb_addc(&b, ' ');
		sb_addf(&b, ngettext("in %zu article\n", "in %zu articles\n", ml.narticles), ml.narticles);
		cli_put(stdout, b.s, b.len);
	}
	sb_release(&b);
	ops_mention_list_clear(&ml);
	lib_close(&l);
	return r < 0 ? 1 : r;
}

const struct cli_cmd cmd_mentions = {
	"mentions", N_("NAME [DIR] [--type T] [--json]"),
	N_("every mention of a person, place or date across the library"), run,
};
