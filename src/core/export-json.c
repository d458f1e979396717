/* export-json.c -- notes as W3C Web Annotations, and back.
 *
 * The export is one AnnotationCollection (JSON-LD, @context
 * http://www.w3.org/ns/anno.jsonld) with its annotations in the first
 * AnnotationPage. A note's target is its article (source: the path
 * relative to the library, percent-encoded where an IRI needs it) with a
 * TextQuoteSelector (exact, prefix, suffix) and, when the passage is
 * placed, a TextPositionSelector counted in Unicode code points as the
 * model defines it. The note is a TextualBody in text/markdown; each tag a
 * TextualBody with purpose "tagging". gloss's own state (note id, byte
 * range, article hash, orphan) rides along in "gloss:" members, which
 * other tools ignore and import-notes uses to restore a note exactly.
 *
 * The reader must survive any file: it uses json.c's limits and checks
 * every member's type before use. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"
#include "json.h"
#include "store.h"
#include "store-notes.h"
#include "ustr.h"

/* A JSON string; invalid UTF-8 becomes U+FFFD, so the output is always
 * valid JSON. */
static void jstr(struct sb *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (ustr_invalid_at(s ? s : "", n) == n) {
		sb_add_json(b, s ? s : "", n);
		return;
	}
	struct sb fixed = SB_INIT;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		int k = ustr_decode(s + i, n - i, &cp);
		if (cp < 0)
			sb_adds(&fixed, "\xEF\xBF\xBD");
		else
			sb_add(&fixed, s + i, (size_t)k);
		i += (size_t)k;
	}
	sb_add_json(b, fixed.s, fixed.len);
	sb_release(&fixed);
}

/* RFC 3987 iunreserved and the delimiters a path may keep; the rest
 * (space, %, controls, "<>\^`{|}) is percent-encoded. */
static void iri_path(struct sb *b, const char *p)
{
	struct sb e = SB_INIT;
	for (const unsigned char *c = (const unsigned char *)p; *c; c++) {
		if (*c <= 0x20 || *c == 0x7f || strchr("%\"<>\\^`{|}#?[]", *c))
			sb_addf(&e, "%%%02X", *c);
		else
			sb_addc(&e, *c);
	}
	jstr(b, e.s);
	sb_release(&e);
}

static char *iri_decode(const char *s)
{
	struct sb d = SB_INIT;
	for (const char *p = s; *p; p++) {
		int hi, lo;
		if (*p == '%' && p[1] && p[2] &&
		    (hi = (p[1] >= '0' && p[1] <= '9') ? p[1] - '0' : (p[1] | 32) >= 'a' && (p[1] | 32) <= 'f' ? (p[1] | 32) - 'a' + 10 : -1) >= 0 &&
		    (lo = (p[2] >= '0' && p[2] <= '9') ? p[2] - '0' : (p[2] | 32) >= 'a' && (p[2] | 32) <= 'f' ? (p[2] | 32) - 'a' + 10 : -1) >= 0) {
			sb_addc(&d, hi * 16 + lo);
			p += 2;
		} else {
			sb_addc(&d, *p);
		}
	}
	return sb_detach(&d);
}

