/* test-anchor.c -- anchoring and re-anchoring (src/core/anchor.c). */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "anchor.h"
#include "core.h"
#include "tap.h"

static const char base[] =
	"Title: A test\n\n"
	"Secretary Blinken met Foreign Minister Cho in Seoul on Monday. "
	"They discussed the alliance and the situation on the Korean Peninsula. "
	"Cho thanked Blinken for his support. The ministers agreed to meet again in Tokyo.\n";

static void make(const char *text, const char *quote, struct anchor *a)
{
	const char *p = strstr(text, quote);
	size_t s = (size_t)(p - text);
	if (anchor_make(text, strlen(text), s, s + strlen(quote), a) < 0)
		printf("# anchor_make: %s\n", err_msg());
}

static struct anchor_match resolve(const struct anchor *a, const char *text)
{
	struct anchor_match m;
	char hex[17];
	hash64_hex(hash64(text, strlen(text)), hex);
	anchor_resolve(a, text, strlen(text), hex, &m);
	return m;
}

static int at(const char *text, const struct anchor_match *m, const char *want)
{
	return m->how != ANCHOR_ORPHAN && m->end - m->start == strlen(want) &&
	       memcmp(text + m->start, want, strlen(want)) == 0;
}

static char *replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	struct sb b = SB_INIT;
	sb_add(&b, s, (size_t)(p - s));
	sb_adds(&b, to);
	sb_adds(&b, p + strlen(from));
	return sb_detach(&b);
}

