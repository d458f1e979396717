/* engine.c -- the highlight engine with the user's corrections (engine.h). */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "core.h"
#include "engine.h"
#include "hl.h"
#include "library.h"
#include "store.h"
#include "store-corrections.h"

static int add_correction(const char *text, const char *type, void *ctx)
{
	int t = strcmp(type, "IGNORE") == 0 ? (int)HL_IGNORE : hl_type_parse(type);
	if (t >= 0)
		hl_correct(ctx, text, (enum hl_type)t);
	return 0;
}

struct hl_engine *cli_engine(const char *file)
{
	struct hl_engine *e = hl_engine_new();
	if (!e) {
		cli_fail("%s", err_msg());
		return NULL;
	}
	char *db = NULL;
	if (cli_opt.db) {
		db = xstrdup(cli_opt.db);
	} else if (file && strcmp(file, "-") != 0) {
		char *dir = NULL, *rel = NULL;
		if (lib_locate(file, &dir, &rel) == 0) {
			struct sb p = SB_INIT;
			sb_addf(&p, "%s/.gloss.db", dir);
			db = sb_detach(&p);
		}
		free(dir);
		free(rel);
	}
	if (db && access(db, F_OK) == 0) {
		struct store *s = store_open(db, STORE_READONLY);
		if (s) {
			store_correction_each(s, add_correction, e);
			store_close(&s);
		}
	}
	free(db);
	return e;
}
