/* wrap.c -- paragraph wrapping by display width (see wrap.h).
 *
 * Knows nothing of curses or of the article: it gets bytes and a width and
 * gives byte ranges. It must never split a grapheme cluster (it walks the
 * text with san_next, which consumes whole clusters) and never break where
 * UAX #14 does not allow it, unless a word is wider than the line. */
#include "system.h"

#include <stdio.h>
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

/* wrap_text, where keep[i] set (when keep is given) allows no break
 * before byte i. */
static size_t wrap_keep(const char *s, size_t n, int width, const unsigned char *keep, struct wrap_lines *out)
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
	for (size_t i = 0; keep && i < n; i++)
		if (keep[i])
			brk[i] = USTR_BRK_NONE;
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

size_t wrap_text(const char *s, size_t n, int width, struct wrap_lines *out)
{
	return wrap_keep(s, n, width, NULL, out);
}

void wrap_lines_clear(struct wrap_lines *l)
{
	free(l->v);
	free(l->seg);
	l->v = NULL;
	l->n = l->cap = 0;
	l->seg = NULL;
	l->nseg = l->segcap = 0;
}

/* ---- Markdown blocks ---- */

/* Depths drawn at most: deeper nesting is drawn at these, so that the
 * prefix never takes the line. */
#define QUOTE_MAX 6
#define LIST_MAX 8

static void vis_put(struct wrap_vis *v, char c, size_t pos, int kind)
{
	if (v->n + 1 >= v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 64;
		v->s = xrealloc(v->s, cap);
		v->pos = xrealloc(v->pos, cap * sizeof *v->pos);
		v->kind = xrealloc(v->kind, cap);
		v->cap = cap;
	}
	v->s[v->n] = c;
	v->pos[v->n] = pos;
	v->kind[v->n] = (unsigned char)kind;
	v->n++;
	v->s[v->n] = '\0';
}

static void vis_puts(struct wrap_vis *v, const char *s, size_t pos, int kind)
{
	while (*s)
		vis_put(v, *s++, pos, kind);
}

void wrap_vis_clear(struct wrap_vis *v)
{
	free(v->s);
	free(v->pos);
	free(v->kind);
	memset(v, 0, sizeof *v);
}

/* What the reader puts in at a link's ends: an image's "[image: " at its
 * start (open), the "]" and the link's number at its end. */
struct vis_ev {
	size_t off, start, k;
	int open;
};

/* Order of the insertions at one offset: ends before starts, an inner
 * link's end before its outer one's. */
static int ev_before(const struct vis_ev *a, const struct vis_ev *b)
{
	if (a->off != b->off)
		return a->off < b->off;
	if (a->k == b->k)
		return a->open;   /* an empty image: "[image" before its "]" */
	if (a->open != b->open)
		return !a->open;
	return a->open ? a->start < b->start : a->start > b->start;
}

static void ev_emit(const struct wrap_md *m, const struct vis_ev *e, struct wrap_vis *v)
{
	const struct md_link *l = &m->md->link[e->k];
	if (e->open) {
		/* TRANSLATORS: the reader's mark of an image: "[image: " comes
		 * before its description and a "]" after it; "[image" is an
		 * image without one, closed by "]". */
		vis_puts(v, l->end > l->start ? _("[image: ") : _("[image"), e->off, WRAP_DECOR);
		return;
	}
	if (l->image)
		vis_put(v, ']', e->off, WRAP_DECOR);
	long no = m->linkno ? m->linkno[e->k] : (long)e->k + 1;
	if (no >= 0) {
		char buf[32];
		snprintf(buf, sizeof buf, "[%ld]", no);
		vis_puts(v, buf, e->off, WRAP_LINKNO);
	}
}

