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

/* The next word of the line at *s, NUL-terminated in place (a "quoted"
 * one without its quotes), or NULL at its end or a '#'. */
static char *word(char **s)
{
	char *p = *s;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p || *p == '#' || *p == '\n' || *p == '\r')
		return NULL;
	char *w = p;
	if (*p == '"') {
		w = ++p;
		while (*p && *p != '"')
			p++;
	} else {
		while (*p && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			p++;
	}
	if (*p)
		*p++ = '\0';
	*s = p;
	return w;
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
		char *w[4], *s = line;
		int k = 0;
		while (k < 4 && (w[k] = word(&s)))
			k++;
		if (k == 3 && strcmp(w[0], "set") == 0)
			stop = fn(w[1], w[2], ctx);
	}
	free(line);
	fclose(f);
	return stop;
}
