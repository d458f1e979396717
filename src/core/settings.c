/* settings.c -- the `set` lines of the config file (settings.h). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "util.h"

char *settings_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME");
	struct sb b = SB_INIT;
	if (x && x[0] == '/') {
		sb_addf(&b, "%s/gloss/config", x);
	} else {
		const char *h = getenv("HOME");
		if (!h || !h[0])
			return NULL;
		sb_addf(&b, "%s/.config/gloss/config", h);
	}
	return sb_detach(&b);
}

int settings_split(char *s, char **argv, int max)
{
	int argc = 0;
	while (*s) {
		while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		if (!*s || *s == '#')
			break;
		if (argc == max)
			return -1;
		if (*s == '"') {
			argv[argc++] = ++s;
			while (*s && *s != '"')
				s++;
		} else {
			argv[argc++] = s;
			while (*s && *s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
				s++;
		}
		if (*s)
			*s++ = '\0';
	}
	return argc;
}

int settings_each(settings_fn fn, void *ctx)
{
	char *path = settings_path();
	FILE *f = path ? fopen(path, "r") : NULL;
	free(path);
	if (!f)
		return 0;
	char *line = NULL;
	size_t cap = 0;
	int stop = 0;
	while (!stop && getline(&line, &cap, f) >= 0) {
		char *w[3];
		if (settings_split(line, w, 3) == 3 && strcmp(w[0], "set") == 0)
			stop = fn(w[1], w[2], ctx);
	}
	free(line);
	fclose(f);
	return stop;
}
