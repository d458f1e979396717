/* export.c -- the table of formats and what the writers share.
 *
 * The writers (export-md.c, export-json.c, export-csv.c, export-html.c,
 * export-org.c), one per row of formats[], each turn one export_set into
 * bytes. They never read files
 * or the sidecar, so they can be tested on notes made up in memory, and
 * never fail: whatever the notes hold is escaped for the format, and
 * export_write() passes what a row's writer wrote through the sanitizer
 * with the row's flags. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "export.h"
#include "sanitize.h"
#include "store-notes.h"

/* The formats, in the order help lists them; the first is the default. */
static const struct export_fmt formats[] = {
	{ "md", "markdown", "md", N_("Markdown: a heading per article, each note a quote"), export_md, SAN_FILE },
	{ "json", NULL, "json", N_("W3C Web Annotations, read back by import-notes"), export_json, 0 },
	{ "csv", NULL, "csv", N_("CSV (RFC 4180), one row per note"), export_csv, SAN_FILE | SAN_KEEP_CRLF },
	{ "html", NULL, "html", N_("one self-contained HTML page"), export_html, SAN_FILE },
	{ "org", NULL, "org", N_("Org mode: a heading per article, one per note"), export_org, SAN_FILE },
};
#define NFORMATS (sizeof formats / sizeof formats[0])

const struct export_fmt *export_format_row(enum export_format f)
{
	return (size_t)f < NFORMATS ? &formats[f] : NULL;
}

int export_format_parse(const char *name)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (ascii_casecmp(name, formats[i].name) == 0
		    || (formats[i].alias && ascii_casecmp(name, formats[i].alias) == 0))
			return (int)i;
	return -1;
}

const char *export_format_name(enum export_format f)
{
	const struct export_fmt *row = export_format_row(f);
	return row ? row->name : "?";
}

const char *export_format_ext(enum export_format f)
{
	const struct export_fmt *row = export_format_row(f);
	return row ? row->ext : "txt";
}

char *export_format_names(const char *sep)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; i < NFORMATS; i++)
		sb_addf(&b, "%s%s", i ? sep : "", formats[i].name);
	return sb_detach(&b);
}

int export_write(enum export_format f, const struct export_set *set, struct sb *out)
{
	const struct export_fmt *row = export_format_row(f);
	if (!row)
		return err_set(_("unknown export format"));
	if (!row->san) {
		row->write(set, out);
		return 0;
	}
	struct sb raw = SB_INIT;
	row->write(set, &raw);
	san_append(out, raw.s, raw.len, row->san);
	sb_release(&raw);
	return 0;
}

void export_each_tag(const char *tags, void (*fn)(const char *tag, size_t n, void *ctx), void *ctx)
{
	for (const char *t = tags ? tags : ""; *t;) {
		const char *e = strchr(t, ',');
		size_t n = e ? (size_t)(e - t) : strlen(t);
		if (n)
			fn(t, n, ctx);
		t += n + (e ? 1 : 0);
	}
}

size_t export_group(const struct export_set *set, size_t i)
{
	size_t j = i;
	while (j < set->n && set->v[j].n->article_id == set->v[i].n->article_id)
		j++;
	return j - i;
}
