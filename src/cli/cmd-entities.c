/* cmd-entities.c -- `gloss entities FILE... [--types person,place,date]`:
 * the highlight engine's spans as JSON lines, byte offsets into the file
 * as on disk. `-` reads standard input. The user's corrections come from
 * the sidecar given with --db, else the one of the first FILE's library
 * (lib_engine_for: read, never created; this command only reads), and
 * so do the corrections of one passage (ops_passages_for_file): a span
 * one made carries "corrected":true, and a passage corrected to none has
 * no span.
 *
 * Built for throughput: a large file is mapped rather than copied, only
 * its head goes through the article model (the header, the date, the
 * binary check: the rest of the model is not needed here), and the JSON
 * is written straight into one buffer. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "cli.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "markdown.h"
#include "ops.h"

/* ---- input ---- */

/* An article to scan: its metadata (a) and all its text (data, len),
 * which is a->text unless the file is mapped. */
struct input {
	struct article *a;
	const char *data;
	size_t len;
	void *map;       /* the mapping, or NULL */
	size_t maplen;
};

static int load_stdin(struct input *in)
{
	struct sb b = SB_INIT;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		sb_add(&b, buf, n);
	if (ferror(stdin)) {
		err_set("-: %s", strerror(errno));
		sb_release(&b);
		return -1;
	}
	size_t len = b.len;
	char *data = sb_detach(&b);
	in->a = art_from_buffer("-", data, len);
	if (!in->a)
		return err_set(_("-: not a text file"));
	in->data = in->a->text;
	in->len = in->a->len;
	return 0;
}

/* art_is_binary() looks at this many bytes; the header is at most 32 lines
 * and a blank one. A head of at least HEAD_MIN bytes that ends a line and
 * holds more than 33 lines gives the article model what the whole file
 * would: the same header, body offset, date and binary verdict. */
#define HEAD_MIN 65536
#define HEAD_LINES 34

/* Maps a large regular file and builds the article from its head. Returns
 * 1 when done, 0 when the file is better left to art_load (small, not
 * regular, past ART_MAX_BYTES, a head too unusual), -1 on a binary file
 * (error set). */
static int load_mapped(const char *path, struct input *in)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return 0;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < 4 * HEAD_MIN ||
	    st.st_size > ART_MAX_BYTES) {
		close(fd);
		return 0;
	}
	size_t len = (size_t)st.st_size;
	int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
	flags |= MAP_POPULATE;
#endif
	void *map = mmap(NULL, len, PROT_READ, flags, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return 0;
	const char *d = map;
	const char *nl = memchr(d + HEAD_MIN, '\n', len - HEAD_MIN);
	size_t head = nl ? (size_t)(nl - d) + 1 : 0, lines = 0;
	for (const char *p = d; head && p < d + head && lines < HEAD_LINES; p++) {
		p = memchr(p, '\n', head - (size_t)(p - d));
		if (!p)
			break;
		lines++;
	}
	if (!head || lines < HEAD_LINES) {
		munmap(map, len);
		return 0;
	}
	char *copy = xmalloc(head + 1);
	memcpy(copy, d, head);
	copy[head] = '\0';
	in->a = art_from_buffer(path, copy, head);
	if (!in->a) {
		munmap(map, len);
		return -1;
	}
	in->data = d;
	in->len = len;
	in->map = map;
	in->maplen = len;
	return 1;
}

static int load(const char *name, struct input *in)
{
	memset(in, 0, sizeof *in);
	if (strcmp(name, "-") == 0)
		return load_stdin(in);
	/* A Markdown article is read whole: its model needs every byte. */
	int r = md_is_markdown_path(name) ? 0 : load_mapped(name, in);
	if (r)
		return r < 0 ? -1 : 0;
	in->a = art_load(name);
	if (!in->a)
		return -1;
	in->data = in->a->text;
	in->len = in->a->len;
	return 0;
}

