/* prompt.c -- the status line and its one-line prompt (prompt.h).
 *
 * Typed text is drawn through the sanitizer like everything else. */
#include "system.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "prompt.h"
#include "query.h"
#include "sanitize.h"
#include "textbuf.h"
#include "theme.h"
#include "util.h"
#include "wrap.h"

/* What the prompt's text is for and how it is edited. */
struct prompt {
	int active;
	char kind;                /* '/', ':', 'p' or 'y' */
	struct sb text;
	size_t pos;               /* byte offset of the edit point */
	char *label;              /* shown before the text, or NULL; owned */
	prompt_done_fn done;
	int complete_tags;        /* Tab completes tag names */
	char **cands;             /* completion candidates of the last Tab */
	size_t ncands, cand;
	size_t cand_from;         /* where the completed word starts */
	size_t hist;              /* index in history while browsing it */
};

static struct prompt P = { .text = SB_INIT };
/* The lines of the text prompts, oldest first, each with its prompt's
 * key (the kind, then the label): Up and Down browse those of the open
 * prompt's key. A line closed with Esc is kept too, so a habit costs no
 * typing. */
struct hline {
	char *key;
	char *text;
};
#define HISTORY_MAX 200
static struct hline *history;
static size_t nhistory, hcap;

static void prompt_free(void);

/* The prompt: its label (or the kind character), then the text with the
 * edit point kept on screen. */
/* Rows a long message or question may take, the status line's among them. */
#define MSG_ROWS_MAX 4

/* Text s, too wide for room columns of the status line from column x, is
 * wrapped: all but its last row go on the rows above the status line, over
 * the panes (the loop paints them again when it goes). Returns where the
 * status line's row starts in s: 0 when s fits. */
static size_t rows_above(struct app *a, const struct pane *p, const char *s, int x, int room, attr_t at)
{
	size_t n = strlen(s);
	if (room < 10 || p->y < 1 || (int)san_width(s, n) <= room)
		return 0;
	struct wrap_lines l = { 0 };
	size_t nl = wrap_text(s, n, room, &l);
	int above = (nl < MSG_ROWS_MAX ? (int)nl : MSG_ROWS_MAX) - 1;
	if (above > p->y)
		above = p->y;
	size_t last = above > 0 ? l.v[above].start : 0;
	WINDOW *w = above > 0 ? newwin(above, p->w, p->y - above, 0) : NULL;
	if (w) {
		wbkgdset(w, ' ' | theme_attr(EL_STATUS));
		werase(w);
		for (int i = 0; i < above; i++) {
			wmove(w, i, x);
			draw_text(w, s + l.v[i].start, l.v[i].end - l.v[i].start, room, at);
		}
		wnoutrefresh(w);
		delwin(w);
		a->msg_rows = above + 1;
	} else {
		last = 0;
	}
	wrap_lines_clear(&l);
	return last;
}

static void status_prompt(struct app *a, struct pane *sp)
{
	struct prompt *p = &P;
	WINDOW *w = sp->win;
	int width = sp->w;
	char k[2] = { p->kind, 0 };
	int x0 = 1;
	wmove(w, 0, 0);
	if (p->label) {
		/* The label may quote a path the user typed: sanitized. */
		/* A one-key question is all label, on more rows when it needs
		 * them; a text prompt keeps room to type (20 columns, or half a
		 * narrow line); a label cut short ends in an ellipsis. */
		attr_t at = theme_attr(EL_MESSAGE);
		int one_key = p->kind == 'k' || p->kind == 'y';
		int lw = one_key ? width - 1 : width - 20 > width / 2 ? width - 20 : width / 2;
		size_t from = one_key ? rows_above(a, sp, p->label, 0, width - 1, at) : 0;
		x0 = draw_text_cut(w, p->label + from, strlen(p->label + from), lw, at);
	} else {
		wattrset(w, theme_attr(EL_TEXT));
		waddstr(w, k);
	}
	int room = width - x0;
	if (room < 2)
		return;
	/* Show the tail when the text is long. */
	size_t from = 0;
	while (from < p->pos && (int)san_width(p->text.s + from, p->pos - from) > room - 1) {
		struct san_unit u;
		from += san_next(p->text.s + from, p->text.len - from, &u);
	}
	int x = x0 + (int)san_width(p->text.s + from, p->pos - from);
	wmove(w, 0, x0);
	draw_text(w, p->text.s + from, p->text.len - from, room, theme_attr(EL_TEXT));
	wmove(w, 0, x < width ? x : width - 1);
}

