/* show.c -- an article as text, with its highlights in colour (show.h). */
#include "system.h"

#include <stdio.h>
#include <string.h>

#include "article.h"
#include "cli.h"
#include "core.h"
#include "hl.h"
#include "markdown.h"
#include "ops.h"
#include "sanitize.h"
#include "show.h"

/* SGR per type, the same hues as the interface's default theme. */
static const char *const sgr[HL_NTYPES] = {
	[HL_PERSON] = "\033[1;33m",
	[HL_PLACE] = "\033[32m",
	[HL_DATE] = "\033[35m",
};
static const char sgr_off[] = "\033[0m";

/* Writes untrusted bytes: through the sanitizer when the output is meant
 * for a terminal (colour, whether or not it is piped to a pager that
 * passes escapes on, as less -R does), else as cli_put() decides (the
 * file's bytes when piped). */
static void put(FILE *out, const char *s, size_t n, int term)
{
	if (!term) {
		cli_put(out, s, n);
		return;
	}
	struct sb b = SB_INIT;
	san_append(&b, s, n, SAN_KEEP_NEWLINE | SAN_KEEP_TAB);
	fwrite(b.s, 1, b.len, out);
	sb_release(&b);
}

static void meta_line(FILE *out, const char *label, const char *v, int term)
{
	if (!v)
		return;
	struct sb b = SB_INIT;
	sb_addf(&b, "%s: %s\n", label, v);
	put(out, b.s, b.len, term);
	sb_release(&b);
}

/* Prints n bytes of the article from s: the file's bytes, or for Markdown
 * the visible ones (markup left out, entities decoded). */
static void put_text(FILE *out, const struct article *a, size_t s, size_t n, int term)
{
	if (!a->md) {
		put(out, a->data + s, n, term);
		return;
	}
	struct sb b = SB_INIT;
	for (size_t i = s; i < s + n; i++)
		if (!md_hidden(a->md, i))
			sb_addc(&b, a->text[i]);
	put(out, b.s, b.len, term);
	sb_release(&b);
}

/* Prints bytes [s, e) of the article, colouring the spans that fall in it.
 * *k is the first span not yet passed. */
static void put_range(FILE *out, const struct article *a, size_t s, size_t e,
		      const struct hl_spans *sp, size_t *k, int term)
{
	size_t p = s;
	while (*k < sp->n && sp->v[*k].end <= s)
		(*k)++;
	for (size_t i = *k; i < sp->n && sp->v[i].start < e; i++) {
		const struct hl_span *h = &sp->v[i];
		size_t hs = h->start < p ? p : h->start, he = h->end > e ? e : h->end;
		if (hs >= he)
			continue;
		put_text(out, a, p, hs - p, term);
		fputs(sgr[h->type], out);
		put_text(out, a, hs, he - hs, term);
		fputs(sgr_off, out);
		p = he;
	}
	put_text(out, a, p, e - p, term);
}

/* A Markdown block as plain lines: list items indented under a bullet or
 * their number, quotes indented, a rule as a short line, a table row as
 * its cells between bars. */
static void put_block(FILE *out, const struct article *a, size_t i,
		      const struct hl_spans *sp, size_t *k, int term)
{
	const struct md_block *b = &a->md->block[i];
	for (int q = 0; q < b->quote_depth; q++)
		fputs("  ", out);
	for (int l = 1; l < b->list_depth; l++)
		fputs("  ", out);
	if (b->list_depth) {
		if (b->item_first && b->ordinal)
			fprintf(out, "%u. ", b->ordinal);
		else if (b->item_first)
			fputs("\u2022 ", out);
		else
			fputs("  ", out);
	}
	if (b->kind == MD_RULE) {
		fputs("\u2014\u2014\u2014", out);
	} else if (b->kind == MD_TABLE_ROW) {
		for (size_t c = b->cell0; c < b->cell0 + b->ncell; c++) {
			fputs(c == b->cell0 ? "| " : " | ", out);
			put_range(out, a, a->md->cell[c].start, a->md->cell[c].end, sp, k, term);
		}
		fputs(" |", out);
	} else {
		put_range(out, a, b->start, b->end, sp, k, term);
	}
}

void show_article(FILE *out, const struct article *a, const struct hl_engine *e)
{
	struct hl_spans sp = { 0 };
	if (e) {
		struct hl_doc doc = {
			.text = a->text + a->body,
			.len = a->len - a->body,
			.base = a->body,
			.date = art_date(a),
		};
		struct store_passage_list fix = { 0 };
		struct ops_sidecars *dbs = ops_sidecars_new();
		if (hl_run(e, &doc, &sp) < 0)
			hl_spans_clear(&sp);
		else if (ops_passages_for_file(dbs, a->path, cli_opt.db, a->data, a->len, &fix) == 0)
			ops_passages_apply(&fix, a->text, a->body, a->len, &sp);   /* one mention's corrections */
		hl_spans_keep_shown(&sp, 0, 0);   /* "now", "today": not highlighted */
		ops_passage_list_clear(&fix);
		ops_sidecars_free(&dbs);
	}
	int term = e != NULL;   /* colour means a terminal */
	put(out, a->title, strlen(a->title), term);
	fputs("\n", out);
	meta_line(out, _("Source"), a->meta[ART_SOURCE], term);
	meta_line(out, _("Date"), a->meta[ART_DATE], term);
	meta_line(out, _("Author"), a->meta[ART_AUTHOR], term);
	meta_line(out, _("License"), a->meta[ART_LICENSE], term);
	if (e)
		fprintf(out, "%s%s%s %s%s%s %s%s%s\n", sgr[HL_PERSON], _("person"), sgr_off,
			sgr[HL_PLACE], _("place"), sgr_off, sgr[HL_DATE], _("date"), sgr_off);
	size_t k = 0;
	for (size_t i = 0; i < a->npara; i++) {
		if (i == a->title_para)
			continue;
		fputs("\n", out);
		if (a->md)
			put_block(out, a, i, &sp, &k, term);
		else
			put_range(out, a, a->para[i].start, a->para[i].end, &sp, &k, term);
		fputs("\n", out);
	}
	hl_spans_clear(&sp);
}
