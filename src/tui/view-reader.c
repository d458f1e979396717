/* view-reader.c -- the reading pane: title and metadata above the text,
 * paragraphs wrapped to the pane (at most max-width columns, centred),
 * highlights, search matches and the reading cursor.
 *
 * Only what is on screen is wrapped: each paragraph is wrapped the first
 * time a row of it is needed, and the position is a (block, line) pair,
 * so a 100 MB article costs its first screen to show and G costs one scan
 * for paragraph ends. The reading position that leaves this file is a byte
 * offset (the first byte of the top row), which survives any re-wrap. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "motion.h"
#include "sanitize.h"
#include "theme.h"
#include "util.h"
#include "view-reader.h"
#include "wrap.h"

#define SCROLLOFF 2

/* One row of the reader's screen: block 0 is the header (title and
 * metadata), block k > 0 is paragraph k - 1. */
struct vrow {
	size_t block;
	size_t line;      /* in the block; == number of lines: the blank row after it */
	int valid;
};

/* How the open article (app.open) is laid out on screen. */
struct reader {
	int width;                /* text width in columns */
	int left;                 /* first column of the text in the pane */
	int height;               /* rows of text */
	struct wrap_lines *plines;/* per paragraph, at width; n == 0: not wrapped yet */
	size_t pcap;
	struct wrap_lines title;  /* the header block, wrapped */
	struct wrap_lines meta;
	int title_cut, meta_cut;  /* they were longer than their rows */
	char *title_s, *meta_s;   /* sanitized at draw time, raw here; owned */
	size_t top_block, top_line;
	size_t press;             /* where the mouse button went down, or SIZE_MAX */
};

static struct reader *RD(struct app *a)
{
	return app_view(a, VIEW_READER);
}

/* ---- blocks and rows ---- */

/* A title or a source line never takes the screen: at most this many
 * rows, the last ending in an ellipsis when there was more. */
#define TITLE_LINES 3
#define META_LINES 2

/* Wraps s into at most max lines of out (reading no more of s than they
 * can show); 1 when s did not fit. */
static int clamp_lines(char *s, int width, size_t max, struct wrap_lines *out)
{
	size_t n = strlen(s), room = (size_t)width * max * 4 + 4;
	int cut = 0;
	if (n > room) {
		/* Cut on a character boundary: a continuation byte goes with
		 * the character before it. */
		while (room > 0 && ((unsigned char)s[room] & 0xc0) == 0x80)
			room--;
		s[room] = '\0';
		n = room;
		cut = 1;
	}
	wrap_text(s, n, width, out);
	if (out->n > max) {
		out->n = max;
		cut = 1;
	}
	return cut;
}

static size_t header_lines(struct app *a)
{
	struct reader *r = RD(a);
	if (r->title.n == 0 && a->open.doc) {
		const struct article *art = a->open.doc->art;
		struct sb m = SB_INIT;
		const char *parts[] = { art->meta[ART_SOURCE], art->meta[ART_DATE] ? art->meta[ART_DATE] : art_date(art),
			art->meta[ART_AUTHOR] };
		for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
			if (parts[i] && parts[i][0]) {
				if (m.len)
					sb_adds(&m, " \xc2\xb7 ");  /* · */
				sb_adds(&m, parts[i]);
			}
		free(r->title_s);
		free(r->meta_s);
		r->title_s = xstrdup(art->title);
		r->meta_s = sb_detach(&m);
		r->title_cut = clamp_lines(r->title_s, r->width, TITLE_LINES, &r->title);
		r->meta_cut = r->meta_s[0] ? clamp_lines(r->meta_s, r->width, META_LINES, &r->meta) : 0;
	}
	return r->title.n + r->meta.n;
}

