/* markdown.c -- a Markdown article as the reader sees it, in file bytes.
 *
 * md4c parses the body and calls back with each run of text it would
 * print. Those runs point into our buffer, so each one says which file
 * bytes are visible: everything starts hidden (blanked to spaces, line ends
 * kept) and each run is revealed in place. Runs that md4c makes up (line
 * breaks, a NUL's replacement, indentation it expands from tabs) do not
 * point into the buffer and are left out. Entities are decoded in place
 * (numeric ones here, named ones from libxml2's HTML table), their other
 * bytes hidden. Blocks, cells, styles and links take their ranges from the
 * runs inside them. */
#include "system.h"

#include <libxml/HTMLparser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

/* md4c names its alignments as markdown.h does (with the same values):
 * its own are renamed while its header is read. */
#define MD_ALIGN_DEFAULT MD4C_ALIGN_DEFAULT
#define MD_ALIGN_LEFT MD4C_ALIGN_LEFT
#define MD_ALIGN_CENTER MD4C_ALIGN_CENTER
#define MD_ALIGN_RIGHT MD4C_ALIGN_RIGHT
#include <md4c.h>
#undef MD_ALIGN_DEFAULT
#undef MD_ALIGN_LEFT
#undef MD_ALIGN_CENTER
#undef MD_ALIGN_RIGHT

#include "markdown.h"
#include "util.h"

#define UNSET SIZE_MAX
/* Zeros after the copy md4c reads. */
#define MD_PAD 64

/* ---- entities ---- */

/* Codepoints 0x80..0x9F in a numeric reference mean windows-1252, as
 * browsers read them (the HTML standard's table); 0 marks the holes. */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Decodes the entity s[0, n) ("&amp;", "&#38;", "&#x26;") into out (at
 * least 4 bytes). Returns the bytes written, 0 for an unknown name. A
 * code point no text may hold (NUL, a control, a surrogate, beyond
 * Unicode) becomes U+FFFD. */