void status_draw(struct app *a)
{
	struct pane *p = &a->status;
	WINDOW *w = p->win;
	if (!w)
		return;
	werase(w);
	if (P.active) {
		leaveok(w, FALSE);
		status_prompt(a, p);
		wnoutrefresh(w);
		return;
	}
	leaveok(w, TRUE);
	attr_t bar = theme_attr(EL_STATUS);
	wbkgdset(w, ' ' | bar);
	werase(w);
	wmove(w, 0, 0);
	/* The feeds being updated (`U`), at the right, a message or not. */
	int fw = 0;
	if (a->feeds_line && p->w > 40) {
		fw = (int)san_width(a->feeds_line, strlen(a->feeds_line));
		if (fw > p->w / 2)
			fw = p->w / 2;
		wmove(w, 0, p->w - fw - 1);
		draw_textz(w, a->feeds_line, fw, bar | A_BOLD);
		fw += 2;
	}
	if (a->msg) {
		attr_t at = theme_attr(a->msg_error ? EL_ERROR : EL_MESSAGE) | (a->msg_error ? 0 : bar);
		size_t from = rows_above(a, p, a->msg, 1, p->w - 2 - fw, at);
		wmove(w, 0, 1);
		draw_text_cut(w, a->msg + from, strlen(a->msg + from), p->w - 2 - fw, at);
		wbkgdset(w, ' ');
		wnoutrefresh(w);
		return;
	}
	/* TRANSLATORS: the status line's right end: the key that shows
	 * the help; keep it short. */
	const char *hint = _("? help");
	int hw = fw ? 0 : (int)san_width(hint, strlen(hint));
	int x = 1, room = p->w - (hw + 2) - fw;
	if (a->open.doc) {
		long counts[HL_NTYPES];
		doc_counts(a->open.doc, counts);
		struct sb part = SB_INIT;
		for (int t = 0; t < HL_NTYPES && x < room; t++) {
			sb_reset(&part);
			/* A type switched off says so: 0 would read as a count. */
			if (a->open.hl_on[t])
				sb_addf(&part, "%s %ld", label_type(t), counts[t]);
			else
				/* TRANSLATORS: a highlight type switched off
				 * (%s is PERSON, PLACE or DATE). */
				sb_addf(&part, _("%s off"), label_type(t));
			wmove(w, 0, x);
			attr_t at = a->open.hl_on[t] ? theme_attr((enum elem)(EL_PERSON + t)) : bar;
			x += draw_text(w, part.s, part.len, room - x, at) + 2;
		}
		if (x < room) {
			sb_reset(&part);
			/* TRANSLATORS: a label and a count, as "PERSON 12" beside it. */
			sb_addf(&part, ngettext("notes %zu", "notes %zu", a->open.notes.n), a->open.notes.n);
			wmove(w, 0, x);
			x += draw_text(w, part.s, part.len, room - x, bar) + 2;
		}
		sb_release(&part);
		const struct store_note *n = app_note_at(a, a->open.cur);
		if (n && n->tags[0] && x < room) {
			struct sb b = SB_INIT;
			sb_addf(&b, _("note: %s"), n->tags);
			wmove(w, 0, x);
			x += draw_text(w, b.s, b.len, room - x, bar) + 2;
			sb_release(&b);
		}
		struct entry *e = app_entry(a);
		if (e && e->tags[0] && x < room) {
			struct sb b = SB_INIT;
			sb_addf(&b, _("tags: %s"), e->tags);
			wmove(w, 0, x);
			x += draw_text(w, b.s, b.len, room - x, bar) + 2;
			sb_release(&b);
		}
		if (x < room) {
			struct sb u = SB_INIT;
			sb_addf(&u, ngettext("%zu unread", "%zu unread", app_unread(a)), app_unread(a));
			wmove(w, 0, x);
			x += draw_text(w, u.s, u.len, room - x, bar) + 2;
			sb_release(&u);
		}
	} else if (x < room) {
		struct sb b = SB_INIT;
		if (a->filter)
			sb_addf(&b, _("tag:%s  "), a->filter);
		if (a->filter_feed)
			sb_addf(&b, _("feed:%s  "), a->filter_feed);
		if (a->filter_unread)
			sb_adds(&b, _("unread only  "));
		sb_addf(&b, ngettext("%zu article, %zu unread", "%zu articles, %zu unread", a->nents), a->nents, app_unread(a));
		wmove(w, 0, x);
		draw_text(w, b.s, b.len, room - x, bar);
		sb_release(&b);
	}
	if (hw && p->w > hw + 1) {
		wmove(w, 0, p->w - hw - 1);
		draw_textz(w, hint, hw, bar);
	}
	wbkgdset(w, ' ');
	wnoutrefresh(w);
}

