/* cmd-sync.c -- `gloss sync [DIR]`: look at every file of the library now
 * and bring the sidecar up to date (list and search only look at folders). */
#include "system.h"

#include <stdio.h>

#include "cli.h"
#include "core.h"
#include "library.h"

static int run(int argc, char **argv)
{
	if (argc > 2)
		return cli_usage(argv[0], _("too many arguments"));
	struct library *l = cli_library(argc > 1 ? argv[1] : NULL, LIB_SYNC_FULL);
	if (!l)
		return 1;
	printf(ngettext("%ld file, %ld read, %ld skipped\n", "%ld files, %ld read, %ld skipped\n", l->scanned),
	       l->scanned, l->read, l->skipped);
	lib_close(&l);
	return 0;
}

const struct cli_cmd cmd_sync = {
	"sync", N_("[DIR]"), N_("bring the sidecar up to date with the folder"), run,
};
