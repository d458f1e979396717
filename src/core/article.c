/* article.c -- load an article and find its header, title and paragraphs.
 *
 * The bytes are kept exactly as on disk; this module only finds ranges in
 * them. It never changes a byte, never drops one, and never decides how a
 * byte looks on a screen (that is sanitize.c's job). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "core.h"
#include "frontmatter.h"
#include "markdown.h"
#include "text.h"
#include "ustr.h"

static const char *const meta_keys[ART_META_N][3] = {
	[ART_TITLE] = { "title", "headline", NULL },
	[ART_SOURCE] = { "source", "url", "link" },
	[ART_DATE] = { "date", "published", "pubdate" },
	[ART_AUTHOR] = { "author", "by", "byline" },
	[ART_LICENSE] = { "license", "licence", "rights" },
};

int art_is_binary(const char *data, size_t len)
{
	static const struct { const char *magic; size_t n; } magics[] = {
		{ "\x89PNG", 4 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 }, { "%PDF", 4 },
		{ "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "\x7f" "ELF", 4 },
		{ "BZh", 3 }, { "\xfd" "7zXZ", 5 }, { "SQLite format 3", 16 },
		{ "\x28\xb5\x2f\xfd", 4 },
	};
	for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
		if (len >= magics[i].n && memcmp(data, magics[i].magic, magics[i].n) == 0)
			return 1;
	/* Like grep and less: look at the start, and count NULs and control
	 * bytes. Invalid UTF-8 is no evidence: Latin-1 or a damaged text is
	 * still text, read without loss. Random or compressed bytes are about
	 * a tenth controls; a text has next to none. */
	size_t n = len < 65536 ? len : 65536;
	size_t bad = 0, nul_run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)data[i];
		if (c == 0) {
			bad++;
			if (++nul_run >= 8)
				return 1;
			continue;
		}
		nul_run = 0;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
			bad++;
		else if (c == 0x7f)
			bad++;
	}
	return bad * 20 > n + 20;   /* more than 5 %, and more than one */
}

/* The end of the line that starts at p (the '\n' or end). */
static size_t line_end(const char *d, size_t len, size_t p)
{
	const char *nl = memchr(d + p, '\n', len - p);
	return nl ? (size_t)(nl - d) : len;
}

/* Trims a line's CR and trailing blanks: returns the new end. */
static size_t trim_end(const char *d, size_t start, size_t end)
{
	while (end > start && (d[end - 1] == '\r' || d[end - 1] == ' ' || d[end - 1] == '\t'))
		end--;
	return end;
}

/* A header line is "Key: value": a key of letters, digits, '-' or ' ' (at
 * most 24 bytes) starting with a letter. Returns the meta index for a known
 * key, ART_META_N for an unknown key, -1 for not a header line. */
