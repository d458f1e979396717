/* extract-md.c -- the article's nodes as Markdown (see extract-int.h).
 *
 * One pass over the nodes. Inline content gathers in a line buffer (text
 * with white space collapsed and Markdown's special characters escaped,
 * emphasis, code, links); a block element flushes it as a paragraph.
 * Blocks are written with the prefix of where they sit ("> " in a quote,
 * "  " under a list item) and the first line of a list item with its
 * marker. Emphasis and links are put around their text once it is known,
 * so that spaces stay outside the marks. Tables become pipe tables when
 * every row is plain cells, else their cells are written as blocks. A
 * figure's text (caption, credit) is left out, its images kept.
 *
 * Every block is recorded as written, so that the body's ends can be
 * trimmed afterwards (trim): the title again, with a kicker or date line
 * before it and a byline after it, and at the end what no article ends
 * with. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

/* A block as written, for trimming the body's ends afterwards. */
struct blk {
	size_t sep;         /* where its separator from the previous block starts */
	size_t start, end;  /* its bytes (end after its last newline) */
	char kind;          /* 'h' heading, 'p' paragraph, 'i' image, 'c' code, 't' table, 'r' rule */
	int top;            /* 1 when at the top level (no quote or list around) */
};

struct mdw {
	struct sb *out;     /* the Markdown so far */
	struct blk *blocks; /* every block written */
	size_t nblocks, cblocks;
	char kind;          /* the kind of the next block */
	struct sb line;     /* the paragraph being gathered */
	struct sb prefix;   /* the prefix of every line of the next block */
	struct sb first;    /* the first line's prefix instead, while pending */
	int pending;        /* first holds a list marker not yet written */
	int tight;          /* the next block follows without a blank line */
	int flushes;        /* blocks written, to notice a block inside an inline */
	int in_cell;        /* gathering a pipe table's cell */
	int mute;           /* inside a figure: its text is a caption, left out */
	const char *base;   /* links resolve against it (may be NULL) */
};

static void render(struct mdw *w, xmlNodePtr n);

static void render_children(struct mdw *w, xmlNodePtr n)
{
	for (xmlNodePtr k = n->children; k; k = k->next)
		render(w, k);
}

/* Writes a block of text (lines split at '\n') with the prefixes. */
static void emit(struct mdw *w, const char *text, size_t len)
{
	if (w->nblocks == w->cblocks)
		XGROW(w->blocks, w->cblocks, w->nblocks + 1);
	struct blk *bk = &w->blocks[w->nblocks++];
	bk->sep = w->out->len;
	bk->kind = w->kind ? w->kind : 'p';
	bk->top = w->prefix.len == 0 && !w->pending;
	w->kind = 0;
	if (w->out->len && !w->tight) {
		size_t p = w->prefix.len;
		while (p && w->prefix.s[p - 1] == ' ')
			p--;
		sb_add(w->out, w->prefix.s, p);
		sb_addc(w->out, '\n');
	}
	w->tight = 0;
	bk->start = w->out->len;
	int first = 1;
	const char *s = text, *end = text + len;
	while (s <= end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		if (first && w->pending)
			sb_add(w->out, w->first.s, w->first.len);
		else
			sb_add(w->out, w->prefix.s, w->prefix.len);
		sb_add(w->out, s, (size_t)(nl - s));
		sb_addc(w->out, '\n');
		first = 0;
		s = nl + 1;
	}
	w->pending = 0;
	w->flushes++;
	bk->end = w->out->len;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Escapes what would make a line start a heading, quote, list or rule. */
static void add_line_start(struct sb *b, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_digit((unsigned char)s[i]))
		i++;
	if (i > 0 && i < n && (s[i] == '.' || s[i] == ')')) {
		sb_add(b, s, i);
		sb_addc(b, '\\');
		sb_add(b, s + i, n - i);
		return;
	}
	if (n && strchr("#>-+=~|", s[0]))
		sb_addc(b, '\\');
	sb_add(b, s, n);
}

static int word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c >= 0x80;
}

/* Runs of letters and digits in s (a run of CJK is one). */
static size_t count_words(const char *s, size_t n)
{
	size_t k = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		int w = word_char((unsigned char)s[i]);
		if (w && !in)
			k++;
		in = w;
	}
	return k;
}

