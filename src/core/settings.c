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

static const char *blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* The next word of s (a "quoted" one without its quotes) into *w, *n;
 * returns where the rest starts, or NULL at the end of the line. */
static const char *word(const char *s, const char **w, size_t *n)
{
	s = blanks(s);
	if (!*s || *s == '#' || *s == '\n' || *s == '\r')
		return NULL;
	if (*s == '"') {
		*w = ++s;
		while (*s && *s != '"')
			s++;
		*n = (size_t)(s - *w);
		return *s ? s + 1 : s;
	}
	*w = s;
	while (*s && *s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
		s++;
	*n = (size_t)(s - *w);
	return s;
}

char *settings_get(const char *name)
{
	char *path = settings_path();
	FILE *f = path ? fopen(path, "r") : NULL;
	free(path);
	if (!f)
		return NULL;
	char *line = NULL, *value = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) >= 0) {
		const char *w[4], *s = line;
		size_t n[4];
		int k = 0;
		while (k < 4 && (s = word(s, &w[k], &n[k])))
			k++;
		if (k == 3 && n[0] == 3 && strncmp(w[0], "set", 3) == 0 &&
		    n[1] == strlen(name) && strncmp(w[1], name, n[1]) == 0) {
			free(value);
			value = xstrndup(w[2], n[2]);
		}
	}
	free(line);
	fclose(f);
	return value;
}