static int header_line(const char *d, size_t start, size_t end, size_t *vstart)
{
	size_t i = start;
	if (i >= end || !((d[i] | 32) >= 'a' && (d[i] | 32) <= 'z'))
		return -1;
	while (i < end && i - start <= 24 && d[i] != ':') {
		char c = d[i];
		if (!(((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ' ' || c == '_'))
			return -1;
		i++;
	}
	if (i >= end || d[i] != ':' || i + 1 >= end || d[i + 1] != ' ')
		return -1;
	size_t klen = i - start;
	*vstart = i + 2;
	for (int m = 0; m < ART_META_N; m++)
		for (int k = 0; k < 3 && meta_keys[m][k]; k++)
			if (strlen(meta_keys[m][k]) == klen && ascii_ncasecmp(d + start, meta_keys[m][k], klen) == 0)
				return m;
	return ART_META_N;
}

/* Parses a header block at a->body: lines of "Key: value" ending with a
 * blank line, at least one key being one gloss knows. */
static void parse_header(struct article *a)
{
	const char *d = a->data;
	size_t p = a->body, known = 0;
	int idx[32];
	size_t vs[32], ve[32], nlines = 0;
	while (p < a->len && nlines < 32) {
		size_t e = line_end(d, a->len, p);
		size_t te = trim_end(d, p, e);
		if (text_blank_line(d, p, e)) {
			if (nlines == 0 || known == 0)
				return;
			for (size_t i = 0; i < nlines; i++)
				if (idx[i] < ART_META_N && !a->meta[idx[i]] && ve[i] > vs[i])
					a->meta[idx[i]] = xstrndup(d + vs[i], ve[i] - vs[i]);
			a->body = e < a->len ? e + 1 : e;
			return;
		}
		size_t v;
		int m = header_line(d, p, te, &v);
		if (m < 0)
			return;
		while (v < te && (d[v] == ' ' || d[v] == '\t'))
			v++;
		idx[nlines] = m;
		vs[nlines] = v;
		ve[nlines] = te;
		nlines++;
		if (m < ART_META_N)
			known++;
		p = e + 1;
	}
}

/* Paragraphs by text.c's rule: separated by blank lines, or, in a body
 * without any blank line, one per line. */
static void split_paragraphs(struct article *a)
{
	struct text t = { a->data, a->body, a->len, text_line_paras(a->data, a->len, a->body) };
	if (t.line_paras)
		a->flags |= ART_LINE_PARAS;
	size_t cap = 0;
	struct text_para p;
	for (size_t pos = a->body; text_para_at(&t, pos, &p); pos = p.to) {
		XGROW(a->para, cap, a->npara + 1);
		a->para[a->npara].start = p.start;
		a->para[a->npara].end = p.end;
		a->npara++;
	}
}

/* The file name without folders and extension. */
static char *file_stem(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
	return xstrndup(b, n);
}

/* A file name is a usable title when it has at least two words of three or
 * more letters ("2024-03-19-state-blinken-marcos-meeting"), not a hash. */
static int stem_has_words(const char *s)
{
	int words = 0, run = 0, digits = 0;
	for (;; s++) {
		char c = *s;
		if ((c | 32) >= 'a' && (c | 32) <= 'z') {
			run++;
		} else {
			if (c >= '0' && c <= '9' && run > 0)
				digits = 1;
			if (run >= 3 && !digits)
				words++;
			if (!((c >= '0' && c <= '9')))
				digits = 0;
			run = 0;
			if (!c)
				break;
		}
	}
	return words >= 2;
}

static char *stem_title(const char *stem)
{
	/* Drop a leading date "YYYY-MM-DD-" and turn separators into spaces. */
	const char *s = stem;
	if (strlen(s) > 11 && s[4] == '-' && s[7] == '-' && (s[10] == '-' || s[10] == '_'))
		s += 11;
	char *t = xstrdup(s);
	for (char *c = t; *c; c++)
		if (*c == '-' || *c == '_')
			*c = ' ';
	if (t[0] >= 'a' && t[0] <= 'z')
		t[0] = (char)(t[0] - 32);
	return t;
}

/* A NUL byte would cut a C string short: show it as the sanitizer would
 * only at display time, but titles must not be truncated silently. */
static char *no_nul(const char *s, size_t n)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\0')
			sb_add(&b, "\\x00", 4);
		else
			sb_addc(&b, s[i]);
	}
	return sb_detach(&b);
}

/* The visible text of text[s, e) of a Markdown article: hidden bytes left
 * out, runs of blanks and line ends made one space (dropped at either
 * edge unless edges), NULs shown. */
static char *md_visible(const struct article *a, size_t s, size_t e, int edges)
{
	struct sb b = SB_INIT;
	int space = 0;
	for (size_t i = s; i < e; i++) {
		if (md_hidden(a->md, i))
			continue;
		char c = a->text[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = b.len > 0 || edges;
			continue;
		}
		if (space)
			sb_addc(&b, ' ');
		space = 0;
		if (c == '\0')
			sb_adds(&b, "\\x00");
		else
			sb_addc(&b, c);
	}
	if (space && edges)
		sb_addc(&b, ' ');
	return sb_detach(&b);
}

