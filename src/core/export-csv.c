/* export-csv.c -- notes as CSV (RFC 4180): a header row, one row per
 * note, CRLF line ends, every field quoted.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a
 * formula (CSV injection), so such text fields get a leading apostrophe,
 * as OWASP recommends: the export is for reading, JSON is for round trips. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"

static void field(struct sb *b, const char *s, int text, int last)
{
	sb_addc(b, '"');
	if (text && s && strchr("=+-@\t\r", s[0]) && s[0])
		sb_addc(b, '\'');
	for (const char *p = s ? s : ""; *p; p++) {
		if (*p == '"')
			sb_addc(b, '"');
		sb_addc(b, *p);
	}
	sb_addc(b, '"');
	sb_adds(b, last ? "\r\n" : ",");
}

static void num(struct sb *b, long long v)
{
	sb_addf(b, "%lld,", v);
}

void export_csv(const struct export_set *set, struct sb *out)
{
	sb_adds(out, "id,file,title,date,source,start,end,quote,note,tags,orphan,created,modified\r\n");
	for (size_t i = 0; i < set->n; i++) {
		const struct store_note *n = set->v[i].n;
		num(out, (long long)n->id);
		field(out, n->path, 1, 0);
		field(out, n->title, 1, 0);
		field(out, n->date, 1, 0);
		field(out, n->source, 1, 0);
		num(out, (long long)n->start);
		num(out, (long long)n->end);
		field(out, n->quote, 1, 0);
		field(out, n->body, 1, 0);
		field(out, n->tags, 1, 0);
		sb_adds(out, n->orphan ? "1," : "0,");
		field(out, n->created_at, 0, 0);
		field(out, n->updated_at, 0, 1);
	}
}
