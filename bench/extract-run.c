/* extract-run.c -- web_extract over files, for bench/extract and for
 * scoring extraction before `gloss extract` exists.
 *
 *   extract-run [--url URL] FILE.html     prints page_markdown of one page
 *   extract-run --bench FILE.html...      extracts every page (all read into
 *                                         memory first), prints pages/s and MB/s
 *
 * Pages that hold no article count as done in the bench (their time is
 * part of it) and are reported on stderr. The bench prints wall time and
 * the process's CPU time (which a busy machine disturbs less). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "util.h"

static double now(clockid_t clock)
{
	struct timespec t;
	clock_gettime(clock, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int bench(int argc, char **argv)
{
	size_t n = (size_t)argc;
	char **data = xcalloc(n, sizeof *data);
	size_t *lens = xcalloc(n, sizeof *lens);
	size_t total = 0;
	for (size_t i = 0; i < n; i++) {
		data[i] = read_file(argv[i], &lens[i]);
		if (!data[i]) {
			fprintf(stderr, "extract-run: %s: %s\n", argv[i], err_msg());
			return 1;
		}
		total += lens[i];
	}
	int rounds = 3, failed = 0;
	double best = 0, best_cpu = 0;
	for (int r = 0; r < rounds; r++) {
		double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
		for (size_t i = 0; i < n; i++) {
			struct page p;
			if (web_extract(data[i], lens[i], NULL, NULL, &p) < 0) {
				if (r == 0)
					fprintf(stderr, "extract-run: %s: %s\n", argv[i], err_msg()), failed++;
				continue;
			}
			page_free(&p);
		}
		double t = now(CLOCK_MONOTONIC) - t0, c = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
		if (r == 0 || t < best)
			best = t;
		if (r == 0 || c < best_cpu)
			best_cpu = c;
	}
	printf("%zu pages, %.1f MB of HTML: %.3f s (best of %d): %.1f pages/s, %.2f MB/s (%d without an article)\n",
	       n, (double)total / 1e6, best, rounds, (double)n / best, (double)total / 1e6 / best, failed);
	printf("CPU time: %.3f s: %.1f pages/s, %.2f MB/s\n", best_cpu, (double)n / best_cpu, (double)total / 1e6 / best_cpu);
	for (size_t i = 0; i < n; i++)
		free(data[i]);
	free(data);
	free(lens);
	return 0;
}

int main(int argc, char **argv)
{
	const char *url = NULL;
	int i = 1;
	if (argc > 2 && strcmp(argv[1], "--bench") == 0)
		return bench(argc - 2, argv + 2);
	if (argc > 3 && strcmp(argv[1], "--url") == 0) {
		url = argv[2];
		i = 3;
	}
	if (i != argc - 1) {
		fprintf(stderr, "usage: extract-run [--url URL] FILE.html | --bench FILE.html...\n");
		return 2;
	}
	size_t len;
	char *html = read_file(argv[i], &len);
	if (!html) {
		fprintf(stderr, "extract-run: %s: %s\n", argv[i], err_msg());
		return 1;
	}
	struct page p;
	if (web_extract(html, len, NULL, url && *url ? url : NULL, &p) < 0) {
		fprintf(stderr, "extract-run: %s: %s\n", argv[i], err_msg());
		free(html);
		return 1;
	}
	free(html);
	size_t n;
	char *md = page_markdown(&p, "2000-01-01T00:00:00Z", NULL, 0, &n);
	page_free(&p);
	if (!md) {
		fprintf(stderr, "extract-run: %s\n", err_msg());
		return 1;
	}
	fwrite(md, 1, n, stdout);
	free(md);
	return 0;
}
