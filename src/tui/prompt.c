/* prompt.c -- the status line, messages, and the one-line editor of the
 * `/` search prompt and the `:` command line.
 *
 * The status line shows the legend with the counts of the open article
 * (each type in its colour), its tags and a key hint; a message replaces
 * it until the next key. Typed text is drawn through the sanitizer like
 * everything else. */
#include "system.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "library.h"
#include "sanitize.h"
#include "theme.h"
#include "util.h"

void app_msg(struct app *a, int error, const char *fmt, ...)
{
	struct sb b = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	free(a->msg);
	a->msg = sb_detach(&b);
	a->msg_error = error;
}

static void status_prompt(struct app *a, WINDOW *w, int width)
{
	struct prompt *p = &a->prompt;
	char k[2] = { p->kind, 0 };
	wmove(w, 0, 0);
	wattrset(w, theme_attr(EL_TEXT));
	waddstr(w, k);
	/* Keep the edit point on screen: show the tail when the text is long. */
	size_t from = 0;
	while (from < p->pos && (int)san_width(p->text.s + from, p->pos - from) > width - 2) {
		struct san_unit u;
		from += san_next(p->text.s + from, p->text.len - from, &u);
	}
	int x = 1 + (int)san_width(p->text.s + from, p->pos - from);
	draw_text(w, p->text.s + from, p->text.len - from, width - 1, theme_attr(EL_TEXT));
	wmove(w, 0, x < width ? x : width - 1);
}

void status_draw(struct app *a)
{
	struct pane *p = &a->status;
	WINDOW *w = p->win;
	if (!w)
		return;
	werase(w);
	if (a->prompt.active) {
		leaveok(w, FALSE);
		status_prompt(a, w, p->w);
		wnoutrefresh(w);
		return;
	}
	leaveok(w, TRUE);
	attr_t bar = theme_attr(EL_STATUS);
	wbkgdset(w, ' ' | bar);
	werase(w);
	wmove(w, 0, 0);
	if (a->msg) {
		wmove(w, 0, 1);
		draw_textz(w, a->msg, p->w - 2, theme_attr(a->msg_error ? EL_ERROR : EL_MESSAGE) | (a->msg_error ? 0 : bar));
		wbkgdset(w, ' ');
		wnoutrefresh(w);
		return;
	}
	const char *hint = _("? help");
	int hw = (int)strlen(hint);
	int x = 1, room = p->w - (hw + 2);
	if (a->r.doc) {
		long counts[HL_NTYPES];
		doc_counts(a->r.doc, counts);
		static const char *fallback[HL_NTYPES] = { "PERSON", "PLACE", "DATE" };
		for (int t = 0; t < HL_NTYPES && x < room; t++) {
			char buf[48];
			const char *name = hl_type_name((enum hl_type)t);
			snprintf(buf, sizeof buf, "%s %ld", name ? name : fallback[t], a->r.hl_on[t] ? counts[t] : 0L);
			wmove(w, 0, x);
			attr_t at = a->r.hl_on[t] ? theme_attr((enum elem)(EL_PERSON + t)) : bar;
			x += draw_textz(w, buf, room - x, at) + 2;
		}
		struct entry *e = a->r.entry < a->nents ? &a->ents[a->r.entry] : NULL;
		if (e && e->tags[0] && x < room) {
			struct sb b = SB_INIT;
			sb_addf(&b, _("tags: %s"), e->tags);
			wmove(w, 0, x);
			x += draw_text(w, b.s, b.len, room - x, bar) + 2;
			sb_release(&b);
		}
	} else if (x < room) {
		struct sb b = SB_INIT;
		size_t unread = 0;
		for (size_t i = 0; i < a->nents; i++)
			unread += !a->ents[i].read;
		sb_addf(&b, _("%zu articles, %zu unread"), a->nents, unread);
		wmove(w, 0, x);
		draw_text(w, b.s, b.len, room - x, bar);
		sb_release(&b);
	}
	if (p->w > hw + 1) {
		wmove(w, 0, p->w - hw - 1);
		draw_textz(w, hint, hw, bar);
	}
	wbkgdset(w, ' ');
	wnoutrefresh(w);
}

