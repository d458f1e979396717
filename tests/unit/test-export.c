/* test-export.c -- the five export writers (src/core/export*.c) on notes
 * made up in memory, hostile text included, and the JSON reader on what
 * the JSON writer wrote. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"
#include "tap.h"

static struct store_note note(int64_t id, int64_t art, const char *quote, const char *body, const char *tags, int orphan)
{
	struct store_note n = { 0 };
	n.id = id;
	n.article_id = art;
	n.start = 100;
	n.end = 100 + strlen(quote);
	n.quote = xstrdup(quote);
	n.prefix = xstrdup("before <b>&amp; ");
	n.suffix = xstrdup(" after\n");
	memcpy(n.hash, "0123456789abcdef", 17);
	n.body = xstrdup(body);
	n.orphan = orphan;
	n.created_at = xstrdup("2026-01-02T03:04:05Z");
	n.updated_at = xstrdup("2026-01-02T03:04:06Z");
	n.tags = xstrdup(tags);
	n.path = xstrdup(art == 1 ? "dir/a b%.txt" : "b.txt");
	n.title = xstrdup(art == 1 ? "<script>alert(1)</script> & \x1b[31mred" : "Second");
	n.source = xstrdup(art == 1 ? "javascript:alert(1)" : "https://example.org/x?a=1&b=2");
	n.date = xstrdup("2024-01-11");
	n.present = 1;
	return n;
}

int main(void)
{
	struct store_note n[4] = {
		note(1, 1, "Secretary \"Blinken\", said:\n* not a heading", "A *note*\nwith two lines", "korea,us alliance", 0),
		note(2, 1, "=SUM(A1)", "-1 is negative", "", 0),
		note(3, 1, "gone passage", "", "x", 1),
		note(4, 2, "Séoul <tag>", "", "", 0),
	};
	struct export_note v[4];
	for (int i = 0; i < 4; i++) {
		v[i].n = &n[i];
		v[i].cp_start = 90;
		v[i].cp_end = 90 + 5;
	}
	v[2].cp_start = v[2].cp_end = -1;
	struct export_set set = { v, 4, "lib", "2026-01-02T00:00:00Z" };

	is_int(export_format_parse("MD"), EXPORT_MD, "format md");
	is_int(export_format_parse("markdown"), EXPORT_MD, "format markdown");
	int json = export_format_parse("json"), csv = export_format_parse("CSV"),
	    html = export_format_parse("html"), org = export_format_parse("org");
	ok(json > 0 && csv > 0 && html > 0 && org > 0, "format json, csv, html, org");
	is_int(export_format_parse("pdf"), -1, "unknown format");
	is_str(export_format_name((enum export_format)org), "org", "name of org");
	is_str(export_format_ext((enum export_format)html), "html", "extension of html");
	char *names = export_format_names("|");
	is_str(names, "md|json|csv|html|org", "names in table order");
	free(names);
	int nrows = 0;
	for (const struct export_fmt *row; (row = export_format_row((enum export_format)nrows)); nrows++)
		ok(row->name && row->ext && row->desc && row->write, "a complete row");
	is_int(nrows, 5, "five rows");
	ok(export_format_row((enum export_format)-1) == NULL, "no row before the first");
	struct sb past = SB_INIT;
	is_int(export_write((enum export_format)nrows, NULL, &past), -1, "writing past the last row is an error");
	sb_release(&past);
	is_int(export_group(&set, 0), 3, "group of the first article");
	is_int(export_group(&set, 3), 1, "group of the second");

	struct sb b = SB_INIT;
	export_write(EXPORT_MD, &set, &b);
	ok(strstr(b.s, "# \\<script\\>alert(1)\\</script\\>") != NULL, "md: title escaped");
	ok(strstr(b.s, "> Secretary \"Blinken\", said:\n> \\* not a heading") != NULL, "md: quote as blockquote, escaped");
	ok(strstr(b.s, "#korea #us_alliance") != NULL, "md: #tags");
	ok(strstr(b.s, "## Orphaned notes") != NULL, "md: orphans section");
	ok(strstr(b.s, "<https://example.org/x?a=1&b=2>") != NULL, "md: web source as link");
	ok(strstr(b.s, "<javascript") == NULL, "md: no javascript link");

	sb_reset(&b);
	export_write((enum export_format)html, &set, &b);
	ok(strstr(b.s, "<script>") == NULL, "html: no script tag");
	ok(strstr(b.s, "&lt;script&gt;") != NULL, "html: escaped");
	ok(strstr(b.s, "\x1b") == NULL, "html: no raw escape character");
	ok(strstr(b.s, "href=\"javascript") == NULL, "html: no javascript: link");
	ok(strstr(b.s, "href=\"https://example.org/x?a=1&amp;b=2\"") != NULL, "html: web link escaped");
	ok(strstr(b.s, "<span class=\"hl\">S\xC3\xA9oul &lt;tag&gt;</span>") != NULL, "html: passage marked");
	ok(strstr(b.s, "Content-Security-Policy") != NULL, "html: CSP");

	sb_reset(&b);
	export_write((enum export_format)csv, &set, &b);
	ok(strncmp(b.s, "id,file,title,", 14) == 0, "csv: header");
	ok(strstr(b.s, "\"Secretary \"\"Blinken\"\", said:\n* not a heading\"") != NULL, "csv: quotes doubled, newline kept");
	ok(strstr(b.s, "\"'=SUM(A1)\"") != NULL, "csv: formula neutralised");
	ok(strstr(b.s, "\"'-1 is negative\"") != NULL, "csv: leading minus neutralised");
	ok(strstr(b.s, "\r\n") != NULL, "csv: CRLF");

	sb_reset(&b);
	export_write((enum export_format)org, &set, &b);
	ok(strstr(b.s, "\n,* not a heading\n") != NULL, "org: star line escaped in the block");
	ok(strstr(b.s, ":korea:us_alliance:") != NULL, "org: tags");
	ok(strstr(b.s, "** Orphaned notes") != NULL, "org: orphans section");

	sb_reset(&b);
	export_write((enum export_format)json, &set, &b);
	ok(strstr(b.s, "\"@context\": \"http://www.w3.org/ns/anno.jsonld\"") != NULL, "json: context");
	ok(strstr(b.s, "\"source\": \"dir/a%20b%25.txt\"") != NULL, "json: source percent-encoded");
	struct export_items items = { 0 };
	ok(export_json_read(b.s, b.len, &items) == 0, "json: reads back");
	is_int(items.n, 4, "json: four annotations");
	if (items.n == 4) {
		struct store_note *r = &items.v[0].n;
		is_str(r->path, "dir/a b%.txt", "json: path decoded");
		is_str(r->quote, n[0].quote, "json: quote");
		is_str(r->prefix, n[0].prefix, "json: prefix");
		is_str(r->suffix, n[0].suffix, "json: suffix");
		is_str(r->body, n[0].body, "json: body");
		is_str(r->tags, "korea,us alliance", "json: tags");
		is_str(r->created_at, n[0].created_at, "json: created");
		is_str(r->updated_at, n[0].updated_at, "json: modified");
		ok(r->id == 1 && r->start == 100 && items.v[0].has_range && strcmp(r->hash, n[0].hash) == 0, "json: gloss state");
		ok(items.v[2].n.orphan && items.v[2].cp_start == -1, "json: orphan without position");
		ok(items.v[0].cp_start == 90, "json: TextPositionSelector");
	}
	export_items_clear(&items);
	ok(export_json_read("{\"type\":\"Annotation\"}", 21, &items) < 0, "json: annotation without target refused");
	export_items_clear(&items);
	ok(export_json_read("[1]", 3, &items) < 0, "json: not annotations refused");
	export_items_clear(&items);
	const char *hyp = "{\"type\":\"Annotation\",\"body\":\"plain\",\"target\":{\"source\":\"x.txt\","
			  "\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"abc\"}}}";
	ok(export_json_read(hyp, strlen(hyp), &items) == 0 && items.n == 1 && !items.v[0].has_range &&
	   strcmp(items.v[0].n.body, "plain") == 0, "json: another tool's minimal annotation");
	export_items_clear(&items);

	sb_reset(&b);
	struct export_set none = { v, 0, "lib", "now" };
	export_write((enum export_format)json, &none, &b);
	ok(export_json_read(b.s, b.len, &items) == 0 && items.n == 0, "json: empty export reads back");
	export_items_clear(&items);
	sb_release(&b);
	for (int i = 0; i < 4; i++)
		store_note_clear(&n[i]);
	return done_testing();
}
