/* textbuf.c -- editing primitives for the prompt and the editor (textbuf.h). */
#include "system.h"

#include <string.h>

#include "textbuf.h"
#include "ustr.h"

size_t tb_prev(const struct sb *t, size_t pos)
{
	if (pos == 0)
		return 0;
	if (pos > t->len)
		pos = t->len;
	/* Walk clusters from a safe point before pos: the start of the line,
	 * since no cluster spans a newline. */
	size_t from = pos - 1;
	while (from > 0 && t->s[from - 1] != '\n')
		from--;
	size_t last = from;
	const char *end = t->s + pos;
	for (const char *p = t->s + from; p < end;) {
		last = (size_t)(p - t->s);
		p = ustr_grapheme_next(p, end);
	}
	return last;
}

size_t tb_next(const struct sb *t, size_t pos)
{
	if (pos >= t->len)
		return t->len;
	return (size_t)(ustr_grapheme_next(t->s + pos, t->s + t->len) - t->s);
}

void tb_cut(struct sb *t, size_t from, size_t to)
{
	if (to > t->len)
		to = t->len;
	if (from >= to)
		return;
	memmove(t->s + from, t->s + to, t->len - to + 1);
	t->len -= to - from;
}

void tb_insert(struct sb *t, size_t *pos, const char *s, size_t n)
{
	if (!n)
		return;
	sb_grow(t, n);
	memmove(t->s + *pos + n, t->s + *pos, t->len - *pos + 1);
	memcpy(t->s + *pos, s, n);
	t->len += n;
	*pos += n;
}

void tb_insert_cp(struct sb *t, size_t *pos, unsigned c)
{
	char b[4];
	size_t n;
	if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return;   /* not a character */
	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		b[0] = (char)(0xf0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	tb_insert(t, pos, b, n);
}

size_t tb_word_back(const struct sb *t, size_t pos)
{
	size_t from = pos > t->len ? t->len : pos;
	while (from > 0 && (t->s[from - 1] == ' ' || t->s[from - 1] == '\n'))
		from--;
	while (from > 0 && t->s[from - 1] != ' ' && t->s[from - 1] != '\n')
		from--;
	return from;
}