/* Writes the gathered paragraph, if any and if it has a word (not a
 * line of underscores or dashes). */
static void flush(struct mdw *w)
{
	struct sb *l = &w->line;
	/* Trailing spaces and hard breaks go. */
	for (;;) {
		if (l->len && l->s[l->len - 1] == ' ')
			l->len--;
		else if (l->len >= 2 && l->s[l->len - 1] == '\n' && l->s[l->len - 2] == '\\')
			l->len -= 2;
		else
			break;
	}
	size_t start = 0;
	while (start < l->len && l->s[start] == ' ')
		start++;
	if (start == l->len || !count_words(l->s + start, l->len - start)) {
		sb_reset(l);
		return;
	}
	struct sb b = SB_INIT;
	const char *s = l->s + start, *end = l->s + l->len;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		while (s < nl && *s == ' ')
			s++;
		add_line_start(&b, s, (size_t)(nl - s));
		if (nl < end)
			sb_addc(&b, '\n');
		s = nl + 1;
	}
	emit(w, b.s, b.len);
	sb_release(&b);
	sb_reset(l);
}

/* Appends text, white space collapsed and special characters escaped. */
static void add_text(struct mdw *w, const char *s)
{
	struct sb *l = &w->line;
	if (w->mute)
		return;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int c = *p;
		int sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
		if (!sp && c == 0xc2 && p[1] == 0xa0) {
			sp = 1;
			p++;
		}
		if (sp) {
			if (l->len && l->s[l->len - 1] != ' ' && l->s[l->len - 1] != '\n')
				sb_addc(l, ' ');
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		int prev = l->len ? (unsigned char)l->s[l->len - 1] : ' ';
		switch (c) {
		case '\\': case '`': case '*': case '[': case ']': case '<':
			sb_addc(l, '\\');
			break;
		case '_':
			if (!word_char((unsigned char)prev) || !word_char(p[1]))
				sb_addc(l, '\\');
			break;
		case '&':
			if (word_char(p[1]) || p[1] == '#')
				sb_addc(l, '\\');
			break;
		case '|':
			if (w->in_cell)
				sb_addc(l, '\\');
			break;
		}
		sb_addc(l, c);
	}
}

/* Inserts s at offset at of b. */
static void sb_insert(struct sb *b, size_t at, const char *s)
{
	size_t n = strlen(s);
	sb_grow(b, n);
	memmove(b->s + at + n, b->s + at, b->len - at + 1);
	memcpy(b->s + at, s, n);
	b->len += n;
}

/* Renders n's children inline and puts open and close around them. */
static void wrap(struct mdw *w, xmlNodePtr n, const char *open, const char *close)
{
	size_t start = w->line.len;
	int f = w->flushes;
	render_children(w, n);
	if (w->flushes != f || w->line.len < start)
		return;
	size_t a = start, b = w->line.len;
	while (a < b && (w->line.s[a] == ' ' || w->line.s[a] == '\n'))
		a++;
	while (b > a && w->line.s[b - 1] == ' ')
		b--;
	if (a == b)
		return;
	sb_insert(&w->line, b, close);
	sb_insert(&w->line, a, open);
}

