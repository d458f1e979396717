/* spell.c -- hunspell behind a small interface (see spell.h).
 *
 * Kept apart so that the rest of gloss never sees hunspell's types and a
 * missing dictionary is an error value, not a crash: the interface then
 * simply marks nothing. The library (HUNSPELL_SONAME, found by configure)
 * is loaded with dlopen by the first spell_open, so that starting gloss
 * does not load it and the C++ runtime it needs. */
#include "system.h"

#include <dlfcn.h>
#include <hunspell.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spell.h"
#include "ustr.h"
#include "util.h"

/* hunspell's functions, with the types of its header. */
static struct {
	int tried;
	__typeof__(Hunspell_create) *create;
	__typeof__(Hunspell_destroy) *destroy;
	__typeof__(Hunspell_spell) *spell;
	__typeof__(Hunspell_suggest) *suggest;
	__typeof__(Hunspell_free_list) *free_list;
	__typeof__(Hunspell_get_dic_encoding) *encoding;
} hun;

/* Loads the library once: 0, or -1 with the error set. */
static int hun_load(void)
{
	if (hun.create)
		return 0;
	if (hun.tried)
		return err_set(_("spelling is off: %s cannot be loaded"), HUNSPELL_SONAME);
	hun.tried = 1;
	void *lib = dlopen(HUNSPELL_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		return err_set(_("spelling is off: %s"), dlerror());
	*(void **)&hun.create = dlsym(lib, "Hunspell_create");
	*(void **)&hun.destroy = dlsym(lib, "Hunspell_destroy");
	*(void **)&hun.spell = dlsym(lib, "Hunspell_spell");
	*(void **)&hun.suggest = dlsym(lib, "Hunspell_suggest");
	*(void **)&hun.free_list = dlsym(lib, "Hunspell_free_list");
	*(void **)&hun.encoding = dlsym(lib, "Hunspell_get_dic_encoding");
	if (!hun.create || !hun.destroy || !hun.spell || !hun.suggest || !hun.free_list || !hun.encoding) {
		hun.create = NULL;
		return err_set(_("spelling is off: %s lacks a function gloss needs"), HUNSPELL_SONAME);
	}
	return 0;
}

struct spell {
	Hunhandle *h;
	char *name;     /* "en_US" or the path given */
	int utf8;       /* the dictionary is in UTF-8: every word can be asked */
};

void spell_locale_dict(const char *locale, char *buf, size_t size)
{
	size_t n = 0;
	if (size == 0)
		return;
	buf[0] = '\0';
	if (!locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0 || strncmp(locale, "C.", 2) == 0)
		return;
	while (locale[n] && locale[n] != '.' && locale[n] != '@' && n + 1 < size) {
		buf[n] = locale[n];
		n++;
	}
	buf[n] = '\0';
}

/* Opens base.aff + base.dic when both are readable. */
static Hunhandle *try_open(const char *base)
{
	struct sb aff = SB_INIT, dic = SB_INIT;
	sb_addf(&aff, "%s.aff", base);
	sb_addf(&dic, "%s.dic", base);
	Hunhandle *h = NULL;
	if (access(aff.s, R_OK) == 0 && access(dic.s, R_OK) == 0)
		h = hun.create(aff.s, dic.s);
	sb_release(&aff);
	sb_release(&dic);
	return h;
}

static Hunhandle *open_named(const char *dir, const char *name)
{
	if (!name[0] || strchr(name, '/') || strstr(name, ".."))
		return NULL;
	struct sb b = SB_INIT;
	sb_addf(&b, "%s/%s", dir, name);
	Hunhandle *h = try_open(b.s);
	sb_release(&b);
	return h;
}

struct spell *spell_open(const char *dict, const char *dir)
{
	Hunhandle *h = NULL;
	char name[64] = "";
	if (hun_load() < 0)
		return NULL;
	if (!dir)
		dir = DICT_DIR;
	if (dict && strchr(dict, '/')) {
		h = try_open(dict);
		if (!h)
			return err_set(_("%s: no hunspell dictionary (.aff and .dic) there"), dict), NULL;
		snprintf(name, sizeof name, "%s", dict);
	} else if (dict && dict[0]) {
		h = open_named(dir, dict);
		if (!h)
			return err_set(_("%s: no such dictionary in %s"), dict, dir), NULL;
		snprintf(name, sizeof name, "%s", dict);
	} else {
		/* The language of the messages first, the way a person reads. */
		const char *loc = setlocale(LC_MESSAGES, NULL);
		spell_locale_dict(loc, name, sizeof name);
		if (name[0])
			h = open_named(dir, name);
		if (!h) {
			snprintf(name, sizeof name, "en_US");
			h = open_named(dir, name);
		}
		if (!h)
			return err_set(_("no hunspell dictionary in %s"), dir), NULL;
	}
	struct spell *s = xcalloc(1, sizeof *s);
	s->h = h;
	s->name = xstrdup(name);
	const char *enc = hun.encoding(h);
	s->utf8 = enc && (ascii_casecmp(enc, "UTF-8") == 0 || ascii_casecmp(enc, "UTF8") == 0);
	return s;
}

void spell_free(struct spell **sp)
{
	struct spell *s = *sp;
	if (!s)
		return;
	hun.destroy(s->h);
	free(s->name);
	free(s);
	*sp = NULL;
}

const char *spell_name(const struct spell *s)
{
	return s->name;
}

static int ascii_only(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)w[i] >= 0x80)
			return 0;
	return 1;
}