static size_t entity_decode(const char *s, size_t n, char *out)
{
	if (n < 4 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	uint32_t cp = 0;
	if (s[1] == '#') {
		size_t i = 2;
		int hex = s[2] == 'x' || s[2] == 'X';
		if (hex)
			i++;
		if (i >= n - 1)
			return 0;
		for (; i < n - 1; i++) {
			int c = (unsigned char)s[i], v;
			if (c >= '0' && c <= '9')
				v = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				v = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				v = c - 'A' + 10;
			else
				return 0;
			cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
			if (cp > 0x10FFFF)
				cp = 0x110000;   /* stays out of range, never wraps */
		}
		if (cp >= 0x80 && cp <= 0x9F)
			cp = cp1252[cp - 0x80];
	} else {
		char name[64];
		if (n - 2 >= sizeof name)
			return 0;
		memcpy(name, s + 1, n - 2);
		name[n - 2] = '\0';
		const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
		if (!e)
			return 0;
		cp = e->value;
	}
	if (cp == 0 || (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	return (size_t)u8_uctomb((uint8_t *)out, cp, 4);
}

/* ---- the parse ---- */

struct span {
	unsigned attr;
	long link;
};

struct ctx {
	const char *data;
	size_t len, body;
	const char *copy;      /* what md4c reads: data[body, len), padded */
	struct md_doc *d;
	size_t cap_block, cap_cell, cap_style, cap_link;
	size_t pos;            /* end of the last run seen: where empty things sit */

	int quotes, lists;     /* containers open around the current block */
	struct list { int ordered; unsigned next; } *list;
	size_t cap_list;
	int item_pending;      /* a list item began and has no block yet */
	unsigned item_ordinal;

	int leaf;              /* a block (or a table row) is open: d->block[nblock - 1] */
	int code;              /* it is a code block */
	size_t indent;         /* spaces md4c made up for a code line's indentation */
	int html;              /* it is an HTML block: see html_run */
	int html_mode;         /* 0 text, 1 a tag, 2 a comment, 3 script or style */
	char html_quote;
	const char *html_raw_end;
	int html_line_start;

	unsigned tables;
	int head;
	long cell;             /* the open cell, or -1 */

	struct span cur;       /* the inline styles in force */
	struct span *spans;
	size_t nspans, cap_spans;
	long *links;           /* links open around the text (an image in a link) */
	size_t nlinks, cap_links;
	unsigned epoch, style_epoch;
};

static void hide(struct md_doc *d, size_t i)
{
	d->hidden[i >> 3] |= (unsigned char)(1u << (i & 7));
}

static void show(struct md_doc *d, size_t i)
{
	d->hidden[i >> 3] &= (unsigned char)~(1u << (i & 7));
}

static unsigned char sat(int n)
{
	return (unsigned char)(n > 255 ? 255 : n < 0 ? 0 : n);
}

/* Closes the open block: an empty one sits at pos; an HTML block with
 * nothing visible is dropped. */
static void close_leaf(struct ctx *c)
{
	if (!c->leaf)
		return;
	struct md_doc *d = c->d;
	struct md_block *b = &d->block[d->nblock - 1];
	c->leaf = 0;
	c->code = 0;
	c->epoch++;
	if (b->start == UNSET) {
		if (b->kind == MD_HTML) {
			if (b->item_first)
				c->item_pending = 1;
			d->nblock--;
			c->html = 0;
			return;
		}
		b->start = b->end = c->pos;
	}
	while (b->end > b->start && (d->text[b->end - 1] == '\n' || d->text[b->end - 1] == '\r'))
		b->end--;
	c->html = 0;
}

/* Opens a block of kind, closing the open one. */
static struct md_block *new_block(struct ctx *c, enum md_block_kind kind)
{
	close_leaf(c);
	struct md_doc *d = c->d;
	XGROW(d->block, c->cap_block, d->nblock + 1);
	struct md_block *b = &d->block[d->nblock++];
	memset(b, 0, sizeof *b);
	b->start = b->end = UNSET;
	b->kind = kind;
	b->list_depth = sat(c->lists);
	b->quote_depth = sat(c->quotes);
	b->item_first = (unsigned char)c->item_pending;
	b->ordinal = c->item_pending ? c->item_ordinal : 0;
	c->item_pending = 0;
	c->leaf = 1;
	c->epoch++;
	return b;
}

/* A list item with no block of its own (empty, or a list right away)
 * still gets one, so that its marker is drawn. */
static void flush_item(struct ctx *c)
{
	if (!c->item_pending)
		return;
	new_block(c, MD_PARA);
	close_leaf(c);
}

/* Bytes [a, b) are visible: they belong to the open block, cell, links
 * and style. */
static void touch(struct ctx *c, size_t a, size_t b)
{
	struct md_doc *d = c->d;
	if (!c->leaf)
		new_block(c, MD_PARA);   /* text straight in a tight list item, or a quote */
	struct md_block *blk = &d->block[d->nblock - 1];
	if (blk->start == UNSET)
		blk->start = a;
	if (b > blk->end || blk->end == UNSET)
		blk->end = b;
	if (c->cell >= 0) {
		struct md_cell *cl = &d->cell[c->cell];
		if (cl->start == UNSET)
			cl->start = a;
		cl->end = b;
	}
	for (size_t i = 0; i < c->nlinks; i++) {
		struct md_link *l = &d->link[c->links[i]];
		if (l->start == UNSET)
			l->start = a;
		l->end = b;
	}
	if (c->cur.attr) {
		struct md_style *last = d->nstyle ? &d->style[d->nstyle - 1] : NULL;
		if (last && last->end > a)
			return;   /* never overlap (runs come in file order) */
		if (last && c->style_epoch == c->epoch && last->attr == c->cur.attr && last->link == c->cur.link) {
			last->end = b;
		} else {
			XGROW(d->style, c->cap_style, d->nstyle + 1);
			d->style[d->nstyle++] = (struct md_style){ a, b, c->cur.attr, c->cur.link };
			c->style_epoch = c->epoch;
		}
	}
}

static void reveal(struct ctx *c, size_t off, size_t n)
{
	if (n == 0)
		return;
	memcpy(c->d->text + off, c->data + off, n);
	for (size_t i = off; i < off + n; i++)
		show(c->d, i);
	touch(c, off, off + n);
}

/* An entity at off: decoded in place, the rest of its bytes hidden; an
 * unknown name stays as written. */
static void entity(struct ctx *c, size_t off, size_t n)
{
	char buf[8];
	size_t k = entity_decode(c->data + off, n, buf);
	if (k == 0 || k > n) {
		reveal(c, off, n);
		return;
	}
	memcpy(c->d->text + off, buf, k);
	for (size_t i = off; i < off + k; i++)
		show(c->d, i);
	touch(c, off, off + k);
}

static int starts_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && ascii_ncasecmp(s, w, k) == 0;
}

/* A line of an HTML block: the text between tags is visible (entities
 * decoded), tags, comments and the insides of script and style are not;
 * indentation at a line's start stays hidden. */
static void html_run(struct ctx *c, size_t off, size_t n)
{
	const char *s = c->data;
	size_t e = off + n, run = UNSET;
	for (size_t i = off; i < e; i++) {
		char ch = s[i];
		if (c->html_mode == 0) {
			int tag = ch == '<' && i + 1 < e &&
				  (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') ||
				   s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?');
			int ent = 0;
			size_t en = 0;
			if (ch == '&') {
				for (en = 1; i + en < e && en < 40; en++)
					if (s[i + en] == ';' || s[i + en] == '&' || s[i + en] == '<' ||
					    s[i + en] == ' ' || s[i + en] == '\n')
						break;
				ent = i + en < e && s[i + en] == ';';
				en++;
			}
			int blank = ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
			if (tag || ent || ch == '\n' || (blank && c->html_line_start)) {
				if (run != UNSET)
					reveal(c, run, i - run);
				run = UNSET;
			}
			if (ch == '\n') {
				c->html_line_start = 1;
				continue;
			}
			if (blank && c->html_line_start)
				continue;
			c->html_line_start = 0;
			if (tag) {
				c->html_raw_end = NULL;
				if (starts_ci(s + i, e - i, "<!--")) {
					c->html_mode = 2;
					i += 3;
					continue;
				}
				if (starts_ci(s + i, e - i, "<script"))
					c->html_raw_end = "</script";
				else if (starts_ci(s + i, e - i, "<style"))
					c->html_raw_end = "</style";
				c->html_mode = 1;
				c->html_quote = 0;
			} else if (ent) {
				entity(c, i, en);
				i += en - 1;
			} else if (run == UNSET) {
				run = i;
			}
		} else if (c->html_mode == 1) {
			if (c->html_quote) {
				if (ch == c->html_quote)
					c->html_quote = 0;
			} else if (ch == '"' || ch == '\'') {
				c->html_quote = ch;
			} else if (ch == '>') {
				c->html_mode = c->html_raw_end ? 3 : 0;
			}
		} else if (c->html_mode == 2) {
			if (starts_ci(s + i, e - i, "-->")) {
				c->html_mode = 0;
				i += 2;
			}
		} else if (ch == '<' && starts_ci(s + i, e - i, c->html_raw_end)) {
			c->html_raw_end = NULL;
			c->html_mode = 1;
			c->html_quote = 0;
		}
	}
	if (run != UNSET)
		reveal(c, run, e - run);
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *p, MD_SIZE size, void *u)
{
	struct ctx *c = u;
	const char *end = c->copy + (c->len - c->body);
	if (p < c->copy || p > end || size > (size_t)(end - p)) {
		/* Made up by md4c: nothing in the file to show, except that a
		 * code line's indentation is the blanks before its text. */
		if (c->code && type == MD_TEXT_CODE && size > 0 && p[0] == ' ')
			c->indent += size;
		return 0;
	}
	size_t off = c->body + (size_t)(p - c->copy);
	if (c->indent) {
		size_t a = off;
		while (a > c->body && off - a < c->indent && (c->data[a - 1] == ' ' || c->data[a - 1] == '\t'))
			a--;
		c->indent = 0;
		if (a < off)
			reveal(c, a, off - a);
	}
	if (off + size > c->pos)
		c->pos = off + size;
	if (c->html) {
		html_run(c, off, size);
		return 0;
	}
	switch (type) {
	case MD_TEXT_ENTITY:
		entity(c, off, size);
		break;
	case MD_TEXT_HTML:   /* an inline tag: hidden */
	case MD_TEXT_BR:
	case MD_TEXT_SOFTBR:
		break;
	default:
		reveal(c, off, size);
		break;
	}
	return 0;
}

/* An attribute (a link's address) as a string, entities decoded. */
static char *attr_string(const MD_ATTRIBUTE *a)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; a->substr_offsets[i] < a->size; i++) {
		size_t s = a->substr_offsets[i], e = a->substr_offsets[i + 1];
		char buf[8];
		size_t k;
		if (a->substr_types[i] == MD_TEXT_NULLCHAR)
			sb_adds(&b, "\xef\xbf\xbd");
		else if (a->substr_types[i] == MD_TEXT_ENTITY && (k = entity_decode(a->text + s, e - s, buf)))
			sb_add(&b, buf, k);
		else
			sb_add(&b, a->text + s, e - s);
	}
	return sb_detach(&b);
}

static void push_span(struct ctx *c, unsigned attr, long link)
{
	XGROW(c->spans, c->cap_spans, c->nspans + 1);
	c->spans[c->nspans++] = c->cur;
	c->cur.attr |= attr;
	if (link >= 0) {
		c->cur.link = link;
		XGROW(c->links, c->cap_links, c->nlinks + 1);
		c->links[c->nlinks++] = link;
	}
	c->epoch++;
}

static int on_enter_span(MD_SPANTYPE type, void *detail, void *u)
{
	struct ctx *c = u;
	struct md_doc *d = c->d;
	switch (type) {
	case MD_SPAN_EM:
		push_span(c, MD_EM, -1);
		break;
	case MD_SPAN_STRONG:
		push_span(c, MD_STRONG, -1);
		break;
	case MD_SPAN_CODE:
		push_span(c, MD_CODESPAN, -1);
		break;
	case MD_SPAN_DEL:
		push_span(c, MD_STRIKE, -1);
		break;
	case MD_SPAN_A:
	case MD_SPAN_IMG: {
		int img = type == MD_SPAN_IMG;
		const MD_ATTRIBUTE *href = img ? &((MD_SPAN_IMG_DETAIL *)detail)->src
					       : &((MD_SPAN_A_DETAIL *)detail)->href;
		XGROW(d->link, c->cap_link, d->nlink + 1);
		d->link[d->nlink] = (struct md_link){ UNSET, UNSET, attr_string(href), img };
		push_span(c, img ? MD_IMAGE : MD_LINK, (long)d->nlink);
		d->nlink++;
		break;
	}
	default:
		push_span(c, 0, -1);
		break;
	}
	return 0;
}

static int on_leave_span(MD_SPANTYPE type, void *detail, void *u)
{
	struct ctx *c = u;
	(void)detail;
	if (c->nspans == 0)
		return 0;
	if (type == MD_SPAN_A || type == MD_SPAN_IMG) {
		if (c->nlinks) {
			struct md_link *l = &c->d->link[c->links[--c->nlinks]];
			if (l->start == UNSET)
				l->start = l->end = c->pos;
		}
	}
	c->cur = c->spans[--c->nspans];
	c->epoch++;
	return 0;
}

/* Nonzero when s[0, n) is a thematic break: three or more of one of
 * - * _ with only blanks between. */
static int rule_line(const char *s, size_t n, size_t *first, size_t *last)
{
	char m = 0;
	int count = 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == ' ' || ch == '\t' || ch == '\r')
			continue;
		if ((ch != '-' && ch != '*' && ch != '_') || (m && ch != m))
			return 0;
		if (!m)
			*first = i;
		m = ch;
		*last = i;
		count++;
	}
	return count >= 3;
}

