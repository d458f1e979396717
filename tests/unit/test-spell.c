/* test-spell.c -- spell: opening dictionaries, checking, suggestions,
 * words of a text, the locale's dictionary name. Needs the en_US
 * dictionary of DICT_DIR (hunspell-en-us); skips without it. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spell.h"
#include "tap.h"
#include "util.h"

static void words(void)
{
	const char *t = "It's a well-known 3rd test, naïve ’quotes’ don’t-stop.";
	size_t s, e, from = 0;
	struct sb got = SB_INIT;
	while (spell_next_word(t, strlen(t), from, &s, &e)) {
		sb_add(&got, t + s, e - s);
		sb_addc(&got, '|');
		from = e;
	}
	is_str(got.s, "It's|a|well-known|test|naïve|quotes|don’t-stop|", "words: apostrophes and hyphens join, digits skip");
	sb_release(&got);
	ok(!spell_next_word("", 0, 0, &s, &e), "no word in an empty text");
	ok(!spell_next_word("-- 42 ...", 9, 0, &s, &e), "no word in punctuation and numbers");
}

static void locale_names(void)
{
	char b[64];
	spell_locale_dict("de_DE.UTF-8@euro", b, sizeof b);
	is_str(b, "de_DE", "locale: codeset and modifier dropped");
	spell_locale_dict("C.UTF-8", b, sizeof b);
	is_str(b, "", "C.UTF-8: no language");
	spell_locale_dict(NULL, b, sizeof b);
	is_str(b, "", "NULL: no language");
	spell_locale_dict("en_GB", b, 3);
	is_str(b, "en", "truncated to the buffer");
}

int main(void)
{
	words();
	locale_names();
	ok(spell_open("xx_NOPE", DICT_DIR) == NULL && err_msg()[0], "an unknown dictionary is an error");
	ok(spell_open("/nonexistent/en_US", NULL) == NULL, "a bad path is an error");
	ok(spell_open("../en_US", DICT_DIR) == NULL, "a name with .. is refused");
	if (access(DICT_DIR "/en_US.dic", R_OK) != 0) {
		/* hunspell-en-us is in .ci/packages: its absence is a failure */
		ok(0, "the en_US dictionary is in " DICT_DIR);
		return done_testing();
	}
	struct spell *s = spell_open(NULL, DICT_DIR);
	ok(s != NULL, "the locale's dictionary, else en_US");
	spell_free(&s);
	ok(s == NULL, "spell_free sets NULL");
	spell_free(&s);
	s = spell_open("en_US", NULL);
	ok(s != NULL, "en_US by name");
	if (!s)
		return done_testing();
	is_str(spell_name(s), "en_US", "its name");
	ok(spell_check(s, "meeting", 7), "a word");
	ok(spell_check(s, "meetings of", 8), "a word by length");
	ok(!spell_check(s, "meetnig", 7), "a misspelling");
	ok(spell_check(s, "", 0), "the empty word is not marked");
	ok(spell_check(NULL, "meetnig", 7), "no dictionary: nothing marked");
	char **sug = NULL;
	size_t n = spell_suggest(s, "meetnig", 7, 5, &sug);
	int found = 0;
	for (size_t i = 0; i < n; i++)
		found |= strcmp(sug[i], "meeting") == 0;
	ok(n > 0 && n <= 5 && found, "suggestions include the word meant, at most max");
	spell_list_free(&sug, n);
	ok(sug == NULL, "spell_list_free sets NULL");
	n = spell_suggest(s, "xyzzyqq", 7, 0, &sug);
	is_int(n, 0, "max 0: none");
	spell_free(&s);
	struct spell *p = spell_open(DICT_DIR "/en_US", NULL);
	ok(p != NULL, "by path");
	spell_free(&p);
	return done_testing();
}