int prompt_open(struct app *a, char kind)
{
	if (kind == '/' && !a->r.doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	a->prompt.active = 1;
	a->prompt.kind = kind;
	sb_reset(&a->prompt.text);
	a->prompt.pos = 0;
	curs_set(1);
	return R_STATUS;
}

static void prompt_close(struct app *a)
{
	a->prompt.active = 0;
	curs_set(0);
}

static size_t prev_char(const struct sb *t, size_t pos)
{
	if (pos == 0)
		return 0;
	pos--;
	while (pos > 0 && ((unsigned char)t->s[pos] & 0xc0) == 0x80)
		pos--;
	return pos;
}

static size_t next_char(const struct sb *t, size_t pos)
{
	if (pos >= t->len)
		return t->len;
	pos++;
	while (pos < t->len && ((unsigned char)t->s[pos] & 0xc0) == 0x80)
		pos++;
	return pos;
}

static void cut(struct sb *t, size_t from, size_t to)
{
	memmove(t->s + from, t->s + to, t->len - to + 1);
	t->len -= to - from;
}

static void insert(struct prompt *p, int key)
{
	char buf[4];
	size_t n;
	unsigned c = (unsigned)key;
	if (c < 0x80) {
		buf[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		buf[0] = (char)(0xc0 | (c >> 6));
		buf[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		buf[0] = (char)(0xe0 | (c >> 12));
		buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		buf[0] = (char)(0xf0 | (c >> 18));
		buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		buf[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	struct sb *t = &p->text;
	sb_grow(t, n);
	memmove(t->s + p->pos + n, t->s + p->pos, t->len - p->pos + 1);
	memcpy(t->s + p->pos, buf, n);
	t->len += n;
	p->pos += n;
}

static int run(struct app *a)
{
	struct prompt *p = &a->prompt;
	char *text = xstrdup(p->text.s);
	char kind = p->kind;
	prompt_close(a);
	int react = R_STATUS;
	if (text[0]) {
		XGROW(a->history, a->hcap, a->nhistory + 1);
		a->history[a->nhistory++] = xstrdup(text);
	}
	if (kind == '/') {
		react |= reader_search(a, text);
	} else if (text[0]) {
		char *why = NULL;
		int r = config_line(a, text, 1, &why);
		if (r < 0) {
			app_msg(a, 1, "%s", why);
			free(why);
		} else {
			react |= r;
		}
	}
	free(text);
	return react;
}

int prompt_key(struct app *a, int key)
{
	struct prompt *p = &a->prompt;
	struct sb *t = &p->text;
	int code = key & KEYMAP_CODE ? key & ~KEYMAP_CODE : -1;
	if (key == '\n' || key == '\r' || code == KEY_ENTER)
		return run(a);
	if (key == 27 || key == KEYMAP_CTRL('g') || key == KEYMAP_CTRL('c')) {
		prompt_close(a);
		return R_STATUS;
	}
	if (key == 127 || key == KEYMAP_CTRL('h') || code == KEY_BACKSPACE) {
		if (t->len == 0) {
			prompt_close(a);
			return R_STATUS;
		}
		size_t from = prev_char(t, p->pos);
		cut(t, from, p->pos);
		p->pos = from;
	} else if (code == KEY_DC || key == KEYMAP_CTRL('d')) {
		cut(t, p->pos, next_char(t, p->pos));
	} else if (code == KEY_LEFT || key == KEYMAP_CTRL('b')) {
		p->pos = prev_char(t, p->pos);
	} else if (code == KEY_RIGHT || key == KEYMAP_CTRL('f')) {
		p->pos = next_char(t, p->pos);
	} else if (code == KEY_HOME || key == KEYMAP_CTRL('a')) {
		p->pos = 0;
	} else if (code == KEY_END || key == KEYMAP_CTRL('e')) {
		p->pos = t->len;
	} else if (key == KEYMAP_CTRL('u')) {
		cut(t, 0, p->pos);
		p->pos = 0;
	} else if (key == KEYMAP_CTRL('k')) {
		t->len = p->pos;
		t->s[t->len] = '\0';
	} else if (key == KEYMAP_CTRL('w')) {
		size_t from = p->pos;
		while (from > 0 && t->s[from - 1] == ' ')
			from--;
		while (from > 0 && t->s[from - 1] != ' ')
			from--;
		cut(t, from, p->pos);
		p->pos = from;
	} else if (code == KEY_UP || code == KEY_DOWN) {
		/* History: the last entry (a simple ring for now). */
		if (a->nhistory) {
			sb_reset(t);
			sb_adds(t, a->history[a->nhistory - 1]);
			p->pos = t->len;
		}
	} else if (code < 0 && key >= ' ' && key != 127) {
		insert(p, key);
	}
	return R_STATUS;
}