/* The longest run of backticks in the n bytes at s. */
static int backticks(const char *s, size_t n)
{
	int run = 0, longest = 0;
	for (size_t i = 0; i < n; i++) {
		run = s[i] == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	return longest;
}

static void code_span(struct mdw *w, xmlNodePtr n)
{
	char *t = xt_text_dup(n);
	if (!t)
		return;
	int longest = backticks(t, strlen(t));
	struct sb *l = &w->line;
	for (int i = 0; i <= longest; i++)
		sb_addc(l, '`');
	if (t[0] == '`' || (longest && t[strlen(t) - 1] == '`'))
		sb_addc(l, ' ');
	for (const char *p = t; *p; p++)
		if (!(w->in_cell && *p == '|'))
			sb_addc(l, *p);
		else
			sb_adds(l, "\\|");
	if (t[0] == '`' || (longest && t[strlen(t) - 1] == '`'))
		sb_addc(l, ' ');
	for (int i = 0; i <= longest; i++)
		sb_addc(l, '`');
	free(t);
}

/* ---- blocks ---- */

/* Appends the gathered line's bytes from a to e as one line: hard
 * breaks and newlines become spaces. */
static void add_one_line(struct sb *to, const struct sb *l, size_t a, size_t e)
{
	for (size_t i = a; i < e; i++) {
		if (l->s[i] == '\\' && i + 1 < e && l->s[i + 1] == '\n') {
			sb_addc(to, ' ');
			i++;
		} else {
			sb_addc(to, l->s[i] == '\n' ? ' ' : l->s[i]);
		}
	}
}

static void heading(struct mdw *w, xmlNodePtr n, int level)
{
	flush(w);
	render_children(w, n);
	struct sb t = SB_INIT;
	add_one_line(&t, &w->line, 0, w->line.len);
	sb_reset(&w->line);
	char *c = xt_clean(t.s);
	sb_release(&t);
	if (!c || !count_words(c, strlen(c))) {
		free(c);
		return;
	}
	struct sb h = SB_INIT;
	for (int i = 0; i < level; i++)
		sb_addc(&h, '#');
	sb_addc(&h, ' ');
	sb_adds(&h, c);
	free(c);
	w->kind = 'h';
	emit(w, h.s, h.len);
	sb_release(&h);
}

static void pre_block(struct mdw *w, xmlNodePtr n)
{
	flush(w);
	xmlChar *raw = xmlNodeGetContent(n);
	if (!raw)
		return;
	const char *s = (const char *)raw;
	while (*s == '\n' || *s == '\r')
		s++;
	size_t len = strlen(s);
	while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len) {
		int longest = backticks(s, len);
		struct sb b = SB_INIT;
		int fence = longest >= 3 ? longest + 1 : 3;
		for (int i = 0; i < fence; i++)
			sb_addc(&b, '`');
		sb_addc(&b, '\n');
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c == '\r')
				continue;
			if (c == '\t' || c == '\n' || c >= 0x20)
				sb_addc(&b, c);
		}
		sb_addc(&b, '\n');
		for (int i = 0; i < fence; i++)
			sb_addc(&b, '`');
		w->kind = 'c';
		emit(w, b.s, b.len);
		sb_release(&b);
	}
	xmlFree(raw);
}

static void image(struct mdw *w, xmlNodePtr n)
{
	if (w->in_cell)
		return;
	const char *srcs[] = { "data-src", "data-original", "data-lazy-src", "src" };
	char *url = NULL;
	for (size_t i = 0; i < 4 && !url; i++) {
		char *v = xt_attr(n, srcs[i]);
		if (v)
			url = xt_url(v, w->base, 0);
		xmlFree(v);
	}
	if (!url)
		return;
	char *wd = xt_attr(n, "width");
	int tiny = wd && (strcmp(wd, "1") == 0 || strcmp(wd, "0") == 0);
	xmlFree(wd);
	if (tiny) {
		free(url);
		return;
	}
	flush(w);
	char *alt = xt_attr(n, "alt");
	char *a = xt_clean(alt);
	xmlFree(alt);
	struct sb save = w->line;
	int mute = w->mute;
	sb_init(&w->line);
	w->mute = 0;
	if (a)
		add_text(w, a);
	w->mute = mute;
	free(a);
	struct sb b = SB_INIT;
	sb_adds(&b, "![");
	sb_add(&b, w->line.s, w->line.len);
	sb_adds(&b, "](");
	sb_adds(&b, url);
	sb_addc(&b, ')');
	sb_release(&w->line);
	w->line = save;
	w->kind = 'i';
	emit(w, b.s, b.len);
	sb_release(&b);
	free(url);
}

static void link(struct mdw *w, xmlNodePtr n)
{
	char *href = xt_attr(n, "href");
	char *url = href ? xt_url(href, w->base, 1) : NULL;
	xmlFree(href);
	if (!url || w->in_cell == 2) {
		render_children(w, n);
		free(url);
		return;
	}
	struct sb close = SB_INIT;
	sb_adds(&close, "](");
	sb_adds(&close, url);
	sb_addc(&close, ')');
	wrap(w, n, "[", close.s);
	sb_release(&close);
	free(url);
}

