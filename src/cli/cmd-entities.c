/* cmd-entities.c -- `gloss entities FILE... [--types person,place,date]`:
 * the highlight engine's spans as JSON lines, byte offsets into the file
 * as on disk. `-` reads standard input. The user's corrections come from
 * the sidecar given with --db, else the one beside the first FILE when it
 * exists (never created here: this command only reads). */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "cli.h"
#include "core.h"
#include "hl.h"
#include "store.h"
#include "store-corrections.h"

static int add_correction(const char *text, const char *type, void *ctx)
{
	struct hl_engine *e = ctx;
	int t = strcmp(type, "IGNORE") == 0 ? (int)HL_IGNORE : hl_type_parse(type);
	if (t >= 0)
		hl_correct(e, text, (enum hl_type)t);
	return 0;
}

/* Reads the corrections of the sidecar at path, if there is one. */
static void load_corrections(struct hl_engine *e, const char *path)
{
	if (access(path, F_OK) != 0)
		return;
	struct store *s = store_open(path, STORE_READONLY);
	if (!s)
		return;
	store_correction_each(s, add_correction, e);
	store_close(&s);
}

static char *sidecar_beside(const char *file)
{
	const char *slash = strrchr(file, '/');
	struct sb b = SB_INIT;
	if (slash)
		sb_add(&b, file, (size_t)(slash - file) + 1);
	sb_adds(&b, ".gloss.db");
	return sb_detach(&b);
}

static struct article *load_stdin(void)
{
	struct sb b = SB_INIT;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		sb_add(&b, buf, n);
	if (ferror(stdin)) {
		err_set("-: %s", strerror(errno));
		sb_release(&b);
		return NULL;
	}
	size_t len = b.len;
	char *data = sb_detach(&b);
	struct article *a = art_from_buffer("-", data, len);
	if (!a)
		err_set(_("-: not a text file"));
	return a;
}

static void add_uint(struct sb *b, size_t v)
{
	char tmp[24];
	int n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	sb_grow(b, (size_t)n);
	while (n)
		b->s[b->len++] = tmp[--n];
	b->s[b->len] = '\0';
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
	while ((o = getopt_long(argc, argv, "+:t:", opts, NULL)) != -1) {
		if (o == 't') {
			if (parse_types(optarg, &mask) < 0)
				return cli_usage(argv[0], _("--types takes a list of person, place and date, not '%s'"), optarg);
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	if (optind >= argc)
		return cli_usage(argv[0], _("which articles? Give a FILE or - for standard input"));
	struct hl_engine *e = hl_engine_new();
	if (!e)
		return cli_fail("%s", err_msg());
	if (cli_opt.db) {
		load_corrections(e, cli_opt.db);
	} else if (strcmp(argv[optind], "-") != 0) {
		char *side = sidecar_beside(argv[optind]);
		load_corrections(e, side);
		free(side);
	}
	int r = 0;
	struct sb out = SB_INIT;
	struct hl_spans sp = { 0 };
	for (int i = optind; i < argc; i++) {
		const char *name = argv[i];
		struct article *a = strcmp(name, "-") == 0 ? load_stdin() : art_load(name);
		if (!a) {
			r = cli_fail("%s", err_msg());
			continue;
		}
		struct hl_doc doc = {
			.text = a->data + a->body,
			.len = a->len - a->body,
			.base = a->body,
			.date = a->iso_date[0] ? a->iso_date : NULL,
		};
		if (hl_run(e, &doc, &sp) < 0) {
			r = cli_fail("%s: %s", name, err_msg());
			art_free(&a);
			continue;
		}
		/* the file name is the same on every line: escape it once */
		struct sb head = SB_INIT;
		sb_adds(&head, "{\"file\":");
		sb_add_json(&head, name, strlen(name));
		sb_adds(&head, ",\"start\":");
		for (size_t k = 0; k < sp.n; k++) {
			const struct hl_span *s = &sp.v[k];
			if (!(mask & (1u << s->type)))
				continue;
			sb_add(&out, head.s, head.len);
			add_uint(&out, s->start);
			sb_adds(&out, ",\"end\":");
			add_uint(&out, s->end);
			sb_adds(&out, ",\"type\":\"");
			sb_adds(&out, hl_type_name(s->type));
			sb_adds(&out, "\",\"key\":");
			sb_add_json(&out, s->key, strlen(s->key));
			sb_adds(&out, ",\"text\":");
			sb_add_json(&out, a->data + s->start, s->end - s->start);
			if (s->value) {
				sb_adds(&out, ",\"value\":");
				sb_add_json(&out, s->value, strlen(s->value));
			}
			sb_adds(&out, "}\n");
			if (out.len > (1u << 20)) {
				cli_put(stdout, out.s, out.len);
				sb_reset(&out);
			}
		}
		sb_release(&head);
		hl_spans_clear(&sp);
		art_free(&a);
	}
	cli_put(stdout, out.s, out.len);
	sb_release(&out);
	hl_engine_free(&e);
	return r;
}

const struct cli_cmd cmd_entities = {
	"entities", N_("FILE... [--types person,place,date]"),
	N_("print the people, places and dates of articles as JSON lines"), run,
};
