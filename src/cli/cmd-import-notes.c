/* cmd-import-notes.c -- `gloss import-notes FILE.json [DIR]`: restores
 * the notes of a JSON export (W3C Web Annotations) into a library. Notes
 * keep their ids when those are free; a note already there is skipped, so
 * importing twice changes nothing. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "core.h"
#include "library.h"
#include "ops.h"

static int run(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(argv[0], _("give the FILE.json to import"));
	if (argc > 3)
		return cli_usage(argv[0], _("too many arguments"));
	size_t n;
	char *json = read_file(argv[1], &n);
	if (!json)
		return cli_fail("%s", err_msg());
	struct library *l = cli_library(argc > 2 ? argv[2] : NULL, LIB_SYNC_FULL);
	if (!l) {
		free(json);
		return 1;
	}
	struct ops_import_stats st;
	int r = ops_import(l, json, n, &st);
	struct sb b = SB_INIT;
	sb_addf(&b, ngettext("%ld note imported", "%ld notes imported", (unsigned long)st.added), st.added);
	if (st.skipped)
		sb_addf(&b, ngettext(", %ld already there", ", %ld already there", (unsigned long)st.skipped), st.skipped);
	if (st.orphaned)
		sb_addf(&b, ngettext(", %ld kept as an orphan (its article is not in the library)",
				     ", %ld kept as orphans (their articles are not in the library)", (unsigned long)st.orphaned),
			st.orphaned);
	if (st.failed)
		sb_addf(&b, ngettext(", %ld failed", ", %ld failed", (unsigned long)st.failed), st.failed);
	sb_addc(&b, '\n');
	int rc = 0;
	if (r < 0)
		rc = cli_fail("%s: %s", argv[1], err_msg());
	if (r == 0 || st.added || st.skipped || st.failed)
		cli_put(stdout, b.s, b.len);
	sb_release(&b);
	free(json);
	lib_close(&l);
	return rc;
}

const struct cli_cmd cmd_import_notes = {
	"import-notes", N_("FILE.json [DIR]"), N_("restore notes from a JSON export"), run,
};
