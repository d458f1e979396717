/* spell.h -- spelling of note text, by hunspell.
 *
 * The only module that includes <hunspell.h>. A dictionary is opened by
 * name ("en_US"), by path (without .aff/.dic), or from the locale's
 * language, with en_US as the fallback; the interface marks the words
 * spell_check rejects and offers spell_suggest's list on a key. Words are
 * UTF-8; a dictionary in another encoding is used for ASCII words only
 * (others are taken as correct rather than mangled). Never prints. */
#ifndef GLOSS_SPELL_H
#define GLOSS_SPELL_H

#include <stddef.h>

struct spell;

/* Opens a dictionary: dict is NULL (the locale's language, else en_US),
 * a name looked up in dir (NULL: DICT_DIR), or a path with a '/' to the
 * files without their extension. Returns NULL with the error set when no
 * dictionary could be opened. */
struct spell *spell_open(const char *dict, const char *dir);
void spell_free(struct spell **s);
/* The name of the dictionary in use ("en_US"); borrowed. */
const char *spell_name(const struct spell *s);

/* 1 when word[0..n) is spelt right (or cannot be judged), 0 when not. */
int spell_check(struct spell *s, const char *word, size_t n);
/* Suggestions for word[0..n), best first, at most max: *out gets an array
 * of strings the caller frees with spell_list_free. Returns the count. */
size_t spell_suggest(struct spell *s, const char *word, size_t n, size_t max, char ***out);
void spell_list_free(char ***list, size_t n);

/* The next word of text[0..len) at or after from, for checking: letters
 * with inner apostrophes or hyphens; words with digits are skipped.
 * Returns 1 and sets [*start, *end), or 0 at the end. */
int spell_next_word(const char *text, size_t len, size_t from, size_t *start, size_t *end);

/* The dictionary name for a locale string ("de_DE.UTF-8@euro" -> "de_DE");
 * "" for C and POSIX. Writes at most size bytes into buf. */
void spell_locale_dict(const char *locale, char *buf, size_t size);

#endif
