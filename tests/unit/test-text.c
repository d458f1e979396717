/* test-text.c -- paragraphs, sentences, words and grapheme clusters. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl.h"
#include "tap.h"
#include "text.h"
#include "util.h"

static struct text mk(const char *s)
{
	size_t n = strlen(s);
	struct text t = { s, 0, n, text_line_paras(s, n, 0) };
	return t;
}

/* ---- a reference for paragraphs: one pass from the start ---- */

struct ref {
	size_t start[64], end[64], n;
	int line_paras;
};

static int blank(const char *d, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!strchr(" \t\r\f\v", d[i]))
			return 0;
	return 1;
}

/* The rule written the plain way: lines, blank or not, from the start. */
static void ref_paras(const char *d, size_t len, struct ref *r)
{
	size_t nl = 0, ls[256], le[256];
	for (size_t p = 0; p < len && nl < 256;) {
		const char *q = memchr(d + p, '\n', len - p);
		size_t e = q ? (size_t)(q - d) : len;
		ls[nl] = p;
		le[nl++] = e;
		p = e + 1;
	}
	/* Line paragraphs unless a blank line has text after it. */
	r->line_paras = 1;
	for (size_t i = 0; i < nl; i++)
		if (blank(d, ls[i], le[i]) && le[i] < len)
			for (size_t k = i + 1; k < nl; k++)
				if (!blank(d, ls[k], le[k]))
					r->line_paras = 0;
	r->n = 0;
	for (size_t i = 0; i < nl;) {
		if (blank(d, ls[i], le[i])) {
			i++;
			continue;
		}
		size_t k = i;
		if (!r->line_paras)
			while (k + 1 < nl && !blank(d, ls[k + 1], le[k + 1]))
				k++;
		size_t s = ls[i], e = le[k];
		while (s < le[i] && (d[s] == ' ' || d[s] == '\t'))
			s++;
		while (e > ls[k] && strchr(" \t\r", d[e - 1]))
			e--;
		r->start[r->n] = s;
		r->end[r->n++] = e;
		i = k + 1;
	}
}

/* Index of the reference paragraph whose lines hold off (the first after
 * it on a blank line), or r->n. */
static size_t ref_at(const char *d, const struct ref *r, size_t off)
{
	for (size_t i = 0; i < r->n; i++) {
		size_t from = r->start[i];
		while (from > 0 && d[from - 1] != '\n')
			from--;
		size_t to = r->end[i];
		while (d[to] && d[to] != '\n')
			to++;
		if (off <= to || off < from)
			return i;
	}
	return r->n;
}

