/* export-json.c -- notes as W3C Web Annotations, and back.
 *
 * The export is one AnnotationCollection (JSON-LD, @context
 * http://www.w3.org/ns/anno.jsonld) with its annotations in the first
 * AnnotationPage. A note's target is its article (source: the web address
 * the article was saved from, as Hypothesis and other web annotators
 * place annotations by it; else the path relative to the library,
 * percent-encoded where an IRI needs it; "gloss:path" always has the path)
 * with a
 * TextQuoteSelector (exact, prefix, suffix) and, when the passage is
 * placed, a TextPositionSelector counted in Unicode code points as the
 * model defines it. The note is a TextualBody in text/markdown; each tag a
 * TextualBody with purpose "tagging". gloss's own state (note id, byte
 * range, article hash, orphan) rides along in "gloss:" members, which
 * other tools ignore and import-notes uses to restore a note exactly.
 *
 * jansson writes and reads the text. The reader must survive any file:
 * json_read() (json.h) holds jansson to gloss's limits, and every
 * member's type is checked before use. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"
#include "json.h"
#include "store.h"
#include "store-notes.h"
#include "ustr.h"

/* s as a jansson string (a new reference): jansson takes only UTF-8, so
 * an invalid byte becomes U+FFFD. NULL is "". */
static json_t *jstr(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (ustr_invalid_at(s ? s : "", n) == n)
		return json_stringn(s ? s : "", n);
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
	json_t *j = json_stringn(fixed.s, fixed.len);
	sb_release(&fixed);
	return j;
}

/* A path as an IRI reference: RFC 3987 iunreserved, UTF-8 characters and
 * the delimiters a path may keep pass; the rest (space, %, controls,
 * "<>\^`{|}#?[] and every byte that is not part of valid UTF-8) is
 * percent-encoded, so a file name of any bytes comes back exactly
 * (iri_decode). */
static json_t *iri_path(const char *p)
{
	struct sb e = SB_INIT;
	size_t n = strlen(p);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)p[i];
		int32_t cp;
		int k = ustr_decode(p + i, n - i, &cp);
		if (cp < 0 || c <= 0x20 || c == 0x7f || strchr("%\"<>\\^`{|}#?[]", c)) {
			/* an invalid sequence: only its first byte, the rest is looked at again */
			sb_addf(&e, "%%%02X", c);
			i++;
		} else {
			sb_add(&e, p + i, (size_t)k);
			i += (size_t)k;
		}
	}
	json_t *j = json_stringn(e.s, e.len);
	sb_release(&e);
	return j;
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

static json_t *textual_body(const char *purpose, const char *value, int markdown)
{
	json_t *b = json_object();
	json_object_set_new(b, "type", json_string("TextualBody"));
	json_object_set_new(b, "purpose", json_string(purpose));
	if (markdown)
		json_object_set_new(b, "format", json_string("text/markdown"));
	json_object_set_new(b, "value", jstr(value));
	return b;
}

static void json_tag(const char *t, size_t n, void *ctx)
{
	char *tag = xstrndup(t, n);
	json_array_append_new(ctx, textual_body("tagging", tag, 0));
	free(tag);
}

static json_t *annotation(const struct export_note *e)
{
	const struct store_note *n = e->n;
	int has_body = n->body[0] != 0, has_tags = n->tags[0] != 0;
	json_t *a = json_object();
	char id[64];
	snprintf(id, sizeof id, "urn:x-gloss:note:%lld", (long long)n->id);
	json_object_set_new(a, "id", json_string(id));
	json_object_set_new(a, "type", json_string("Annotation"));
	json_object_set_new(a, "motivation", json_string(has_body ? "commenting" : has_tags ? "tagging" : "highlighting"));
	json_object_set_new(a, "created", jstr(n->created_at));
	json_object_set_new(a, "modified", jstr(n->updated_at));
	if (has_body || has_tags) {
		json_t *bodies = json_array();
		if (has_body)
			json_array_append_new(bodies, textual_body("commenting", n->body, 1));
		export_each_tag(n->tags, json_tag, bodies);
		json_object_set_new(a, "body", bodies);
	}
	json_t *target = json_object(), *sel = json_array(), *q = json_object();
	int web = n->source && (strncmp(n->source, "http://", 7) == 0 || strncmp(n->source, "https://", 8) == 0);
	json_object_set_new(target, "source", web ? jstr(n->source) : iri_path(n->path));
	json_object_set_new(q, "type", json_string("TextQuoteSelector"));
	json_object_set_new(q, "exact", jstr(n->quote));
	json_object_set_new(q, "prefix", jstr(n->prefix));
	json_object_set_new(q, "suffix", jstr(n->suffix));
	json_array_append_new(sel, q);
	if (e->cp_start >= 0 && !n->orphan) {
		json_t *pos = json_object();
		json_object_set_new(pos, "type", json_string("TextPositionSelector"));
		json_object_set_new(pos, "start", json_integer(e->cp_start));
		json_object_set_new(pos, "end", json_integer(e->cp_end));
		json_array_append_new(sel, pos);
	}
	json_object_set_new(target, "selector", sel);
	json_object_set_new(a, "target", target);
	json_object_set_new(a, "gloss:note", json_integer(n->id));
	json_object_set_new(a, "gloss:start", json_integer((json_int_t)n->start));
	json_object_set_new(a, "gloss:end", json_integer((json_int_t)n->end));
	json_object_set_new(a, "gloss:hash", jstr(n->hash));
	json_object_set_new(a, "gloss:orphan", json_boolean(n->orphan));
	json_object_set_new(a, "gloss:title", jstr(n->title));
	json_object_set_new(a, "gloss:path", iri_path(n->path));
	return a;
}

