/* export-html.c -- notes as one self-contained HTML page.
 *
 * Inline CSS, no script, no external resource, and a Content-Security-Policy
 * that forbids both, so the page is safe to open even if some text slipped
 * through. Everything from an article or a note is HTML-escaped; a source
 * becomes a link only when it is an http(s) URL. Each note shows its
 * passage highlighted between its context, then the note (as
 * preformatted text: it is Markdown, not HTML) and its tags. Only HTML 4
 * elements, so that every HTML parser (libxml2's included) reads it. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"
#include "store-notes.h"
#include "ustr.h"

static void esc(struct sb *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		int k = ustr_decode(s + i, n - i, &cp);
		if (cp < 0) {
			sb_adds(b, "\xEF\xBF\xBD");   /* the page says UTF-8: keep it so */
		} else if (cp == '&') {
			sb_adds(b, "&amp;");
		} else if (cp == '<') {
			sb_adds(b, "&lt;");
		} else if (cp == '>') {
			sb_adds(b, "&gt;");
		} else if (cp == '"') {
			sb_adds(b, "&quot;");
		} else if (cp == '\'') {
			sb_adds(b, "&#39;");
		} else if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
			sb_addf(b, "&#xFFFD;");       /* not allowed in HTML text */
		} else {
			sb_add(b, s + i, (size_t)k);
		}
		i += (size_t)k;
	}
}

static int is_web_url(const char *s)
{
	if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
		return 0;
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return 0;
	return 1;
}

static void html_tag(const char *t, size_t n, void *ctx)
{
	struct sb *b = ctx;
	char *tag = xstrndup(t, n);
	sb_adds(b, "<span class=\"tag\">#");
	esc(b, tag);
	sb_adds(b, "</span> ");
	free(tag);
}

static void html_note(struct sb *b, const struct store_note *n)
{
	sb_addf(b, "<div class=\"note%s\" id=\"note-%lld\">\n<blockquote>", n->orphan ? " orphan" : "",
		(long long)n->id);
	sb_adds(b, "<span class=\"ctx\">");
	esc(b, n->prefix);
	sb_adds(b, "</span><span class=\"hl\">");
	esc(b, n->quote);
	sb_adds(b, "</span><span class=\"ctx\">");
	esc(b, n->suffix);
	sb_adds(b, "</span></blockquote>\n");
	if (n->body[0]) {
		sb_adds(b, "<div class=\"body\">");
		esc(b, n->body);
		sb_adds(b, "</div>\n");
	}
	if (n->tags[0]) {
		sb_adds(b, "<p class=\"tags\">");
		export_each_tag(n->tags, html_tag, b);
		sb_adds(b, "</p>\n");
	}
	sb_addf(b, "<p class=\"meta\">note %lld · ", (long long)n->id);
	esc(b, n->created_at);
	sb_adds(b, "</p>\n</div>\n");
}

void export_html(const struct export_set *set, struct sb *out)
{
	sb_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
		     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	sb_adds(out, "gloss notes: ");
	esc(out, set->library);
	sb_adds(out, "</title>\n<style>\n"
		     "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}\n"
		     "h1{font-size:1.3em;border-bottom:1px solid #ccc}h2{font-size:1.05em;color:#555}\n"
		     "blockquote{margin:1em 0;padding:.3em 1em;border-left:4px solid #e0c040;background:#fafaf5}\n"
		     ".ctx{color:#888}.hl{background:#fff3a0;padding:0 .1em}\n"
		     ".body{white-space:pre-wrap}.tag{color:#2a6;font-size:.9em}.meta{color:#999;font-size:.8em}\n"
		     ".orphan blockquote{border-left-color:#c44}\n"
		     "</style>\n</head>\n<body>\n<div class=\"head\"><p>");
	sb_addf(out, "%zu ", set->n);
	sb_adds(out, set->n == 1 ? "note" : "notes");
	sb_adds(out, " · ");
	esc(out, set->generated);
	sb_adds(out, "</p></div>\n");
	for (size_t i = 0; i < set->n;) {
		size_t g = export_group(set, i);
		const struct store_note *a = set->v[i].n;
		sb_adds(out, "<div class=\"article\">\n<h1>");
		esc(out, a->title[0] ? a->title : a->path);
		sb_adds(out, "</h1>\n<p class=\"meta\">");
		if (a->source && a->source[0]) {
			if (is_web_url(a->source)) {
				sb_adds(out, "<a href=\"");
				esc(out, a->source);
				sb_adds(out, "\">");
				esc(out, a->source);
				sb_adds(out, "</a>");
			} else {
				esc(out, a->source);
			}
			sb_adds(out, " · ");
		}
		if (a->date && a->date[0]) {
			esc(out, a->date);
			sb_adds(out, " · ");
		}
		esc(out, a->path);
		sb_adds(out, "</p>\n");
		int orphans = 0;
		for (size_t j = i; j < i + g; j++) {
			const struct store_note *n = set->v[j].n;
			if (n->orphan && !orphans) {
				orphans = 1;
				sb_adds(out, "<h2>");
				esc(out, _("Orphaned notes"));
				sb_adds(out, "</h2>\n");
			}
			html_note(out, n);
		}
		sb_adds(out, "</div>\n");
		i += g;
	}
	if (set->n == 0)
		sb_adds(out, "<p>No notes.</p>\n");
	sb_adds(out, "</body>\n</html>\n");
}