char *art_line(const struct article *a, size_t s, size_t e)
{
	if (e > a->len)
		e = a->len;
	if (s > e)
		s = e;
	if (a->md)
		return md_visible(a, s, e, 1);
	char *r = xstrndup(a->data + s, e - s);
	for (char *p = r; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return r;
}

/* A title line's text: its bytes, or the visible words of a Markdown block. */
static char *para_title(const struct article *a, size_t s, size_t e)
{
	return a->md ? md_visible(a, s, e, 0) : no_nul(a->data + s, e - s);
}

/* The first sentence of the first paragraph (text.c's rule), no further
 * than its first line, cut at a word boundary; as para_title gives it. */
static char *sentence_title(const struct article *a)
{
	if (a->npara == 0)
		return NULL;
	const char *d = a->text;
	size_t s = a->para[0].start, e = a->para[0].end, limit = 72;
	struct text t = { d, a->body, a->len, !!(a->flags & ART_LINE_PARAS) };
	size_t stop = text_sentence_end(&t, s);
	if (stop == TEXT_NONE || stop < s || stop > e)
		stop = e;
	for (size_t i = s; i < stop; i++)
		if (d[i] == '\n' || d[i] == '\r') {
			stop = i;
			break;
		}
	if (stop - s <= limit)
		return para_title(a, s, stop);
	size_t cut = s + limit;
	while (cut > s && d[cut] != ' ')
		cut--;
	if (cut == s) {
		/* no space: back up to a character boundary */
		cut = s + limit;
		while (cut > s && ((unsigned char)d[cut] & 0xc0) == 0x80)
			cut--;
	}
	char *w = para_title(a, s, cut);
	size_t n = strlen(w);
	while (n && (w[n - 1] == ',' || w[n - 1] == ' '))
		n--;
	struct sb b = SB_INIT;
	sb_add(&b, w, n);
	sb_adds(&b, "…");
	free(w);
	return sb_detach(&b);
}

/* Markdown: the words of the first level-1 heading, when only headings
 * (or nothing visible) come before it, its block in *para; else NULL. */
static char *md_heading_title(const struct article *a, size_t *para)
{
	for (size_t i = 0; i < a->md->nblock; i++) {
		const struct md_block *b = &a->md->block[i];
		if (b->kind == MD_HEADING && b->level == 1) {
			char *t = md_visible(a, b->start, b->end, 0);
			if (t[0]) {
				*para = i;
				return t;
			}
			free(t);
			continue;
		}
		if (b->kind != MD_HEADING && b->end > b->start)
			return NULL;
	}
	return NULL;
}

static void choose_title(struct article *a)
{
	a->title_para = SIZE_MAX;
	size_t hp = SIZE_MAX;
	char *heading = a->md ? md_heading_title(a, &hp) : NULL;
	if (a->meta[ART_TITLE] && a->meta[ART_TITLE][0]) {
		/* A first heading that says the title again is the title line. */
		if (heading && strcmp(heading, a->meta[ART_TITLE]) == 0)
			a->title_para = hp;
		free(heading);
		a->title = xstrdup(a->meta[ART_TITLE]);
		a->title_from = ART_TITLE_HEADER;
		return;
	}
	if (heading) {
		a->title = heading;
		a->title_from = ART_TITLE_LINE;
		a->title_para = hp;
		return;
	}
	/* A short first line that stands alone (a blank line follows). */
	if (a->npara > 0 && !(a->flags & ART_LINE_PARAS)) {
		const struct art_para *p = &a->para[0];
		size_t n = p->end - p->start;
		if (n > 0 && n <= 120 && !memchr(a->text + p->start, '\n', n) && a->npara > 1) {
			char *t = para_title(a, p->start, p->end);
			if (t[0]) {
				a->title = t;
				a->title_from = ART_TITLE_LINE;
				a->title_para = 0;
				return;
			}
			free(t);
		}
	}
	char *stem = file_stem(a->path);
	if (stem_has_words(stem) || a->npara == 0) {
		a->title = stem_title(stem);
		a->title_from = ART_TITLE_FILENAME;
	} else {
		a->title = sentence_title(a);
		a->title_from = ART_TITLE_SENTENCE;
	}
	free(stem);
}

static int parse_iso_date(const char *s, char out[11])
{
	if (!s)
		return 0;
	for (int i = 0; i < 10; i++) {
		char c = s[i];
		if (i == 4 || i == 7) {
			if (c != '-')
				return 0;
		} else if (c < '0' || c > '9') {
			return 0;
		}
	}
	if (s[10] >= '0' && s[10] <= '9')
		return 0;
	int mon = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
	if (mon < 1 || mon > 12 || day < 1 || day > 31)
		return 0;
	memcpy(out, s, 10);
	out[10] = '\0';
	return 1;
}

static void choose_date(struct article *a)
{
	a->iso_date[0] = '\0';
	if (parse_iso_date(a->meta[ART_DATE], a->iso_date))
		return;
	const char *b = strrchr(a->path, '/');
	parse_iso_date(b ? b + 1 : a->path, a->iso_date);
}

/* A Markdown article: its front matter (or else gloss's own "Title: ..."
 * lines, as a text article's) fills meta and tags; md4c's model gives the
 * text and one paragraph per block. When md4c fails, a->md stays NULL and
 * the body is read as plain text. */
static void load_markdown(struct article *a)
{
	struct front_matter fm;
	size_t end = fm_parse(a->data, a->len, &fm);
	if (end) {
		a->body = end;
		a->meta[ART_TITLE] = fm.title;
		a->meta[ART_SOURCE] = fm.source;
		a->meta[ART_AUTHOR] = fm.author;
		a->meta[ART_DATE] = fm.date;
		a->tags = fm.tags;
		a->ntags = fm.ntags;
		fm.title = fm.source = fm.author = fm.date = NULL;
		fm.tags = NULL;
		fm.ntags = 0;
	} else {
		parse_header(a);
	}
	fm_free(&fm);
	struct md_doc *md = xmalloc(sizeof *md);
	if (md_doc_parse(a->data, a->len, a->body, md) < 0) {
		md_doc_free(md);
		free(md);
		return;
	}
	a->md = md;
	a->text = md->text;
	a->para = xmalloc((md->nblock ? md->nblock : 1) * sizeof *a->para);
	for (size_t i = 0; i < md->nblock; i++) {
		a->para[i].start = md->block[i].start;
		a->para[i].end = md->block[i].end;
	}
	a->npara = md->nblock;
}

struct article *art_from_buffer(const char *name, char *data, size_t len)
{
	if (art_is_binary(data, len)) {
		err_set(_("%s: binary file, not an article"), name);
		free(data);
		return NULL;
	}
	struct article *a = xcalloc(1, sizeof *a);
	a->path = xstrdup(name);
	a->data = data;
	a->text = data;
	a->len = len;
	a->hash = hash64(data, len);
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		a->flags |= ART_BOM;
		a->body = 3;
	}
	if (memchr(data, '\r', len) && strstr(data, "\r\n"))
		a->flags |= ART_CRLF;
	if (memchr(data, '\0', len))
		a->flags |= ART_NUL;
	if (ustr_invalid_at(data, len) != len)
		a->flags |= ART_INVALID_UTF8;
	if (len > 0 && data[len - 1] != '\n')
		a->flags |= ART_NO_FINAL_NL;
	if (md_is_markdown_path(name))
		load_markdown(a);
	else
		parse_header(a);
	if (!a->md)
		split_paragraphs(a);
	choose_title(a);
	choose_date(a);
	return a;
}

