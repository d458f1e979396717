/* view-reader.c -- the reading pane: title and metadata above the text,
 * paragraphs wrapped to the pane (at most max-width columns, centred),
 * highlights, search matches and the reading cursor.
 *
 * Only what is on screen is wrapped: each paragraph is wrapped the first
 * time a row of it is needed, and the position is a (block, line) pair,
 * so a 100 MB article costs its first screen to show and G costs one scan
 * for paragraph ends. The reading position that leaves this file is a byte
 * offset (the first byte of the top row), which survives any re-wrap.
 *
 * A Markdown article is drawn rendered: each block (a paragraph of the
 * doc) is wrapped by wrap.c from its visible text, behind a prefix (quote
 * bars, list indent and marker), in the colours of its kind and of its
 * inline styles. Every drawn byte of it knows its file offset, so the
 * cursor, the selection, notes, matches and highlights are drawn, and
 * clicks land, on the file's bytes as for a text article. */
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
	/* Markdown: the column widths of each table at width (by its
	 * number - 1; w NULL: not yet), and the visible text of the block
	 * drawn last. */
	struct table_cols { int *w; size_t n; } *tcols;
	size_t ntab;
	struct wrap_vis vis;
	size_t vis_of;            /* the block vis is of, or SIZE_MAX */
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

/* ---- Markdown ---- */

/* The open article's Markdown model, or NULL for a text article (and for
 * a model whose blocks are not the doc's paragraphs). */
static const struct md_doc *MD(struct app *a)
{
	const struct doc *d = a->open.doc;
	return d && d->md && d->md->nblock == d->npara ? d->md : NULL;
}

static struct wrap_md wmd(struct app *a)
{
	struct wrap_md m = { a->open.doc->md, a->open.doc->linkno };
	return m;
}

/* The prefix of block i's line (first: its first line); see
 * wrap_md_prefix. */
static int md_prefix(struct app *a, size_t i, int first, char *buf, size_t cap, size_t *q, size_t *ma, size_t *ml)
{
	return wrap_md_prefix(&MD(a)->block[i], first, MB_CUR_MAX == 1, buf, cap, q, ma, ml);
}

/* Columns of block i's text: the pane's text width less its prefix, and
 * in a code block a column of tint each side. */
static int md_text_x(struct app *a, size_t i)
{
	char buf[128];
	size_t q, ma, ml;
	return md_prefix(a, i, 1, buf, sizeof buf, &q, &ma, &ml) + (MD(a)->block[i].kind == MD_CODE);
}

static int md_text_width(struct app *a, size_t i)
{
	int w = RD(a)->width - md_text_x(a, i) - (MD(a)->block[i].kind == MD_CODE);
	return w < 1 ? 1 : w;
}

/* The column widths of the table block i is a row of. */
static const int *md_table_cols(struct app *a, size_t i, size_t *ncol)
{
	struct reader *r = RD(a);
	const struct md_block *bl = &MD(a)->block[i];
	size_t t = bl->table ? bl->table - 1 : 0;
	if (t >= r->ntab) {
		r->tcols = xrealloc(r->tcols, (t + 1) * sizeof *r->tcols);
		memset(r->tcols + r->ntab, 0, (t + 1 - r->ntab) * sizeof *r->tcols);
		r->ntab = t + 1;
	}
	struct table_cols *c = &r->tcols[t];
	if (!c->w) {
		struct wrap_md m = wmd(a);
		c->n = wrap_table_widths(&m, i, md_text_width(a, i), &c->w);
	}
	*ncol = c->n;
	return c->w;
}

/* Blank rows after block i: one, but none inside a list (its items and
 * their paragraphs stand one under the other) or between the rows of a
 * table. */