/* Pushes a prefix for the lines of a nested block; returns the old length. */
static size_t push_prefix(struct mdw *w, const char *p)
{
	size_t old = w->prefix.len;
	sb_adds(&w->prefix, p);
	if (w->pending)
		sb_adds(&w->first, p);
	return old;
}

static void pop_prefix(struct mdw *w, size_t old)
{
	w->prefix.len = old;
	w->prefix.s[old] = '\0';
}

static void list(struct mdw *w, xmlNodePtr n)
{
	flush(w);
	int ordered = xt_is(n, "ol");
	long num = 1;
	if (ordered) {
		char *st = xt_attr(n, "start");
		if (st) {
			num = strtol(st, NULL, 10);
			if (num < 0 || num > 999999999)
				num = 1;
		}
		xmlFree(st);
	}
	int items = 0;
	for (xmlNodePtr k = n->children; k; k = k->next) {
		if (!xt_is(k, "li")) {
			render(w, k);
			continue;
		}
		flush(w);
		char marker[32];
		if (ordered)
			snprintf(marker, sizeof marker, "%ld. ", num++);
		else
			strcpy(marker, "- ");
		/* The marker goes after a marker still pending (a list item that
		 * starts with a list), else after the prefix. */
		if (!w->pending) {
			sb_reset(&w->first);
			sb_add(&w->first, w->prefix.s, w->prefix.len);
		}
		sb_adds(&w->first, marker);
		w->pending = 1;
		if (items > 0)
			w->tight = 1;
		size_t old = w->prefix.len;
		for (size_t i = 0; i < strlen(marker); i++)
			sb_addc(&w->prefix, ' ');
		int f = w->flushes;
		render_children(w, k);
		flush(w);
		pop_prefix(w, old);
		if (w->flushes != f)
			items++;
		w->tight = 0;
		w->pending = 0;
	}
}

static void quote(struct mdw *w, xmlNodePtr n)
{
	flush(w);
	size_t old = push_prefix(w, "> ");
	render_children(w, n);
	flush(w);
	pop_prefix(w, old);
}

/* ---- tables ---- */

static int cell_of(xmlNodePtr n)
{
	return xt_is(n, "td") || xt_is(n, "th");
}

/* The rows of a table (also under thead, tbody, tfoot), at most max. */
static size_t rows_of(xmlNodePtr t, xmlNodePtr *rows, size_t max)
{
	size_t n = 0;
	for (xmlNodePtr k = t->children; k; k = k->next) {
		if (xt_is(k, "tr")) {
			if (n < max)
				rows[n] = k;
			n++;
		} else if (xt_is(k, "thead") || xt_is(k, "tbody") || xt_is(k, "tfoot")) {
			for (xmlNodePtr r = k->children; r; r = r->next)
				if (xt_is(r, "tr")) {
					if (n < max)
						rows[n] = r;
					n++;
				}
		}
	}
	return n;
}

static int has_desc(xmlNodePtr n, const char *const *tags, int depth)
{
	if (depth > XT_MAX_DEPTH)
		return 0;
	for (xmlNodePtr k = n->children; k; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (xt_in((const char *)k->name, tags) || has_desc(k, tags, depth + 1))
			return 1;
	}
	return 0;
}

#define MAX_ROWS 2000
#define MAX_COLS 64

static int simple_table(xmlNodePtr t, xmlNodePtr *rows, size_t nr, size_t *ncols)
{
	static const char *const blocks[] = { "table", "ul", "ol", "pre", "blockquote", "h1", "h2",
		"h3", "h4", "h5", "h6", "dl", NULL };
	if (nr < 2 || nr > MAX_ROWS || has_desc(t, blocks, 0))
		return 0;
	size_t cols = 0;
	for (size_t r = 0; r < nr; r++) {
		size_t c = 0;
		for (xmlNodePtr k = rows[r]->children; k; k = k->next) {
			if (!cell_of(k))
				continue;
			char *span = xt_attr(k, "colspan");
			int wide = span && atoi(span) > 1;
			xmlFree(span);
			span = xt_attr(k, "rowspan");
			wide |= span && atoi(span) > 1;
			xmlFree(span);
			if (wide)
				return 0;
			char *text = xt_text_dup(k);
			size_t len = text ? strlen(text) : 0;
			free(text);
			if (len > 400)
				return 0;
			c++;
		}
		if (c > cols)
			cols = c;
	}
	if (cols < 2 || cols > MAX_COLS)
		return 0;
	*ncols = cols;
	return 1;
}

