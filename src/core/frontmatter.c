/* frontmatter.c -- read the YAML front matter of a Markdown article.
 *
 * The block is found by its fence lines here; what is inside is read with
 * libyaml's event parser, never by hand. The file is untrusted: the block
 * is capped in size, nesting is capped in depth, an alias (the way to a
 * "billion laughs") makes the whole block unreadable, and the parser is
 * stopped after a fixed number of events. Unreadable front matter gives no
 * fields but still ends where its closing fence is. */
#include "system.h"

#include <string.h>
#include <yaml.h>

#include "frontmatter.h"
#include "util.h"

/* Front matter is a few lines of fields; a fence further away than this is
 * not one (the "---" is then a rule of the text). */
#define FM_MAX_BYTES (256 * 1024)
#define FM_MAX_DEPTH 16
#define FM_MAX_EVENTS 100000
#define FM_MAX_TAGS 256

/* Nonzero when data[p, e) is the fence f ("---" or "...") with only
 * blanks after it (the line end excluded). */
static int fence(const char *data, size_t p, size_t e, const char *f)
{
	if (e - p < 3 || memcmp(data + p, f, 3) != 0)
		return 0;
	for (p += 3; p < e; p++)
		if (data[p] != ' ' && data[p] != '\t' && data[p] != '\r')
			return 0;
	return 1;
}

/* Finds the block: *ys..*ye is the YAML between the fences; returns the
 * offset after the closing fence's line, or 0 when there is no block. */
static size_t find_block(const char *data, size_t len, size_t *ys, size_t *ye)
{
	size_t p = 0;
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		p = 3;
	const char *nl = memchr(data + p, '\n', len - p);
	if (!nl || !fence(data, p, (size_t)(nl - data), "---"))
		return 0;
	size_t limit = len - p > FM_MAX_BYTES ? p + FM_MAX_BYTES : len;
	*ys = (size_t)(nl - data) + 1;
	for (size_t q = *ys; q < limit;) {
		const char *e = memchr(data + q, '\n', limit - q);
		size_t le = e ? (size_t)(e - data) : limit;
		if (!e && limit < len)
			return 0;   /* the line goes on past the cap */
		if (fence(data, q, le, "---") || fence(data, q, le, "...")) {
			*ye = q;
			return e ? le + 1 : le;
		}
		q = le + 1;
	}
	return 0;
}

struct reader {
	yaml_parser_t p;
	yaml_event_t ev;
	int have;       /* ev holds an event to delete */
	long events;
	int bad;        /* an alias, too deep, too long, or a parse error */
};

/* The next event into r->ev; 0 at a failure (r->bad set). */
static int next(struct reader *r)
{
	if (r->have)
		yaml_event_delete(&r->ev);
	r->have = 0;
	if (r->bad || ++r->events > FM_MAX_EVENTS || !yaml_parser_parse(&r->p, &r->ev)) {
		r->bad = 1;
		return 0;
	}
	r->have = 1;
	if (r->ev.type == YAML_ALIAS_EVENT || r->ev.type == YAML_NO_EVENT) {
		r->bad = 1;
		return 0;
	}
	return 1;
}

/* Skips the node whose first event is in r->ev (a scalar, or a whole
 * sequence or mapping). */
static int skip_node(struct reader *r, int depth)
{
	if (r->ev.type == YAML_SCALAR_EVENT)
		return 1;
	if (r->ev.type != YAML_SEQUENCE_START_EVENT && r->ev.type != YAML_MAPPING_START_EVENT) {
		r->bad = 1;
		return 0;
	}
	if (depth + 1 > FM_MAX_DEPTH) {
		r->bad = 1;
		return 0;
	}
	for (;;) {
		if (!next(r))
			return 0;
		if (r->ev.type == YAML_SEQUENCE_END_EVENT || r->ev.type == YAML_MAPPING_END_EVENT)
			return 1;
		if (!skip_node(r, depth + 1))
			return 0;
	}
}

/* A scalar's value, or NULL for an empty or null one. */
static char *scalar(const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	if (ev->data.scalar.plain_implicit && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    (n == 0 || (n == 1 && v[0] == '~') ||
	     (n == 4 && (memcmp(v, "null", 4) == 0 || memcmp(v, "Null", 4) == 0 ||
			 memcmp(v, "NULL", 4) == 0))))
		return NULL;
	while (n > 0 && (v[0] == ' ' || v[0] == '\t'))
		v++, n--;
	while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n'))
		n--;
	return n ? xstrndup(v, n) : NULL;
}

static void set(char **field, char *v)
{
	if (!v)
		return;
	free(*field);
	*field = v;
}

static void add_tag(struct front_matter *fm, const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '#'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || fm->ntags >= FM_MAX_TAGS)
		return;
	for (size_t i = 0; i < fm->ntags; i++)
		if (strlen(fm->tags[i]) == n && memcmp(fm->tags[i], s, n) == 0)
			return;
	fm->tags = xrealloc(fm->tags, (fm->ntags + 1) * sizeof *fm->tags);
	fm->tags[fm->ntags++] = xstrndup(s, n);
}

/* A list value: a sequence of scalars, or one scalar. For tags a scalar
 * is split at commas; for authors the items are joined with ", ". */