static void unload(struct input *in)
{
	if (in->map)
		munmap(in->map, in->maplen);
	art_free(&in->a);
}

/* ---- output ---- */

/* Bytes that JSON needs escaped: 1 for the short forms, 2 for \u00XX. */
static const unsigned char json_esc[256] = {
	[0x00 ... 0x08] = 2, ['\t'] = 1, ['\n'] = 1, [0x0b ... 0x0c] = 2, ['\r'] = 1,
	[0x0e ... 0x1f] = 2, ['"'] = 1, ['\\'] = 1, [0x7f] = 2,
};

/* Writes s as a JSON string at o (room for 6 * n + 2 bytes); returns the
 * new end. The same escapes as sb_add_json(); other bytes go as they are. */
static char *put_json(char *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	*o++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!json_esc[c]) {
			/* the usual case: a run of plain bytes, copied at once */
			size_t j = i + 1;
			while (j < n && !json_esc[(unsigned char)s[j]])
				j++;
			memcpy(o, s + i, j - i);
			o += j - i;
			i = j - 1;
			continue;
		}
		*o++ = '\\';
		switch (c) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\n': *o++ = 'n'; break;
		case '\r': *o++ = 'r'; break;
		case '\t': *o++ = 't'; break;
		default:
			*o++ = 'u';
			*o++ = '0';
			*o++ = '0';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	}
	*o++ = '"';
	return o;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The 8 decimal digits of v < 10^8, leading zeros included, as the bytes
 * of the result in memory order: both halves of 4 digits, then the 4 pairs,
 * then the 8 digits are divided at once, each in its own lane (x * 10486 >>
 * 20 is x / 100 for x < 10^4, x * 103 >> 10 is x / 10 for x < 100). */
static uint64_t digits8(uint32_t v)
{
	uint64_t x = v / 10000 | (uint64_t)(v % 10000) << 32;
	uint64_t y = (x * 10486 >> 20) & 0x0000007F0000007FULL;
	x = y | (x - y * 100) << 16;
	y = (x * 103 >> 10) & 0x000F000F000F000FULL;
	x = y | (x - y * 10) << 8;
	return x + 0x3030303030303030ULL;
}
#endif

/* v in decimal; writes 8 bytes at o even when v has fewer digits. Two
 * digits at a time, written backwards from the end found first, when v
 * has more than 8 (or on a big-endian machine). */
static char *put_uint(char *o, size_t v)
{
	static const char d2[] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	static const uint64_t p10[20] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
		100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
		10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
		100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
	};
	/* the digit count from the bit length: log10(2) ~ 1233 / 4096, at most 19 */
	int b = 64 - __builtin_clzll((unsigned long long)v | 1);
	int n = (b * 1233) >> 12;
	n += ((uint64_t)v | 1) >= p10[n];  /* | 1: 0 has one digit; 10^n (n > 0) is even */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n <= 8) {
		uint64_t x = digits8((uint32_t)v) >> (8 * (8 - n));
		memcpy(o, &x, 8);
		return o + n;
	}
#endif
	char *e = o + n;
	while (v >= 100) {
		e -= 2;
		memcpy(e, d2 + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10)
		memcpy(e - 2, d2 + 2 * v, 2);
	else
		e[-1] = (char)('0' + v);
	return o + n;
}

#define PUT_LIT(o, lit) (memcpy((o), "" lit, sizeof(lit) - 1), (o) + sizeof(lit) - 1)

/* The high bit of each byte of w that JSON needs escaped: a control byte,
 * '"', '\\' or DEL (json_esc[]). Exact for the first such byte; after it
 * a borrow may mark more, which says nothing wrong: "some". */
static uint64_t json_special(uint64_t w)
{
	const uint64_t L = 0x0101010101010101ULL, H = 0x8080808080808080ULL;
	uint64_t q = w ^ (0x22 * L), b = w ^ (0x5c * L), d = w ^ (0x7f * L);
	return ((w - 0x20 * L) | (q - L) | (b - L) | (d - L)) & ~w & H;
}

