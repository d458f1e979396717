/* add-slug.c -- add_slug (add.h): the file name a title gives, whatever
 * the title holds. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "add.h"
#include "tap.h"

static void slug_is(const char *title, const char *want, const char *name)
{
	char *s = add_slug(title);
	is_str(s, want, name);
	free(s);
}

/* Nothing a file name must not hold: '/', "..", a leading dot, a control
 * character, a space. */
static int safe(const char *s)
{
	if (!s[0] || s[0] == '.' || s[0] == '-' || strstr(s, "..") || strchr(s, '/'))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == ' ' || *p == '\\')
			return 0;
	return s[strlen(s) - 1] != '-';
}

int main(void)
{
	slug_is("The Keeper of Gannet Rock", "the-keeper-of-gannet-rock", "words lowercased, joined by -");
	slug_is("../../etc/passwd", "etc-passwd", "no .. and no /");
	slug_is(".hidden", "hidden", "no leading dot");
	slug_is("\x1b[31mRed\x07 alert\r\n", "31mred-alert", "control characters are separators");
	slug_is("Le café du port", "le-café-du-port", "other letters kept in UTF-8");
	slug_is("ÉTÉ", "été", "letters beyond ASCII are lowercased too");
	slug_is("東京の天気", "東京の天気", "CJK letters kept");
	slug_is("a\xe2\x80\xae" "b", "a-b", "a bidi override is a separator");
	slug_is("\xff\xfe\x80", "article", "invalid UTF-8 dropped, nothing left");
	slug_is("", "article", "an empty title");
	slug_is("!!!", "article", "only punctuation");
	slug_is("C++ in 2024: what's new?", "c-in-2024-what-s-new", "punctuation runs are one -");

	char *t = malloc(4001);
	for (int i = 0; i < 1000; i++)
		memcpy(t + 4 * i, "abc ", 4);
	t[4000] = '\0';
	char *s = add_slug(t);
	ok(strlen(s) <= ADD_SLUG_MAX, "a long title is cut to ADD_SLUG_MAX");
	ok(s[strlen(s) - 1] == 'c', "cut at a word's end");
	ok(safe(s), "the cut slug is safe");
	free(s);
	memset(t, 'x', 4000);
	s = add_slug(t);
	is_int((long long)strlen(s), ADD_SLUG_MAX, "one long word is cut at the limit");
	free(s);
	/* Multibyte letters are never cut in the middle. */
	for (int i = 0; i < 1000; i++)
		memcpy(t + 4 * i, "é\xc3\xa9", 4);
	s = add_slug(t);
	ok(strlen(s) <= ADD_SLUG_MAX && strlen(s) % 2 == 0, "a slug of é is whole characters");
	free(s);
	free(t);

	static const char *const hostile[] = {
		"/", "..", "...", "./.", "a/../../b", "\\..\\windows", " . ", "-", "--x--",
		"\x7f\x01\x02", "%2e%2e%2f", "CON", "a\nb", "\xc0\xaf\xc0\xae",
	};
	for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		s = add_slug(hostile[i]);
		ok(safe(s), "a hostile title gives a safe slug");
		free(s);
	}
	return done_testing();
}
