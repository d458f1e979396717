/* export.c -- choosing a format and what the writers share.
 *
 * The writers (export-md.c, export-json.c, export-csv.c, export-html.c,
 * export-org.c) each turn one export_set into bytes. They never read files
 * or the sidecar, so they can be tested on notes made up in memory, and
 * never fail: whatever the notes hold is escaped for the format. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"

static const struct {
	const char *name, *ext;
} formats[EXPORT_NFORMATS] = {
	[EXPORT_MD] = { "md", "md" },
	[EXPORT_JSON] = { "json", "json" },
	[EXPORT_CSV] = { "csv", "csv" },
	[EXPORT_HTML] = { "html", "html" },
	[EXPORT_ORG] = { "org", "org" },
};

int export_format_parse(const char *name)
{
	if (ascii_casecmp(name, "markdown") == 0)
		return EXPORT_MD;
	for (int i = 0; i < EXPORT_NFORMATS; i++)
		if (ascii_casecmp(name, formats[i].name) == 0)
			return i;
	return -1;
}

const char *export_format_name(enum export_format f)
{
	return (unsigned)f < EXPORT_NFORMATS ? formats[f].name : "?";
}

const char *export_format_ext(enum export_format f)
{
	return (unsigned)f < EXPORT_NFORMATS ? formats[f].ext : "txt";
}

int export_write(enum export_format f, const struct export_set *set, struct sb *out)
{
	switch (f) {
	case EXPORT_MD: export_md(set, out); break;
	case EXPORT_JSON: export_json(set, out); break;
	case EXPORT_CSV: export_csv(set, out); break;
	case EXPORT_HTML: export_html(set, out); break;
	case EXPORT_ORG: export_org(set, out); break;
	default: return err_set(_("unknown export format"));
	}
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