void export_json(const struct export_set *set, struct sb *out)
{
	char hex[17], id[64], gen[64];
	hash64_hex(hash64(set->generated, strlen(set->generated)) ^ hash64(set->library, strlen(set->library)), hex);
	json_use_xmalloc();
	json_t *root = json_object(), *page = json_object(), *items = json_array();
	json_object_set_new(root, "@context", json_string("http://www.w3.org/ns/anno.jsonld"));
	snprintf(id, sizeof id, "urn:x-gloss:export:%s", hex);
	json_object_set_new(root, "id", json_string(id));
	json_object_set_new(root, "type", json_string("AnnotationCollection"));
	struct sb label = SB_INIT;
	sb_addf(&label, "gloss notes: %s", set->library);
	json_object_set_new(root, "label", jstr(label.s));
	sb_release(&label);
	json_t *generator = json_object();
	json_object_set_new(generator, "type", json_string("Software"));
	snprintf(gen, sizeof gen, "gloss %s", PACKAGE_VERSION);
	json_object_set_new(generator, "name", json_string(gen));
	json_object_set_new(root, "generator", generator);
	json_object_set_new(root, "generated", jstr(set->generated));
	json_object_set_new(root, "total", json_integer((json_int_t)set->n));
	snprintf(id, sizeof id, "urn:x-gloss:export:%s:page:0", hex);
	json_object_set_new(page, "id", json_string(id));
	json_object_set_new(page, "type", json_string("AnnotationPage"));
	json_object_set_new(page, "startIndex", json_integer(0));
	for (size_t i = 0; i < set->n; i++)
		json_array_append_new(items, annotation(&set->v[i]));
	json_object_set_new(page, "items", items);
	json_object_set_new(root, "first", page);
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (!text)
		abort();   /* every value above is valid: only a bug gets here */
	/* jansson escapes C0 controls; DEL and the C1 controls it writes as
	 * they are, and an export ends up on terminals: they go as \u
	 * escapes too (such bytes stand only inside strings) */
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == 0x7f)
			sb_adds(out, "\\u007f");
		else if (c == 0xc2 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] < 0xa0)
			sb_addf(out, "\\u%04x", (unsigned char)*++p);
		else
			sb_addc(out, (char)c);
	}
	sb_addc(out, '\n');
	free(text);
	json_decref(root);
}

/* ---- reading ---- */

void export_items_clear(struct export_items *items)
{
	for (size_t i = 0; i < items->n; i++)
		store_note_clear(&items->v[i].n);
	free(items->v);
	memset(items, 0, sizeof *items);
}