static const struct wrap_lines *para_lines(struct app *a, size_t i)
{
	struct reader *r = RD(a);
	const struct art_para *p = doc_para(a->open.doc, i);
	if (!p)
		return NULL;
	if (i >= r->pcap) {
		/* Fresh zeroed memory rather than realloc and memset: `G` in a
		 * big file asks for a paragraph number far ahead, and calloc
		 * maps zero pages without touching them. */
		size_t cap = r->pcap ? r->pcap : 64;
		while (cap <= i)
			cap *= 2;
		struct wrap_lines *v = xcalloc(cap, sizeof *v);
		if (r->pcap)
			memcpy(v, r->plines, r->pcap * sizeof *v);
		free(r->plines);
		r->plines = v;
		r->pcap = cap;
	}
	if (r->plines[i].n == 0)
		wrap_text(a->open.doc->data + p->start, p->end - p->start, r->width, &r->plines[i]);
	return &r->plines[i];
}

/* Rows of a block: its lines and a blank row after them; none for the
 * title line's paragraph, which the header shows already. SIZE_MAX when
 * the block does not exist. */
static size_t block_rows(struct app *a, size_t b)
{
	if (b == 0)
		return header_lines(a) + 1;
	/* doc_para first: it decides whether b - 1 is a hole (doc.h). */
	if (b - 1 == a->open.doc->skip_para || (doc_para(a->open.doc, b - 1) && doc_hole(a->open.doc, b - 1)))
		return doc_para(a->open.doc, b - 1) ? 0 : SIZE_MAX;
	const struct wrap_lines *l = para_lines(a, b - 1);
	return l ? l->n + 1 : SIZE_MAX;
}

static int row_next(struct app *a, size_t *b, size_t *l)
{
	size_t n = block_rows(a, *b);
	if (n != SIZE_MAX && *l + 1 < n) {
		(*l)++;
		return 1;
	}
	for (size_t nb = *b + 1;; nb++) {
		n = block_rows(a, nb);
		if (n == SIZE_MAX)
			return 0;
		if (n > 0) {
			*b = nb;
			*l = 0;
			return 1;
		}
	}
}

static int row_prev(struct app *a, size_t *b, size_t *l)
{
	if (*l > 0) {
		(*l)--;
		return 1;
	}
	for (size_t nb = *b; nb > 0;) {
		nb--;
		size_t n = block_rows(a, nb);
		if (n > 0 && n != SIZE_MAX) {
			*b = nb;
			*l = n - 1;
			return 1;
		}
	}
	return 0;
}

static int collect_rows(struct app *a, struct vrow *out, int h)
{
	struct reader *r = RD(a);
	size_t b = r->top_block, l = r->top_line;
	int k = 0;
	if (h <= 0 || block_rows(a, b) == SIZE_MAX)
		return 0;
	do {
		out[k].block = b;
		out[k].line = l;
		out[k].valid = 1;
		k++;
	} while (k < h && row_next(a, &b, &l));
	return k;
}

/* Whether rows exist below the screen. */
static int more_below(struct app *a)
{
	struct reader *r = RD(a);
	size_t b = r->top_block, l = r->top_line;
	for (int k = 0; k < r->height; k++)
		if (!row_next(a, &b, &l))
			return 0;
	/* The row after the screen: the last blank row does not count. */
	size_t n = block_rows(a, b);
	if (l + 1 == n) {
		size_t b2 = b, l2 = l;
		return row_next(a, &b2, &l2);
	}
	return 1;
}

static int row_cmp(size_t b1, size_t l1, size_t b2, size_t l2)
{
	if (b1 != b2)
		return b1 < b2 ? -1 : 1;
	return l1 < l2 ? -1 : l1 > l2;
}

/* ---- positions ---- */

static size_t reader_position(struct app *a)
{
	struct reader *r = RD(a);
	if (!a->open.doc || r->top_block == 0 || r->width == 0)
		return 0;
	const struct art_para *p = doc_para(a->open.doc, r->top_block - 1);
	const struct wrap_lines *l = para_lines(a, r->top_block - 1);
	if (!p || !l)
		return 0;
	if (r->top_line >= l->n)
		return p->end;
	return p->start + l->v[r->top_line].start;
}

