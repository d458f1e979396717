/* cmd-entity.c -- `gloss entity set TEXT TYPE [DIR]`, `gloss entity ignore
 * TEXT [DIR]` and `gloss entity forget TEXT [DIR]`: the user's corrections
 * of the highlight engine, kept in the library's sidecar. They win over
 * every rule wherever the engine runs: the interface, `gloss entities`,
 * `gloss show` and `gloss mentions` (lib_engine, library.h).
 *
 * `gloss entity set --at FILE:START:END TYPE` and `gloss entity unset --at
 * FILE:START:END` correct one mention (TYPE may be none), anchored as a
 * note is (ops-passage.c); `gloss entity list [DIR]` lists both kinds. */
#include "system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"

/* FILE:START:END, split at its last two colons (FILE may hold some). */
static int parse_at(const char *s, char **file, size_t *start, size_t *end)
{
	const char *c2 = strrchr(s, ':');
	const char *c1 = c2 && c2 > s ? memrchr(s, ':', (size_t)(c2 - s)) : NULL;
	if (!c1 || c1 == s)
		return -1;
	char *e;
	errno = 0;
	unsigned long long a = strtoull(c1 + 1, &e, 10);
	if (e == c1 + 1 || e != c2 || c1[1] == '-' || errno)
		return -1;
	unsigned long long b = strtoull(c2 + 1, &e, 10);
	if (e == c2 + 1 || *e || c2[1] == '-' || errno || b <= a)
		return -1;
	*file = xstrndup(s, (size_t)(c1 - s));
	*start = (size_t)a;
	*end = (size_t)b;
	return 0;
}

/* set --at FILE:START:END TYPE, unset --at FILE:START:END */
static int run_at(int argc, char **argv, int set)
{
	if (argc != (set ? 5 : 4))
		return cli_usage(argv[0], set ? _("set --at needs FILE:START:END and a TYPE (person, place, date or none)")
				 : _("unset --at needs FILE:START:END"));
	int type = HL_IGNORE;
	if (set && strcmp(argv[4], "none") != 0 && (type = hl_type_parse(argv[4])) < 0)
		return cli_usage(argv[0], _("'%s' is not a type: person, place, date or none"), argv[4]);
	char *file, *rel = NULL;
	size_t start, end;
	if (parse_at(argv[3], &file, &start, &end) < 0)
		return cli_usage(argv[0], _("--at needs FILE:START:END byte offsets with START < END, not '%s'"), argv[3]);
	/* checked before the library is opened, which would take the file in */
	if (ops_passage_path_ok(file) < 0) {
		free(file);
		return cli_fail("%s", err_msg());
	}
	struct library *l = cli_library_of(file, &rel, LIB_SYNC_NONE);
	free(file);
	if (!l)
		return 1;
	int r = 0;
	if (set) {
		if (ops_passage_set(l, rel, NULL, start, end, (enum hl_type)type) < 0)
			r = cli_fail("%s", err_msg());
	} else {
		int n = ops_passage_unset(l, rel, start, end);
		if (n < 0)
			r = cli_fail("%s", err_msg());
		else if (n == 0)
			r = cli_fail(_("%s:%zu:%zu: no correction there to unset"), rel, start, end);
	}
	free(rel);
	lib_close(&l);
	return r;
}

static int list_text(const char *text, enum hl_type type, void *ctx)
{
	struct sb *b = ctx;
	sb_adds(b, "text\t");
	cli_field(b, text);
	sb_addf(b, "\t%s\n", type == HL_IGNORE ? "IGNORE" : hl_type_name(type));
	return 0;
}

/* list [DIR]: one tab-separated row per correction, those of a text first. */
static int run_list(int argc, char **argv)
{
	if (argc > 3)
		return cli_usage(argv[0], _("too many arguments"));
	struct library *l = cli_library(argc > 2 ? argv[2] : NULL, LIB_SYNC_QUICK);
	if (!l)
		return 1;
	struct sb b = SB_INIT;
	struct store_passage_list pl = { 0 };
	int r = ops_entity_each(l, list_text, &b);
	if (r == 0)
		r = ops_passages(l, NULL, NULL, &pl);
	for (size_t i = 0; r == 0 && i < pl.n; i++) {
		const struct store_passage *p = &pl.v[i];
		sb_adds(&b, "at\t");
		cli_field(&b, p->path);
		sb_addf(&b, ":%zu:%zu\t%s\t", p->start, p->end, p->type == HL_IGNORE ? "NONE" : hl_type_name(p->type));
		cli_field(&b, p->quote);
		sb_adds(&b, p->orphan ? "\torphan\n" : "\n");
	}
	if (r < 0)
		r = cli_fail("%s", err_msg());
	else
		cli_put(stdout, b.s, b.len);
	ops_passage_list_clear(&pl);
	sb_release(&b);
	lib_close(&l);
	return r;
}

static int run(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "list") == 0)
		return run_list(argc, argv);
	if (argc >= 3 && strcmp(argv[2], "--at") == 0 && (strcmp(argv[1], "set") == 0 || strcmp(argv[1], "unset") == 0))
		return run_at(argc, argv, argv[1][0] == 's');
	if (argc < 3)
		return cli_usage(argv[0], _("give set TEXT TYPE, ignore TEXT or forget TEXT"));
	const char *verb = argv[1], *text = argv[2];
	int type = -1, nargs;   /* -1: forget */
	if (strcmp(verb, "set") == 0) {
		if (argc < 4)
			return cli_usage(argv[0], _("set needs a TEXT and a TYPE (person, place or date)"));
		type = hl_type_parse(argv[3]);
		if (type < 0)
			return cli_usage(argv[0], _("'%s' is not a type: person, place or date"), argv[3]);
		nargs = 4;
	} else if (strcmp(verb, "ignore") == 0) {
		type = HL_IGNORE;
		nargs = 3;
	} else if (strcmp(verb, "forget") == 0) {
		nargs = 3;
	} else {
		return cli_usage(argv[0], _("'%s' is not set, ignore, forget, unset or list"), verb);
	}
	if (argc > nargs + 1)
		return cli_usage(argv[0], _("too many arguments"));
	if (!text[0] || strspn(text, " \t") == strlen(text))
		return cli_usage(argv[0], _("the TEXT is empty"));
	struct library *l = cli_library(argc > nargs ? argv[nargs] : NULL, LIB_SYNC_NONE);
	if (!l)
		return 1;
	/* the same ops as the interface's action (ops.h) */
	int r = type >= 0 ? ops_entity_set(l, text, (enum hl_type)type) : ops_entity_forget(l, text);
	lib_close(&l);
	if (r < 0)
		return cli_fail("%s", err_msg());
	if (type < 0 && r == 0)
		return cli_fail(_("%s: no correction to forget"), text);
	return 0;
}

const struct cli_cmd cmd_entity = {
	"entity", N_("set TEXT TYPE [DIR] | ignore TEXT [DIR] | forget TEXT [DIR] | "
		     "set --at FILE:START:END TYPE | unset --at FILE:START:END | list [DIR]"),
	N_("correct the highlights: TEXT is always TYPE or never highlighted, or one passage (--at) is"), run,
};
