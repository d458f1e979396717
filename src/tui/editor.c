/* editor.c -- the note editor: a popup over the reader with a small
 * multi-line editor for one note.
 *
 * UTF-8 aware (the edit point is a byte offset that only ever lands on a
 * character boundary), word-wrapped to the popup, with the misspelled
 * words marked (spell.h) and suggestions on Tab. Enter saves, Ctrl-J (or
 * Alt-Enter) starts a new line, Esc cancels (on a changed note it asks
 * first: Enter saves, d discards, Esc goes on); Up on the first row and
 * Down on the last go through the notes written in this session. Ctrl-E
 * hands the text to $EDITOR (browser_foreground after endwin) and takes back
 * what it saved. The text typed or edited is the user's but may hold
 * anything an editor wrote: it is drawn through the sanitizer. */
#include "system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "browser.h"
#include "editor.h"
#include "ops.h"
#include "sanitize.h"
#include "spell.h"
#include "textbuf.h"
#include "theme.h"
#include "util.h"

#define SUGGEST_MAX 9

/* The editor's state: one note at a time. */
struct editor {
	int active;
	struct pane pane;
	struct sb text;           /* the note, UTF-8, may hold newlines */
	size_t pos;               /* byte offset of the edit point */
	int64_t note_id;          /* the note edited, or 0: a new note */
	size_t start, end;        /* a new note's passage */
	char *quote;              /* the passage, for the frame's title; owned */
	editor_save_fn save;      /* who takes the text on Enter */
	size_t hist;              /* index in note_hist while browsing it */
	char *typed;              /* the text before browsing the history; owned */
	char **sugg;              /* spelling suggestions shown, or NULL */
	size_t nsugg, sugg_s, sugg_e;   /* and the word they are for */
	int top;                  /* first text row shown */
	char *orig;               /* the text it opened with; owned */
	int asking;               /* Esc on a changed note: save, discard or go on? */
	struct spell *spell;      /* opened at the first use */
	int spell_tried;
	char *dict;               /* `set dictionary NAME`, or NULL: the locale's */
	char **note_hist;         /* notes written in this session */
	size_t nnote_hist, note_hist_cap;
	char *path;               /* the article's, for the draft; owned */
	char *kept;               /* the text last kept as the draft (ops_draft_save); owned */
	int64_t kept_ms;          /* when */
};

static struct editor E = { .text = SB_INIT };

/* ---- layout of the text in rows ---- */

struct erow {
	size_t start, end;   /* bytes of the row, without the newline that ends it */
};

struct erows {
	struct erow *v;
	size_t n, cap;
};

static int unit_width(const struct san_unit *u)
{
	return u->kind == SAN_TAB ? 1 : u->width;
}

/* Word-wraps s[0..n) into rows at most width columns wide. A newline
 * ends a row; a row that overflows breaks after its last blank, or before
 * the unit that does not fit. There is always at least one row. */
static void layout(const char *s, size_t n, int width, struct erows *out)
{
	out->n = 0;
	size_t start = 0, blank = SIZE_MAX;
	int col = 0, col_blank = 0;
	for (size_t i = 0; i < n;) {
		struct san_unit u;
		size_t k = san_next(s + i, n - i, &u);
		if (u.kind == SAN_NEWLINE) {
			XGROW(out->v, out->cap, out->n + 1);
			out->v[out->n++] = (struct erow){ start, i };
			i += k;
			start = i;
			col = 0;
			blank = SIZE_MAX;
			continue;
		}
		int uw = unit_width(&u);
		if (col + uw > width && i > start) {
			size_t cut = blank != SIZE_MAX && blank > start ? blank : i;
			XGROW(out->v, out->cap, out->n + 1);
			out->v[out->n++] = (struct erow){ start, cut };
			col = cut == i ? 0 : col - col_blank;
			start = cut;
			blank = SIZE_MAX;
		}
		col += uw;
		i += k;
		if (s[i - k] == ' ') {
			blank = i;
			col_blank = col;
		}
	}
	XGROW(out->v, out->cap, out->n + 1);
	out->v[out->n++] = (struct erow){ start, n };
}