static void json_tag(const char *t, size_t n, void *ctx)
{
	struct sb *b = ctx;
	char *tag = xstrndup(t, n);
	sb_adds(b, ",\n          {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": ");
	jstr(b, tag);
	sb_adds(b, "}");
	free(tag);
}

static void annotation(struct sb *b, const struct export_note *e, int comma)
{
	const struct store_note *n = e->n;
	int has_body = n->body[0] != 0, has_tags = n->tags[0] != 0;
	sb_adds(b, comma ? ",\n" : "\n");
	sb_addf(b, "      {\n        \"id\": \"urn:x-gloss:note:%lld\",\n", (long long)n->id);
	sb_adds(b, "        \"type\": \"Annotation\",\n");
	sb_addf(b, "        \"motivation\": \"%s\",\n", has_body ? "commenting" : has_tags ? "tagging" : "highlighting");
	sb_adds(b, "        \"created\": ");
	jstr(b, n->created_at);
	sb_adds(b, ",\n        \"modified\": ");
	jstr(b, n->updated_at);
	sb_adds(b, ",\n");
	if (has_body || has_tags) {
		sb_adds(b, "        \"body\": [");
		struct sb bodies = SB_INIT;
		if (has_body) {
			sb_adds(&bodies, ",\n          {\"type\": \"TextualBody\", \"purpose\": \"commenting\", "
					 "\"format\": \"text/markdown\", \"value\": ");
			jstr(&bodies, n->body);
			sb_adds(&bodies, "}");
		}
		export_each_tag(n->tags, json_tag, &bodies);
		sb_adds(b, bodies.s + 1);   /* without the first comma */
		sb_release(&bodies);
		sb_adds(b, "\n        ],\n");
	}
	sb_adds(b, "        \"target\": {\n          \"source\": ");
	iri_path(b, n->path);
	sb_adds(b, ",\n          \"selector\": [\n            {\"type\": \"TextQuoteSelector\", \"exact\": ");
	jstr(b, n->quote);
	sb_adds(b, ", \"prefix\": ");
	jstr(b, n->prefix);
	sb_adds(b, ", \"suffix\": ");
	jstr(b, n->suffix);
	sb_adds(b, "}");
	if (e->cp_start >= 0 && !n->orphan)
		sb_addf(b, ",\n            {\"type\": \"TextPositionSelector\", \"start\": %lld, \"end\": %lld}",
			(long long)e->cp_start, (long long)e->cp_end);
	sb_adds(b, "\n          ]\n        },\n");
	sb_addf(b, "        \"gloss:note\": %lld,\n", (long long)n->id);
	sb_addf(b, "        \"gloss:start\": %zu,\n        \"gloss:end\": %zu,\n", n->start, n->end);
	sb_adds(b, "        \"gloss:hash\": ");
	jstr(b, n->hash);
	sb_addf(b, ",\n        \"gloss:orphan\": %s,\n", n->orphan ? "true" : "false");
	sb_adds(b, "        \"gloss:title\": ");
	jstr(b, n->title);
	sb_adds(b, "\n      }");
}

void export_json(const struct export_set *set, struct sb *out)
{
	char hex[17];
	hash64_hex(hash64(set->generated, strlen(set->generated)) ^ hash64(set->library, strlen(set->library)), hex);
	sb_adds(out, "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n");
	sb_addf(out, "  \"id\": \"urn:x-gloss:export:%s\",\n", hex);
	sb_adds(out, "  \"type\": \"AnnotationCollection\",\n  \"label\": ");
	struct sb label = SB_INIT;
	sb_addf(&label, "gloss notes: %s", set->library);
	jstr(out, label.s);
	sb_release(&label);
	sb_addf(out, ",\n  \"generator\": {\"type\": \"Software\", \"name\": \"gloss %s\"},\n", PACKAGE_VERSION);
	sb_adds(out, "  \"generated\": ");
	jstr(out, set->generated);
	sb_addf(out, ",\n  \"total\": %zu", set->n);
	sb_addf(out, ",\n  \"first\": {\n    \"id\": \"urn:x-gloss:export:%s:page:0\",\n", hex);
	sb_adds(out, "    \"type\": \"AnnotationPage\",\n    \"startIndex\": 0,\n    \"items\": [");
	for (size_t i = 0; i < set->n; i++)
		annotation(out, &set->v[i], i > 0);
	sb_adds(out, set->n ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n");
}

/* ---- reading ---- */

void export_items_clear(struct export_items *items)
{
	for (size_t i = 0; i < items->n; i++)
		store_note_clear(&items->v[i].n);
	free(items->v);
	memset(items, 0, sizeof *items);
}

static int type_is(const struct json *j, const char *type)
{
	const struct json *t = json_get(j, "type");
	if (json_str(t))
		return strcmp(t->s, type) == 0;
	if (t && t->type == JSON_ARRAY)   /* "type" may list several */
		for (size_t i = 0; i < t->n; i++)
			if (json_str(t->v[i]) && strcmp(t->v[i]->s, type) == 0)
				return 1;
	return 0;
}

static void add_tag(struct sb *tags, const char *t)
{
	if (!t || !store_tag_valid(t))
		return;
	if (tags->len)
		sb_addc(tags, ',');
	sb_adds(tags, t);
}

/* One body: a TextualBody object, or a plain string (the model allows a
 * string body as text). */
static void read_body(const struct json *b, struct sb *text, struct sb *tags)
{
	const char *v = json_str(b);
	if (v) {
		sb_adds(text, v);
		return;
	}
	v = json_get_str(b, "value");
	if (!v)
		return;
	const char *purpose = json_get_str(b, "purpose");
	if (purpose && strcmp(purpose, "tagging") == 0)
		add_tag(tags, v);
	else {
		if (text->len)
			sb_adds(text, "\n\n");
		sb_adds(text, v);
	}
}

static void read_selector(const struct json *s, struct export_item *it)
{
	if (type_is(s, "TextQuoteSelector")) {
		const char *e = json_get_str(s, "exact"), *p = json_get_str(s, "prefix"), *x = json_get_str(s, "suffix");
		if (e) {
			free(it->n.quote);
			it->n.quote = xstrdup(e);
		}
		if (p) {
			free(it->n.prefix);
			it->n.prefix = xstrdup(p);
		}
		if (x) {
			free(it->n.suffix);
			it->n.suffix = xstrdup(x);
		}
	} else if (type_is(s, "TextPositionSelector")) {
		int64_t a, b;
		if (json_int(json_get(s, "start"), &a) == 0 && json_int(json_get(s, "end"), &b) == 0 && a >= 0 && b >= a) {
			it->cp_start = a;
			it->cp_end = b;
		}
	}
}

static int read_annotation(const struct json *a, size_t index, struct export_item *it)
{
	memset(it, 0, sizeof *it);
	it->cp_start = it->cp_end = -1;
	struct store_note *n = &it->n;
	n->quote = xstrdup("");
	n->prefix = xstrdup("");
	n->suffix = xstrdup("");
	const struct json *target = json_get(a, "target");
	if (target && target->type == JSON_ARRAY && target->n)
		target = target->v[0];
	const char *source = json_str(target) ? target->s : json_get_str(target, "source");
	if (!source)
		return err_set(_("annotation %zu: no target source"), index + 1);
	n->path = iri_decode(source);
	const struct json *sel = json_get(target, "selector");
	if (sel && sel->type == JSON_ARRAY)
		for (size_t i = 0; i < sel->n; i++)
			read_selector(sel->v[i], it);
	else if (sel)
		read_selector(sel, it);
	if (!n->quote[0])
		return err_set(_("annotation %zu: no TextQuoteSelector with an exact quote"), index + 1);
	struct sb text = SB_INIT, tags = SB_INIT;
	const struct json *body = json_get(a, "body");
	if (body && body->type == JSON_ARRAY)
		for (size_t i = 0; i < body->n; i++)
			read_body(body->v[i], &text, &tags);
	else if (body)
		read_body(body, &text, &tags);
	n->body = sb_detach(&text);
	n->tags = sb_detach(&tags);
	const char *c = json_get_str(a, "created"), *m = json_get_str(a, "modified");
	n->created_at = c ? xstrdup(c) : NULL;
	n->updated_at = m ? xstrdup(m) : NULL;
	int64_t v, w;
	if (json_int(json_get(a, "gloss:note"), &v) == 0 && v > 0)
		n->id = v;
	if (json_int(json_get(a, "gloss:start"), &v) == 0 && json_int(json_get(a, "gloss:end"), &w) == 0 &&
	    v >= 0 && w > v) {
		n->start = (size_t)v;
		n->end = (size_t)w;
		it->has_range = 1;
	}
	const char *h = json_get_str(a, "gloss:hash");
	if (h && strlen(h) == 16)
		memcpy(n->hash, h, 17);
	const struct json *o = json_get(a, "gloss:orphan");
	n->orphan = o && o->type == JSON_TRUE;
	const char *title = json_get_str(a, "gloss:title");
	n->title = xstrdup(title ? title : "");
	return 0;
}

int export_json_read(const char *text, size_t len, struct export_items *out)
{
	struct json *root = json_parse(text, len);
	if (!root)
		return -1;
	/* Collection -> first page -> items; a page -> items; or an array. */
	const struct json *list = root;
	if (type_is(list, "AnnotationCollection"))
		list = json_get(list, "first");
	if (type_is(list, "AnnotationPage"))
		list = json_get(list, "items");
	int r = 0;
	if (list && list->type == JSON_OBJECT && type_is(list, "Annotation")) {
		XGROW(out->v, out->cap, out->n + 1);
		r = read_annotation(list, 0, &out->v[out->n++]);
	} else if (list && list->type == JSON_ARRAY) {
		for (size_t i = 0; i < list->n && r == 0; i++) {
			if (!type_is(list->v[i], "Annotation")) {
				r = err_set(_("item %zu is not an Annotation"), i + 1);
				break;
			}
			XGROW(out->v, out->cap, out->n + 1);
			r = read_annotation(list->v[i], i, &out->v[out->n++]);
		}
	} else {
		r = err_set(_("not a W3C annotation export (no AnnotationCollection, page or list of annotations)"));
	}
	json_free(&root);
	return r;
}