/* Every offset of d, asked from the middle, agrees with the reference. */
static int paras_agree(const char *d, const char *name)
{
	size_t len = strlen(d);
	struct ref r;
	ref_paras(d, len, &r);
	struct text t = { d, 0, len, text_line_paras(d, len, 0) };
	if (t.line_paras != r.line_paras) {
		printf("# %s: line_paras %d, reference %d\n", name, t.line_paras, r.line_paras);
		return 0;
	}
	for (size_t off = 0; off <= len; off++) {
		struct text_para p;
		size_t want = off < len ? ref_at(d, &r, off) : r.n;
		int got = text_para_at(&t, off, &p);
		if (got != (want < r.n) || (got && (p.start != r.start[want] || p.end != r.end[want]))) {
			printf("# %s: text_para_at(%zu) = %d [%zu, %zu), want #%zu\n", name, off, got, got ? p.start : 0,
			       got ? p.end : 0, want);
			return 0;
		}
		size_t nx = 0;
		while (nx < r.n && r.start[nx] <= off)
			nx++;
		got = text_para_next(&t, off, &p);
		if (got != (nx < r.n) || (got && (p.start != r.start[nx] || p.end != r.end[nx]))) {
			printf("# %s: text_para_next(%zu) = %d [%zu, %zu)\n", name, off, got, got ? p.start : 0, got ? p.end : 0);
			return 0;
		}
		size_t pv = r.n;
		for (size_t i = 0; i < r.n; i++)
			if (r.start[i] < off)
				pv = i;
		got = text_para_prev(&t, off, &p);
		if (got != (pv < r.n) || (got && (p.start != r.start[pv] || p.end != r.end[pv]))) {
			printf("# %s: text_para_prev(%zu) = %d [%zu, %zu)\n", name, off, got, got ? p.start : 0, got ? p.end : 0);
			return 0;
		}
	}
	/* Found from both ends at once, as a reader that jumps to the end
	 * does: each side sees only what the other has not taken (a view
	 * [scan, back)), and the two lists meet without a gap or overlap. */
	for (int every = 1; every <= 3; every++) {
		size_t scan = 0, back = len, nh = 0, nt = 0, head[64], tail[64];
		for (int step = 0;; step++) {
			struct text v = { d, scan, back, t.line_paras };
			struct text_para q;
			if (step % every == 0) {
				if (!text_para_at(&v, scan, &q))
					break;
				head[nh++] = q.start;
				scan = q.to;
			} else {
				if (!text_para_prev(&v, back, &q))
					break;
				tail[nt++] = q.start;
				back = q.from;
			}
		}
		if (nh + nt != r.n) {
			printf("# %s: both ends found %zu + %zu of %zu\n", name, nh, nt, r.n);
			return 0;
		}
		for (size_t i = 0; i < r.n; i++)
			if ((i < nh ? head[i] : tail[r.n - 1 - i]) != r.start[i]) {
				printf("# %s: both ends: paragraph %zu differs\n", name, i);
				return 0;
			}
	}
	/* A walk backward from the end finds the same list. */
	size_t k = r.n;
	struct text_para p;
	for (size_t pos = len; text_para_prev(&t, pos, &p); pos = p.start) {
		if (k == 0 || p.start != r.start[k - 1] || p.end != r.end[k - 1]) {
			printf("# %s: backward walk differs at #%zu\n", name, k);
			return 0;
		}
		k--;
	}
	return k == 0;
}

static void test_paragraphs(void)
{
	ok(paras_agree("One line.\nstill one.\n\nTwo.\n\n\nThree\n", "blank lines"), "blank-line paragraphs from any offset");
	ok(paras_agree("First.\nSecond.\n  Third, indented.\nFourth", "lines"), "one paragraph per line from any offset");
	ok(paras_agree("One\r\ntwo\r\n\r\nThree\r\n", "crlf"), "CRLF paragraphs exclude the CR, from any offset");
	ok(paras_agree("\n\n  a\n b \n\t\n\f\nc\n\n", "indent"), "leading blank lines, indentation, FF lines");
	ok(paras_agree("Only lines\nand trailing blanks\n\n\n", "trailing"), "blank lines only at the end: line paragraphs");
	ok(paras_agree("", "empty"), "empty text");
	ok(paras_agree("\n \n", "blank"), "only blank lines");

	/* Many small texts made of a few bytes that matter. */
	unsigned seed = 12345;
	int all = 1;
	char buf[48];
	for (int n = 0; n < 3000 && all; n++) {
		size_t len = (seed = seed * 1103515245u + 12345u) >> 16 & 31;
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			buf[i] = "ab \n\n\r\t."[(seed >> 16) % 8];
		}
		buf[len] = '\0';
		char name[16];
		snprintf(name, sizeof name, "random %d", n);
		all = paras_agree(buf, name);
	}
	ok(all, "3000 random texts: at, next and prev agree with one pass from the start");

	/* A view that stops at a line start sees only its part. */
	const char *d = "A.\n\nB.\n\nC.\n";
	struct text t = { d, 0, 8, 0 };
	struct text_para p;
	ok(text_para_prev(&t, t.len, &p) && p.start == 4 && p.end == 6, "a view's last paragraph is before its len");
	ok(!text_para_next(&t, 4, &p), "and nothing after it is read");
	t.lo = 4;
	ok(!text_para_prev(&t, 4, &p), "nothing before lo either");
	is_int(p.start, 4, "p is left alone when none is found");
	t = mk(d);
	ok(text_para_at(&t, 5, &p) && p.from == 4 && p.to == 7, "from and to are the first line's start and the next line's");
}

/* ---- sentences ---- */

/* The sentence starts of d, read with text_sentence_next from the start,
 * as "|" marks: "One. |Two." */