/* The row of the edit point: the last row that starts at or before it. */
static size_t row_of(const struct erows *r, size_t pos)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->v[i].start <= pos)
			k = i;
	return k;
}

static int cols(const char *s, size_t from, size_t to)
{
	int c = 0;
	while (from < to) {
		struct san_unit u;
		from += san_next(s + from, to - from, &u);
		c += unit_width(&u);
	}
	return c;
}

/* The byte in row r at column col, or the row's end. */
static size_t at_col(const char *s, const struct erow *r, int col)
{
	size_t i = r->start;
	int c = 0;
	while (i < r->end) {
		struct san_unit u;
		size_t k = san_next(s + i, r->end - i, &u);
		if (c + unit_width(&u) > col)
			break;
		c += unit_width(&u);
		i += k;
	}
	return i;
}

static int text_width(void)
{
	return E.pane.w > 4 ? E.pane.w - 2 : 2;
}

/* The hint under the text: its items (two spaces apart) packed into at
 * most HINT_MAX rows of the box's width, so that a narrow box shows every
 * key ("Esc cancel" too) rather than cutting the line. */
#define HINT_MAX 3
struct hint {
	const char *s;
	size_t start[HINT_MAX], end[HINT_MAX];
	int n;
};

static const char *hint_text(void)
{
	if (E.nsugg)
		return NULL;   /* the suggestions take the row */
	return E.asking ? _("Keep this note?  Enter saves  d discards  Esc goes on editing")
			: _("Enter save  C-j new line  Tab spelling  C-e $EDITOR  Esc cancel");
}

static void hint_pack(struct hint *h, int width)
{
	h->s = hint_text();
	h->n = 0;
	if (!h->s)
		return;
	size_t i = 0, n = strlen(h->s);
	while (i < n && h->n < HINT_MAX) {
		/* as many items as fit, at least one */
		size_t e = i, next = i;
		for (;;) {
			const char *gap = strstr(h->s + next, "  ");
			size_t ie = gap ? (size_t)(gap - h->s) : n;
			if (e > i && san_width(h->s + i, ie - i) > (size_t)width)
				break;
			e = ie;
			next = gap ? ie + 2 : n;
			if (!gap)
				break;
		}
		h->start[h->n] = i;
		h->end[h->n++] = e;
		i = next;
	}
}

static int text_rows(void)
{
	struct hint h;
	hint_pack(&h, text_width());
	int r = E.pane.h - 2 - (h.n > 1 ? h.n : 1);
	return r > 1 ? r : 1;
}

/* ---- open, close, geometry ---- */

void editor_layout(struct app *a)
{
	struct editor *ed = &E;
	if (!ed->active) {
		pane_set(&ed->pane, 0, 0, 0, 0);
		return;
	}
	/* Over the reader when it is shown, else over the whole screen. */
	struct pane *r = a->reader.win ? &a->reader : NULL;
	int py = r ? r->y : 0, px = r ? r->x : 0;
	int ph = r ? r->h : LINES - 1, pw = r ? r->w : COLS;
	int w = pw - 2 < 76 ? pw - 2 : 76;
	if (w < 20)
		w = pw < 20 ? pw : 20;
	int h = ph < 12 ? ph : 12;
	if (h < 4)
		h = ph;
	pane_set(&ed->pane, py + (ph - h) / 3, px + (pw - w) / 2, h, w);
	if (ed->pane.win)
		leaveok(ed->pane.win, FALSE);
}

static void sugg_clear(struct editor *ed)
{
	spell_list_free(&ed->sugg, ed->nsugg);
	ed->nsugg = 0;
}

static void editor_free(void)
{
	free(E.orig);
	E.orig = NULL;
	xfree(&E.path);
	xfree(&E.kept);
	E.asking = 0;
	struct editor *ed = &E;
	sb_release(&ed->text);
	free(ed->quote);
	ed->quote = NULL;
	free(ed->typed);
	ed->typed = NULL;
	sugg_clear(ed);
	ed->active = 0;
}

