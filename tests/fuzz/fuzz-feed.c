/* fuzz-feed.c -- libFuzzer target: any bytes as a feed and as an OPML
 * file.
 *
 * The first byte picks max_items (0: all, else 1 to 3) for feed_parse;
 * what it returns must be whole: every item with an id, no more items
 * than asked for, dates as "YYYY-MM-DDTHH:MM:SSZ", titles without control
 * bytes. feed_discover reads the same bytes as a page, and feed_date_iso
 * their first line. opml_read reads them as OPML; what it reads is
 * written with opml_write, read back, and written again to the same
 * bytes. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char)*s < 0x20)
			abort();
}

static void check_date(const char *d)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	if (!d)
		return;
	if (strlen(d) != sizeof shape - 1)
		abort();
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? !(d[i] >= '0' && d[i] <= '9') : d[i] != shape[i])
			abort();
}

static void fuzz_feed(const char *s, size_t n, size_t max)
{
	struct feed_doc d;
	if (feed_parse(s, n, "http://fuzz.example/feed/rss.xml", max, &d) < 0)
		return;
	if (max && d.nitems > max)
		abort();
	check_text(d.title);
	for (size_t i = 0; i < d.nitems; i++) {
		const struct feed_item *it = &d.items[i];
		if (!it->id)
			abort();
		check_text(it->title);
		check_text(it->author);
		check_date(it->published);
		for (size_t k = 0; k < it->ncategories; k++)
			check_text(it->categories[k]);
	}
	feed_doc_free(&d);
}

static void fuzz_opml(const char *s, size_t n)
{
	struct opml_entry *v, *w;
	size_t nv, nw, len1, len2;
	if (opml_read(s, n, &v, &nv) < 0)
		return;
	char *a = opml_write(v, nv, "fuzz", &len1);
	if (opml_read(a, len1, &w, &nw) < 0 || nw != nv)
		abort();
	char *b = opml_write(w, nw, "fuzz", &len2);
	if (len1 != len2 || memcmp(a, b, len1) != 0)
		abort();
	free(a);
	free(b);
	opml_entries_free(v, nv);
	opml_entries_free(w, nw);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *s = (const char *)data + 1;
	size_t n = size - 1;
	fuzz_feed(s, n, data[0] % 4);
	fuzz_opml(s, n);
	char *url = NULL;
	if (feed_discover(s, n, "http://fuzz.example/a/", &url) && !url)
		abort();
	free(url);
	char line[128];
	size_t k = 0;
	while (k < n && k + 1 < sizeof line && s[k] != '\n' && s[k] != '\0') {
		line[k] = s[k];
		k++;
	}
	line[k] = '\0';
	char *date = feed_date_iso(line);
	check_date(date);
	free(date);
	return 0;
}
