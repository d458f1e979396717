/* sanitize.c -- visible forms for untrusted bytes (see sanitize.h).
 *
 * This module must never let an ESC, a C1 control or a bidi override
 * through: it is the only thing between an article from the internet and
 * the user's terminal. It decides per character and never looks at more
 * than one grapheme cluster ahead. */
#include "system.h"

#include <stdio.h>
#include <string.h>

#include "sanitize.h"
#include "ustr.h"

/* Format characters that are safe and needed to draw text correctly:
 * zero-width joiner and non-joiner (emoji sequences, Persian, Indic). */
static int format_allowed(int32_t cp)
{
	return cp == 0x200c || cp == 0x200d;
}

static int is_hidden(int32_t cp)
{
	if (cp >= 0x80 && cp < 0xa0)
		return 1;                       /* C1 controls */
	if (cp == 0x2028 || cp == 0x2029)
		return 1;                       /* line and paragraph separators */
	if (ustr_is_format(cp) && !format_allowed(cp))
		return 1;                       /* bidi controls, ZWSP, BOM, ... */
	return 0;
}

/* Whether the unit s[0..n) is one C1 control (U+0080..U+009F). */
static int is_c1(const char *s, size_t n)
{
	return n == 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] < 0xa0;
}

/* The terminal takes ASCII only (a locale that is not UTF-8). */
static int ascii_only;

void san_set_ascii(int on)
{
	ascii_only = on;
}

size_t san_next(const char *s, size_t n, struct san_unit *u)
{
	unsigned char c = (unsigned char)s[0];
	u->show = s;
	u->len = 1;
	if (c == '\n' || c == '\t') {
		u->kind = c == '\n' ? SAN_NEWLINE : SAN_TAB;
		u->width = 0;
		u->show_len = 1;
		return 1;
	}
	if (c < 0x20 || c == 0x7f) {
		u->kind = SAN_CONTROL;
		u->buf[0] = '^';
		u->buf[1] = c == 0x7f ? '?' : (char)(c + '@');
		u->buf[2] = '\0';
		u->show = u->buf;
		u->show_len = 2;
		u->width = 2;
		return 1;
	}
	if (c < 0x80) {
		/* Plain ASCII: a cluster of its own unless a combining mark follows. */
		if (n == 1 || (unsigned char)s[1] < 0x80) {
			u->kind = SAN_PRINT;
			u->width = 1;
			u->show_len = 1;
			return 1;
		}
	}
	int32_t cp;
	int l = ustr_decode(s, n, &cp);
	if (cp < 0) {
		u->kind = SAN_INVALID;
		snprintf(u->buf, sizeof u->buf, "\\x%02X", c);
		u->show = u->buf;
		u->show_len = 4;
		u->width = 4;
		return 1;
	}
	if (is_hidden(cp) || (ascii_only && cp >= 0x80)) {
		u->kind = SAN_FORMAT;
		int k = snprintf(u->buf, sizeof u->buf, "<U+%04X>", (unsigned)cp);
		u->show = u->buf;
		u->show_len = (size_t)k;
		u->width = k;
		u->len = (size_t)l;
		return u->len;
	}
	/* A printable character and the marks that combine with it. Stop the
	 * cluster at anything that must be shown as a placeholder.
	 *
	 * Terminals disagree on how wide an emoji sequence is: curses counts
	 * each code point (a family of four is 8 columns), a terminal may draw
	 * one glyph of 2 or three of 6, and the rest of the line lands where
	 * curses does not expect it (stray cells of the last screen stay). So
	 * what is shown stops before a zero width joiner, a variation selector
	 * or a skin tone (the unit still takes the whole cluster), and the
	 * width is the sum of the code points shown, as curses counts it. */
	size_t len = (size_t)l, shown = len;
	int width = ustr_cp_width(cp);
	if (width < 0)
		width = 1;
	int cut = 0;
	const char *end = ustr_glyph_next(s, s + n);
	while (s + len < end) {
		int32_t cp2;
		int l2 = ustr_decode(s + len, n - len, &cp2);
		if (cp2 < 0 || is_hidden(cp2) || cp2 < 0x20 || cp2 == 0x7f || (ascii_only && cp2 >= 0x80))
			break;
		if (cp2 == 0x200D || cp2 == 0xFE0E || cp2 == 0xFE0F || (cp2 >= 0x1F3FB && cp2 <= 0x1F3FF))
			cut = 1;
		len += (size_t)l2;
		if (!cut) {
			shown = len;
			int w2 = ustr_cp_width(cp2);
			if (w2 > 0)
				width += w2;
		}
	}
	if (width == 0 && cp >= 0x300) {
		/* A lone combining mark at the start of a unit: give it a column
		 * of its own so that it cannot stack onto the previous cell. */
		width = 1;
		u->kind = SAN_FORMAT;
		int k = snprintf(u->buf, sizeof u->buf, "<U+%04X>", (unsigned)cp);
		u->show = u->buf;
		u->show_len = (size_t)k;
		u->width = k;
		u->len = (size_t)l;
		return u->len;
	}
	u->kind = SAN_PRINT;
	u->width = width;
	u->show_len = shown;
	u->len = len;
	return len;
}

void san_append(struct sb *out, const char *s, size_t n, int flags)
{
	size_t i = 0;
	while (i < n) {
		/* Copy runs of printable ASCII at once: the common case. */
		size_t j = i;
		while (j < n && (unsigned char)s[j] >= 0x20 && (unsigned char)s[j] < 0x7f)
			j++;
		if (j > i && (j == n || (unsigned char)s[j] < 0x80)) {
			sb_add(out, s + i, j - i);
			i = j;
			continue;
		}
		if (j > i + 1) {
			sb_add(out, s + i, j - i - 1);
			i = j - 1;
		}
		struct san_unit u;
		san_next(s + i, n - i, &u);
		if ((flags & SAN_KEEP_CRLF) && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') {
			sb_add(out, "\r\n", 2);
			i += 2;
			continue;
		}
		if ((u.kind == SAN_FORMAT || u.kind == SAN_PRINT) && (flags & SAN_CONTROLS) && !is_c1(s + i, u.len))
			sb_add(out, s + i, u.len);   /* a file keeps the whole cluster */
		else if (u.kind == SAN_NEWLINE && (flags & SAN_KEEP_NEWLINE))
			sb_addc(out, '\n');
		else if (u.kind == SAN_TAB && (flags & SAN_KEEP_TAB))
			sb_addc(out, '\t');
		else if (u.kind == SAN_NEWLINE)
			sb_add(out, "^J", 2);
		else if (u.kind == SAN_TAB)
			sb_add(out, "^I", 2);
		else
			sb_add(out, u.show, u.show_len);
		i += u.len;
	}
}

char *san_str(const char *s, int flags)
{
	struct sb b = SB_INIT;
	san_append(&b, s, strlen(s), flags);
	return sb_detach(&b);
}

size_t san_width(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n;) {
		struct san_unit u;
		i += san_next(s + i, n - i, &u);
		w += u.kind == SAN_NEWLINE || u.kind == SAN_TAB ? 2 : (size_t)u.width;
	}
	return w;
}