static void table(struct mdw *w, xmlNodePtr t)
{
	flush(w);
	xmlNodePtr *rows = xmalloc(MAX_ROWS * sizeof *rows);
	size_t nr = rows_of(t, rows, MAX_ROWS), cols;
	if (nr > MAX_ROWS)
		nr = MAX_ROWS + 1;
	if (!simple_table(t, rows, nr, &cols)) {
		/* Layout or complex: the cells' content as blocks. */
		free(rows);
		for (xmlNodePtr k = t->children; k; k = k->next) {
			if (xt_is(k, "caption"))
				continue;
			render(w, k);
		}
		flush(w);
		return;
	}
	struct sb b = SB_INIT;
	for (size_t r = 0; r < nr; r++) {
		size_t c = 0;
		sb_addc(&b, '|');
		for (xmlNodePtr k = rows[r]->children; k; k = k->next) {
			if (!cell_of(k))
				continue;
			w->in_cell = 1;
			render_children(w, k);
			w->in_cell = 0;
			struct sb *l = &w->line;
			sb_addc(&b, ' ');
			size_t a = 0;
			while (a < l->len && l->s[a] == ' ')
				a++;
			size_t e = l->len;
			while (e > a && l->s[e - 1] == ' ')
				e--;
			add_one_line(&b, l, a, e);
			sb_reset(l);
			sb_adds(&b, " |");
			c++;
		}
		for (; c < cols; c++)
			sb_adds(&b, "  |");
		sb_addc(&b, '\n');
		if (r == 0) {
			sb_addc(&b, '|');
			for (size_t i = 0; i < cols; i++)
				sb_adds(&b, " --- |");
			sb_addc(&b, '\n');
		}
	}
	free(rows);
	if (b.len)
		b.len--;   /* emit adds the last newline */
	w->kind = 't';
	emit(w, b.s, b.len);
	sb_release(&b);
}

/* ---- dispatch ---- */

static const char *const skip_tags[] = {
	"script", "style", "noscript", "template", "iframe", "object", "embed",
	"svg", "canvas", "button", "input", "select", "textarea", "figcaption",
	"head", "title", "meta", "link", "video", "audio", "map", "math", NULL
};

static const char *const paragraph_tags[] = {
	"p", "div", "section", "article", "main", "header", "footer", "figure",
	"center", "address", "dd", "dt", "dl", "details", "summary", "fieldset",
	"form", "hgroup", "aside", "nav", "caption", "body", "html", "tr",
	"thead", "tbody", "tfoot", "td", "th", "li", "option", "legend", NULL
};

/* Counts the images and links under n (up to 3 links). */
static void count_media(xmlNodePtr n, int *imgs, int *links, int depth)
{
	for (xmlNodePtr k = n->children; k && *links < 3 && depth < XT_MAX_DEPTH; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (xt_is(k, "img"))
			++*imgs;
		else if (xt_is(k, "a"))
			++*links;
		count_media(k, imgs, links, depth + 1);
	}
}

/* An inline element in running text that holds an image and links: a
 * card shown over a name when pointed at, not text. */
static int hover_card(xmlNodePtr n)
{
	int imgs = 0, links = 0;
	count_media(n, &imgs, &links, 0);
	return imgs > 0 && links >= 2;
}

