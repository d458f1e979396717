/* fuzz-markdown.c -- libFuzzer target: any bytes as a Markdown article.
 *
 * Reads the front matter (fm_parse) and the body (md_doc_parse), then
 * checks the model: the text as long as the file; a hidden byte is always
 * a blank; a visible byte is the file's own, or part of a decoded entity;
 * the front matter all hidden; blocks, cells, styles and links inside the
 * file and in order. Then loads the bytes as a .md article (art_from_buffer)
 * and checks its paragraphs. Build with ./configure --enable-fuzzing
 * CC=clang, run: tests/fuzz/fuzz-markdown -dict=tests/fuzz/markdown.dict */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "core.h"
#include "frontmatter.h"
#include "markdown.h"
#include "sanitize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_doc(const char *s, size_t n, size_t body, const struct md_doc *d)
{
	if (d->len != n || d->body != body || d->text[n] != '\0')
		abort();
	for (size_t i = 0; i < n; i++) {
		if (md_hidden(d, i)) {
			if (d->text[i] != ' ')
				abort();
		} else if (i < body) {
			abort();   /* the front matter is never drawn */
		} else if (d->text[i] != s[i]) {
			/* a decoded entity: an '&' at most 64 bytes back */
			size_t j = i;
			while (j > body && i - j < 64 && s[j] != '&')
				j--;
			if (s[j] != '&')
				abort();
		}
	}
	size_t prev = body;
	for (size_t i = 0; i < d->nblock; i++) {
		const struct md_block *b = &d->block[i];
		if (b->start < prev || b->start > b->end || b->end > n)
			abort();
		if (b->kind == MD_TABLE_ROW && (b->cell0 > d->ncell || b->ncell > d->ncell - b->cell0))
			abort();
		if (b->kind == MD_HEADING && (b->level < 1 || b->level > 6))
			abort();
		prev = b->start;
	}
	for (size_t i = 0; i < d->ncell; i++)
		if (d->cell[i].start > d->cell[i].end || d->cell[i].end > n)
			abort();
	prev = body;
	for (size_t i = 0; i < d->nstyle; i++) {
		const struct md_style *st = &d->style[i];
		if (st->start < prev || st->start > st->end || st->end > n || !st->attr)
			abort();
		if (st->link < -1 || st->link >= (long)d->nlink)
			abort();
		if ((st->attr & (MD_LINK | MD_IMAGE)) ? st->link < 0 : st->link != -1)
			abort();
		prev = st->end;
	}
	prev = body;
	for (size_t i = 0; i < d->nlink; i++) {
		const struct md_link *l = &d->link[i];
		if (l->start < prev || l->start > l->end || l->end > n || !l->url)
			abort();
		prev = l->start;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct front_matter fm;
	size_t body = fm_parse(s, size, &fm);
	if (body > size)
		abort();
	for (size_t i = 0; i < fm.ntags; i++)
		if (!fm.tags[i] || !fm.tags[i][0])
			abort();
	fm_free(&fm);
	struct md_doc d;
	if (md_doc_parse(s, size, body, &d) == 0)
		check_doc(s, size, body, &d);
	md_doc_free(&d);

	char *copy = xmalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	struct article *a = art_from_buffer("fuzz.md", copy, size);
	if (!a)
		return 0;
	if (a->body > a->len || (a->md && a->text != a->md->text))
		abort();
	for (size_t i = 0; i < a->npara; i++)
		if (a->para[i].start > a->para[i].end || a->para[i].end > a->len)
			abort();
	if (a->title_para != SIZE_MAX && a->title_para >= a->npara)
		abort();
	char *t = san_str(a->title, 0);
	free(t);
	art_free(&a);
	return 0;
}