static size_t md_gap(struct app *a, size_t i)
{
	const struct md_doc *md = MD(a);
	if (!md || i + 1 >= md->nblock)
		return 1;
	const struct md_block *b = &md->block[i], *n = &md->block[i + 1];
	if (b->kind == MD_TABLE_ROW && n->kind == MD_TABLE_ROW && b->table == n->table)
		return 0;
	return !(b->list_depth > 0 && n->list_depth > 0);
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
	if (r->plines[i].n == 0 && MD(a)) {
		struct wrap_md m = wmd(a);
		size_t ncol = 0;
		const int *colw = MD(a)->block[i].kind == MD_TABLE_ROW ? md_table_cols(a, i, &ncol) : NULL;
		wrap_md_block(&m, i, md_text_width(a, i), colw, ncol, &r->plines[i]);
	} else if (r->plines[i].n == 0) {
		wrap_text(a->open.doc->data + p->start, p->end - p->start, r->width, &r->plines[i]);
	}
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
	return l ? l->n + md_gap(a, b - 1) : SIZE_MAX;
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

/* Scrolls so that byte off is on screen, at least margin rows from its top
 * and bottom, a third down from the top when it was not. */
static void show_offset_within(struct app *a, size_t off, int margin)
{
	struct reader *r = RD(a);
	size_t b, l;
	row_of(a, off, &b, &l);
	struct vrow rows[512];
	int h = r->height < 512 ? r->height : 512;
	int n = collect_rows(a, rows, h);
	if (n > 0) {
		int lo = n > 2 * margin + 1 ? margin : 0;
		int hi = n > 2 * margin + 1 ? n - 1 - margin : n - 1;
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

/* The same, SCROLLOFF rows from the edges, as the cursor moves. */
static void show_offset(struct app *a, size_t off)
{
	show_offset_within(a, off, SCROLLOFF);
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
	for (size_t t = 0; t < r->ntab; t++)
		free(r->tcols[t].w);
	xfree(&r->tcols);
	r->ntab = 0;
	wrap_vis_clear(&r->vis);
	r->vis_of = SIZE_MAX;
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
				/* the text stays where it was: the view moves only
				 * when the cursor is off the screen */
				a->open.cur = cur;
				show_offset_within(a, cur, 0);
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

/* The visible text of Markdown block i, made once for the rows drawn
 * or clicked one after the other. */
static const struct wrap_vis *md_vis(struct app *a, size_t i)
{
	struct reader *r = RD(a);
	if (r->vis_of != i) {
		struct wrap_md m = wmd(a);
		wrap_vis_block(&m, i, &r->vis);
		r->vis_of = i;
	}
	return &r->vis;
}

/* The file offset drawn at column x of line l of Markdown block i (x from
 * the start of its text); e, the line's end, past its text. */
static size_t md_offset_at(struct app *a, size_t i, const struct wrap_line *l, int x, size_t e)
{
	const struct wrap_lines *wl = &RD(a)->plines[i];
	const struct wrap_vis *v = md_vis(a, i);
	for (size_t k = 0; k < l->nseg; k++) {
		const struct wrap_seg *g = &wl->seg[l->seg + k];
		int c = g->x + g->pad;
		if (x >= g->x + g->w + 3 && k + 1 < l->nseg)
			continue;
		for (size_t j = g->vstart; j < g->vend;) {
			struct san_unit u;
			size_t len = wrap_unit(v->s + j, g->vend - j, c - g->x - g->pad, &u);
			if (c + u.width > x)
				return v->pos[j];
			c += u.width;
			j += len;
		}
		if (g->vend > g->vstart && v->kind[g->vend - 1] == WRAP_TEXT)
			return v->pos[g->vend - 1];
		break;
	}
	return e;
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
	if (MD(a))
		i = md_offset_at(a, v->block - 1, &w->v[v->line], x - md_text_x(a, v->block - 1), e);
	else
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
	r->vis_of = SIZE_MAX;
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

/* What a line is drawn with: the spans and matches of its paragraph
 * (walked forward), the cursor, the selection, whether notes touch it. */
struct linectx {
	const struct hl_span *sv;
	size_t sn, si;
	const struct match *mv;
	size_t mn, mi;
	size_t cur_end;
	int show_cursor;
	int sel;
	size_t ss, se;
	int notes;
};

static void line_begin(struct app *a, WINDOW *w, int y, struct linectx *c, size_t start, size_t end,
		       const struct hl_span *sv, size_t sn, const struct match *mv, size_t mn)
{
	memset(c, 0, sizeof *c);
	c->sv = sv;
	c->sn = sn;
	c->mv = mv;
	c->mn = mn;
	c->cur_end = a->open.cur != SIZE_MAX ? motion_word_end(a->open.doc, a->open.cur) : 0;
	c->show_cursor = a->open.cur != SIZE_MAX;
	c->sel = app_selection(a, &c->ss, &c->se);
	c->notes = a->open.notes.n > 0 && note_on_line(a, start, end);
	/* The margin mark: left of the text, in the column the centring leaves. */
	struct reader *r = RD(a);
	if (c->notes && r->left > 0) {
		wmove(w, y, r->left - 1);
		wattrset(w, theme_attr(EL_NOTE_MARK));
		waddstr(w, MB_CUR_MAX > 1 ? "\xe2\x96\x8e" : "|");   /* ▎ */
	}
}

/* The attributes of byte i of the text (a unit of kind): base, what
 * highlights it (a note, an entity, a match, the selection) in its place,
 * keeping bits (the Markdown style's attributes), and the cursor. */
static attr_t attr_at(struct app *a, struct linectx *c, size_t i, enum san_kind kind, attr_t base, attr_t bits)
{
	attr_t at = base;
	while (c->si < c->sn && c->sv[c->si].end <= i)
		c->si++;
	int noted = c->notes && in_note(a, i);
	if (noted)
		at = theme_attr(EL_NOTE) | bits;
	/* An entity keeps its colour inside a note and takes the note's
	 * attributes: two colour pairs cannot be or'ed. */
	if (c->si < c->sn && c->sv[c->si].start <= i && app_span_shown(a, &c->sv[c->si]))
		at = theme_attr((enum elem)(EL_PERSON + c->sv[c->si].type)) | (noted ? theme_attr(EL_NOTE) & ~A_COLOR : 0) | bits;
	while (c->mi < c->mn && c->mv[c->mi].end <= i)
		c->mi++;
	if (c->mi < c->mn && c->mv[c->mi].start <= i)
		at = theme_attr(EL_SEARCH) | bits;
	if (kind == SAN_CONTROL || kind == SAN_FORMAT || kind == SAN_INVALID)
		at = theme_attr(EL_PLACEHOLDER);
	/* The cursor keeps the colour of what it is on (an entity, a
	 * match) and adds the cursor's attributes: two colour pairs
	 * cannot be or'ed. */
	if (c->sel && i >= c->ss && i < c->se)
		at = theme_attr(EL_SELECTION) | bits;
	if (c->show_cursor && i >= a->open.cur && i < c->cur_end)
		at |= (theme_attr(EL_CURSOR) & ~A_COLOR) | (c->sel ? A_BOLD | A_UNDERLINE : 0);
	return at;
}

static void draw_line(struct app *a, WINDOW *w, int y, size_t start, size_t end,
		      const struct hl_span *sv, size_t sn, const struct match *mv, size_t mn)
{
	struct reader *r = RD(a);
	const char *data = a->open.doc->data;
	attr_t text = theme_attr(EL_TEXT);
	struct linectx c;
	line_begin(a, w, y, &c, start, end, sv, sn, mv, mn);
	int col = 0;
	wmove(w, y, r->left);
	for (size_t i = start; i < end;) {
		struct san_unit u;
		size_t len = wrap_unit(data + i, end - i, col, &u);
		if (col + u.width > r->width)
			break;
		wattrset(w, attr_at(a, &c, i, u.kind, text, 0));
		if (u.show_len)
			waddnstr(w, u.show, (int)u.show_len);
		col += u.width;
		i += len;
	}
	wattrset(w, A_NORMAL);
}

/* ---- drawing Markdown ---- */

/* The attributes of a block's text. */
static attr_t md_block_attr(const struct md_block *bl)
{
	switch (bl->kind) {
	case MD_HEADING:
		return theme_attr(bl->level <= 1 ? EL_HEADING1 : bl->level == 2 ? EL_HEADING2 : EL_HEADING);
	case MD_CODE:
		return theme_attr(EL_CODE);
	case MD_TABLE_ROW:
		return bl->head_row ? theme_mix(theme_attr(EL_TEXT), EL_STRONG) : theme_attr(EL_TEXT);
	default:
		return theme_attr(EL_TEXT);
	}
}

/* base with the attributes of inline styles st (MD_*). */
static attr_t md_style_attr(attr_t base, unsigned st)
{
	static const struct { unsigned bit; enum elem e; } map[] = {
		{ MD_CODESPAN, EL_CODE }, { MD_LINK, EL_LINK }, { MD_IMAGE, EL_LINK },
		{ MD_STRONG, EL_STRONG }, { MD_EM, EL_EMPH }, { MD_STRIKE, EL_STRIKE },
	};
	for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
		if (st & map[k].bit)
			base = theme_mix(base, map[k].e);
	return base;
}

/* The first style of md that ends after off. */
static size_t md_style_from(const struct md_doc *md, size_t off)
{
	size_t lo = 0, hi = md->nstyle;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (md->style[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Draws visible bytes [vs, ve) of v at the cursor, in at most maxw
 * columns; base is the block's attributes. */
static void md_draw_seg(struct app *a, WINDOW *w, struct linectx *c, const struct wrap_vis *v, size_t vs, size_t ve,
			int maxw, attr_t base)
{
	const struct md_doc *md = MD(a);
	size_t st = vs < ve ? md_style_from(md, v->pos[vs]) : 0;
	int col = 0;
	for (size_t k = vs; k < ve;) {
		struct san_unit u;
		size_t len = wrap_unit(v->s + k, ve - k, col, &u);
		if (col + u.width > maxw)
			break;
		attr_t at;
		if (v->kind[k] != WRAP_TEXT) {
			at = theme_attr(EL_LINK_NUM);
		} else {
			size_t off = v->pos[k];
			while (st < md->nstyle && md->style[st].end <= off)
				st++;
			attr_t b = base;
			if (st < md->nstyle && md->style[st].start <= off)
				b = md_style_attr(base, md->style[st].attr);
			at = attr_at(a, c, off, u.kind, b, b & ~A_COLOR);
		}
		wattrset(w, at);
		if (u.show_len)
			waddnstr(w, u.show, (int)u.show_len);
		col += u.width;
		k += len;
	}
	wattrset(w, A_NORMAL);
}

/* n copies of s (one column each) with attr. */
static void draw_repeat(WINDOW *w, const char *s, int n, attr_t attr)
{
	wattrset(w, attr);
	for (int k = 0; k < n; k++)
		waddstr(w, s);
	wattrset(w, A_NORMAL);
}

/* A horizontal rule over the columns of line l (all of the text when it
 * has no segments), crossing the table's column lines. */
static void md_draw_rule(struct app *a, WINDOW *w, int y, int x0, int tw, const struct wrap_lines *wl, const struct wrap_line *l)
{
	int ascii = MB_CUR_MAX == 1;
	const char *h = ascii ? "-" : "\xe2\x94\x80";   /* ─ */
	attr_t at = theme_attr(EL_RULE);
	(void)a;
	wmove(w, y, x0);
	if (l->nseg == 0) {
		draw_repeat(w, h, tw, at);
		return;
	}
	int used = 0;
	for (size_t k = 0; k < l->nseg && used < tw; k++) {
		const struct wrap_seg *g = &wl->seg[l->seg + k];
		int n = g->w + (k + 1 < l->nseg ? 1 : 0) + (k ? 1 : 0);
		if (used + n > tw)
			n = tw - used;
		draw_repeat(w, h, n, at);
		used += n;
		if (k + 1 < l->nseg && used < tw) {
			draw_repeat(w, ascii ? "+" : "\xe2\x94\xbc", 1, at);   /* ┼ */
			used++;
		}
	}
}

/* The blank row after Markdown block i: the bars of the quotes it and
 * the next block are both in. */
static void md_draw_gap(struct app *a, WINDOW *w, int y, size_t i)
{
	const struct md_doc *md = MD(a);
	if (i + 1 >= md->nblock)
		return;
	struct md_block q;
	memset(&q, 0, sizeof q);
	q.quote_depth = md->block[i].quote_depth < md->block[i + 1].quote_depth ? md->block[i].quote_depth
										  : md->block[i + 1].quote_depth;
	if (q.quote_depth == 0)
		return;
	char pre[128];
	size_t bars, ma, ml;
	wrap_md_prefix(&q, 0, MB_CUR_MAX == 1, pre, sizeof pre, &bars, &ma, &ml);
	wmove(w, y, RD(a)->left);
	draw_text(w, pre, bars, RD(a)->width, theme_attr(EL_QUOTE));
}

/* Line li of Markdown block i at row y: its prefix, its segments (a
 * table's cells between column lines), a code block's tint, a rule. */
static void draw_md_line(struct app *a, WINDOW *w, int y, size_t i, size_t li, const struct hl_span *sv, size_t sn,
			 const struct match *mv, size_t mn)
{
	struct reader *r = RD(a);
	const struct md_block *bl = &MD(a)->block[i];
	const struct wrap_lines *wl = &r->plines[i];
	const struct wrap_line *l = &wl->v[li];
	const struct art_para *p = &a->open.doc->para[i];
	struct linectx c;
	line_begin(a, w, y, &c, p->start + l->start, p->start + l->end, sv, sn, mv, mn);
	char pre[128];
	size_t q, ma, ml;
	int pw = md_prefix(a, i, li == 0, pre, sizeof pre, &q, &ma, &ml);
	if (pw > r->width)
		pw = r->width;
	wmove(w, y, r->left);
	/* The prefix is ours, but it goes through the sanitizer too. */
	int x = draw_text(w, pre, q, pw, theme_attr(EL_QUOTE));
	if (ma > q)
		x += draw_text(w, pre + q, ma - q, pw - x, theme_attr(EL_TEXT));
	x += draw_text(w, pre + ma, ml, pw - x, theme_attr(EL_BULLET));
	draw_text(w, pre + ma + ml, strlen(pre + ma + ml), pw - x, theme_attr(EL_TEXT));
	int x0 = r->left + pw, tw = r->width - pw;
	if (tw <= 0)
		return;
	if (bl->kind == MD_CODE) {
		wmove(w, y, x0);
		draw_repeat(w, " ", tw, theme_attr(EL_CODE));
		x0++;
		tw -= 2;
		if (tw <= 0)
			return;
	}
	if (l->rule) {
		md_draw_rule(a, w, y, x0, tw, wl, l);
		return;
	}
	const struct wrap_vis *v = md_vis(a, i);
	attr_t base = md_block_attr(bl);
	for (size_t k = 0; k < l->nseg; k++) {
		const struct wrap_seg *g = &wl->seg[l->seg + k];
		if (g->x + g->pad >= tw)
			break;
		if (bl->kind == MD_TABLE_ROW && k > 0 && g->x >= 2) {
			wmove(w, y, x0 + g->x - 2);
			draw_repeat(w, MB_CUR_MAX == 1 ? "|" : "\xe2\x94\x82", 1, theme_attr(EL_RULE));   /* │ */
		}
		int room = tw - g->x - g->pad;
		if (bl->kind == MD_TABLE_ROW && g->w - g->pad < room)
			room = g->w - g->pad;
		wmove(w, y, x0 + g->x + g->pad);
		md_draw_seg(a, w, &c, v, g->vstart, g->vend, room, base);
	}
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
				   : app_filtered(a) ? _("No article matches the filter (:filter alone shows all).")
						: _("No articles here yet. Put .txt or .md files in"),
				   p->w - 3, theme_attr(EL_META));
			if (!app_filtered(a)) {
				wmove(w, 3, 2);
				draw_textz(w, a->dir, p->w - 3, theme_attr(EL_META));
				wmove(w, 5, 2);
				draw_textz(w, _("or press A to add a web page or a file."), p->w - 3, theme_attr(EL_META));
			}
		}
		wnoutrefresh(w);
		return;
	}
	struct vrow rows[512];
	int n = collect_rows(a, rows, r->height < 512 ? r->height : 512);
	a->open.top = reader_position(a);
	/* Where we are: Top, End, All or a percentage of the bytes. */
	char where[64];
	int below = more_below(a);
	/* TRANSLATORS: Top, All and End say where the reader is (the
	 * start, the whole article in view, the end), at the right of its
	 * title bar in place of a percentage: a few columns at most. */
	if (r->top_block == 0 && r->top_line == 0)
		snprintf(where, sizeof where, "%s", below ? _("Top") : _("All"));
	else if (!below)
		/* TRANSLATORS: see Top. */
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
					draw_textz(w, draw_ellipsis(), 1, at);
				}
			}
			continue;
		}
		size_t pi = v->block - 1;
		const struct wrap_lines *wl = para_lines(a, pi);
		if (wl && v->line >= wl->n && MD(a))
			md_draw_gap(a, w, y, pi);
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
		if (MD(a))
			draw_md_line(a, w, y, pi, v->line, sv, sn, mv, mn);
		else
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