static char *starts(const char *d)
{
	struct text t = mk(d);
	struct sb b = SB_INIT;
	size_t from = 0, s = text_sentence_next(&t, 0);
	while (s != TEXT_NONE) {
		sb_add(&b, d + from, s - from);
		sb_addc(&b, '|');
		from = s;
		s = text_sentence_next(&t, s);
	}
	sb_adds(&b, d + from);
	return sb_detach(&b);
}

static void sentences_are(const char *d, const char *want, const char *name)
{
	char *got = starts(d);
	is_str(got, want, name);
	free(got);
}

/* The sentence around off, from text_sentence_start to text_sentence_end. */
static void around_is(const char *d, size_t off, const char *want, const char *name)
{
	struct text t = mk(d);
	size_t s = text_sentence_start(&t, off), e = text_sentence_end(&t, off);
	char *got = s == TEXT_NONE || e == TEXT_NONE || e < s ? xstrdup("(none)") : xstrndup(d + s, e - s);
	is_str(got, want, name);
	free(got);
}

static void test_sentences(void)
{
	sentences_are("Mr. Smith went to Washington. He met Gen. Lee there.",
		      "Mr. Smith went to Washington. |He met Gen. Lee there.", "Mr. and Gen. end no sentence");
	sentences_are("The talks began on Jan. 20 in Geneva. They ended.",
		      "The talks began on Jan. 20 in Geneva. |They ended.", "Jan. before a number is a date");
	sentences_are("Talks began in Jan. The deal came later.", "Talks began in Jan. |The deal came later.",
		      "a month's period before a capital ends a sentence");
	sentences_are("Room No. 5 was empty. Next.", "Room No. 5 was empty. |Next.", "No. 5 goes on");
	sentences_are("The U.S. Congress voted. It passed.", "The U.S. Congress voted. |It passed.", "U.S. ends no sentence");
	sentences_are("They met in Washington, D.C. The talks went well.",
		      "They met in Washington, D.C. |The talks went well.", "an acronym before 'The' ends one");
	sentences_are("The U.S. It was. The U.S. Army came.", "The U.S. |It was. |The U.S. Army came.",
		      "an acronym before a pronoun ends one, before a name none");
	sentences_are("J. R. R. Tolkien wrote it. Yes.", "J. R. R. Tolkien wrote it. |Yes.", "initials end none");
	sentences_are("Fruit, e.g. Apples, are good. Yes.", "Fruit, e.g. Apples, are good. |Yes.", "e.g. ends none");
	sentences_are("He lives in Tampa, Fla. The rest.", "He lives in Tampa, Fla. |The rest.", "a state's period ends one");
	sentences_are("She asked, \"Why?\" He smiled. (See the map.) Next!",
		      "She asked, \"Why?\" |He smiled. |(See the map.) |Next!", "closing quotes and brackets stay with their sentence");
	sentences_are("\"Why?\" he asked. Fine!", "\"Why?\" he asked. |Fine!", "a lower-case word goes on after ?");
	sentences_are("Is it? Yes! Good.", "Is it? |Yes! |Good.", "? and ! end sentences");
	sentences_are("Wait... then it rained. Wait... Then it stopped.",
		      "Wait... then it rained. |Wait... |Then it stopped.", "an ellipsis ends one before a capital");
	sentences_are("He paused\xe2\x80\xa6 Then went on.", "He paused\xe2\x80\xa6 |Then went on.", "… is an ellipsis");
	sentences_are("He said \xe2\x80\x9cstop.\xe2\x80\x9d Then left.", "He said \xe2\x80\x9cstop.\xe2\x80\x9d |Then left.",
		      "a curly closing quote stays with its sentence");
	sentences_are("Version 2.5 is out.It works. 3 items. Done.", "Version 2.5 is out.It works. |3 items. |Done.",
		      "no white space, no sentence end");
	sentences_are("One. Two.\n\nThree. Four.\nFive.", "One. |Two.\n\n|Three. |Four.\n|Five.",
		      "paragraphs start sentences; a line inside one does not");
	sentences_are("One.\nTwo.\n", "One.\n|Two.\n", "in line paragraphs each line starts one");
	sentences_are("", "", "empty text: no sentence");

	around_is("The talks began on Jan. 20\xe2\x80\xa6 They went on.", 5, "The talks began on Jan. 20\xe2\x80\xa6",
		  "the sentence around an offset keeps Jan. 20 whole");
	const char *d = "Mr. Smith went to Washington. He met Gen. Lee there.";
	around_is(d, 40, "He met Gen. Lee there.", "the sentence around an offset in the second");
	around_is(d, 29, "Mr. Smith went to Washington.", "white space after a sentence belongs to it");
	around_is(d, 0, "Mr. Smith went to Washington.", "at the very start");
	around_is(d, strlen(d), "He met Gen. Lee there.", "at the very end");
	around_is("Title\n\n  Body here. More", 8, "Title", "indentation is before its paragraph: the sentence before");
	around_is("Title\n\n  Body here. More", 9, "Body here.", "a paragraph's first byte starts a sentence");
	around_is("\n\nText.", 0, "(none)", "before the first paragraph there is no sentence");

	struct text t = mk("One. Two.\n\nThree. Four.");
	is_int(text_sentence_prev(&t, 11), 5, "prev from a paragraph start: the last sentence before");
	is_int(text_sentence_prev(&t, 13), 11, "prev from inside: this sentence's start");
	is_int(text_sentence_prev(&t, 0), TEXT_NONE, "prev at the start: none");
	is_int(text_sentence_next(&t, 18), TEXT_NONE, "next in the last sentence: none");
	is_int(text_sentence_next(&t, 6), 11, "next from the last sentence of a paragraph: the next paragraph");
	t.lo = 11;
	is_int(text_sentence_prev(&t, 11), TEXT_NONE, "nothing before lo");
	is_int(text_sentence_next(&t, 2), 11, "before lo: the first sentence");
	struct text title = { "Title\n\nBody. Two.", 5, 17, 0 };
	is_int(text_sentence_next(&title, 0), 7, "lo at the end of a title line: the body's first sentence");
	is_int(text_sentence_prev(&title, 7), TEXT_NONE, "and none before it");
	is_int(text_sentence_start(&title, 14), 13, "a sentence start past lo");

	ok(hl_abbrev("Mr", 2) & HL_ABBR, "hl_abbrev: Mr");
	ok(hl_abbrev("Jan.", 4) == (HL_ABBR | HL_ABBR_MONTH), "hl_abbrev: Jan. is a month, the dot dropped");
	ok(hl_abbrev("FLA", 3) == (HL_ABBR | HL_ABBR_STATE), "hl_abbrev: Fla, any case, is a state");
	ok(hl_abbrev("Smith", 5) == 0 && hl_abbrev("", 0) == 0, "hl_abbrev: a name and nothing are not");
}

