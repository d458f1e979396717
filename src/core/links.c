/* links.c -- the links of an article (links.h).
 *
 * A Markdown article's links come from its model (markdown.h), one for
 * each md_link, so that link i of the model is number i + 1 here. A text
 * article's links are the bare http(s) addresses in its body: an address
 * runs to the first blank, control character, '<', '>', '"' or '`', or a
 * character outside ASCII that is no letter or digit; then trailing
 * punctuation that a sentence puts after an address ('.', ',', ':', ';',
 * '!', '?', quotes) is cut off, and a closing ')', ']' or '}' too unless
 * the address opened one, as the addresses of Wikipedia pages whose
 * title has a word in parentheses do.
 *
 * Relative addresses are resolved against the article's source with the
 * algorithm of RFC 3986, section 5.2, written out below. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "links.h"
#include "markdown.h"
#include "ustr.h"
#include "util.h"

/* ---- RFC 3986 references ---- */

struct part {
	const char *s;
	size_t n;
	int has;        /* defined (an empty query "?" is defined) */
};

struct uri {
	struct part scheme, auth, path, query, frag;
};

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* The length of the scheme at s (without ':'), or 0 when s has none. */
static size_t scheme_len(const char *s)
{
	if (!is_alpha((unsigned char)s[0]))
		return 0;
	size_t i = 1;
	while (is_alnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
		i++;
	return s[i] == ':' ? i : 0;
}

int link_has_scheme(const char *ref)
{
	return ref && scheme_len(ref) > 0;
}

/* Section 3: scheme ":" ["//" authority] path ["?" query] ["#" fragment]. */
static void uri_parse(const char *s, struct uri *u)
{
	memset(u, 0, sizeof *u);
	size_t k = scheme_len(s);
	if (k) {
		u->scheme = (struct part){ s, k, 1 };
		s += k + 1;
	}
	if (s[0] == '/' && s[1] == '/') {
		s += 2;
		size_t n = strcspn(s, "/?#");
		u->auth = (struct part){ s, n, 1 };
		s += n;
	}
	size_t n = strcspn(s, "?#");
	u->path = (struct part){ s, n, 1 };
	s += n;
	if (*s == '?') {
		s++;
		n = strcspn(s, "#");
		u->query = (struct part){ s, n, 1 };
		s += n;
	}
	if (*s == '#') {
		s++;
		u->frag = (struct part){ s, strlen(s), 1 };
	}
}

/* Section 5.2.4: the path in with "." and ".." segments taken out,
 * appended to out. */
static void remove_dots(struct sb *out, const char *in, size_t n)
{
	size_t base = out->len;
	const char *end = in + n;
	while (in < end) {
		size_t left = (size_t)(end - in);
		if (left >= 3 && memcmp(in, "../", 3) == 0) {
			in += 3;
		} else if (left >= 2 && memcmp(in, "./", 2) == 0) {
			in += 2;
		} else if ((left >= 3 && memcmp(in, "/./", 3) == 0)) {
			in += 2;
		} else if (left == 2 && memcmp(in, "/.", 2) == 0) {
			/* "/." at the end: the output gets "/" */
			sb_addc(out, '/');
			in = end;
		} else if ((left >= 4 && memcmp(in, "/../", 4) == 0) || (left == 3 && memcmp(in, "/..", 3) == 0)) {
			/* Drop the last segment of the output and its '/'. */
			while (out->len > base && out->s[out->len - 1] != '/')
				out->len--;
			if (out->len > base)
				out->len--;
			if (out->s)
				out->s[out->len] = '\0';
			if (left == 3) {
				sb_addc(out, '/');
				in = end;
			} else {
				in += 3;
			}
		} else if ((left == 1 && in[0] == '.') || (left == 2 && memcmp(in, "..", 2) == 0)) {
			in = end;
		} else {
			/* Move the first segment, with its leading '/', to the output. */
			const char *p = in + (in[0] == '/');
			while (p < end && *p != '/')
				p++;
			sb_add(out, in, (size_t)(p - in));
			in = p;
		}
	}
}

static void add_part(struct sb *b, const char *pre, const struct part *p)
{
	if (!p->has)
		return;
	sb_adds(b, pre);
	sb_add(b, p->s, p->n);
}

char *link_resolve(const char *base, const char *ref)
{
	struct uri b, r;
	uri_parse(base ? base : "", &b);
	uri_parse(ref, &r);
	if (!r.scheme.has && !b.scheme.has)
		return xstrdup(ref);
	struct sb t = SB_INIT;
	/* Section 5.2.2, with T written out as it is made (5.3). */
	const struct uri *src = r.scheme.has ? &r : &b;
	sb_add(&t, src->scheme.s, src->scheme.n);
	sb_addc(&t, ':');
	if (r.scheme.has || r.auth.has) {
		add_part(&t, "//", &r.auth);
		remove_dots(&t, r.path.s, r.path.n);
		add_part(&t, "?", &r.query);
	} else {
		add_part(&t, "//", &b.auth);
		if (r.path.n == 0) {
			sb_add(&t, b.path.s, b.path.n);
			add_part(&t, "?", r.query.has ? &r.query : &b.query);
		} else {
			if (r.path.s[0] == '/') {
				remove_dots(&t, r.path.s, r.path.n);
			} else {
				/* 5.2.3: merge with the base path up to its last '/'. */
				struct sb m = SB_INIT;
				if (b.auth.has && b.path.n == 0) {
					sb_addc(&m, '/');
				} else {
					size_t k = b.path.n;
					while (k > 0 && b.path.s[k - 1] != '/')
						k--;
					sb_add(&m, b.path.s, k);
				}
				sb_add(&m, r.path.s, r.path.n);
				remove_dots(&t, m.s, m.len);
				sb_release(&m);
			}
			add_part(&t, "?", &r.query);
		}
	}
	add_part(&t, "#", &r.frag);
	return sb_detach(&t);
}

int link_openable(const char *url)
{
	if (!url)
		return 0;
	size_t k = scheme_len(url);
	const char *rest = url + k + 1;
	if (k == 4 && ascii_ncasecmp(url, "http", 4) == 0)
		;
	else if (k == 5 && ascii_ncasecmp(url, "https", 5) == 0)
		;
	else if (k == 6 && ascii_ncasecmp(url, "mailto", 6) == 0)
		;
	else
		return 0;
	if (k != 6) {
		/* http(s): a host after "//". */
		if (rest[0] != '/' || rest[1] != '/' || !rest[2] || strchr("/?#", rest[2]))
			return 0;
	} else if (!rest[0]) {
		return 0;
	}
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return 0;
	return 1;
}

/* The length of u's scheme and authority ("https://a.org", "mailto:"). */
static size_t origin_len(const char *u)
{
	size_t k = scheme_len(u);
	if (k)
		k++;
	if (u[k] == '/' && u[k + 1] == '/')
		k += 2 + strcspn(u + k + 2, "/?#");
	return k;
}

/* u from its "//" on when it is an http or https address, else u. */
static const char *past_http(const char *u)
{
	if (ascii_ncasecmp(u, "http:", 5) == 0)
		return u + 5;
	if (ascii_ncasecmp(u, "https:", 6) == 0)
		return u + 6;
	return u;
}

int link_same(const char *a, const char *b)
{
	a = past_http(a);
	b = past_http(b);
	size_t oa = origin_len(a), ob = origin_len(b);
	if (oa != ob || ascii_ncasecmp(a, b, oa) != 0)
		return 0;
	a += oa;
	b += ob;
	size_t na = strcspn(a, "#"), nb = strcspn(b, "#");
	if (na && a[na - 1] == '/')
		na--;
	if (nb && b[nb - 1] == '/')
		nb--;
	return na == nb && memcmp(a, b, na) == 0;
}

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

char *link_library_path(const char *relpath, const char *ref)
{
	size_t n = strcspn(ref, "?#");
	if (n == 0 || scheme_len(ref) || ref[0] == '/')
		return NULL;
	struct sb p = SB_INIT;
	/* The article's folder, then ref decoded. */
	const char *slash = strrchr(relpath, '/');
	if (slash)
		sb_add(&p, relpath, (size_t)(slash - relpath) + 1);
	for (size_t i = 0; i < n; i++) {
		int h1, h2;
		if (ref[i] == '%' && i + 2 < n && (h1 = hex((unsigned char)ref[i + 1])) >= 0
		    && (h2 = hex((unsigned char)ref[i + 2])) >= 0) {
			int c = h1 * 16 + h2;
			if (c == 0) {
				sb_release(&p);
				return NULL;
			}
			sb_addc(&p, c);
			i += 2;
		} else {
			sb_addc(&p, ref[i]);
		}
	}
	/* Dot segments out; a ".." above the top leaves the library. */
	struct sb out = SB_INIT;
	sb_adds(&out, "");
	int depth = 0, out_of = 0;
	for (const char *s = p.s; *s;) {
		size_t k = strcspn(s, "/");
		if (k == 2 && s[0] == '.' && s[1] == '.') {
			if (depth == 0)
				out_of = 1;
			else {
				while (out.len > 0 && out.s[out.len - 1] != '/')
					out.len--;
				if (out.len > 0)
					out.len--;
				while (out.len > 0 && out.s[out.len - 1] != '/')
					out.len--;
				out.s[out.len] = '\0';
				depth--;
			}
		} else if (k > 0 && !(k == 1 && s[0] == '.')) {
			sb_add(&out, s, k);
			if (s[k] == '/')
				sb_addc(&out, '/');
			depth++;
		}
		s += k + (s[k] == '/');
	}
	sb_release(&p);
	if (out_of || out.len == 0 || out.s[out.len - 1] == '/') {
		sb_release(&out);
		return NULL;
	}
	return sb_detach(&out);
}

/* ---- collecting ---- */

static void add(struct art_links *l, size_t *cap, size_t start, size_t end, char *url, char *text,
		char *href, int image)
{
	XGROW(l->v, *cap, l->n + 1);
	struct art_link *k = &l->v[l->n++];
	k->start = start;
	k->end = end;
	k->url = url;
	k->text = text;
	k->href = href;
	k->image = image;
}

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The words of s[0, n) one space apart, in a new string. */
static char *one_line(const char *s, size_t n)
{
	struct sb b = SB_INIT;
	sb_adds(&b, "");
	for (size_t i = 0; i < n; i++) {
		size_t w = i;
		while (w < n && !blank(s[w]))
			w++;
		if (w > i) {
			if (b.len)
				sb_addc(&b, ' ');
			sb_add(&b, s + i, w - i);
		}
		i = w;
	}
	return sb_detach(&b);
}

static char *trimmed(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	return xstrndup(s, n);
}

/* Whether the byte at s[i] may continue an address; *adv: its length. */
static int url_char(const char *s, size_t i, size_t n, size_t *adv)
{
	unsigned char c = (unsigned char)s[i];
	*adv = 1;
	if (c < 0x80)
		return c > ' ' && c != 0x7f && !strchr("<>\"`", c);
	int32_t cp;
	int k = ustr_decode(s + i, n - i, &cp);
	if (cp < 0)
		return 0;
	*adv = (size_t)k;
	return ustr_is_alpha(cp) || ustr_is_digit(cp);
}

static size_t count(const char *s, size_t n, char c)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

/* The end of the bare address at s[start] whose host starts at s[host]
 * (after "://"), trailing punctuation cut off; start when it has no host. */
static size_t url_end(const char *s, size_t start, size_t host, size_t n)
{
	size_t e = host, adv;
	while (e < n && url_char(s, e, n, &adv))
		e += adv;
	for (;;) {
		if (e <= host)
			return start;
		char c = s[e - 1];
		if (strchr(".,:;!?'*", c)) {
			e--;
		} else if ((c == ')' && count(s + start, e - start, '(') < count(s + start, e - start, ')'))
			   || (c == ']' && count(s + start, e - start, '[') < count(s + start, e - start, ']'))
			   || (c == '}' && count(s + start, e - start, '{') < count(s + start, e - start, '}'))) {
			e--;
		} else {
			break;
		}
	}
	/* A host must start with a letter or digit ("http://." is none). */
	unsigned char h = (unsigned char)s[host];
	return is_alnum(h) || h >= 0x80 ? e : start;
}

static void bare_links(const char *s, size_t from, size_t n, struct art_links *l, size_t *cap)
{
	/* The next 'h' and 'H' at or after i, each looked for again only
	 * when passed (a text without 'H' is searched for one once). */
	const char *end = s + n, *lo = NULL, *up = NULL;
	for (size_t i = from; i + 8 <= n && l->n < ART_LINKS_MAX;) {
		if (!lo || (lo != end && lo < s + i)) {
			lo = memchr(s + i, 'h', n - i);
			if (!lo)
				lo = end;
		}
		if (!up || (up != end && up < s + i)) {
			up = memchr(s + i, 'H', n - i);
			if (!up)
				up = end;
		}
		const char *p = lo < up ? lo : up;
		if (p == end)
			break;
		i = (size_t)(p - s);
		size_t k = 0;
		if (n - i >= 7 && ascii_ncasecmp(s + i, "http://", 7) == 0)
			k = 7;
		else if (n - i >= 8 && ascii_ncasecmp(s + i, "https://", 8) == 0)
			k = 8;
		/* At the start of a word: not "xhttp://". */
		if (!k || (i > from && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '/'))) {
			i++;
			continue;
		}
		size_t e = url_end(s, i, i + k, n);
		if (e == i) {
			i += k;
			continue;
		}
		char *u = xstrndup(s + i, e - i);
		add(l, cap, i, e, link_resolve(NULL, u), xstrdup(u), u, 0);
		i = e;
	}
}