/* The line of a rule: the first line after pos that is one, inside
 * quotes or after a list marker; looked for in a few lines only. */
static void find_rule(struct ctx *c, struct md_block *b)
{
	const char *s = c->data;
	size_t p = c->pos;
	if (p > c->body && s[p - 1] != '\n') {
		const char *nl = memchr(s + p, '\n', c->len - p);
		p = nl ? (size_t)(nl - s) + 1 : c->len;
	}
	for (int lines = 0; p < c->len && lines < 64; lines++) {
		const char *nl = memchr(s + p, '\n', c->len - p);
		size_t e = nl ? (size_t)(nl - s) : c->len, q = p, f, l;
		while (q < e && (s[q] == ' ' || s[q] == '\t' || s[q] == '>'))
			q++;
		for (int tries = 0; tries < 2; tries++) {
			if (rule_line(s + q, e - q, &f, &l)) {
				b->start = q + f;
				b->end = q + l + 1;
				c->pos = b->end;
				return;
			}
			/* after a list marker: "- ***", "1. ---" */
			while (q < e && s[q] >= '0' && s[q] <= '9')
				q++;
			if (q < e && strchr("-+*.)", s[q]))
				q++;
		}
		p = e + 1;
	}
}

static int on_enter_block(MD_BLOCKTYPE type, void *detail, void *u)
{
	struct ctx *c = u;
	struct md_doc *d = c->d;
	switch (type) {
	case MD_BLOCK_DOC:
		break;
	case MD_BLOCK_QUOTE:
		close_leaf(c);
		c->quotes++;
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		flush_item(c);
		XGROW(c->list, c->cap_list, (size_t)c->lists + 1);
		c->list[c->lists].ordered = type == MD_BLOCK_OL;
		c->list[c->lists].next = type == MD_BLOCK_OL ? ((MD_BLOCK_OL_DETAIL *)detail)->start : 0;
		c->lists++;
		break;
	case MD_BLOCK_LI:
		flush_item(c);
		close_leaf(c);
		c->item_pending = 1;
		c->item_ordinal = 0;
		if (c->lists > 0 && c->list[c->lists - 1].ordered)
			c->item_ordinal = c->list[c->lists - 1].next++;
		break;
	case MD_BLOCK_HR:
		find_rule(c, new_block(c, MD_RULE));
		break;
	case MD_BLOCK_H:
		new_block(c, MD_HEADING)->level = (unsigned char)((MD_BLOCK_H_DETAIL *)detail)->level;
		break;
	case MD_BLOCK_CODE:
		new_block(c, MD_CODE);
		c->code = 1;
		c->indent = 0;
		break;
	case MD_BLOCK_HTML:
		new_block(c, MD_HTML);
		c->html = 1;
		c->html_mode = 0;
		c->html_line_start = 1;
		break;
	case MD_BLOCK_P:
		new_block(c, MD_PARA);
		break;
	case MD_BLOCK_TABLE:
		close_leaf(c);
		c->tables++;
		break;
	case MD_BLOCK_THEAD:
		c->head = 1;
		break;
	case MD_BLOCK_TBODY:
		c->head = 0;
		break;
	case MD_BLOCK_TR: {
		struct md_block *b = new_block(c, MD_TABLE_ROW);
		b->table = c->tables;
		b->head_row = (unsigned char)c->head;
		b->cell0 = d->ncell;
		break;
	}
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		if (!c->leaf || d->block[d->nblock - 1].kind != MD_TABLE_ROW)
			break;
		XGROW(d->cell, c->cap_cell, d->ncell + 1);
		d->cell[d->ncell] = (struct md_cell){
			UNSET, UNSET, (enum md_align)((MD_BLOCK_TD_DETAIL *)detail)->align };
		c->cell = (long)d->ncell++;
		d->block[d->nblock - 1].ncell++;
		c->epoch++;
		break;
	}
	return 0;
}