/* Reads up to n bytes at off into buf; returns the count (less at the end
 * of the file) or -1 with errno set. */
static ssize_t read_at(int fd, char *buf, size_t n, off_t off)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = pread(fd, buf + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

struct article *art_load(const char *path)
{
	/* O_NONBLOCK: opening a FIFO or a device must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd < 0) {
		err_set("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	char *data = NULL;
	if (fstat(fd, &st) < 0) {
		err_set("%s: %s", path, strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		err_set(_("%s: is a directory"), path);
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		err_set(_("%s: not a regular file"), path);
		goto fail;
	}
	if (st.st_size > ART_MAX_BYTES) {
		err_set(_("%s: too large for an article (%lld bytes; the limit is %d MiB)"),
			path, (long long)st.st_size, ART_MAX_BYTES >> 20);
		goto fail;
	}
	/* The head first: a binary file is refused without reading the rest
	 * (art_is_binary looks at the first 64 KB only). */
	size_t size = (size_t)st.st_size, head = size < 65536 ? size : 65536;
	data = xmalloc(head + 1);
	ssize_t n = read_at(fd, data, head, 0);
	if (n < 0) {
		err_set("%s: %s", path, strerror(errno));
		goto fail;
	}
	if (art_is_binary(data, (size_t)n)) {
		err_set(_("%s: binary file, not an article"), path);
		goto fail;
	}
	if ((size_t)n == head && size > head) {
		data = xrealloc(data, size + 1);
		ssize_t m = read_at(fd, data + head, size - head, (off_t)head);
		if (m < 0) {
			err_set("%s: %s", path, strerror(errno));
			goto fail;
		}
		n += m;
	}
	close(fd);
	data[n] = '\0';
	return art_from_buffer(path, data, (size_t)n);
fail:
	free(data);
	close(fd);
	return NULL;
}

void art_free(struct article **pa)
{
	struct article *a = *pa;
	if (!a)
		return;
	free(a->path);
	free(a->data);
	for (int i = 0; i < ART_META_N; i++)
		free(a->meta[i]);
	free(a->title);
	free(a->para);
	if (a->md) {
		md_doc_free(a->md);
		free(a->md);
	}
	strv_free(a->tags, a->ntags);
	free(a);
	*pa = NULL;
}

const char *art_date(const struct article *a)
{
	return a->iso_date[0] ? a->iso_date : NULL;
}
