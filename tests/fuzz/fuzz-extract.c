/* fuzz-extract.c -- libFuzzer target: any bytes as a web page.
 *
 * web_extract reads them (charset, libxml2's HTML parser, the article's
 * nodes, Markdown); the first byte picks the HTTP charset it is given
 * (none, UTF-8, Shift_JIS, EUC-KR, windows-1252), so the decoders run
 * too. What it returns must be whole: a title, a body of valid UTF-8
 * without NUL or ESC bytes, and page_markdown's front matter must open
 * with "---" and close before the body. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		size_t k = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
		if (!k || i + k > n)
			return 0;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xc0) != 0x80)
				return 0;
		i += k;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const types[] = { NULL, "text/html; charset=utf-8", "text/html; charset=shift_jis",
		"text/html; charset=euc-kr", "text/html;charset=windows-1252" };
	if (size < 1)
		return 0;
	const char *ct = types[data[0] % 5];
	struct page p;
	if (web_extract((const char *)data + 1, size - 1, ct, "https://fuzz.example/a/b.html", &p) < 0)
		return 0;
	if (!p.meta.title || !p.body || strlen(p.body) != p.len)
		abort();
	if (!valid_utf8((const unsigned char *)p.body, p.len) || memchr(p.body, 0x1b, p.len))
		abort();
	size_t n;
	char *md = page_markdown(&p, "2024-01-01T00:00:00Z", NULL, 0, &n);
	if (!md || strncmp(md, "---\n", 4) != 0 || !strstr(md, "\n---\n"))
		abort();
	free(md);
	page_free(&p);
	return 0;
}