static void spell_ready(struct app *a)
{
	if (E.spell || E.spell_tried)
		return;
	E.spell_tried = 1;
	const char *d = E.dict ? E.dict : getenv("GLOSS_DICT");
	E.spell = spell_open(d && d[0] ? d : NULL, NULL);
	if (!E.spell)
		app_msg(a, 1, _("Spelling off: %s"), err_msg());
}

void editor_set_dict(const char *name)
{
	free(E.dict);
	E.dict = name ? xstrdup(name) : NULL;
	/* Opened again on the next use of the editor. */
	spell_free(&E.spell);
	E.spell_tried = 0;
}

void editor_free_all(void)
{
	editor_free();
	spell_free(&E.spell);
	free(E.dict);
	E.dict = NULL;
	strv_free(E.note_hist, E.nnote_hist);
	E.note_hist = NULL;
	E.nnote_hist = E.note_hist_cap = 0;
	pane_set(&E.pane, 0, 0, 0, 0);
}

int editor_active(void)
{
	return E.active;
}

int editor_open(struct app *a, int64_t note_id, size_t start, size_t end, const char *body, editor_save_fn save)
{
	struct editor *ed = &E;
	struct doc *d = a->open.doc;
	editor_free();
	ed->active = 1;
	ed->save = save;
	ed->note_id = note_id;
	ed->start = start;
	ed->end = end;
	sb_init(&ed->text);
	sb_adds(&ed->text, body ? body : "");
	ed->orig = xstrdup(body ? body : "");
	ed->pos = ed->text.len;
	ed->hist = E.nnote_hist;
	ed->top = 0;
	const char *q = NULL;
	size_t ql = 0;
	if (note_id) {
		for (size_t i = 0; i < a->open.notes.n; i++)
			if (a->open.notes.v[i].id == note_id) {
				q = a->open.notes.v[i].quote;
				ql = strlen(q);
			}
	} else if (d && end > start && end <= d->len) {
		q = d->data + start;
		ql = end - start;
	}
	if (!note_id && q && d && d->art && !d->map) {
		/* the passage as the reader shows it (Markdown without its markup) */
		size_t e = end - start > 200 ? start + 200 : end;
		while (e > start && e < d->len && ((unsigned char)d->data[e] & 0xC0) == 0x80)
			e--;
		ed->quote = art_line(d->art, start, e);
	} else {
		ed->quote = q ? xstrndup(q, ql > 200 ? 200 : ql) : xstrdup("");
	}
	struct entry *e = app_entry(a);
	ed->path = e ? xstrdup(e->path) : NULL;
	ed->kept = xstrdup(ed->text.s);
	ed->kept_ms = 0;
	spell_ready(a);
	curs_set(1);
	return R_LAYOUT | R_PANES;
}

/* ---- the draft: the text kept in the sidecar while it is written ---- */

/* Keeps the text as the draft when it changed since it was last kept, at
 * most once a second unless now is set. */
static void draft_keep(struct app *a, int now)
{
	struct editor *ed = &E;
	if (!ed->active || !ed->path || !a->lib || strcmp(ed->text.s, ed->kept ? ed->kept : "") == 0)
		return;
	int64_t ms = app_now_ms();
	if (!now && ed->kept_ms && ms - ed->kept_ms < 1000)
		return;
	struct ops_draft d = { ed->path, ed->note_id, ed->start, ed->end, ed->text.s, "" };
	if (ops_draft_save(a->lib, &d) < 0)
		return;   /* the editor still holds the text; Enter reports the error */
	free(ed->kept);
	ed->kept = xstrdup(ed->text.s);
	ed->kept_ms = ms;
}

void editor_idle(struct app *a)
{
	draft_keep(a, 1);
}

/* The note was saved or thrown away on purpose: no draft to offer. */
static void draft_forget(struct app *a)
{
	if (a->lib)
		ops_draft_clear(a->lib);
}

static int editor_close(void)
{
	editor_free();
	return R_LAYOUT | R_PANES;
}