static int read_list(struct reader *r, struct front_matter *fm, char **join, int depth)
{
	if (r->ev.type == YAML_SCALAR_EVENT) {
		char *v = scalar(&r->ev);
		if (!v)
			return 1;
		if (join) {
			set(join, v);
			return 1;
		}
		for (char *s = v, *c; *s; s = c + 1) {
			c = strchr(s, ',');
			if (!c)
				c = s + strlen(s);
			add_tag(fm, s, (size_t)(c - s));
			if (!*c)
				break;
		}
		free(v);
		return 1;
	}
	if (r->ev.type != YAML_SEQUENCE_START_EVENT)
		return skip_node(r, depth);
	struct sb b = SB_INIT;
	for (;;) {
		if (!next(r)) {
			sb_release(&b);
			return 0;
		}
		if (r->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if (r->ev.type != YAML_SCALAR_EVENT) {
			if (!skip_node(r, depth + 1)) {
				sb_release(&b);
				return 0;
			}
			continue;
		}
		char *v = scalar(&r->ev);
		if (!v)
			continue;
		if (join) {
			if (b.len)
				sb_adds(&b, ", ");
			sb_adds(&b, v);
		} else {
			add_tag(fm, v, strlen(v));
		}
		free(v);
	}
	if (join && b.len)
		set(join, sb_detach(&b));
	sb_release(&b);
	return 1;
}

/* Reads the top mapping; 0 when the YAML is not one or is refused. */
static int read_mapping(struct reader *r, struct front_matter *fm)
{
	if (!next(r) || r->ev.type != YAML_STREAM_START_EVENT)
		return 0;
	if (!next(r) || r->ev.type != YAML_DOCUMENT_START_EVENT)
		return 0;
	if (!next(r) || r->ev.type != YAML_MAPPING_START_EVENT)
		return 0;
	char *source = NULL, *url = NULL, *published = NULL, *date = NULL;
	char *author = NULL, *authors = NULL;
	int ok = 0;
	for (;;) {
		if (!next(r))
			goto out;
		if (r->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (r->ev.type != YAML_SCALAR_EVENT) {   /* a complex key */
			if (!skip_node(r, 1) || !next(r) || !skip_node(r, 1))
				goto out;
			continue;
		}
		char *key = xstrndup((const char *)r->ev.data.scalar.value, r->ev.data.scalar.length);
		if (!next(r)) {
			free(key);
			goto out;
		}
		char **field = NULL;
		int list = 0;   /* 1: tags, 2: authors */
		if (!ascii_casecmp(key, "title"))
			field = &fm->title;
		else if (!ascii_casecmp(key, "source"))
			field = &source;
		else if (!ascii_casecmp(key, "url"))
			field = &url;
		else if (!ascii_casecmp(key, "published"))
			field = &published;
		else if (!ascii_casecmp(key, "date"))
			field = &date;
		else if (!ascii_casecmp(key, "author"))
			field = &author, list = 2;
		else if (!ascii_casecmp(key, "authors"))
			field = &authors, list = 2;
		else if (!ascii_casecmp(key, "site"))
			field = &fm->site;
		else if (!ascii_casecmp(key, "lang"))
			field = &fm->lang;
		else if (!ascii_casecmp(key, "saved"))
			field = &fm->saved;
		else if (!ascii_casecmp(key, "tags"))
			list = 1;
		free(key);
		int good;
		if (list)
			good = read_list(r, fm, list == 2 ? field : NULL, 1);
		else if (field && r->ev.type == YAML_SCALAR_EVENT)
			set(field, scalar(&r->ev)), good = 1;
		else
			good = skip_node(r, 1);
		if (!good)
			goto out;
	}
	/* Nothing may follow the one mapping but the end of the stream. */
	ok = next(r) && r->ev.type == YAML_DOCUMENT_END_EVENT &&
	     next(r) && r->ev.type == YAML_STREAM_END_EVENT;
out:
	if (ok) {
		fm->source = source ? source : url;
		fm->date = published ? published : date;
		fm->author = author ? author : authors;
		if (source)
			free(url);
		if (published)
			free(date);
		if (author)
			free(authors);
	} else {
		free(source);
		free(url);
		free(published);
		free(date);
		free(author);
		free(authors);
	}
	return ok;
}

size_t fm_parse(const char *data, size_t len, struct front_matter *fm)
{
	memset(fm, 0, sizeof *fm);
	size_t ys = 0, ye = 0;
	size_t end = find_block(data, len, &ys, &ye);
	if (!end)
		return 0;
	struct reader r;
	memset(&r, 0, sizeof r);
	if (!yaml_parser_initialize(&r.p))
		return end;
	yaml_parser_set_input_string(&r.p, (const unsigned char *)data + ys, ye - ys);
	yaml_parser_set_encoding(&r.p, YAML_UTF8_ENCODING);
	int ok = read_mapping(&r, fm);
	if (r.have)
		yaml_event_delete(&r.ev);
	yaml_parser_delete(&r.p);
	if (!ok)
		fm_free(fm);
	return end;
}

void fm_free(struct front_matter *fm)
{
	free(fm->title);
	free(fm->source);
	free(fm->author);
	free(fm->date);
	free(fm->site);
	free(fm->lang);
	free(fm->saved);
	strv_free(fm->tags, fm->ntags);
	memset(fm, 0, sizeof *fm);
}