static int type_is(const json_t *j, const char *type)
{
	const json_t *t = json_is_object(j) ? json_object_get(j, "type") : NULL;
	if (json_is_string(t))
		return strcmp(json_string_value(t), type) == 0;
	size_t i;
	const json_t *v;
	if (json_is_array(t))   /* "type" may list several */
		json_array_foreach(t, i, v)
			if (json_is_string(v) && strcmp(json_string_value(v), type) == 0)
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
static void read_body(const json_t *b, struct sb *text, struct sb *tags)
{
	const char *v = json_string_value(b);
	if (v) {
		sb_adds(text, v);
		return;
	}
	v = json_member_str(b, "value");
	if (!v)
		return;
	const char *purpose = json_member_str(b, "purpose");
	if (purpose && strcmp(purpose, "tagging") == 0)
		add_tag(tags, v);
	else {
		if (text->len)
			sb_adds(text, "\n\n");
		sb_adds(text, v);
	}
}

static void replace(char **dst, const char *v)
{
	if (v) {
		free(*dst);
		*dst = xstrdup(v);
	}
}

static void read_selector(const json_t *s, struct export_item *it)
{
	if (type_is(s, "TextQuoteSelector")) {
		replace(&it->n.quote, json_member_str(s, "exact"));
		replace(&it->n.prefix, json_member_str(s, "prefix"));
		replace(&it->n.suffix, json_member_str(s, "suffix"));
	} else if (type_is(s, "TextPositionSelector")) {
		int64_t a, b;
		if (json_member_int(s, "start", &a) == 0 && json_member_int(s, "end", &b) == 0 && a >= 0 && b >= a) {
			it->cp_start = a;
			it->cp_end = b;
		}
	}
}

static int read_annotation(const json_t *a, size_t index, struct export_item *it)
{
	memset(it, 0, sizeof *it);
	it->cp_start = it->cp_end = -1;
	struct store_note *n = &it->n;
	n->quote = xstrdup("");
	n->prefix = xstrdup("");
	n->suffix = xstrdup("");
	const json_t *target = json_object_get(a, "target");
	if (json_is_array(target))
		target = json_array_get(target, 0);
	const char *source = json_is_string(target) ? json_string_value(target) : json_member_str(target, "source");
	if (!source)
		return err_set(_("annotation %zu: no target source"), index + 1);
	/* gloss's own path first; the source may be the page's address. */
	const char *path = json_member_str(a, "gloss:path");
	n->path = iri_decode(path ? path : source);
	const json_t *sel = json_is_object(target) ? json_object_get(target, "selector") : NULL, *v;
	size_t i;
	if (json_is_array(sel))
		json_array_foreach(sel, i, v)
			read_selector(v, it);
	else if (sel)
		read_selector(sel, it);
	if (!n->quote[0])
		return err_set(_("annotation %zu: no TextQuoteSelector with an exact quote"), index + 1);
	struct sb text = SB_INIT, tags = SB_INIT;
	const json_t *body = json_object_get(a, "body");
	if (json_is_array(body))
		json_array_foreach(body, i, v)
			read_body(v, &text, &tags);
	else if (body)
		read_body(body, &text, &tags);
	n->body = sb_detach(&text);
	n->tags = sb_detach(&tags);
	const char *c = json_member_str(a, "created"), *m = json_member_str(a, "modified");
	n->created_at = c ? xstrdup(c) : NULL;
	n->updated_at = m ? xstrdup(m) : NULL;
	int64_t s, e;
	if (json_member_int(a, "gloss:note", &s) == 0 && s > 0)
		n->id = s;
	if (json_member_int(a, "gloss:start", &s) == 0 && json_member_int(a, "gloss:end", &e) == 0 && s >= 0 && e > s) {
		n->start = (size_t)s;
		n->end = (size_t)e;
		it->has_range = 1;
	}
	const char *h = json_member_str(a, "gloss:hash");
	if (h && strlen(h) == 16)
		memcpy(n->hash, h, 17);
	n->orphan = json_is_true(json_object_get(a, "gloss:orphan"));
	const char *title = json_member_str(a, "gloss:title");
	n->title = xstrdup(title ? title : "");
	return 0;
}

int export_json_read(const char *text, size_t len, struct export_items *out)
{
	json_t *root = json_read(text, len);
	if (!root)
		return -1;
	/* Collection -> first page -> items; a page -> items; or an array. */
	const json_t *list = root;
	if (type_is(list, "AnnotationCollection"))
		list = json_object_get(list, "first");
	if (type_is(list, "AnnotationPage"))
		list = json_object_get(list, "items");
	int r = 0;
	if (type_is(list, "Annotation")) {
		XGROW(out->v, out->cap, out->n + 1);
		r = read_annotation(list, 0, &out->v[out->n++]);
	} else if (json_is_array(list)) {
		size_t i;
		const json_t *a;
		json_array_foreach(list, i, a) {
			if (!type_is(a, "Annotation")) {
				r = err_set(_("item %zu is not an Annotation"), i + 1);
				break;
			}
			XGROW(out->v, out->cap, out->n + 1);
			r = read_annotation(a, i, &out->v[out->n++]);
			if (r < 0)
				break;
		}
	} else {
		r = err_set(_("not a W3C annotation export (no AnnotationCollection, page or list of annotations)"));
	}
	json_decref(root);
	return r;
}