/* ---- drawing ---- */

struct bad {
	size_t s, e;
};

void editor_draw(struct app *a)
{
	(void)a;
	struct editor *ed = &E;
	WINDOW *w = ed->pane.win;
	if (!w)
		return;
	int W = text_width(), H = text_rows();
	werase(w);
	wattrset(w, theme_attr(EL_POPUP));
	box(w, 0, 0);
	/* The title: whose note, and the start of the passage. */
	struct sb t = SB_INIT;
	if (ed->note_id)
		sb_addf(&t, _(" Note %lld on "), (long long)ed->note_id);
	else
		sb_adds(&t, _(" New note on "));
	wmove(w, 0, 1);
	int x = 1 + draw_text(w, t.s, t.len, W, theme_attr(EL_POPUP) | A_BOLD);
	sb_release(&t);
	if (x < W - 2) {
		wmove(w, 0, x);
		int qx = draw_text(w, ed->quote, strlen(ed->quote), W - x - 1, theme_attr(EL_NOTE));
		wmove(w, 0, x + qx);
		waddch(w, ' ');
	}
	struct erows rows = { NULL, 0, 0 };
	layout(ed->text.s, ed->text.len, W, &rows);
	size_t cr = row_of(&rows, ed->pos);
	if ((int)cr < ed->top)
		ed->top = (int)cr;
	if ((int)cr >= ed->top + H)
		ed->top = (int)cr - H + 1;
	/* Misspelled words of the whole text, once per paint. */
	struct bad *bad = NULL;
	size_t nbad = 0, badcap = 0, ws, we, from = 0;
	while (E.spell && spell_next_word(ed->text.s, ed->text.len, from, &ws, &we)) {
		from = we;
		/* Not the word being typed: it is not finished yet. */
		if (we == ed->pos && ed->pos == ed->text.len)
			continue;
		if (!spell_check(E.spell, ed->text.s + ws, we - ws)) {
			XGROW(bad, badcap, nbad + 1);
			bad[nbad++] = (struct bad){ ws, we };
		}
	}
	attr_t text = theme_attr(EL_TEXT), ph = theme_attr(EL_PLACEHOLDER), sp = theme_attr(EL_SPELL);
	int cy = 1, cx = 1;
	for (int k = 0; k < H; k++) {
		size_t ri = (size_t)(ed->top + k);
		if (ri >= rows.n)
			break;
		const struct erow *r = &rows.v[ri];
		wmove(w, 1 + k, 1);
		size_t bi = 0;
		for (size_t i = r->start; i < r->end;) {
			struct san_unit u;
			size_t len = san_next(ed->text.s + i, r->end - i, &u);
			while (bi < nbad && bad[bi].e <= i)
				bi++;
			attr_t at = u.kind == SAN_PRINT ? text : u.kind == SAN_TAB ? text : ph;
			if (bi < nbad && bad[bi].s <= i)
				at = sp;
			wattrset(w, at);
			if (u.kind == SAN_TAB)
				waddch(w, ' ');
			else if (u.show_len)
				waddnstr(w, u.show, (int)u.show_len);
			i += len;
		}
		if (ri == cr) {
			cy = 1 + k;
			cx = 1 + cols(ed->text.s, r->start, ed->pos < r->end ? ed->pos : r->end);
		}
	}
	free(bad);
	free(rows.v);
	/* The hint rows, or the suggestions to pick from. */
	struct hint hint;
	hint_pack(&hint, W);
	wmove(w, ed->pane.h - 2, 1);
	if (ed->nsugg) {
		int hx = 1;
		for (size_t i = 0; i < ed->nsugg && hx < W; i++) {
			char num[24];
			snprintf(num, sizeof num, "%zu ", i + 1);
			wmove(w, ed->pane.h - 2, hx);
			hx += draw_textz(w, num, W - hx, theme_attr(EL_HELP_KEY));
			hx += draw_textz(w, ed->sugg[i], W - hx, theme_attr(EL_TEXT)) + 2;
		}
	} else {
		attr_t at = theme_attr(ed->asking ? EL_MESSAGE : EL_META);
		for (int i = 0; i < hint.n; i++) {
			int y = ed->pane.h - 1 - hint.n + i;
			if (y < 1)
				continue;
			wmove(w, y, 1);
			draw_text(w, hint.s + hint.start[i], hint.end[i] - hint.start[i], W, at);
		}
	}
	wattrset(w, A_NORMAL);
	wmove(w, cy, cx < W + 1 ? cx : W);
	wnoutrefresh(w);
}

