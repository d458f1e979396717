/* export-org.c -- notes as an Org mode outline.
 *
 * A heading per article (title, with a property drawer for source, date
 * and file), a subheading per note with its tags as Org tags, the passage
 * in a quote block and the note below. Text from the article never makes
 * structure: headline text loses its line ends, and lines inside blocks
 * that Org would read as headings or keywords are comma-escaped. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"

/* One line of heading or property text. */
static void org_line(struct sb *b, const char *s)
{
	for (const char *p = s ? s : ""; *p; p++)
		sb_addc(b, *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* A block body: "*" at a line start and "#+" lines are escaped with a
 * comma, as Org itself does. */
static void org_block(struct sb *b, const char *s)
{
	int bol = 1;
	for (const char *p = s; *p; p++) {
		if (bol && (*p == '*' || (*p == '#' && p[1] == '+') || *p == ','))
			sb_addc(b, ',');
		if (*p != '\r')
			sb_addc(b, *p);
		bol = *p == '\n';
	}
	if (b->len && b->s[b->len - 1] != '\n')
		sb_addc(b, '\n');
}

static void org_tag(const char *t, size_t n, void *ctx)
{
	struct sb *b = ctx;
	/* Org tags: letters, digits, _ @ # % */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		int ok = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			 c == '_' || c == '@' || c == '#' || c == '%';
		sb_addc(b, ok ? c : '_');
	}
	sb_addc(b, ':');
}

static void org_note(struct sb *b, const struct store_note *n, int level)
{
	sb_addf(b, "%.*s ", level, "****");
	if (n->orphan)
		sb_adds(b, _("(orphan) "));
	/* the heading: the start of the quote */
	size_t len = strlen(n->quote), cut = len > 60 ? 60 : len;
	while (cut < len && ((unsigned char)n->quote[cut] & 0xC0) == 0x80)
		cut++;
	char *head = xstrndup(n->quote, cut);
	org_line(b, head);
	free(head);
	if (cut < len)
		sb_adds(b, "…");
	if (n->tags[0]) {
		sb_adds(b, " :");
		export_each_tag(n->tags, org_tag, b);
	}
	sb_adds(b, "\n:PROPERTIES:\n");
	sb_addf(b, ":ID: gloss-note-%lld\n:GLOSS_RANGE: %zu-%zu\n:CREATED: ", (long long)n->id, n->start, n->end);
	org_line(b, n->created_at);
	sb_adds(b, "\n:END:\n#+begin_quote\n");
	org_block(b, n->quote);
	sb_adds(b, "#+end_quote\n");
	if (n->body[0])
		org_block(b, n->body);
	sb_addc(b, '\n');
}

void export_org(const struct export_set *set, struct sb *out)
{
	sb_adds(out, "#+TITLE: ");
	org_line(out, set->library);
	sb_adds(out, "\n\n");
	for (size_t i = 0; i < set->n;) {
		size_t g = export_group(set, i);
		const struct store_note *a = set->v[i].n;
		sb_adds(out, "* ");
		org_line(out, a->title[0] ? a->title : a->path);
		sb_adds(out, "\n:PROPERTIES:\n");
		if (a->source && a->source[0]) {
			sb_adds(out, ":SOURCE: ");
			org_line(out, a->source);
			sb_addc(out, '\n');
		}
		if (a->date && a->date[0]) {
			sb_adds(out, ":DATE: ");
			org_line(out, a->date);
			sb_addc(out, '\n');
		}
		sb_adds(out, ":FILE: ");
		org_line(out, a->path);
		sb_adds(out, "\n:END:\n\n");
		int orphans = 0;
		for (size_t j = i; j < i + g; j++) {
			const struct store_note *n = set->v[j].n;
			if (n->orphan && !orphans) {
				orphans = 1;
				sb_adds(out, "** ");
				sb_adds(out, _("Orphaned notes"));
				sb_adds(out, "\n");
			}
			org_note(out, n, n->orphan ? 3 : 2);
		}
		i += g;
	}
}
