/* wrap.c -- paragraph wrapping by display width (see wrap.h).
 *
 * Knows nothing of curses or of the article: it gets bytes and a width and
 * gives byte ranges. It must never split a grapheme cluster (it walks the
 * text with san_next, which consumes whole clusters) and never break where
 * UAX #14 does not allow it, unless a word is wider than the line. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "ustr.h"
#include "util.h"
#include "wrap.h"

size_t wrap_unit(const char *s, size_t n, int col, struct san_unit *u)
{
	if (s[0] == '\r' && n > 1 && s[1] == '\n') {
		u->kind = SAN_NEWLINE;
		u->len = 1;
		u->width = 0;
		u->show = u->buf;
		u->show_len = 0;
		u->buf[0] = '\0';
		return 1;
	}
	san_next(s, n, u);
	if (u->kind == SAN_TAB) {
		int w = 8 - col % 8;
		memset(u->buf, ' ', (size_t)w);
		u->buf[w] = '\0';
		u->show = u->buf;
		u->show_len = (size_t)w;
		u->width = w;
	} else if (u->kind == SAN_NEWLINE) {
		u->buf[0] = ' ';
		u->buf[1] = '\0';
		u->show = u->buf;
		u->show_len = 1;
		u->width = 1;
	}
	return u->len;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A line that starts with a blank or a bullet keeps its own line: lists
 * and indented blocks are not run together into prose. */
static int keeps_newline(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (s[i] == ' ' || s[i] == '\t')
		return 1;
	if ((s[i] == '-' || s[i] == '*' || s[i] == '+') && i + 1 < n && s[i + 1] == ' ')
		return 1;
	if (n - i >= 3 && memcmp(s + i, "\xe2\x80\xa2", 3) == 0)  /* • */
		return 1;
	size_t j = i;
	while (j < n && j - i < 3 && s[j] >= '0' && s[j] <= '9')
		j++;
	return j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ';
}

static void emit(const char *s, size_t start, size_t end, struct wrap_lines *out)
{
	while (end > start && is_blank(s[end - 1]))
		end--;
	int w = 0;
	for (size_t i = start; i < end;) {
		struct san_unit u;
		i += wrap_unit(s + i, end - i, w, &u);
		w += u.width;
	}
	XGROW(out->v, out->cap, out->n + 1);
	out->v[out->n].start = start;
	out->v[out->n].end = end;
	out->v[out->n].width = w;
	out->n++;
}

size_t wrap_text(const char *s, size_t n, int width, struct wrap_lines *out)
{
	size_t before = out->n;
	if (width < 1)
		width = 1;
	if (n == 0) {
		emit(s, 0, 0, out);
		return 1;
	}
	char *brk = xmalloc(n);
	ustr_linebreaks(s, n, brk);
	size_t line = 0, i = 0, last = 0;
	int col = 0;
	while (i < n) {
		/* After a newline a break is always allowed (libunistring marks
		 * the newline itself as the mandatory break). */
		if (i > line && (brk[i] != USTR_BRK_NONE || s[i - 1] == '\n')) {
			if (s[i - 1] == '\n' && keeps_newline(s, n, i)) {
				emit(s, line, i, out);
				line = i;
				col = 0;
				last = 0;
				continue;
			}
			last = i;
		}
		struct san_unit u;
		wrap_unit(s + i, n - i, col, &u);
		if (col + u.width > width && i > line && !(u.kind == SAN_PRINT && u.show_len == 1 && *u.show == ' ')) {
			emit(s, line, last > line ? last : i, out);
			line = last > line ? last : i;
			/* A new line does not start with the blanks it was broken at. */
			while (line < n && (s[line] == ' ' || (s[line] == '\n' && !keeps_newline(s, n, line + 1))))
				line++;
			i = line;
			col = 0;
			last = 0;
			continue;
		}
		col += u.width;
		i += u.len;
	}
	if (line < n || out->n == before)
		emit(s, line, n, out);
	free(brk);
	return out->n - before;
}

void wrap_lines_clear(struct wrap_lines *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
