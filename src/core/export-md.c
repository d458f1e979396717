/* export-md.c -- notes as Markdown (Obsidian-friendly).
 *
 * Per article a heading with the title, then source, date and file; each
 * note a blockquote of the passage, the note below, then its tags as
 * #tags; orphans in their own section. Article text is escaped so that it
 * reads as text, never as Markdown structure, links or HTML; the note
 * itself is Markdown by contract and is written as the user wrote it. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"

/* Inline text (a title, a quote line): Markdown punctuation is escaped and
 * line ends become spaces. */
static void md_text(struct sb *b, const char *s, size_t n, int line_start)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\r' || c == '\n') {
			sb_addc(b, ' ');
			continue;
		}
		if (strchr("\\`*_[]<>#|~!{}", c) ||
		    (line_start && (c == '-' || c == '+' || c == '=')))
			sb_addc(b, '\\');
		sb_addc(b, c);
		/* "1." at the start of a line would start a list */
		if (line_start && c >= '0' && c <= '9') {
			size_t j = i;
			while (j < n && s[j] >= '0' && s[j] <= '9')
				j++;
			if (j < n && (s[j] == '.' || s[j] == ')')) {
				sb_add(b, s + i + 1, j - i - 1);
				sb_addc(b, '\\');
				sb_addc(b, s[j]);
				i = j;
			}
		}
		line_start = line_start && (c == ' ' || c == '\t');
	}
}

/* The passage as a blockquote, line by line. */
static void md_quote(struct sb *b, const char *q)
{
	const char *p = q;
	for (;;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n && p[n - 1] == '\r')
			n--;
		sb_adds(b, n ? "> " : ">");
		md_text(b, p, n, 1);
		sb_addc(b, '\n');
		if (!e)
			break;
		p = e + 1;
	}
}

static void md_tag(const char *t, size_t n, void *ctx)
{
	struct sb *b = ctx;
	if (b->len && b->s[b->len - 1] != '\n')
		sb_addc(b, ' ');
	sb_addc(b, '#');
	/* Obsidian tags: letters, digits, _ - / and no spaces */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		int ok = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			 c == '_' || c == '-' || c == '/';
		sb_addc(b, ok ? c : '_');
	}
}

static int is_web_url(const char *s)
{
	if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
		return 0;
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' || *p == 0x7f)
			return 0;
	return 1;
}

static void md_note(struct sb *b, const struct store_note *n)
{
	md_quote(b, n->quote);
	sb_addc(b, '\n');
	if (n->body[0]) {
		sb_adds(b, n->body);
		if (n->body[strlen(n->body) - 1] != '\n')
			sb_addc(b, '\n');
		sb_addc(b, '\n');
	}
	if (n->tags[0]) {
		size_t before = b->len;
		export_each_tag(n->tags, md_tag, b);
		if (b->len > before)
			sb_adds(b, "\n\n");
	}
}

void export_md(const struct export_set *set, struct sb *out)
{
	for (size_t i = 0; i < set->n;) {
		size_t g = export_group(set, i);
		const struct store_note *a = set->v[i].n;
		sb_adds(out, "# ");
		md_text(out, a->title[0] ? a->title : a->path, strlen(a->title[0] ? a->title : a->path), 0);
		sb_adds(out, "\n\n");
		if (a->source && a->source[0]) {
			sb_adds(out, "- Source: ");
			if (is_web_url(a->source))
				sb_addf(out, "<%s>", a->source);
			else
				md_text(out, a->source, strlen(a->source), 0);
			sb_addc(out, '\n');
		}
		if (a->date && a->date[0]) {
			sb_adds(out, "- Date: ");
			md_text(out, a->date, strlen(a->date), 0);
			sb_addc(out, '\n');
		}
		sb_adds(out, "- File: ");
		md_text(out, a->path, strlen(a->path), 0);
		sb_adds(out, "\n\n");
		int orphans = 0;
		for (size_t j = i; j < i + g; j++) {
			const struct store_note *n = set->v[j].n;
			if (n->orphan && !orphans) {
				orphans = 1;
				sb_adds(out, _("## Orphaned notes"));
				sb_adds(out, "\n\n");
				sb_adds(out, _("The passages of these notes are no longer in the article."));
				sb_adds(out, "\n\n");
			}
			md_note(out, n);
		}
		i += g;
	}
}