/* ---- words ---- */

static void test_words(void)
{
	const char *d = "Don't stop, caf\x65\xcc\x81 O\xe2\x80\x99Neill_2 -- end";
	struct text t = mk(d);
	is_int(text_word_end(&t, 0), 5, "an apostrophe between letters is inside a word");
	is_int(text_word_next(&t, 0), 6, "next word");
	is_int(text_word_next(&t, 2), 6, "next word from inside one");
	size_t cafe = 12;
	is_int(text_word_next(&t, 6), cafe, "punctuation and spaces are skipped");
	is_int(text_word_end(&t, cafe), cafe + 6, "a combining mark stays in its word");
	size_t oneill = cafe + 7;
	is_int(text_word_next(&t, cafe), oneill, "after the mark");
	is_int(text_word_end(&t, oneill), oneill + 11, "a curly apostrophe, digits and _ are inside a word");
	is_int(text_word_start(&t, oneill + 5), oneill, "word start from the middle");
	is_int(text_word_start(&t, 5), 5, "word start off a word: itself");
	is_int(text_word_end(&t, 5), 6, "word end off a word: one cluster");
	is_int(text_word_prev(&t, oneill), cafe, "prev word");
	is_int(text_word_prev(&t, oneill + 3), oneill, "prev word from inside one: its start");
	is_int(text_word_prev(&t, 0), TEXT_NONE, "prev at the start: none");
	size_t end = strlen(d) - 3;
	is_int(text_word_next(&t, end), TEXT_NONE, "next in the last word: none");
	is_int(text_word_prev(&t, strlen(d)), end, "prev from the end: the last word");
	ok(!text_is_word(&t, 11) && text_is_word(&t, 3), "text_is_word");

	struct text q = mk("'quoted' it's 'x");
	is_int(text_word_first(&q), 1, "a quote before a word is not in it");
	is_int(text_word_end(&q, 1), 7, "nor one after it");
	is_int(text_word_next(&q, 1), 9, "it's");
	is_int(text_word_end(&q, 9), 13, "it's is one word");
	is_int(text_word_next(&q, 9), 15, "a quote at a word's start");

	struct text e = mk("");
	ok(text_word_first(&e) == TEXT_NONE && text_word_next(&e, 0) == TEXT_NONE && text_word_prev(&e, 0) == TEXT_NONE,
	   "empty text: no words");
	is_int(text_word_end(&e, 0), 0, "empty text: the end is 0");
	struct text p = mk(" -- ... ");
	ok(text_word_first(&p) == TEXT_NONE && text_word_prev(&p, 8) == TEXT_NONE, "punctuation only: no words");
	struct text lo = { "Title\n\nBody", 7, 11, 0 };
	is_int(text_word_first(&lo), 7, "the first word is at or after lo");
	is_int(text_word_prev(&lo, 9), 7, "prev does not go below lo");
	is_int(text_word_next(&lo, 0), 7, "next from before lo: the first word");
}