static int on_leave_block(MD_BLOCKTYPE type, void *detail, void *u)
{
	struct ctx *c = u;
	(void)detail;
	switch (type) {
	case MD_BLOCK_QUOTE:
		close_leaf(c);
		c->quotes--;
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		flush_item(c);
		close_leaf(c);
		if (c->lists > 0)
			c->lists--;
		break;
	case MD_BLOCK_LI:
		flush_item(c);
		close_leaf(c);
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		if (c->cell >= 0) {
			struct md_cell *cl = &c->d->cell[c->cell];
			if (cl->start == UNSET)
				cl->start = cl->end = c->pos;
			c->cell = -1;
			c->epoch++;
		}
		break;
	case MD_BLOCK_DOC:
	case MD_BLOCK_TABLE:
	case MD_BLOCK_THEAD:
	case MD_BLOCK_TBODY:
		break;
	default:   /* a leaf, or a table row */
		close_leaf(c);
		break;
	}
	return 0;
}

/* Keeps every list in file order and every range inside the file even
 * where md4c's runs did not come in order. */
static void tidy(struct md_doc *d)
{
	size_t prev = d->body;
	for (size_t i = 0; i < d->nblock; i++) {
		struct md_block *b = &d->block[i];
		if (b->start < prev)
			b->start = prev;
		if (b->end < b->start || b->end == UNSET)
			b->end = b->start;
		prev = b->start;
	}
	for (size_t i = 0; i < d->ncell; i++) {
		struct md_cell *cl = &d->cell[i];
		if (cl->start == UNSET)
			cl->start = cl->end = d->len;
		if (cl->end < cl->start)
			cl->end = cl->start;
	}
	prev = d->body;
	for (size_t i = 0; i < d->nlink; i++) {
		struct md_link *l = &d->link[i];
		if (l->start == UNSET || l->start < prev)
			l->start = l->end == UNSET || l->end < prev ? prev : l->end;
		if (l->end == UNSET || l->end < l->start)
			l->end = l->start;
		prev = l->start;
	}
}