/* ---- editing ---- */

static void set_text(struct editor *ed, const char *s)
{
	sb_reset(&ed->text);
	sb_adds(&ed->text, s);
	ed->pos = ed->text.len;
}

/* Up on the first row / Down on the last: the notes of this session. */
static void history(int dir)
{
	struct editor *ed = &E;
	if (dir < 0 && ed->hist > 0) {
		if (ed->hist == E.nnote_hist) {
			free(ed->typed);
			ed->typed = xstrdup(ed->text.s);
		}
		ed->hist--;
		set_text(ed, E.note_hist[ed->hist]);
	} else if (dir > 0 && ed->hist < E.nnote_hist) {
		ed->hist++;
		set_text(ed, ed->hist == E.nnote_hist ? (ed->typed ? ed->typed : "") : E.note_hist[ed->hist]);
	}
}

static void vertical(int dir)
{
	struct editor *ed = &E;
	struct erows rows = { NULL, 0, 0 };
	layout(ed->text.s, ed->text.len, text_width(), &rows);
	size_t r = row_of(&rows, ed->pos);
	if ((dir < 0 && r == 0) || (dir > 0 && r + 1 >= rows.n)) {
		free(rows.v);
		history(dir);
		return;
	}
	int col = cols(ed->text.s, rows.v[r].start, ed->pos);
	ed->pos = at_col(ed->text.s, &rows.v[dir < 0 ? r - 1 : r + 1], col);
	free(rows.v);
}

static size_t line_start(const struct sb *t, size_t pos)
{
	while (pos > 0 && t->s[pos - 1] != '\n')
		pos--;
	return pos;
}

static size_t line_end(const struct sb *t, size_t pos)
{
	while (pos < t->len && t->s[pos] != '\n')
		pos++;
	return pos;
}

/* Tab: suggestions for the word at (or just before) the edit point. */
static int suggest(struct app *a)
{
	struct editor *ed = &E;
	size_t ws, we, from = 0;
	int found = 0;
	if (!E.spell) {
		app_msg(a, 1, _("Spelling is off (no dictionary)"));
		return R_STATUS;
	}
	while (spell_next_word(ed->text.s, ed->text.len, from, &ws, &we)) {
		if (ws <= ed->pos && ed->pos <= we) {
			found = 1;
			break;
		}
		if (ws > ed->pos)
			break;
		from = we;
	}
	if (!found) {
		app_msg(a, 1, _("No word at the cursor"));
		return R_STATUS;
	}
	if (spell_check(E.spell, ed->text.s + ws, we - ws)) {
		app_msg(a, 0, _("Spelt right"));
		return R_STATUS;
	}
	sugg_clear(ed);
	ed->nsugg = spell_suggest(E.spell, ed->text.s + ws, we - ws, SUGGEST_MAX, &ed->sugg);
	ed->sugg_s = ws;
	ed->sugg_e = we;
	if (!ed->nsugg)
		app_msg(a, 1, _("No suggestions"));
	else
		app_msg(a, 0, _("1-%zu replaces the word, any other key goes on"), ed->nsugg);
	return R_STATUS;
}

/* Ctrl-E: the note to $EDITOR in a temporary file and back. The terminal
 * is handed over with endwin and taken back with reset_prog_mode; the
 * loop repaints everything (R_CLEAR). Like system(), gloss ignores
 * SIGINT and SIGQUIT while the editor runs: they are the editor's. */