/* ---- grapheme clusters ---- */

#define FAMILY "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7"   /* 18 bytes */
#define FLAGS "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\xf0\x9f\x87\xab\xf0\x9f\x87\xb7"    /* DE FR: 16 bytes */
#define THUMB "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"                                 /* with a skin tone: 8 */

static void test_graphemes(void)
{
	const char *d = "e\xcc\x81" FAMILY "!" FLAGS THUMB "\r\nx";
	struct text t = mk(d);
	size_t want[] = { 0, 3, 21, 22, 30, 38, 46, 48, 49 };
	size_t n = sizeof want / sizeof want[0];
	int fwd = 1, back = 1;
	for (size_t i = 0; i + 1 < n; i++) {
		if (text_grapheme_next(&t, want[i]) != want[i + 1]) {
			printf("# next(%zu) = %zu, want %zu\n", want[i], text_grapheme_next(&t, want[i]), want[i + 1]);
			fwd = 0;
		}
		if (text_grapheme_prev(&t, want[i + 1]) != want[i]) {
			printf("# prev(%zu) = %zu, want %zu\n", want[i + 1], text_grapheme_prev(&t, want[i + 1]), want[i]);
			back = 0;
		}
	}
	ok(fwd, "next: a combining mark, a ZWJ family, two flags, a skin tone, CR LF are one cluster each");
	ok(back, "prev walks the same clusters backward");
	is_int(text_grapheme_prev(&t, 10), 3, "prev from inside a ZWJ sequence: its start");
	is_int(text_grapheme_next(&t, t.len), t.len, "next at the end stays");
	is_int(text_grapheme_prev(&t, 0), 0, "prev at the start stays");
	struct text e = mk("");
	ok(text_grapheme_next(&e, 0) == 0 && text_grapheme_prev(&e, 0) == 0, "empty text");

	/* Backward over a line with no ASCII pair in it: the walk starts at
	 * the line start, and a long one at a character 1024 bytes back. */
	struct sb b = SB_INIT;
	for (int i = 0; i < 600; i++)
		sb_adds(&b, "\xe6\x97\xa5");  /* 日 */
	struct text cjk = { b.s, 0, b.len, 1 };
	int same = 1;
	for (size_t off = b.len; off > 0; off -= 3)
		same &= text_grapheme_prev(&cjk, off) == off - 3;
	ok(same, "prev over 1800 bytes of CJK, one character at a time");
	sb_release(&b);
}

/* Every function at every offset of a heap copy without a NUL after it:
 * under ASan a read past len fails the run. */