int md_doc_parse(const char *data, size_t len, size_t body, struct md_doc *out)
{
	memset(out, 0, sizeof *out);
	if (body > len)
		body = len;
	out->len = len;
	out->body = body;
	out->text = xmalloc(len + 1);
	out->hidden = xcalloc((len + 7) / 8 + 1, 1);
	for (size_t i = 0; i < len; i++) {
		char ch = data[i];
		if (i >= body && (ch == '\n' || ch == '\r')) {
			out->text[i] = ch;
		} else {
			out->text[i] = ' ';
			hide(out, i);
		}
	}
	out->text[len] = '\0';
	if (len - body > UINT32_MAX - 1)
		return err_set(_("the Markdown text is too long"));

	struct ctx c;
	memset(&c, 0, sizeof c);
	c.data = data;
	c.len = len;
	c.body = body;
	c.d = out;
	c.pos = body;
	c.cell = -1;
	c.cur.link = -1;
	MD_PARSER parser;
	memset(&parser, 0, sizeof parser);
	parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
		       MD_FLAG_PERMISSIVEWWWAUTOLINKS;
	parser.enter_block = on_enter_block;
	parser.leave_block = on_leave_block;
	parser.enter_span = on_enter_span;
	parser.leave_span = on_leave_span;
	parser.text = on_text;
	/* md4c 0.4.8 may look a few bytes past the end of its input (a
	 * fuzzer found a 2-byte read there): it reads a copy with zeros
	 * after it. */
	char *copy = xmalloc(len - body + MD_PAD);
	memcpy(copy, data + body, len - body);
	memset(copy + (len - body), 0, MD_PAD);
	c.copy = copy;
	int r = md_parse(copy, (MD_SIZE)(len - body), &parser, &c);
	free(copy);
	close_leaf(&c);
	free(c.list);
	free(c.spans);
	free(c.links);
	tidy(out);
	if (r != 0)
		return err_set(_("md4c could not parse the Markdown text"));
	return 0;
}

void md_doc_free(struct md_doc *m)
{
	if (!m)
		return;
	free(m->text);
	free(m->hidden);
	free(m->block);
	free(m->cell);
	free(m->style);
	for (size_t i = 0; i < m->nlink; i++)
		free(m->link[i].url);
	free(m->link);
	memset(m, 0, sizeof *m);
}

int md_is_markdown_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	return dot && dot[1] && (!ascii_casecmp(dot + 1, "md") || !ascii_casecmp(dot + 1, "markdown"));
}