/* put_json() for bytes of the text, which may be read up to end: eight
 * at a time while none needs escaping (a span's text mostly is a few
 * plain words). Room as for put_json() and 8 bytes more. */
static char *put_json_text(char *o, const char *s, size_t n, const char *end)
{
	char *o0 = o;
	*o++ = '"';
	size_t i = 0;
	while (i < n && s + i + 8 <= end) {
		uint64_t w;
		memcpy(&w, s + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);  /* the first byte in the lowest bits */
#endif
		size_t r = n - i < 8 ? n - i : 8;
		uint64_t sp = json_special(w);
		if (r < 8)
			sp &= (1ULL << (8 * r)) - 1;
		if (sp)
			return put_json(o0, s, n);  /* rare: from the start, the careful way */
		memcpy(o, s + i, 8);
		o += r;
		i += r;
	}
	if (i < n)
		return put_json(o0, s, n);
	*o++ = '"';
	return o;
}

/* Keys and values as JSON strings, escaped once each per document: a
 * document names the same people, places and dates again and again, and
 * its list of spans holds one copy of each string (hl_spans_str), so a
 * string's address names it until the list is cleared. */
enum { JMEMO_SLOTS = 4096, JMEMO_MAX = 1 << 20 };
struct jmemo {
	struct jslot {
		const char *s;      /* the key or value; NULL: empty */
		size_t off, len;    /* its JSON string in buf */
	} slot[JMEMO_SLOTS];
	struct sb buf;
};

static void jmemo_reset(struct jmemo *m)
{
	memset(m->slot, 0, sizeof m->slot);
	sb_reset(&m->buf);
}

/* The slot of s, its JSON string made if it is not there. */
static const struct jslot *jmemo_get(struct jmemo *m, const char *s)
{
	uint64_t a = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ULL;
	struct jslot *e = &m->slot[a >> 52];  /* 12 bits: JMEMO_SLOTS */
	if (e->s == s)
		return e;
	size_t n = strlen(s);
	sb_grow(&m->buf, 6 * n + 2);
	char *o = m->buf.s + m->buf.len;
	size_t len = (size_t)(put_json(o, s, n) - o);
	*e = (struct jslot){ s, m->buf.len, len };
	m->buf.len += len;
	m->buf.s[m->buf.len] = '\0';
	return e;
}

/* Appends the JSON line of span s; head is `{"file":NAME,"start":`. The
 * text is data (len bytes) from s->start. */
static void put_span(struct sb *out, const struct sb *head, struct jmemo *m, const struct hl_span *s,
		     const char *data, size_t len, int corrected)
{
	if (m->buf.len > JMEMO_MAX)
		jmemo_reset(m);  /* a text of ever new names: start again */
	size_t voff = 0, vlen = 0, ntext = s->end - s->start;
	const struct jslot *e = jmemo_get(m, s->key);
	size_t koff = e->off, klen = e->len;
	if (s->value) {
		e = jmemo_get(m, s->value);
		voff = e->off;
		vlen = e->len;
	}
	sb_grow(out, head->len + klen + vlen + 6 * ntext + 136);
	char *o = out->s + out->len;
	memcpy(o, head->s, head->len);
	o += head->len;
	o = put_uint(o, s->start);
	o = PUT_LIT(o, ",\"end\":");
	o = put_uint(o, s->end);
	switch (s->type) {
	case HL_PERSON: o = PUT_LIT(o, ",\"type\":\"PERSON\",\"key\":"); break;
	case HL_PLACE: o = PUT_LIT(o, ",\"type\":\"PLACE\",\"key\":"); break;
	default: o = PUT_LIT(o, ",\"type\":\"DATE\",\"key\":"); break;
	}
	memcpy(o, m->buf.s + koff, klen);
	o += klen;
	o = PUT_LIT(o, ",\"text\":");
	o = put_json_text(o, data + s->start, ntext, data + len);
	if (s->value) {
		o = PUT_LIT(o, ",\"value\":");
		memcpy(o, m->buf.s + voff, vlen);
		o += vlen;
	}
	if (s->deictic)
		o = PUT_LIT(o, ",\"deictic\":true");
	if (corrected)
		o = PUT_LIT(o, ",\"corrected\":true");
	o = PUT_LIT(o, "}\n");
	*o = '\0';
	out->len = (size_t)(o - out->s);
}

