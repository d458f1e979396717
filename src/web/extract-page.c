/* extract-page.c -- a saved article: YAML front matter, then the body
 * (page_markdown in extract.h).
 *
 * libyaml's emitter writes the front matter, so every value is quoted as
 * YAML needs whatever it holds. Free text (title, author, site, tags) is
 * double-quoted when its plain form would read as something other than
 * a string (a number, a date, true, null); strings are made valid UTF-8
 * first, as the emitter accepts nothing else. */
#include "system.h"

#include <string.h>

#include <yaml.h>

#include "extract-int.h"

static int write_out(void *data, unsigned char *buffer, size_t size)
{
	sb_add(data, buffer, size);
	return 1;
}

/* Nonzero when a plain scalar s could be read as other than a string. */
static int ambiguous(const char *s)
{
	static const char *const words[] = { "true", "false", "yes", "no", "on", "off",
		"y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan", "", NULL };
	for (const char *const *w = words; *w; w++)
		if (ascii_casecmp(s, *w) == 0)
			return 1;
	if ((s[0] >= '0' && s[0] <= '9') || ((s[0] == '-' || s[0] == '+' || s[0] == '.') && s[1] >= '0' && s[1] <= '9'))
		return 1;
	return 0;
}

/* s with invalid UTF-8 as U+FFFD. */
static char *valid(const char *s)
{
	size_t n;
	return xt_decode(s, strlen(s), "utf-8", &n);
}

static int scalar(yaml_emitter_t *e, const char *s, int text)
{
	yaml_event_t ev;
	char *v = valid(s);
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	if (text && ambiguous(v))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	if (strchr(v, '\n') || strchr(v, '\r'))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	int ok = yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)v, (int)strlen(v), 1, 1, style) &&
		yaml_emitter_emit(e, &ev);
	free(v);
	return ok;
}

static int field(yaml_emitter_t *e, const char *key, const char *value, int text)
{
	if (!value)
		return 1;
	return scalar(e, key, 0) && scalar(e, value, text);
}

char *page_markdown(const struct page *p, const char *saved,
		    const char *const *tags, size_t ntags, size_t *len)
{
	struct sb b = SB_INIT;
	yaml_emitter_t e;
	yaml_event_t ev;
	if (!yaml_emitter_initialize(&e)) {
		err_set(_("could not write the front matter"));
		return NULL;
	}
	yaml_emitter_set_output(&e, write_out, &b);
	yaml_emitter_set_unicode(&e, 1);
	yaml_emitter_set_width(&e, -1);
	const struct page_meta *m = &p->meta;
	int ok = yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) && yaml_emitter_emit(&e, &ev) &&
		yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0) && yaml_emitter_emit(&e, &ev) &&
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE) && yaml_emitter_emit(&e, &ev) &&
		field(&e, "title", m->title ? m->title : "Untitled", 1) &&
		field(&e, "source", m->source, 0) &&
		field(&e, "author", m->author, 1) &&
		field(&e, "published", m->published, 0) &&
		field(&e, "site", m->site, 1) &&
		field(&e, "lang", m->lang, 0) &&
		field(&e, "feed", m->feed, 1) &&
		field(&e, "saved", saved, 0);
	if (ok) {
		/* always there, "tags: []" when none, for the reader to fill in */
		if (!tags)
			ntags = 0;
		ok = scalar(&e, "tags", 0) &&
			yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
							     ntags ? YAML_BLOCK_SEQUENCE_STYLE : YAML_FLOW_SEQUENCE_STYLE) &&
			yaml_emitter_emit(&e, &ev);
		for (size_t i = 0; ok && i < ntags; i++)
			ok = scalar(&e, tags[i] ? tags[i] : "", 1);
		ok = ok && yaml_sequence_end_event_initialize(&ev) && yaml_emitter_emit(&e, &ev);
	}
	ok = ok && yaml_mapping_end_event_initialize(&ev) && yaml_emitter_emit(&e, &ev) &&
		yaml_document_end_event_initialize(&ev, 1) && yaml_emitter_emit(&e, &ev) &&
		yaml_stream_end_event_initialize(&ev) && yaml_emitter_emit(&e, &ev) &&
		yaml_emitter_flush(&e);
	yaml_emitter_delete(&e);
	if (!ok) {
		sb_release(&b);
		err_set(_("could not write the front matter"));
		return NULL;
	}
	sb_adds(&b, "---\n");
	if (p->body && p->len) {
		sb_addc(&b, '\n');
		sb_add(&b, p->body, p->len);
		if (p->body[p->len - 1] != '\n')
			sb_addc(&b, '\n');
	}
	if (len)
		*len = b.len;
	return sb_detach(&b);
}