static void render(struct mdw *w, xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			add_text(w, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE || !n->name)
		return;
	const char *nm = (const char *)n->name;
	if (xt_in(nm, skip_tags))
		return;
	if (xt_heading(nm)) {
		if (w->in_cell)
			render_children(w, n);
		else
			heading(w, n, nm[1] - '0');
		return;
	}
	if (w->in_cell) {
		/* Inside a pipe table's cell everything is inline. */
		if (!strcmp(nm, "br") || !strcmp(nm, "p") || !strcmp(nm, "div")) {
			if (w->line.len && w->line.s[w->line.len - 1] != ' ')
				sb_addc(&w->line, ' ');
			if (strcmp(nm, "br") != 0)
				render_children(w, n);
			return;
		}
	}
	if (!strcmp(nm, "br")) {
		struct sb *l = &w->line;
		while (l->len && l->s[l->len - 1] == ' ')
			l->len--, l->s[l->len] = '\0';
		if (l->len >= 2 && l->s[l->len - 1] == '\n')
			flush(w);
		else if (l->len)
			sb_adds(l, "\\\n");
		return;
	}
	if (!strcmp(nm, "a")) {
		link(w, n);
	} else if (!strcmp(nm, "img")) {
		image(w, n);
	} else if (!strcmp(nm, "em") || !strcmp(nm, "i") || !strcmp(nm, "cite") || !strcmp(nm, "dfn")) {
		wrap(w, n, "*", "*");
	} else if (!strcmp(nm, "strong") || !strcmp(nm, "b")) {
		wrap(w, n, "**", "**");
	} else if (!strcmp(nm, "code") || !strcmp(nm, "kbd") || !strcmp(nm, "samp") || !strcmp(nm, "tt")) {
		if (has_desc(n, (const char *const[]){ "p", "div", "br", "li", NULL }, 0))
			render_children(w, n);
		else
			code_span(w, n);
	} else if (!strcmp(nm, "pre")) {
		pre_block(w, n);
	} else if (!strcmp(nm, "ul") || !strcmp(nm, "ol")) {
		list(w, n);
	} else if (!strcmp(nm, "blockquote")) {
		quote(w, n);
	} else if (!strcmp(nm, "table")) {
		table(w, n);
	} else if (!strcmp(nm, "figure") && !has_desc(n, (const char *const[]){ "blockquote", NULL }, 0)) {
		/* A figure's text is its caption or credit; its images stay. */
		flush(w);
		w->mute++;
		render_children(w, n);
		w->mute--;
		flush(w);
	} else if (!strcmp(nm, "hr")) {
		flush(w);
		w->kind = 'r';
		emit(w, "* * *", 5);
	} else if (xt_in(nm, paragraph_tags)) {
		flush(w);
		render_children(w, n);
		flush(w);
	} else if (!strcmp(nm, "span") && w->line.len && hover_card(n)) {
		;   /* a card that pops up over a name in the text */
	} else {
		render_children(w, n);
	}
}

/* ---- the ends of the body ---- */

/* The words of s lowercased (ASCII), one space between, Markdown's
 * marks and link targets left out. Caller frees. */
static char *norm_words(const char *s, size_t n)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ']' && i + 1 < n && s[i + 1] == '(') {
			const char *e = memchr(s + i, ')', n - i);
			if (e)
				i = (size_t)(e - s);
			continue;
		}
		if (word_char(c))
			sb_addc(&b, (c >= 'A' && c <= 'Z') ? c + 32 : c);
		else if (b.len && b.s[b.len - 1] != ' ')
			sb_addc(&b, ' ');
	}
	while (b.len && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	return sb_detach(&b);
}

/* Nonzero when the block is the title again (or nearly: one holds the
 * other and is at most a fifth longer). */
static int is_title(const char *s, size_t n, const char *title)
{
	char *a = norm_words(s, n), *b = norm_words(title, strlen(title));
	size_t la = strlen(a), lb = strlen(b);
	int same = la && lb && (strcmp(a, b) == 0 ||
		((la > lb ? strstr(a, b) : strstr(b, a)) && (la > lb ? la * 4 <= lb * 5 : lb * 4 <= la * 5)));
	free(a);
	free(b);
	return same;
}

