/* test-article.c -- headers, titles, paragraphs and awkward bytes. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "core.h"
#include "tap.h"

static struct article *mk(const char *name, const char *text, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, text, n);
	d[n] = '\0';
	return art_from_buffer(name, d, n);
}

static char *para(const struct article *a, size_t i)
{
	return xstrndup(a->data + a->para[i].start, a->para[i].end - a->para[i].start);
}

int main(void)
{
	const char *h = "Title: A visit\nSource: https://example.org/a\nDate: 2024-03-19\nLicense: CC0\n\nFirst para\nstill first.\n\nSecond.\n";
	struct article *a = mk("x.txt", h, strlen(h));
	ok(a != NULL, "an article with a header loads");
	is_str(a->title, "A visit", "title from the header");
	is_int(a->title_from, ART_TITLE_HEADER, "and says so");
	is_str(a->meta[ART_SOURCE], "https://example.org/a", "source");
	is_str(a->meta[ART_LICENSE], "CC0", "license");
	is_str(a->iso_date, "2024-03-19", "ISO date from the header");
	is_int(a->npara, 2, "two paragraphs");
	char *p = para(a, 0);
	is_str(p, "First para\nstill first.", "a paragraph keeps its inner line break");
	free(p);
	is_int(a->para[0].start, strstr(h, "First") - h, "offsets are into the file as on disk");
	art_free(&a);
	ok(a == NULL, "art_free sets the pointer to NULL");

	const char *nohdr = "Short headline\n\nBody text here. More.\n\nAnother.\n";
	a = mk("2024-01-02-some-story.txt", nohdr, strlen(nohdr));
	is_str(a->title, "Short headline", "a short first line standing alone is the title");
	is_int(a->title_para, 0, "and is marked as the title paragraph");
	is_str(a->iso_date, "2024-01-02", "date from the file name");
	art_free(&a);

	const char *lines = "Japanese officials said on Monday that talks would go on. Then more text follows here.\nSecond line paragraph.\nThird.\n";
	a = mk("dir/000_5512f4e0b11210a8.txt", lines, strlen(lines));
	ok(a->flags & ART_LINE_PARAS, "no blank lines: each line is a paragraph");
	is_int(a->npara, 3, "three line paragraphs");
	is_str(a->title, "Japanese officials said on Monday that talks would go on.", "a hash-like name gives the first sentence");
	is_int(a->title_from, ART_TITLE_SENTENCE, "and says so");
	art_free(&a);

	const char *longs = "This first sentence goes on and on without any full stop for a very long time indeed, far too long for a title\n";
	a = mk("abc123.txt", longs, strlen(longs));
	ok(strlen(a->title) < 90 && strstr(a->title, "…"), "a long first sentence is cut with an ellipsis");
	art_free(&a);

	a = mk("2024-03-19-state-blinken-marcos-meeting.txt", longs, strlen(longs));
	is_str(a->title, "State blinken marcos meeting", "a file name made of words is a title");
	art_free(&a);

	const char *crlf = "\xef\xbb\xbfTitle: T\r\n\r\nOne\r\ntwo\r\n\r\nThree";
	a = mk("c.txt", crlf, strlen(crlf));
	ok((a->flags & ART_BOM) && (a->flags & ART_CRLF) && (a->flags & ART_NO_FINAL_NL), "BOM, CRLF and no final newline are noticed");
	is_str(a->title, "T", "the header is found after a BOM, with CRLF");
	is_int(a->npara, 2, "CRLF paragraphs");
	p = para(a, 1);
	is_str(p, "Three", "the last paragraph without a newline is whole");
	free(p);
	p = para(a, 0);
	is_str(p, "One\r\ntwo", "paragraph ends exclude the CR");
	free(p);
	art_free(&a);

	const char nul[] = "Text with a\0NUL and \xff bad byte.\n\nMore text.\n";
	a = mk("n.txt", nul, sizeof nul - 1);
	ok(a && (a->flags & ART_NUL) && (a->flags & ART_INVALID_UTF8), "NUL and invalid UTF-8 are read, not refused");
	is_int(a->len, sizeof nul - 1, "no byte is lost");
	art_free(&a);

	a = mk("e.txt", "", 0);
	ok(a && a->npara == 0 && a->title[0], "an empty file has no paragraphs and a title");
	art_free(&a);

	a = mk("img.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	ok(a == NULL, "a PNG is refused");
	ok(strstr(err_msg(), "binary") != NULL, "as binary");
	char bin[4096];
	for (size_t i = 0; i < sizeof bin; i++)
		bin[i] = (char)(i * 7 % 32);
	ok(art_is_binary(bin, sizeof bin), "control-heavy bytes are binary");
	ok(!art_is_binary("hello\0world\n", 12), "one NUL does not make a binary");
	/* 88 bytes of Latin-1, 16 of them invalid as UTF-8 */
	const char *latin1 = "Title: Latin-1\n\nCaf\351 cr\350me br\373l\351e, na\357ve fa\347ade: \351t\351 \340 "
			     "P\351rou, d\351j\340 vu.\nCaf\351 \351t\351 \340 vu ye\n";
	is_int(strlen(latin1), 88, "the Latin-1 text is 88 bytes");
	ok(!art_is_binary(latin1, strlen(latin1)), "16 invalid bytes in 88 are badly encoded text, not binary");
	a = mk("l1.txt", latin1, strlen(latin1));
	ok(a && (a->flags & ART_INVALID_UTF8) && a->len == 88, "and it loads whole");
	art_free(&a);
	unsigned char rnd[4096];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < sizeof rnd; i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		rnd[i] = (unsigned char)(x >> 24);
	}
	ok(art_is_binary((const char *)rnd, sizeof rnd), "random bytes (compressed data) are binary");

	const char *nothdr = "Note: this is not a header\nbecause the block has no known key\n\nText.\n";
	a = mk("nh.txt", nothdr, strlen(nothdr));
	ok(a->body == 0 && a->meta[ART_TITLE] == NULL, "a block without a known key is text, not a header");
	art_free(&a);

	char path[512];
	snprintf(path, sizeof path, "%s/seeds/2024-01-11-state-blinken-cho-call.txt", SRCDIR);
	a = art_load(path);
	ok(a != NULL, "a seed loads");
	is_str(a->title, "Secretary Blinken’s Call with Republic of Korea Foreign Minister Cho", "seed title");
	is_int(a->npara, 2, "seed paragraphs");
	art_free(&a);
	ok(art_load("does/not/exist.txt") == NULL, "a missing file fails");
	return done_testing();
}