void art_links(const struct article *a, struct art_links *out)
{
	memset(out, 0, sizeof *out);
	size_t cap = 0;
	const char *src = a->meta[ART_SOURCE];
	char *base = NULL;
	if (src) {
		base = trimmed(src);
		if (base[0]) {
			add(out, &cap, 0, 0, xstrdup(base), xstrdup(""), xstrdup(base), 0);
			out->has_source = 1;
		}
	}
	if (a->md) {
		const struct md_doc *m = a->md;
		for (size_t i = 0; i < m->nlink && out->n < ART_LINKS_MAX; i++) {
			const struct md_link *k = &m->link[i];
			size_t s = k->start < m->len ? k->start : m->len;
			size_t e = k->end < m->len ? k->end : m->len;
			if (e < s)
				e = s;
			char *href = trimmed(k->url ? k->url : "");
			add(out, &cap, s, e, link_resolve(base, href), one_line(m->text + s, e - s), href, k->image);
		}
	} else if (a->text || a->data) {
		bare_links(a->text ? a->text : a->data, a->body < a->len ? a->body : a->len, a->len, out, &cap);
	}
	free(base);
}

void art_links_free(struct art_links *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].text);
		free(l->v[i].href);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

long art_link_index(const struct art_links *l, size_t num)
{
	size_t i = l->has_source ? num : num - 1;
	if ((!l->has_source && num == 0) || i >= l->n)
		return -1;
	return (long)i;
}

long art_link_at(const struct art_links *l, size_t off)
{
	size_t lo = l->has_source ? 1 : 0, hi = l->n;
	if (lo >= hi)
		return -1;
	/* The last link starting at or before off ... */
	size_t first = lo;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->v[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* ... or one a little before it, when links nest. */
	for (size_t i = lo, tries = 0; i > first && tries < 8; i--, tries++) {
		const struct art_link *k = &l->v[i - 1];
		if (k->start <= off && off < k->end)
			return (long)(i - 1);
	}
	return -1;
}