/* A byline ("By A and B") or a date line ("Nov. 20, 2019 6:02 AM"). */
static int byline(const char *s, size_t n)
{
	if (!n)
		return 0;
	if (n < 100 && (strncmp(s, "By ", 3) == 0 || strncmp(s, "BY ", 3) == 0 || strncmp(s, "by ", 3) == 0))
		return 1;
	if (n >= 60 || count_words(s, n) > 8 || s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?')
		return 0;   /* a sentence, not a date line */
	for (size_t i = 0; i + 4 <= n; i++)
		if ((!i || !is_digit((unsigned char)s[i - 1])) && (s[i] == '1' || s[i] == '2') &&
		    (s[i + 1] == '9' || s[i + 1] == '0') && is_digit((unsigned char)s[i + 2]) &&
		    is_digit((unsigned char)s[i + 3]) && (i + 4 == n || !is_digit((unsigned char)s[i + 4])))
			return 1;
	return 0;
}

/* A block that only labels an ad. */
static int ad_label(const char *s, size_t n)
{
	static const char *const labels[] = { "advertisement", "advert", "ad", "ads", "sponsored",
		"anzeige", "werbung", "publicidad", "publicit\xc3\xa9", "pubblicit\xc3\xa0", NULL };
	if (n > 40)
		return 0;
	char *w = norm_words(s, n);
	int r = 0;
	for (const char *const *l = labels; *l && !r; l++)
		r = ascii_casecmp(w, *l) == 0;
	free(w);
	return r;
}

/* Nothing of an article ends with it: a heading, a rule, an image, a
 * word or two, a copyright line. */
static int trailer(const struct blk *b, const char *s, size_t n)
{
	if (b->kind == 'h' || b->kind == 'r' || b->kind == 'i')
		return 1;
	size_t chars = 0;
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)s[i] & 0xc0) != 0x80;
	if (count_words(s, n) < 3 && chars < 20)
		return 1;
	return n < 200 && (strncmp(s, "Copyright", 9) == 0 || strncmp(s, "\xc2\xa9", 2) == 0);
}

/* Drops the title and what stands before it (kicker, date), bylines
 * after it, ad labels, and the blocks no article ends with. */
static void trim(struct mdw *w, const char *title)
{
	size_t nb = w->nblocks, lo = 0, hi = nb;
	if (!nb)
		return;
	char *keep = xmalloc(nb);
	memset(keep, 1, nb);
	const char *o = w->out->s;
#define TEXT(i) o + w->blocks[i].start, w->blocks[i].end - w->blocks[i].start - 1
	for (size_t i = 0; title && i < nb && i < 6; i++) {
		const struct blk *b = &w->blocks[i];
		if (!b->top || (b->kind != 'h' && b->kind != 'p') || !is_title(TEXT(i), title))
			continue;
		int short_before = 1;
		for (size_t j = 0; j < i; j++)
			if (!w->blocks[j].top || w->blocks[j].end - w->blocks[j].start > 150)
				short_before = 0;
		if (short_before) {
			memset(keep, 0, i + 1);
			lo = i + 1;
		} else {
			keep[i] = 0;
		}
		break;
	}
	while (lo < nb && w->blocks[lo].top && w->blocks[lo].kind == 'p' && byline(TEXT(lo)))
		keep[lo++] = 0;
	while (hi > lo && w->blocks[hi - 1].top && trailer(&w->blocks[hi - 1], TEXT(hi - 1)))
		keep[--hi] = 0;
	for (size_t i = lo; i < hi; i++)
		if (w->blocks[i].top && w->blocks[i].kind == 'p' && ad_label(TEXT(i)))
			keep[i] = 0;
#undef TEXT
	struct sb b = SB_INIT;
	for (size_t i = 0; i < nb; i++) {
		if (!keep[i])
			continue;
		size_t from = b.len ? w->blocks[i].sep : w->blocks[i].start;
		sb_add(&b, o + from, w->blocks[i].end - from);
	}
	free(keep);
	sb_release(w->out);
	*w->out = b;
}

#define MDW_INIT(o, b) { .out = (o), .base = (b), .line = SB_INIT, .prefix = SB_INIT, .first = SB_INIT }

static void mdw_release(struct mdw *w)
{
	free(w->blocks);
	sb_release(&w->line);
	sb_release(&w->prefix);
	sb_release(&w->first);
}

void xt_markdown(xmlNodePtr *nodes, size_t n, const char *base, const char *title, struct sb *out)
{
	struct mdw w = MDW_INIT(out, base);
	for (size_t i = 0; i < n; i++) {
		render(&w, nodes[i]);
		flush(&w);
	}
	trim(&w, title);
	mdw_release(&w);
}

void xt_text_markdown(const char *text, struct sb *out)
{
	struct mdw w = MDW_INIT(out, NULL);
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		char *line = xstrndup(s, n);
		add_text(&w, line);
		free(line);
		flush(&w);
		s += n + (nl != NULL);
	}
	mdw_release(&w);
}