static int external(struct app *a)
{
	struct editor *ed = &E;
	const char *tmpdir = getenv("TMPDIR");
	struct sb path = SB_INIT;
	sb_addf(&path, "%s/gloss-note-XXXXXX.md", tmpdir && tmpdir[0] ? tmpdir : "/tmp");
	int fd = mkstemps(path.s, 3);
	if (fd < 0) {
		app_msg(a, 1, _("Cannot make a temporary file: %s"), strerror(errno));
		sb_release(&path);
		return R_STATUS;
	}
	size_t off = 0;
	while (off < ed->text.len) {
		ssize_t k = write(fd, ed->text.s + off, ed->text.len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		off += (size_t)k;
	}
	if (ed->text.len)
		(void)!write(fd, "\n", 1);
	close(fd);
	if (off < ed->text.len) {
		app_msg(a, 1, _("Cannot write %s"), path.s);
		unlink(path.s);
		sb_release(&path);
		return R_STATUS;
	}
	/* $EDITOR may carry options ("emacs -nw"): split at blanks. */
	const char *e = getenv("EDITOR");
	char *cmd = xstrdup(e && e[0] ? e : "vi");
	char *argv[18];
	int argc = 0;
	for (char *s = strtok(cmd, " \t"); s && argc < 16; s = strtok(NULL, " \t"))
		argv[argc++] = s;
	argv[argc++] = path.s;
	argv[argc] = NULL;

	def_prog_mode();
	endwin();
	int r = browser_foreground(argv[0], argv);
	reset_prog_mode();
	free(cmd);

	if (r < 0) {
		app_error(a);
	} else if (r == 127) {
		app_msg(a, 1, _("Cannot run the editor '%s' (set EDITOR)"), e && e[0] ? e : "vi");
	} else if (r != 0) {
		app_msg(a, 1, _("The editor failed; the note is as it was"));
	} else {
		size_t n;
		char *s = read_file(path.s, &n);
		if (!s) {
			app_msg(a, 1, "%s", err_msg());
		} else {
			/* Editors end the file with a newline: not part of the note. */
			while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
				n--;
			s[n] = '\0';
			set_text(ed, s);
			free(s);
			app_msg(a, 0, _("Back from the editor: Enter saves"));
		}
	}
	unlink(path.s);
	sb_release(&path);
	curs_set(1);
	return R_RELAYOUT | R_CLEAR;
}

/* Esc followed at once by Enter is Alt-Enter: a new line, not cancel. */
static int alt_enter(void)
{
	wint_t ch;
	wtimeout(stdscr, 0);
	int rc = wget_wch(stdscr, &ch);
	wtimeout(stdscr, 500);
	if (rc == OK && (ch == '\r' || ch == '\n'))
		return 1;
	if (rc == OK)
		unget_wch((wchar_t)ch);
	else if (rc == KEY_CODE_YES)
		ungetch((int)ch);
	return 0;
}

int editor_resume(struct app *a, int64_t note_id, size_t start, size_t end, const char *orig, const char *body,
		  editor_save_fn save)
{
	int react = editor_open(a, note_id, start, end, orig, save);
	struct editor *ed = &E;
	sb_reset(&ed->text);
	sb_adds(&ed->text, body);
	ed->pos = ed->text.len;
	free(ed->kept);
	ed->kept = xstrdup(body);   /* kept already: it came from there */
	return react;
}

static int save(struct app *a)
{
	draft_forget(a);
	char *body = xstrdup(E.text.s);
	int64_t id = E.note_id;
	size_t start = E.start, end = E.end;
	editor_save_fn fn = E.save;
	editor_close();
	if (body[0]) {
		XGROW(E.note_hist, E.note_hist_cap, E.nnote_hist + 1);
		E.note_hist[E.nnote_hist++] = xstrdup(body);
	}
	int react = (fn ? fn(a, id, start, end, body) : R_NONE) | R_LAYOUT | R_PANES;
	free(body);
	return react;
}

int editor_key(struct app *a, int key)
{
	struct editor *ed = &E;
	struct sb *t = &ed->text;
	int code = key & KEYMAP_CODE ? key & ~KEYMAP_CODE : -1;
	int react = R_PANES;
	if (ed->nsugg) {
		size_t k = key >= '1' && key <= '9' ? (size_t)(key - '1') : SIZE_MAX;
		if (k < ed->nsugg) {
			size_t s = ed->sugg_s, e = ed->sugg_e;
			char *w = xstrdup(ed->sugg[k]);
			sugg_clear(ed);
			if (e <= t->len) {
				ed->pos = e;
				tb_cut(&ed->text, s, e);
				ed->pos = s;
				tb_insert(&ed->text, &ed->pos, w, strlen(w));
			}
			free(w);
			return R_PANES;
		}
		sugg_clear(ed);
		if (key == 27)
			return R_PANES;
	}
	if (ed->asking) {
		/* Esc on a changed note asked: only d throws it away. */
		ed->asking = 0;
		if (key == '\r' || key == '\n' || code == KEY_ENTER || key == 's' || key == 'y')
			return save(a);
		if (key == 'd' || key == 'n') {
			draft_forget(a);
			app_msg(a, 0, _("Note not saved"));
			return editor_close() | R_STATUS;
		}
		return react;
	}
	if (key == '\r' || code == KEY_ENTER)
		return save(a);
	if (key == 27) {
		if (alt_enter()) {
			tb_insert(t, &ed->pos, "\n", 1);
			return react;
		}
		if (strcmp(ed->text.s, ed->orig ? ed->orig : "") != 0) {
			/* An Esc out of habit must not cost a note. */
			ed->asking = 1;
			return react;
		}
		draft_forget(a);
		app_msg(a, 0, _("Note not saved"));
		return editor_close() | R_STATUS;
	}
	if (key == '\n') {
		tb_insert(t, &ed->pos, "\n", 1);
	} else if (key == KEYMAP_CTRL('e')) {
		return external(a);
	} else if (key == '\t') {
		return suggest(a) | react;
	} else if (key == 127 || key == KEYMAP_CTRL('h') || code == KEY_BACKSPACE) {
		size_t from = tb_prev(t, ed->pos);
		tb_cut(t, from, ed->pos);
		ed->pos = from;
	} else if (code == KEY_DC || key == KEYMAP_CTRL('d')) {
		tb_cut(t, ed->pos, tb_next(t, ed->pos));
	} else if (code == KEY_LEFT || key == KEYMAP_CTRL('b')) {
		ed->pos = tb_prev(t, ed->pos);
	} else if (code == KEY_RIGHT || key == KEYMAP_CTRL('f')) {
		ed->pos = tb_next(t, ed->pos);
	} else if (code == KEY_HOME || key == KEYMAP_CTRL('a')) {
		ed->pos = line_start(t, ed->pos);
	} else if (code == KEY_END) {
		ed->pos = line_end(t, ed->pos);
	} else if (code == KEY_UP || key == KEYMAP_CTRL('p')) {
		vertical(-1);
	} else if (code == KEY_DOWN || key == KEYMAP_CTRL('n')) {
		vertical(1);
	} else if (key == KEYMAP_CTRL('u')) {
		size_t from = line_start(t, ed->pos);
		tb_cut(t, from, ed->pos);
		ed->pos = from;
	} else if (key == KEYMAP_CTRL('k')) {
		size_t e = line_end(t, ed->pos);
		if (e == ed->pos && e < t->len)
			e++;   /* at the end of a line: join the next */
		tb_cut(t, ed->pos, e);
	} else if (key == KEYMAP_CTRL('w')) {
		size_t from = tb_word_back(t, ed->pos);
		tb_cut(t, from, ed->pos);
		ed->pos = from;
	} else if (key == KEYMAP_CTRL('l')) {
		return R_CLEAR | R_PANES;
	} else if (code < 0 && key >= ' ' && key != 127) {
		tb_insert_cp(t, &ed->pos, (unsigned)key);
	} else {
		return R_NONE;
	}
	draft_keep(a, 0);
	return react;
}