int prompt_ask(struct app *a, char kind, const char *label, const char *init, prompt_done_fn done)
{
	(void)a;
	prompt_free();
	P.active = 1;
	P.kind = kind;
	P.label = label ? xstrdup(label) : NULL;
	P.done = done;
	sb_reset(&P.text);
	sb_adds(&P.text, init);
	P.pos = P.text.len;
	P.hist = nhistory;
	curs_set(1);
	return R_STATUS;
}

void prompt_complete_tags(void)
{
	P.complete_tags = 1;
}

int prompt_active(void)
{
	return P.active;
}

static void cands_free(struct prompt *p)
{
	strv_free(p->cands, p->ncands);
	p->cands = NULL;
	p->ncands = p->cand = 0;
}

/* What a prompt holds besides its text; the text buffer stays for reuse. */
static void prompt_free(void)
{
	struct prompt *p = &P;
	free(p->label);
	p->label = NULL;
	p->done = NULL;
	p->complete_tags = 0;
	cands_free(p);
}

static void prompt_close(void)
{
	P.active = 0;
	prompt_free();
}

void prompt_free_all(void)
{
	prompt_close();
	sb_release(&P.text);
	for (size_t i = 0; i < nhistory; i++) {
		free(history[i].key);
		free(history[i].text);
	}
	free(history);
	history = NULL;
	nhistory = hcap = 0;
}

/* The open prompt's history key, or NULL for a one-key prompt. */
static char *hist_key(const struct prompt *p)
{
	if (p->kind != '/' && p->kind != ':' && p->kind != 'p')
		return NULL;
	struct sb k = SB_INIT;
	sb_addc(&k, p->kind);
	sb_adds(&k, p->label ? p->label : "");
	return sb_detach(&k);
}

/* Keeps the open prompt's text in its history, unless it is empty or the
 * newest line of that history already. */
static void remember(const struct prompt *p)
{
	char *key = hist_key(p);
	if (!key || !p->text.s[0]) {
		free(key);
		return;
	}
	size_t i = nhistory;
	while (i > 0 && strcmp(history[i - 1].key, key) != 0)
		i--;
	if (i > 0 && strcmp(history[i - 1].text, p->text.s) == 0) {
		free(key);
		return;
	}
	if (nhistory == HISTORY_MAX) {
		free(history[0].key);
		free(history[0].text);
		memmove(history, history + 1, --nhistory * sizeof *history);
	}
	XGROW(history, hcap, nhistory + 1);
	history[nhistory++] = (struct hline){ key, xstrdup(p->text.s) };
}

/* Up (dir -1) or Down (+1) in the open prompt's history: the text becomes
 * that line; Down past the newest empties it. */
static void browse(struct prompt *p, int dir)
{
	char *key = hist_key(p);
	size_t i = p->hist;
	if (dir < 0) {
		while (i > 0 && strcmp(history[i - 1].key, key) != 0)
			i--;
		if (i > 0)
			p->hist = i - 1;
	} else {
		i += i < nhistory;
		while (i < nhistory && strcmp(history[i].key, key) != 0)
			i++;
		p->hist = i;
	}
	free(key);
	sb_reset(&p->text);
	if (p->hist < nhistory)
		sb_adds(&p->text, history[p->hist].text);
	p->pos = p->text.len;
}

/* ---- Tab: tag names ---- */

struct tag_ctx {
	const char *prefix;
	size_t n;
	struct prompt *p;
};

static int add_cand(const struct store_tag *tag_row, void *ctx)
{
	const char *tag = tag_row->name;
	struct tag_ctx *t = ctx;
	if (ascii_ncasecmp(tag, t->prefix, t->n) == 0) {
		size_t cap = t->p->ncands;
		t->p->cands = xrealloc(t->p->cands, (cap + 1) * sizeof *t->p->cands);
		t->p->cands[t->p->ncands++] = xstrdup(tag);
	}
	return 0;
}

/* The word being completed: after the last blank (and after "tag:" or a
 * leading '-'). */
static size_t word_start(const struct prompt *p)
{
	size_t s = p->pos;
	while (s > 0 && p->text.s[s - 1] != ' ' && p->text.s[s - 1] != ':')
		s--;
	if (s < p->pos && p->text.s[s] == '-')
		s++;
	return s;
}

/* Completes the tag name before the edit point; Tab again goes through
 * the other matches. Only in the tag prompt and after :tag, :untag and
 * :filter. */
