/* cmd-entity.c -- `gloss entity set TEXT TYPE [DIR]`, `gloss entity ignore
 * TEXT [DIR]` and `gloss entity forget TEXT [DIR]`: the user's corrections
 * of the highlight engine, kept in the library's sidecar. They win over
 * every rule wherever the engine runs: the interface, `gloss entities`,
 * `gloss show` and `gloss mentions` (lib_engine, library.h). */
#include "system.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"

static int run(int argc, char **argv)
{
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
		return cli_usage(argv[0], _("'%s' is not set, ignore or forget"), verb);
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
	"entity", N_("set TEXT TYPE [DIR] | ignore TEXT [DIR] | forget TEXT [DIR]"),
	N_("correct the highlights: TEXT is always TYPE, or never highlighted"), run,
};
