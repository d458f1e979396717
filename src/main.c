/* main.c -- set up the locale and the message catalogue, read the global
 * options, then hand over to the command line or to the interface. */
#include "system.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/show.h"
#include "sanitize.h"
#include "tui/tui.h"

static int version(void)
{
	printf("gloss %s\n", PACKAGE_VERSION);
	printf(_("Copyright (C) 2026 the gloss authors.\n"
		 "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		 "This is free software: you are free to change and redistribute it.\n"
		 "There is NO WARRANTY, to the extent permitted by law.\n"));
	return 0;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* A terminal in a locale that is not UTF-8 gets ASCII only. */
	const char *cs = nl_langinfo(CODESET);
	san_set_ascii(!cs || (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "utf8") != 0));
	/* The catalogues: $GLOSS_LOCALEDIR when it is set and not empty (the
	 * tests point it at the build tree's tests/locale, which make check
	 * fills from po/LANG.gmo), else where make install puts them. */
	const char *localedir = getenv("GLOSS_LOCALEDIR");
	bindtextdomain(PACKAGE, localedir && localedir[0] ? localedir : LOCALEDIR);
	textdomain(PACKAGE);

	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			cli_help(stdout);
			return 0;
		}
		if (strcmp(a, "--commands") == 0) {
			cli_commands(stdout);
			return fflush(stdout) != 0 ? 1 : 0;
		}
		if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0)
			return version();
		if (strcmp(a, "--db") == 0) {
			if (i + 1 >= argc)
				return cli_usage(NULL, _("option '--db' needs a PATH"));
			cli_opt.db = argv[++i];
		} else if (strncmp(a, "--db=", 5) == 0) {
			cli_opt.db = a + 5;
		} else if (strcmp(a, "--dict") == 0 || strncmp(a, "--dict=", 7) == 0) {
			/* The note editor's spelling dictionary (a name such as
			 * en_GB, or a path): the same as $GLOSS_DICT. */
			const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
			if (!v || !v[0])
				return cli_usage(NULL, _("option '--dict' needs a NAME or PATH"));
			setenv("GLOSS_DICT", v, 1);
		} else if (strncmp(a, "--color", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
			if (cli_color_option(NULL, a[7] ? a + 8 : "always", &cli_opt.color))
				return 2;
		} else {
			return cli_usage(NULL, _("unknown option '%s'"), a);
		}
	}
	if (cli_opt.db && !cli_opt.db[0])
		return cli_usage(NULL, _("option '--db' needs a PATH"));

	if (i < argc && cli_find(argv[i]))
		return cli_main(argc - i, argv + i);

	/* No command: the interface on DIR, FILE or the default library. */
	if (argc - i > 1)
		return cli_usage(NULL, _("'%s' is not a command"), argv[i]);
	const char *target = i < argc ? argv[i] : NULL;
	struct stat st;
	if (target && stat(target, &st) < 0)
		return cli_usage(NULL, _("'%s' is not a command, a folder or a file"), target);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		/* Not on a terminal: do what the interface would show first. */
		char *args[] = { (char *)"list", (char *)target, NULL };
		if (target && S_ISREG(st.st_mode)) {
			args[0] = (char *)"show";
			return cli_main(2, args);
		}
		return cli_main(target ? 2 : 1, args);
	}
	return tui_main(target, cli_opt.db);
}