/* The row that shows byte off of the body. */
static void row_of(struct app *a, size_t off, size_t *b, size_t *l)
{
	struct doc *d = a->open.doc;
	size_t i = doc_para_at(d, off);
	if (i == d->skip_para && doc_para(d, i + 1))
		i++;
	const struct wrap_lines *w = para_lines(a, i);
	const struct art_para *p = &d->para[i];
	size_t k = 0;
	if (w && off > p->start)
		while (k + 1 < w->n && w->v[k + 1].start <= off - p->start)
			k++;
	*b = i + 1;
	*l = k;
}

static void clamp_end(struct app *a)
{
	struct reader *r = RD(a);
	/* Fill the screen: no empty rows at the bottom while there is text above. */
	size_t b = r->top_block, l = r->top_line;
	int k = 1;
	while (k < r->height && row_next(a, &b, &l))
		k++;
	/* The blank row after the last paragraph does not count. */
	if (k == r->height || (r->top_block == 0 && r->top_line == 0))
		return;
	for (; k < r->height - 1; k++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
}

/* ---- the cursor on screen ---- */

static void cursor_into_view(struct app *a, int from_top)
{
	struct reader *r = RD(a);
	struct vrow rows[512];
	int h = r->height < 512 ? r->height : 512;
	int n = collect_rows(a, rows, h);
	if (n == 0)
		return;
	size_t cb = 0, cl = 0;
	if (a->open.cur != SIZE_MAX && a->open.cur >= app_body_start(a)) {
		row_of(a, a->open.cur, &cb, &cl);
		if (row_cmp(cb, cl, rows[0].block, rows[0].line) >= 0 &&
		    row_cmp(cb, cl, rows[n - 1].block, rows[n - 1].line) <= 0)
			return;
	}
	/* The first word of the first (or last) text row on screen. */
	for (int k = 0; k < n; k++) {
		struct vrow *v = &rows[from_top ? k : n - 1 - k];
		if (v->block == 0)
			continue;
		const struct wrap_lines *w = para_lines(a, v->block - 1);
		if (!w || v->line >= w->n)
			continue;
		size_t off = a->open.doc->para[v->block - 1].start + w->v[v->line].start;
		a->open.cur = motion_word_at(a->open.doc, off) ? off : motion_next_word(a->open.doc, off);
		return;
	}
}

/* Scrolls so that byte off is on screen, a third down from the top when it
 * was off screen. */
static void show_offset(struct app *a, size_t off)
{
	struct reader *r = RD(a);
	size_t b, l;
	row_of(a, off, &b, &l);
	struct vrow rows[512];
	int h = r->height < 512 ? r->height : 512;
	int n = collect_rows(a, rows, h);
	if (n > 0) {
		int lo = n > 2 * SCROLLOFF + 1 ? SCROLLOFF : 0;
		int hi = n > 2 * SCROLLOFF + 1 ? n - 1 - SCROLLOFF : n - 1;
		if (row_cmp(b, l, rows[lo].block, rows[lo].line) >= 0 &&
		    row_cmp(b, l, rows[hi].block, rows[hi].line) <= 0)
			return;
		if (n < h && row_cmp(b, l, rows[0].block, rows[0].line) >= 0)
			return;
	}
	r->top_block = b;
	r->top_line = l;
	for (int k = 0; k < r->height / 3; k++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
	clamp_end(a);
}

static int reader_scroll(struct app *a, int n)
{
	struct reader *r = RD(a);
	if (!a->open.doc)
		return R_NONE;
	int moved = 0;
	for (; n > 0; n--, moved++)
		if (!more_below(a) || !row_next(a, &r->top_block, &r->top_line))
			break;
	for (; n < 0; n++, moved++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
	if (!moved)
		return R_NONE;
	cursor_into_view(a, 1);
	a->open.top = reader_position(a);
	return R_READER | R_STATUS;
}

/* ---- set-up ---- */

static void reader_reset(struct reader *r)
{
	for (size_t i = 0; i < r->pcap; i++)
		wrap_lines_clear(&r->plines[i]);
	free(r->plines);
	r->plines = NULL;
	r->pcap = 0;
	wrap_lines_clear(&r->title);
	wrap_lines_clear(&r->meta);
}

static void reader_restore(struct app *a, size_t pos)
{
	struct reader *r = RD(a);
	r->top_block = 0;
	r->top_line = 0;
	if (!a->open.doc)
		return;
	if (pos > a->open.doc->body && pos <= a->open.doc->len && a->open.doc->npara + !a->open.doc->complete > 0 && doc_para(a->open.doc, 0)) {
		row_of(a, pos, &r->top_block, &r->top_line);
		clamp_end(a);
	}
	cursor_into_view(a, 1);
}

/* Takes the size of the pane (and max-width): wraps again when the text
 * width changed, keeping the position and the cursor. */
static void reader_setup(struct app *a)
{
	struct reader *r = RD(a);
	struct pane *p = app_pane(a, VIEW_READER);
	int pw = p->win ? p->w : COLS;
	int h = (p->win ? p->h : LINES - 1) - 1;
	int tw = pw - 2;
	if (a->max_width > 0 && tw > a->max_width)
		tw = a->max_width;
	if (tw < 1)
		tw = 1;
	r->left = (pw - tw) / 2;
	r->height = h < 1 ? 1 : h;
	if (tw != r->width) {
		size_t pos = a->open.doc && r->width ? reader_position(a) : 0;
		size_t cur = a->open.cur;
		reader_reset(r);
		r->width = tw;
		if (a->open.doc) {
			reader_restore(a, pos);
			if (cur != SIZE_MAX) {
				a->open.cur = cur;
				show_offset(a, cur);
			}
		}
	}
}

/* ---- matches ---- */

/* Whether a search match starts at s (the pattern's case decides). */
static int match_at(const char *s, const char *pat, size_t m, int cs)
{
	return cs ? memcmp(s, pat, m) == 0 : ascii_ncasecmp(s, pat, m) == 0;
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct reader *r = data;
	if (!a->open.doc)
		return R_NONE;
	int page = r->height > 2 ? r->height - 1 : 1;
	switch (m) {
	case MOVE_DOWN: return reader_scroll(a, 1);
	case MOVE_UP: return reader_scroll(a, -1);
	case MOVE_PAGE_DOWN: return reader_scroll(a, page);
	case MOVE_PAGE_UP: return reader_scroll(a, -page);
	case MOVE_HALF_DOWN: return reader_scroll(a, (r->height + 1) / 2);
	case MOVE_HALF_UP: return reader_scroll(a, -(r->height + 1) / 2);
	case MOVE_TOP:
		r->top_block = r->top_line = 0;
		a->open.cur = motion_next_word(a->open.doc, SIZE_MAX);
		return R_READER | R_STATUS;
	case MOVE_BOTTOM:
		doc_para_all(a->open.doc);
		if (a->open.doc->npara > 0) {
			r->top_block = a->open.doc->npara;
			r->top_line = 0;
			size_t n = block_rows(a, r->top_block);
			if (n != SIZE_MAX && n > 1)
				r->top_line = n - 2;   /* the last line of text */
			for (int k = 1; k < r->height; k++)
				if (!row_prev(a, &r->top_block, &r->top_line))
					break;
			cursor_into_view(a, 0);
		}
		return R_READER | R_STATUS;
	case MOVE_OPEN:
	case MOVE_NONE:
		break;
	}
	return R_NONE;
}

static int wheel(struct app *a, void *data, int rows)
{
	(void)data;
	return reader_scroll(a, rows);
}

/* The word at row, col of the pane (row 0 is the bar): its start, or the
 * next word's; SIZE_MAX when the row holds no text. */
static size_t word_at_screen(struct app *a, int row, int col)
{
	struct reader *r = RD(a);
	struct doc *d = a->open.doc;
	struct vrow rows[512];
	int n = collect_rows(a, rows, r->height < 512 ? r->height : 512);
	if (row < 1 || row - 1 >= n || rows[row - 1].block == 0)
		return SIZE_MAX;
	struct vrow *v = &rows[row - 1];
	const struct wrap_lines *w = para_lines(a, v->block - 1);
	if (!w || v->line >= w->n)
		return SIZE_MAX;
	const struct art_para *p = &d->para[v->block - 1];
	size_t i = p->start + w->v[v->line].start, e = p->start + w->v[v->line].end;
	int c = 0, x = col - r->left;
	while (i < e) {
		struct san_unit u;
		size_t len = wrap_unit(d->data + i, e - i, c, &u);
		if (c + u.width > x)
			break;
		c += u.width;
		i += len;
	}
	if (i >= e)
		i = e > 0 ? motion_back1(d, e) : e;
	/* The start of the word clicked, or the next word. */
	if (motion_word_at(d, i)) {
		while (i > p->start && motion_word_at(d, motion_back1(d, i)))
			i = motion_back1(d, i);
		return i;
	}
	return motion_next_word(d, i);
}

/* A click puts the cursor on a word; a drag (press, move, release)
 * selects from where the button went down. */
static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct reader *r = data;
	if (!a->open.doc)
		return R_NONE;
	int react = R_NONE;
	if (kind == CLICK_RELEASE) {
		size_t from = r->press;
		r->press = SIZE_MAX;
		if (from == SIZE_MAX)
			return R_NONE;
		size_t to = word_at_screen(a, row, col);
		if (to != SIZE_MAX)
			a->open.cur = to;
		if (a->open.cur != from && a->open.cur != SIZE_MAX) {
			a->open.sel_anchor = from;
			a->open.sel_end = SIZE_MAX;
		}
		return R_READER | R_STATUS | R_SIDE;
	}
	react |= app_focus(a, VIEW_READER);
	size_t to = word_at_screen(a, row, col);
	if (to != SIZE_MAX) {
		a->open.cur = to;
		react |= R_READER | R_STATUS | R_SIDE;
	}
	if (kind == CLICK_PRESS)
		r->press = a->open.cur;
	return react;
}

static int item(struct app *a, void *data, int kind, struct view_item *out)
{
	(void)data;
	if (!a->open.doc)
		return 0;
	if (kind == ITEM_NOTE) {
		const struct store_note *n = app_note_at(a, a->open.cur);
		if (!n)
			return 0;
		out->kind = ITEM_NOTE;
		out->note_id = n->id;
		return 1;
	}
	if (kind == ITEM_ENTITY) {
		const struct hl_span *sp = app_span_at(a, a->open.cur);
		if (!sp)
			return 0;
		out->kind = ITEM_ENTITY;
		out->type = sp->type;
		out->key = sp->key;
		out->text = a->open.doc->data + sp->start;
		out->textlen = sp->end - sp->start;
		return 1;
	}
	return 0;
}

static void resize(struct app *a, void *data, struct pane *p)
{
	(void)data;
	(void)p;
	reader_setup(a);
}

static int event(struct app *a, void *data, enum app_event e)
{
	struct reader *r = data;
	switch (e) {
	case EV_OPENED: {
		struct entry *en = app_entry(a);
		r->press = SIZE_MAX;
		reader_setup(a);
		reader_restore(a, en ? (size_t)en->position : 0);
		return R_READER;
	}
	case EV_CLOSING:
		app_save_position(a, (int64_t)reader_position(a));
		reader_reset(r);
		r->press = SIZE_MAX;
		return R_READER;
	case EV_CURSOR:
		if (a->open.doc && a->open.cur != SIZE_MAX)
			show_offset(a, a->open.cur);
		return R_READER;
	case EV_NOTES:
	case EV_LIST:
		break;
	}
	return R_NONE;
}

static void *init(struct app *a)
{
	(void)a;
	struct reader *r = xcalloc(1, sizeof *r);
	r->press = SIZE_MAX;
	return r;
}

static void reader_free(void *data)
{
	struct reader *r = data;
	reader_reset(r);
	free(r->title_s);
	free(r->meta_s);
	free(r);
}

/* ---- drawing ---- */

struct match {
	size_t start, end;
};

/* Whether byte i is inside an attached note. */
static int in_note(struct app *a, size_t i)
{
	for (size_t k = 0; k < a->open.notes.n; k++) {
		const struct store_note *n = &a->open.notes.v[k];
		if (!n->orphan && n->start <= i && i < n->end)
			return 1;
	}
	return 0;
}

static int note_on_line(struct app *a, size_t start, size_t end)
{
	for (size_t k = 0; k < a->open.notes.n; k++) {
		const struct store_note *n = &a->open.notes.v[k];
		if (!n->orphan && n->start < end && start < n->end)
			return 1;
	}
	return 0;
}

static void draw_line(struct app *a, WINDOW *w, int y, size_t start, size_t end,
		      const struct hl_span *sv, size_t sn, const struct match *mv, size_t mn)
{
	struct reader *r = RD(a);
	const char *data = a->open.doc->data;
	size_t cur_end = a->open.cur != SIZE_MAX ? motion_word_end(a->open.doc, a->open.cur) : 0;
	int show_cursor = a->open.cur != SIZE_MAX;
	attr_t text = theme_attr(EL_TEXT);
	size_t ss = 0, se = 0;
	int sel = app_selection(a, &ss, &se);
	int notes = a->open.notes.n > 0 && note_on_line(a, start, end);
	/* The margin mark: left of the text, in the column the centring leaves. */
	if (notes && r->left > 0) {
		wmove(w, y, r->left - 1);
		wattrset(w, theme_attr(EL_NOTE_MARK));
		waddstr(w, MB_CUR_MAX > 1 ? "\xe2\x96\x8e" : "|");   /* ▎ */
	}
	int col = 0;
	size_t si = 0, mi = 0;
	wmove(w, y, r->left);
	for (size_t i = start; i < end;) {
		struct san_unit u;
		size_t len = wrap_unit(data + i, end - i, col, &u);
		if (col + u.width > r->width)
			break;
		attr_t at = text;
		while (si < sn && sv[si].end <= i)
			si++;
		int noted = notes && in_note(a, i);
		if (noted)
			at = theme_attr(EL_NOTE);
		/* An entity keeps its colour inside a note and takes the note's
		 * attributes: two colour pairs cannot be or'ed. */
		if (si < sn && sv[si].start <= i && app_span_shown(a, &sv[si]))
			at = theme_attr((enum elem)(EL_PERSON + sv[si].type)) | (noted ? theme_attr(EL_NOTE) & ~A_COLOR : 0);
		while (mi < mn && mv[mi].end <= i)
			mi++;
		if (mi < mn && mv[mi].start <= i)
			at = theme_attr(EL_SEARCH);
		if (u.kind == SAN_CONTROL || u.kind == SAN_FORMAT || u.kind == SAN_INVALID)
			at = theme_attr(EL_PLACEHOLDER);
		/* The cursor keeps the colour of what it is on (an entity, a
		 * match) and adds the cursor's attributes: two colour pairs
		 * cannot be or'ed. */
		if (sel && i >= ss && i < se)
			at = theme_attr(EL_SELECTION);
		if (show_cursor && i >= a->open.cur && i < cur_end)
			at |= (theme_attr(EL_CURSOR) & ~A_COLOR) | (sel ? A_BOLD | A_UNDERLINE : 0);
		wattrset(w, at);
		if (u.show_len)
			waddnstr(w, u.show, (int)u.show_len);
		col += u.width;
		i += len;
	}
	wattrset(w, A_NORMAL);
}

static void para_matches(struct app *a, const struct art_para *p, struct match **mv, size_t *mn, size_t *mcap)
{
	*mn = 0;
	if (!a->open.search)
		return;
	size_t m = strlen(a->open.search);
	int cs = motion_smartcase(a->open.search);
	for (size_t i = p->start; i + m <= p->end; i++)
		if (match_at(a->open.doc->data + i, a->open.search, m, cs)) {
			XGROW(*mv, *mcap, *mn + 1);
			(*mv)[*mn].start = i;
			(*mv)[*mn].end = i + m;
			(*mn)++;
			i += m - 1;
		}
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct reader *r = data;
	WINDOW *w = p->win;
	werase(w);
	if (!a->open.doc) {
		draw_bar(p, "gloss", 5, NULL, a->focus == VIEW_READER);
		if (p->h > 2 && a->nents > 0) {
			wmove(w, 2, 2);
			draw_textz(w, _("Select an article and press Enter."), p->w - 3, theme_attr(EL_META));
		} else if (p->h > 4) {
			/* An empty library: say where articles go. The folder name
			 * is untrusted like any other: draw_textz sanitizes. */
			wmove(w, 2, 2);
			draw_textz(w, a->filter ? _("No article has this tag (:filter alone shows all).")
						: _("No articles here yet. Put .txt or .md files in"),
				   p->w - 3, theme_attr(EL_META));
			if (!a->filter) {
				wmove(w, 3, 2);
				draw_textz(w, a->dir, p->w - 3, theme_attr(EL_META));
			}
		}
		wnoutrefresh(w);
		return;
	}
	struct vrow rows[512];
	int n = collect_rows(a, rows, r->height < 512 ? r->height : 512);
	a->open.top = reader_position(a);
	/* Where we are: Top, End, All or a percentage of the bytes. */
	char where[16];
	int below = more_below(a);
	if (r->top_block == 0 && r->top_line == 0)
		snprintf(where, sizeof where, "%s", below ? _("Top") : _("All"));
	else if (!below)
		snprintf(where, sizeof where, "%s", _("End"));
	else
		snprintf(where, sizeof where, "%d%%", (int)((double)reader_position(a) * 100.0 / (double)(a->open.doc->len ? a->open.doc->len : 1)));
	const char *title = a->open.doc->art->title;
	draw_bar(p, title, strlen(title), where, a->focus == VIEW_READER);
	struct match *mv = NULL;
	size_t mn = 0, mcap = 0, mpara = SIZE_MAX;
	for (int k = 0; k < n; k++) {
		struct vrow *v = &rows[k];
		int y = k + 1;
		if (v->block == 0) {
			int in_title = v->line < r->title.n;
			const struct wrap_lines *wl = in_title ? &r->title : &r->meta;
			size_t li = in_title ? v->line : v->line - r->title.n;
			if (li < wl->n) {
				const struct wrap_line *l = &wl->v[li];
				const char *s = in_title ? r->title_s : r->meta_s;
				attr_t at = theme_attr(in_title ? EL_TITLE : EL_META);
				int more = li + 1 == wl->n && (in_title ? r->title_cut : r->meta_cut);
				wmove(w, y, r->left);
				int x = draw_text(w, s + l->start, l->end - l->start, r->width - more, at);
				if (more) {
					wmove(w, y, r->left + x);
					draw_textz(w, MB_CUR_MAX > 1 ? "\xe2\x80\xa6" : "~", 1, at);   /* … */
				}
			}
			continue;
		}
		size_t pi = v->block - 1;
		const struct wrap_lines *wl = para_lines(a, pi);
		if (!wl || v->line >= wl->n)
			continue;
		const struct art_para *pp = &a->open.doc->para[pi];
		if (mpara != pi) {
			para_matches(a, pp, &mv, &mn, &mcap);
			mpara = pi;
		}
		const struct hl_span *sv;
		size_t sn;
		doc_spans(a->open.doc, pi, &sv, &sn);
		pp = &a->open.doc->para[pi];   /* doc_spans may have grown the array */
		draw_line(a, w, y, pp->start + wl->v[v->line].start, pp->start + wl->v[v->line].end, sv, sn, mv, mn);
	}
	free(mv);
	wnoutrefresh(w);
}

const struct view_ops view_reader_ops = {
	.name = "reader",
	.init = init,
	.free = reader_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.wheel = wheel,
	.resize = resize,
	.item = item,
	.event = event,
};