/* The link insertions in [start, end], in order; returns how many. */
static size_t link_events(const struct wrap_md *m, size_t start, size_t end, struct vis_ev **out)
{
	const struct md_doc *md = m->md;
	size_t lo = 0, hi = md->nlink, n = 0, cap = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (md->link[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	*out = NULL;
	for (size_t k = lo; k < md->nlink && md->link[k].start <= end; k++) {
		const struct md_link *l = &md->link[k];
		for (int open = 0; open <= l->image; open++) {
			XGROW(*out, cap, n + 1);
			struct vis_ev e = { open ? l->start : l->end < end ? l->end : end, l->start, k, open };
			size_t j = n++;
			while (j > 0 && ev_before(&e, &(*out)[j - 1])) {
				(*out)[j] = (*out)[j - 1];
				j--;
			}
			(*out)[j] = e;
		}
	}
	return n;
}

static int md_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Appends the visible text of [start, end) to v (see wrap.h): prose, or
 * code (every byte kept but a CR before LF and the blank lines at either
 * end). */
static void vis_range(const struct wrap_md *m, size_t start, size_t end, int code, struct wrap_vis *v)
{
	const struct md_doc *md = m->md;
	size_t base = v->n, ei = 0;
	struct vis_ev *ev = NULL;
	size_t nev = code ? 0 : link_events(m, start, end, &ev);
	int blank = 1;   /* blanks at the start are dropped */
	if (end > md->len)
		end = md->len;
	for (size_t i = start;; i++) {
		for (; ei < nev && ev[ei].off <= i; ei++) {
			ev_emit(m, &ev[ei], v);
			blank = 0;
		}
		if (i >= end)
			break;
		if (md_hidden(md, i))
			continue;
		char c = md->text[i];
		if (code) {
			if ((c == '\r' && i + 1 < end && md->text[i + 1] == '\n') || (c == '\n' && v->n == base))
				continue;
			vis_put(v, c, i, WRAP_TEXT);
		} else if (md_blank(c)) {
			if (!blank)
				vis_put(v, ' ', i, WRAP_TEXT);
			blank = 1;
		} else {
			vis_put(v, c, i, WRAP_TEXT);
			blank = 0;
		}
	}
	while (v->n > base && v->kind[v->n - 1] == WRAP_TEXT && md_blank(v->s[v->n - 1]) && (!code || v->s[v->n - 1] == '\n'))
		v->n--;
	if (v->s)
		v->s[v->n] = '\0';
	free(ev);
}

/* The visible text of block b; for a table row, cellv (ncell + 1
 * entries, malloc'd) gets where each cell starts in it. */
static void vis_block(const struct wrap_md *m, size_t b, struct wrap_vis *v, size_t **cellv)
{
	const struct md_block *bl = &m->md->block[b];
	v->n = 0;
	if (v->s)
		v->s[0] = '\0';
	if (bl->kind == MD_TABLE_ROW) {
		size_t *cv = xcalloc(bl->ncell + 1, sizeof *cv);
		for (size_t c = 0; c < bl->ncell && bl->cell0 + c < m->md->ncell; c++) {
			const struct md_cell *cell = &m->md->cell[bl->cell0 + c];
			cv[c] = v->n;
			vis_range(m, cell->start, cell->end, 0, v);
			cv[c + 1] = v->n;
		}
		for (size_t c = 1; c <= bl->ncell; c++)
			if (cv[c] < cv[c - 1])
				cv[c] = cv[c - 1];
		if (cellv)
			*cellv = cv;
		else
			free(cv);
	} else if (bl->kind != MD_RULE) {
		vis_range(m, bl->start, bl->end, bl->kind == MD_CODE, v);
	}
}

void wrap_vis_block(const struct wrap_md *m, size_t b, struct wrap_vis *v)
{
	vis_block(m, b, v, NULL);
}

/* The file offset of visible byte k, or dflt past the end. */
static size_t vis_start(const struct wrap_vis *v, size_t k, size_t dflt)
{
	return k < v->n ? v->pos[k] : dflt;
}

/* The file offset where visible bytes [vs, ve) end; dflt when empty. */
static size_t vis_end(const struct wrap_vis *v, size_t vs, size_t ve, size_t dflt)
{
	if (ve <= vs)
		return dflt;
	return v->kind[ve - 1] == WRAP_TEXT ? v->pos[ve - 1] + 1 : v->pos[ve - 1];
}

static int vis_width(const char *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n;) {
		struct san_unit u;
		i += wrap_unit(s + i, n - i, w, &u);
		w += u.width;
	}
	return w;
}

static void add_seg(struct wrap_lines *out, size_t vs, size_t ve, int x, int w, int pad)
{
	XGROW(out->seg, out->segcap, out->nseg + 1);
	out->seg[out->nseg++] = (struct wrap_seg){ vs, ve, x, w, pad };
}

/* A line of block bl in file offsets [fs, fe), made of the segments added
 * since seg0. */
static void add_line(struct wrap_lines *out, const struct md_block *bl, size_t fs, size_t fe, int width, size_t seg0, int rule)
{
	if (fs < bl->start)
		fs = bl->start;
	if (fe < fs)
		fe = fs;
	XGROW(out->v, out->cap, out->n + 1);
	out->v[out->n++] = (struct wrap_line){ fs - bl->start, fe - bl->start, width, seg0, out->nseg - seg0, rule };
}

/* Lines of one line of code [ls, le) of v: broken after a blank, inside a
 * word only when it is wider than the line by itself. */
static void code_line(const struct md_block *bl, const struct wrap_vis *v, size_t ls, size_t le, int width, struct wrap_lines *out)
{
	size_t line = ls, i = ls, brk = ls;
	int col = 0;
	while (i < le) {
		struct san_unit u;
		size_t len = wrap_unit(v->s + i, le - i, col, &u);
		if (col + u.width > width && i > line) {
			size_t cut = brk > line ? brk : i, e = cut;
			while (e > line + 1 && v->s[e - 1] == ' ')
				e--;
			size_t seg0 = out->nseg;
			add_seg(out, line, e, 0, width, 0);
			add_line(out, bl, vis_start(v, line, bl->end), vis_end(v, line, e, bl->end), vis_width(v->s + line, e - line), seg0, 0);
			line = cut;
			while (line < le && v->s[line] == ' ')
				line++;
			i = brk = line;
			col = 0;
			continue;
		}
		col += u.width;
		i += len;
		if (v->s[i - 1] == ' ' || v->s[i - 1] == '\t')
			brk = i;
	}
	size_t seg0 = out->nseg;
	size_t at = vis_start(v, line, bl->end);
	add_seg(out, line, le, 0, width, 0);
	add_line(out, bl, at, vis_end(v, line, le, at), vis_width(v->s + line, le - line), seg0, 0);
}

/* The table rows around block b: [*b0, *b1). */
static void table_rows(const struct md_doc *md, size_t b, size_t *b0, size_t *b1)
{
	unsigned t = md->block[b].table;
	size_t lo = b, hi = b + 1;
	while (lo > 0 && md->block[lo - 1].kind == MD_TABLE_ROW && md->block[lo - 1].table == t)
		lo--;
	while (hi < md->nblock && md->block[hi].kind == MD_TABLE_ROW && md->block[hi].table == t)
		hi++;
	*b0 = lo;
	*b1 = hi;
}

size_t wrap_table_widths(const struct wrap_md *m, size_t b, int width, int **colw)
{
	const struct md_doc *md = m->md;
	size_t b0, b1, ncol = 1;
	table_rows(md, b, &b0, &b1);
	for (size_t r = b0; r < b1; r++)
		if (md->block[r].ncell > ncol)
			ncol = md->block[r].ncell;
	int *nat = xcalloc(ncol, sizeof *nat);
	struct wrap_vis v = { 0 };
	for (size_t r = b0; r < b1; r++) {
		size_t *cv;
		vis_block(m, r, &v, &cv);
		for (size_t c = 0; c < md->block[r].ncell && c < ncol; c++) {
			int w = vis_width(v.s + cv[c], cv[c + 1] - cv[c]);
			if (w > nat[c])
				nat[c] = w;
		}
		free(cv);
	}
	wrap_vis_clear(&v);
	int avail = width - 3 * (int)(ncol - 1), sum = 0;
	if (avail < (int)ncol)
		avail = (int)ncol;
	for (size_t c = 0; c < ncol; c++) {
		if (nat[c] < 1)
			nat[c] = 1;
		sum += nat[c] < avail ? nat[c] : avail;
	}
	if (sum > avail) {
		/* Narrow columns keep their width; the wide ones share the rest. */
		unsigned char *fixed = xcalloc(ncol, 1);
		int left = avail;
		size_t nfree = ncol;
		for (int changed = 1; changed && nfree > 0;) {
			changed = 0;
			int share = left / (int)nfree;
			for (size_t c = 0; c < ncol; c++)
				if (!fixed[c] && nat[c] <= share) {
					fixed[c] = 1;
					left -= nat[c];
					nfree--;
					changed = 1;
				}
		}
		if (nfree > 0) {
			int share = left / (int)nfree, extra = left % (int)nfree;
			for (size_t c = 0; c < ncol; c++)
				if (!fixed[c]) {
					nat[c] = share + (extra > 0);
					if (nat[c] < 1)
						nat[c] = 1;
					extra--;
				}
		}
		free(fixed);
	}
	*colw = nat;
	return ncol;
}

/* Lines of visible bytes [vs, ve) of v, relative to vs: a link's number
 * stays on its link's line. */
static void wrap_vis_range(const struct wrap_vis *v, size_t vs, size_t ve, int width, struct wrap_lines *out)
{
	unsigned char *keep = xcalloc(ve - vs + 1, 1);
	for (size_t k = vs; k < ve; k++)
		keep[k - vs] = v->kind[k] == WRAP_LINKNO && k > vs && v->kind[k - 1] != WRAP_LINKNO;
	wrap_keep(v->s ? v->s + vs : "", ve - vs, width, keep, out);
	free(keep);
}

/* The lines of a table row: a line per line of its tallest cell, each
 * with a segment per column; after a header row, the rule under it. */
static void table_row(const struct wrap_md *m, const struct md_block *bl, const struct wrap_vis *v, const size_t *cv,
		      const int *colw, size_t ncol, struct wrap_lines *out)
{
	size_t nc = bl->ncell < ncol ? bl->ncell : ncol, rows = 1;
	if (bl->cell0 >= m->md->ncell)
		nc = 0;
	else if (nc > m->md->ncell - bl->cell0)
		nc = m->md->ncell - bl->cell0;
	struct wrap_lines *cl = xcalloc(nc ? nc : 1, sizeof *cl);
	for (size_t c = 0; c < nc; c++) {
		wrap_vis_range(v, cv[c], cv[c + 1], colw[c], &cl[c]);
		if (cl[c].n > rows)
			rows = cl[c].n;
	}
	int total = 0;
	for (size_t c = 0; c < ncol; c++)
		total += colw[c] + (c ? 3 : 0);
	for (size_t k = 0; k < rows; k++) {
		size_t seg0 = out->nseg, fs = SIZE_MAX, fe = bl->start;
		int x = 0;
		for (size_t c = 0; c < ncol; c++) {
			size_t vs = 0, ve = 0;
			int pad = 0;
			if (c < nc && k < cl[c].n) {
				const struct wrap_line *l = &cl[c].v[k];
				vs = cv[c] + l->start;
				ve = cv[c] + l->end;
				enum md_align al = m->md->cell[bl->cell0 + c].align;
				int room = colw[c] - l->width;
				pad = room <= 0 ? 0 : al == MD_ALIGN_RIGHT ? room : al == MD_ALIGN_CENTER ? room / 2 : 0;
				if (ve > vs) {
					size_t s = vis_start(v, vs, bl->end), e = vis_end(v, vs, ve, s);
					if (s < fs)
						fs = s;
					if (e > fe)
						fe = e;
				}
			}
			add_seg(out, vs, ve, x, colw[c], pad);
			x += colw[c] + 3;
		}
		add_line(out, bl, fs == SIZE_MAX ? (out->n > 0 && k > 0 ? bl->start + out->v[out->n - 1].end : bl->start) : fs, fe,
			 total, seg0, 0);
	}
	if (bl->head_row) {
		size_t seg0 = out->nseg;
		int x = 0;
		for (size_t c = 0; c < ncol; c++) {
			add_seg(out, 0, 0, x, colw[c], 0);
			x += colw[c] + 3;
		}
		add_line(out, bl, bl->end, bl->end, total, seg0, 1);
	}
	for (size_t c = 0; c < nc; c++)
		wrap_lines_clear(&cl[c]);
	free(cl);
}

size_t wrap_md_block(const struct wrap_md *m, size_t b, int width, const int *colw, size_t ncol, struct wrap_lines *out)
{
	const struct md_block *bl = &m->md->block[b];
	size_t before = out->n;
	if (width < 1)
		width = 1;
	struct wrap_vis v = { 0 };
	size_t *cv = NULL;
	vis_block(m, b, &v, &cv);
	if (bl->kind == MD_RULE) {
		add_line(out, bl, bl->start, bl->start, width, out->nseg, 1);
	} else if (bl->kind == MD_TABLE_ROW && colw && ncol > 0) {
		table_row(m, bl, &v, cv, colw, ncol, out);
	} else if (bl->kind == MD_CODE) {
		size_t ls = 0;
		for (size_t i = 0; i <= v.n; i++)
			if (i == v.n || v.s[i] == '\n') {
				code_line(bl, &v, ls, i, width, out);
				ls = i + 1;
			}
	} else {
		/* Prose (a table row without its widths too). */
		struct wrap_lines t = { 0 };
		wrap_vis_range(&v, 0, v.n, width, &t);
		for (size_t k = 0; k < t.n; k++) {
			size_t seg0 = out->nseg, s = vis_start(&v, t.v[k].start, bl->start);
			add_seg(out, t.v[k].start, t.v[k].end, 0, t.v[k].width, 0);
			add_line(out, bl, s, vis_end(&v, t.v[k].start, t.v[k].end, s), t.v[k].width, seg0, 0);
		}
		wrap_lines_clear(&t);
	}
	free(cv);
	wrap_vis_clear(&v);
	return out->n - before;
}

int wrap_md_prefix(const struct md_block *bl, int first, int ascii, char *buf, size_t cap,
		   size_t *quote, size_t *mark_at, size_t *mark_len)
{
	struct sb p = SB_INIT;
	int w = 0;
	*mark_at = *mark_len = 0;
	for (int q = 0; q < bl->quote_depth && q < QUOTE_MAX; q++) {
		sb_adds(&p, ascii ? "| " : "\xe2\x94\x82 ");   /* │ */
		w += 2;
	}
	*quote = p.len;
	if (bl->list_depth > 0) {
		int depth = bl->list_depth < LIST_MAX ? bl->list_depth : LIST_MAX;
		for (int i = 0; i < 3 * (depth - 1); i++)
			sb_addc(&p, ' ');
		w += 3 * (depth - 1);
		char mark[24];
		int mw = 0;
		if (bl->item_first) {
			if (bl->ordinal)
				snprintf(mark, sizeof mark, "%u.", bl->ordinal);
			else
				snprintf(mark, sizeof mark, "%s", ascii ? "*" : "\xe2\x80\xa2");   /* • */
			mw = bl->ordinal ? (int)strlen(mark) : 1;
		}
		int field = mw + 1 > 3 ? mw + 1 : 3;
		for (int i = 0; i < field - 1 - mw; i++)
			sb_addc(&p, ' ');
		if (mw) {
			if (first) {
				*mark_at = p.len;
				sb_adds(&p, mark);
				*mark_len = p.len - *mark_at;
			} else {
				for (int i = 0; i < mw; i++)
					sb_addc(&p, ' ');
			}
		}
		sb_addc(&p, ' ');
		w += field;
	}
	snprintf(buf, cap, "%s", p.s);
	sb_release(&p);
	return w;
}