int main(void)
{
	struct anchor a;
	const char *q = "They discussed the alliance and the situation on the Korean Peninsula.";
	make(base, q, &a);
	is_str(a.quote, q, "quote stored");
	is_int(strlen(a.prefix), 32, "32 bytes of prefix");
	is_int(strlen(a.suffix), 32, "32 bytes of suffix");
	ok(strncmp(a.suffix, " Cho thanked", 12) == 0, "suffix follows the quote");

	struct anchor_match m = resolve(&a, base);
	is_int(m.how, ANCHOR_SAME, "unchanged text: same range");

	/* text inserted before the passage */
	char *t1 = replace(base, "Secretary Blinken", "In a long-awaited visit, Secretary Blinken");
	m = resolve(&a, t1);
	is_int(m.how, ANCHOR_EXACT, "text inserted before: exact quote");
	ok(at(t1, &m, q), "text inserted before: right passage");

	/* a word changed inside the passage */
	char *t2 = replace(base, "discussed the alliance", "discussed the partnership");
	m = resolve(&a, t2);
	is_int(m.how, ANCHOR_FUZZY, "word changed: fuzzy");
	ok(at(t2, &m, "They discussed the partnership and the situation on the Korean Peninsula."),
	   "word changed: the edited passage, whole");

	/* the passage deleted */
	char *t3 = replace(base, q, "");
	m = resolve(&a, t3);
	is_int(m.how, ANCHOR_ORPHAN, "passage deleted: orphan");

	/* the passage duplicated elsewhere (earlier, other context) */
	struct sb d = SB_INIT;
	sb_adds(&d, "Title: A test\n\nFrom the archive: ");
	sb_adds(&d, q);
	sb_adds(&d, " End of archive.\n\n");
	sb_adds(&d, base + strlen("Title: A test\n\n"));
	m = resolve(&a, d.s);
	const char *orig = strstr(d.s, "Monday. They") + strlen("Monday. ");
	ok(m.how == ANCHOR_EXACT && d.s + m.start == orig, "passage duplicated: the original one, by context");
	sb_release(&d);

	/* a short quote: another mention of the same name is not the passage */
	struct anchor s;
	const char *p2 = strstr(base, "Cho thanked");
	anchor_make(base, strlen(base), (size_t)(p2 - base), (size_t)(p2 - base) + 3, &s);
	is_str(s.quote, "Cho", "short quote");
	char *t4 = replace(base, "Cho thanked Blinken for his support. ", "");
	m = resolve(&s, t4);
	ok(m.how == ANCHOR_ORPHAN, "short quote whose sentence is gone: orphan, not the other 'Cho'");
	char *t5 = replace(base, "Secretary Blinken met", "Secretary of State Blinken met");
	m = resolve(&s, t5);
	ok(m.how == ANCHOR_EXACT && strncmp(t5 + m.start, "Cho thanked", 11) == 0, "short quote moved: found by context");

	/* UTF-8: context never splits a character; ranges must not */
	const char *u = "Ça va? Les ministres ont parlé à Séoul de l’alliance.";
	struct anchor ua;
	const char *pa = strstr(u, "Séoul");
	ok(anchor_make(u, strlen(u), (size_t)(pa - u) + 2, (size_t)(pa - u) + 6, &ua) < 0, "range splitting a character refused");
	ok(anchor_make(u, strlen(u), (size_t)(pa - u), (size_t)(pa - u) + strlen("Séoul"), &ua) == 0, "range on boundaries");
	ok(anchor_boundary(ua.prefix, strlen(ua.prefix), 0) && ((unsigned char)ua.prefix[0] & 0xC0) != 0x80,
	   "prefix starts on a character");
	/* a word changed in UTF-8 text: the match snaps to characters */
	char *u2 = replace(u, "Séoul", "Séouł");
	m = resolve(&ua, u2);
	ok(m.how == ANCHOR_FUZZY && anchor_boundary(u2, strlen(u2), m.start) && anchor_boundary(u2, strlen(u2), m.end),
	   "fuzzy match on UTF-8 boundaries");
	anchor_clear(&ua);

	ok(anchor_make(base, strlen(base), 5, 5, &ua) < 0, "empty range refused");
	ok(anchor_make(base, strlen(base), 5, 5000, &ua) < 0, "range past the end refused");
	size_t st;
	is_int(anchor_find(base, strlen(base), 15, "Blinken", &st), 2, "anchor_find counts occurrences");
	is_int(anchor_find(base, strlen(base), 15, "Title", &st), 1, "anchor_find falls back to the header");

	/* a stray continuation byte splits no character: a range may end
	 * before it, and the context stops at it */
	static const char stray[] = "Minister Cho Tae-yul\x80 said. S\xc3\xa9oul \xc3\xa9\x80.";
	size_t sl = strlen(stray), cs = (size_t)(strstr(stray, "Cho") - stray);
	ok(anchor_boundary(stray, sl, cs + 11), "a stray byte after a character is a boundary");
	ok(!anchor_boundary(stray, sl, (size_t)(strstr(stray, "\xa9oul") - stray)), "inside a character is not");
	ok(anchor_boundary(stray, sl, sl - 2), "a stray byte after a whole two-byte character is a boundary");
	ok(anchor_make(stray, sl, cs, cs + 11, &ua) == 0 && strcmp(ua.quote, "Cho Tae-yul") == 0 && ua.suffix[0] == 0,
	   "anchor_make takes a quote followed by a stray byte");
	anchor_clear(&ua);

	/* the matcher's work is bounded whatever the anchor holds: a 1 MB
	 * context each side (an old import) is not compared whole; alarm()
	 * ends a run that would take hours */
	alarm(120);
	{
		size_t big = 1 << 20;
		char *ctx = xmalloc(big + 1), *text = xmalloc(2 * big + 64);
		for (size_t i = 0; i < big; i++)
			ctx[i] = "word "[i % 5];
		ctx[big] = 0;
		snprintf(text, 2 * big + 64, "%sthe passage.%s", ctx, ctx);
		struct anchor la = { 5, 16, xstrdup("the passage"), xstrdup(ctx), xstrdup(ctx), "0000000000000000" };
		m = resolve(&la, text);
		ok(at(text, &m, "the passage") && m.start == big, "1 MB of context each side: found");
		anchor_trim(la.prefix, la.suffix);
		ok(strlen(la.prefix) == ANCHOR_CONTEXT && strlen(la.suffix) == ANCHOR_CONTEXT, "anchor_trim cuts to ANCHOR_CONTEXT");
		anchor_clear(&la);
		free(text);
		free(ctx);
	}
	alarm(0);

	/* everything changed: orphan */
	m = resolve(&a, "Title: A test\n\nNothing to see here.\n");
	is_int(m.how, ANCHOR_ORPHAN, "unrelated text: orphan");

	free(t1);
	free(t2);
	free(t3);
	free(t4);
	free(t5);
	free(u2);
	anchor_clear(&a);
	anchor_clear(&s);
	return done_testing();
}