static int complete(struct app *a)
{
	struct prompt *p = &P;
	struct sb *t = &p->text;
	int ok = p->complete_tags;
	if (p->kind == ':' && (strncmp(t->s, "tag ", 4) == 0 || strncmp(t->s, "untag ", 6) == 0 ||
			       strncmp(t->s, "filter tag:", 11) == 0))
		ok = 1;
	if (!ok || !a->lib)
		return R_NONE;
	if (p->ncands == 0) {
		size_t s = word_start(p);
		char *prefix = xstrndup(t->s + s, p->pos - s);
		struct tag_ctx c = { prefix, strlen(prefix), p };
		query_tags(a->lib, add_cand, &c);
		free(prefix);
		p->cand_from = s;
		p->cand = 0;
		if (p->ncands == 0) {
			app_msg(a, 1, _("No tag starts so"));
			return R_STATUS;
		}
	} else {
		p->cand = (p->cand + 1) % p->ncands;
	}
	/* Replace the word with the candidate. */
	const char *c = p->cands[p->cand];
	size_t cl = strlen(c), tail = t->len - p->pos;
	char *rest = xstrndup(t->s + p->pos, tail);
	t->len = p->cand_from;
	t->s[t->len] = '\0';
	sb_adds(t, c);
	p->pos = t->len;
	sb_adds(t, rest);
	free(rest);
	(void)cl;
	return R_STATUS;
}

static int run(struct app *a)
{
	struct prompt *p = &P;
	char *text = xstrdup(p->text.s);
	prompt_done_fn done = p->done;
	remember(p);
	prompt_close();
	/* done may open the next prompt (the steps of `x`). */
	int react = R_STATUS | (done ? done(a, text) : R_NONE);
	free(text);
	return react;
}

int prompt_key(struct app *a, int key)
{
	struct prompt *p = &P;
	struct sb *t = &p->text;
	int code = key & KEYMAP_CODE ? key & ~KEYMAP_CODE : -1;
	if (p->kind == 'y') {
		/* One key answers; anything but y is no. */
		char ans[2] = { key == 'y' || key == 'Y' ? 'y' : 'n', 0 };
		sb_reset(t);
		sb_adds(t, ans);
		return run(a);
	}
	if (p->kind == 'k') {
		/* One key chooses; Esc, Ctrl-G and Ctrl-C choose nothing. */
		if (key == 27 || key == KEYMAP_CTRL('g') || key == KEYMAP_CTRL('c')) {
			prompt_close();
			return R_STATUS;
		}
		char ans[2] = { key > ' ' && key < 127 ? (char)key : '?', 0 };
		sb_reset(t);
		sb_adds(t, ans);
		return run(a);
	}
	if (key == '\t')
		return complete(a);
	cands_free(p);
	if (key == '\n' || key == '\r' || code == KEY_ENTER)
		return run(a);
	if (key == 27 || key == KEYMAP_CTRL('g') || key == KEYMAP_CTRL('c')) {
		remember(p);
		prompt_close();
		return R_STATUS;
	}
	if (key == 127 || key == KEYMAP_CTRL('h') || code == KEY_BACKSPACE) {
		/* A Backspace too many does nothing: closing here would hand
		 * the next keys typed to the actions. */
		size_t from = tb_prev(t, p->pos);
		tb_cut(t, from, p->pos);
		p->pos = from;
	} else if (code == KEY_DC || key == KEYMAP_CTRL('d')) {
		tb_cut(t, p->pos, tb_next(t, p->pos));
	} else if (code == KEY_LEFT || key == KEYMAP_CTRL('b')) {
		p->pos = tb_prev(t, p->pos);
	} else if (code == KEY_RIGHT || key == KEYMAP_CTRL('f')) {
		p->pos = tb_next(t, p->pos);
	} else if (code == KEY_HOME || key == KEYMAP_CTRL('a')) {
		p->pos = 0;
	} else if (code == KEY_END || key == KEYMAP_CTRL('e')) {
		p->pos = t->len;
	} else if (key == KEYMAP_CTRL('u')) {
		tb_cut(t, 0, p->pos);
		p->pos = 0;
	} else if (key == KEYMAP_CTRL('k')) {
		t->len = p->pos;
		t->s[t->len] = '\0';
	} else if (key == KEYMAP_CTRL('w')) {
		size_t from = tb_word_back(t, p->pos);
		tb_cut(t, from, p->pos);
		p->pos = from;
	} else if (code == KEY_UP || code == KEY_DOWN) {
		browse(p, code == KEY_UP ? -1 : 1);
	} else if (code < 0 && key >= ' ' && key != 127) {
		tb_insert_cp(t, &p->pos, (unsigned)key);
	}
	return R_STATUS;
}