static void test_sweep(void)
{
	const char *texts[] = {
		"Mr. Smith said \"Why?\" then... Jan. 20\xe2\x80\xa6 e\xcc\x81t\xc3\xa9 don\xe2\x80\x99t. U.S.",
		"A.\r\n\r\n  B \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9 end.\n\n\n",
		"line one.\nline two?\nline \xff three!",
		"No.", ".", "\n", "\xe2\x80", "x'",
	};
	int clean = 1, ordered = 1;
	for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
		size_t n = strlen(texts[k]);
		char *buf = xmalloc(n ? n : 1);
		memcpy(buf, texts[k], n);
		for (size_t lo = 0; lo <= n; lo++) {
			struct text t = { buf, lo, n, text_line_paras(buf, n, lo) };
			for (size_t off = 0; off <= n + 1; off++) {
				struct text_para p;
				size_t r[] = {
					text_sentence_start(&t, off), text_sentence_end(&t, off), text_sentence_next(&t, off),
					text_sentence_prev(&t, off), text_word_start(&t, off), text_word_next(&t, off),
					text_word_prev(&t, off), text_grapheme_next(&t, off), text_grapheme_prev(&t, off),
					text_para_at(&t, off, &p) ? p.end : lo, text_para_next(&t, off, &p) ? p.start : lo,
					text_para_prev(&t, off, &p) ? p.to : lo,
				};
				/* next is after off, prev and start are before or at it */
				size_t o = off > n ? n : off;
				if ((r[0] != TEXT_NONE && r[0] > o) || (r[2] != TEXT_NONE && r[2] <= off) ||
				    (r[3] != TEXT_NONE && r[3] >= o) || (r[5] != TEXT_NONE && r[5] <= off) ||
				    (r[6] != TEXT_NONE && r[6] >= o) || (o >= lo && o < n && r[7] <= o) ||
				    (o > lo && r[8] >= o)) {
					if (ordered)
						printf("# text %zu, lo %zu, off %zu: out of order\n", k, lo, off);
					ordered = 0;
				}
				for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
					if (r[i] != TEXT_NONE && (r[i] > n || r[i] < lo)) {
						if (clean)
							printf("# text %zu, lo %zu, off %zu: result %zu is %zu\n", k, lo, off, i, r[i]);
						clean = 0;
					}
			}
			clean &= text_word_first(&t) == TEXT_NONE || text_word_first(&t) >= lo;
		}
		free(buf);
	}
	ok(clean, "every function at every offset and lo stays inside [lo, len]");
	ok(ordered, "and next goes forward, prev and start backward");
}

/* No sentence starts inside a span of the engine: a note on a sentence
 * never cuts a date or a name the engine reads as one. */
static int spans_whole(const struct hl_engine *e, const char *d, size_t n, size_t body, const char *name)
{
	struct hl_doc hd = { d + body, n - body, body, NULL };
	struct hl_spans sp = { 0 };
	if (hl_run(e, &hd, &sp) < 0)
		return 0;
	struct text t = { d, body, n, text_line_paras(d, n, body) };
	int whole = sp.n > 0;
	for (size_t i = 0; i < sp.n && whole; i++) {
		size_t s = text_sentence_next(&t, sp.v[i].start);
		if (s != TEXT_NONE && s < sp.v[i].end) {
			printf("# %s: a sentence starts at %zu inside '%.*s'\n", name, s, (int)(sp.v[i].end - sp.v[i].start),
			       d + sp.v[i].start);
			whole = 0;
		}
	}
	hl_spans_clear(&sp);
	return whole;
}

static void test_engine(void)
{
	struct hl_engine *e = hl_engine_new();
	if (!ok(e != NULL, "the engine loads"))
		return;
	const char *d = "The talks began on Jan. 20\xe2\x80\xa6 Gen. Lee met Mr. Smith in Tampa, Fla. on Dec. 3. "
			"U.S. officials met No. 10 staff.";
	ok(spans_whole(e, d, strlen(d), 0, "made up"), "no sentence starts inside a span of the engine");
	const char *seeds[] = { "2023-11-10-state-blinken-yoon-meeting.txt", "2025-01-12-whitehouse-biden-ishiba-marcos-call.txt",
		"000_5512f4e0b11210a8.txt" };
	int all = 1;
	for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/seeds/%s", SRCDIR, seeds[i]);
		size_t n;
		char *buf = read_file(path, &n);
		all &= buf && spans_whole(e, buf, n, 0, seeds[i]);
		free(buf);
	}
	ok(all, "nor in the seed articles");
	hl_engine_free(&e);
}

int main(void)
{
	test_paragraphs();
	test_sentences();
	test_words();
	test_graphemes();
	test_sweep();
	test_engine();
	return done_testing();
}