int spell_check(struct spell *s, const char *word, size_t n)
{
	if (!s || n == 0 || (!s->utf8 && !ascii_only(word, n)))
		return 1;
	char *w = xstrndup(word, n);
	int ok = hun.spell(s->h, w) != 0;
	free(w);
	return ok;
}

size_t spell_suggest(struct spell *s, const char *word, size_t n, size_t max, char ***out)
{
	*out = NULL;
	if (!s || n == 0 || (!s->utf8 && !ascii_only(word, n)))
		return 0;
	char *w = xstrndup(word, n);
	char **list = NULL;
	int k = hun.suggest(s->h, &list, w);
	free(w);
	size_t m = k > 0 ? (size_t)k : 0;
	if (m > max)
		m = max;
	if (m) {
		*out = xcalloc(m, sizeof **out);
		for (size_t i = 0; i < m; i++)
			(*out)[i] = xstrdup(list[i]);
	}
	if (list)
		hun.free_list(s->h, &list, k);
	return m;
}

void spell_list_free(char ***list, size_t n)
{
	if (!*list)
		return;
	strv_free(*list, n);
	*list = NULL;
}

static int letter_at(const char *t, size_t len, size_t i, size_t *l, int *digit)
{
	int32_t cp;
	int k = ustr_decode(t + i, len - i, &cp);
	*l = (size_t)k;
	*digit = cp >= 0 && ustr_is_digit(cp);
	return cp >= 0 && (ustr_is_alpha(cp) || *digit);
}

/* An apostrophe (' or ’) or hyphen with a letter on both sides joins a word. */
static size_t joiner(const char *t, size_t len, size_t i)
{
	if (t[i] == '\'' || t[i] == '-')
		return 1;
	if (len - i >= 3 && memcmp(t + i, "\xe2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

int spell_next_word(const char *text, size_t len, size_t from, size_t *start, size_t *end)
{
	size_t i = from;
	while (i < len) {
		size_t l;
		int digit, any_digit = 0;
		if (!letter_at(text, len, i, &l, &digit)) {
			i += l;
			continue;
		}
		size_t s = i;
		for (;;) {
			any_digit |= digit;
			i += l;
			if (i >= len)
				break;
			if (letter_at(text, len, i, &l, &digit))
				continue;
			size_t j = joiner(text, len, i);
			size_t l2;
			int d2;
			if (j && i + j < len && letter_at(text, len, i + j, &l2, &d2)) {
				i += j;
				l = l2;
				digit = d2;
				continue;
			}
			break;
		}
		if (any_digit)
			continue;
		*start = s;
		*end = i;
		return 1;
	}
	return 0;
}