static int parse_types(const char *arg, unsigned *mask)
{
	*mask = 0;
	char *copy = xstrdup(arg), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		int ty = hl_type_parse(t);
		if (ty < 0) {
			free(copy);
			return -1;
		}
		*mask |= 1u << ty;
	}
	free(copy);
	return *mask ? 0 : -1;
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "types", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	unsigned mask = (1u << HL_NTYPES) - 1;
	int o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":t:", opts, NULL)) != -1) {
		if (o == 't') {
			if (parse_types(optarg, &mask) < 0)
				return cli_usage(argv[0], _("--types takes a list of person, place and date, not '%s'"), optarg);
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	if (optind >= argc)
		return cli_usage(argv[0], _("which articles? Give a FILE or - for standard input"));
	struct hl_engine *e = lib_engine_for(argv[optind], cli_opt.db);
	if (!e)
		return cli_fail("%s", err_msg());
	int r = 0;
	struct sb out = SB_INIT;
	struct jmemo *memo = xcalloc(1, sizeof *memo);
	sb_init(&memo->buf);
	struct hl_spans sp = { 0 };
	struct ops_sidecars *dbs = ops_sidecars_new();
	for (int i = optind; i < argc; i++) {
		const char *name = argv[i];
		struct input in;
		if (load(name, &in) < 0) {
			r = cli_fail("%s", err_msg());
			continue;
		}
		struct hl_doc doc = {
			.text = in.data + in.a->body,
			.len = in.len - in.a->body,
			.base = in.a->body,
			.date = in.a->iso_date[0] ? in.a->iso_date : NULL,
		};
		/* the corrections of one passage, found again in the file as it
		 * is on disk (raw bytes: a Markdown article's text differs) */
		struct store_passage_list fix = { 0 };
		if (hl_run(e, &doc, &sp) < 0 ||
		    ops_passages_for_file(dbs, name, cli_opt.db, in.map ? in.data : in.a->data, in.len, &fix) < 0) {
			r = cli_fail("%s: %s", name, err_msg());
			hl_spans_clear(&sp);
			ops_passage_list_clear(&fix);
			unload(&in);
			continue;
		}
		ops_passages_apply(&fix, in.data, in.a->body, in.len, &sp);
		/* the file name is the same on every line: escape it once */
		struct sb head = SB_INIT;
		sb_adds(&head, "{\"file\":");
		sb_add_json(&head, name, strlen(name));
		sb_adds(&head, ",\"start\":");
		for (size_t k = 0; k < sp.n; k++) {
			if (!(mask & (1u << sp.v[k].type)))
				continue;
			put_span(&out, &head, memo, &sp.v[k], in.data, in.len,
				 fix.n && ops_passage_is(&fix, &sp.v[k]));
			if (out.len > (1u << 20)) {
				cli_put(stdout, out.s, out.len);
				sb_reset(&out);
			}
		}
		sb_release(&head);
		ops_passage_list_clear(&fix);
		hl_spans_clear(&sp);
		jmemo_reset(memo);  /* the strings' addresses may come again */
		unload(&in);
	}
	cli_put(stdout, out.s, out.len);
	sb_release(&out);
	sb_release(&memo->buf);
	free(memo);
	ops_sidecars_free(&dbs);
	hl_engine_free(&e);
	return r;
}

const struct cli_cmd cmd_entities = {
	"entities", N_("FILE... [--types person,place,date]"),
	N_("print the people, places and dates of articles as JSON lines"), run,
};
