/* cmd-notes.c -- `gloss notes [FILE|DIR] [--tag T] [--json] [--deleted]`:
 * the notes of an article or of the whole library, re-anchored first when
 * an article changed. One note a line (id, file, range or "orphan", tags,
 * quote, note), or a JSON array. */
#include "system.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core.h"
#include "library.h"
#include "ops.h"
#include "query.h"

static void json_tags(struct sb *b, const char *tags)
{
	sb_addc(b, '[');
	int first = 1;
	for (const char *t = tags; *t;) {
		const char *e = strchr(t, ',');
		size_t n = e ? (size_t)(e - t) : strlen(t);
		if (!first)
			sb_addc(b, ',');
		sb_add_json(b, t, n);
		first = 0;
		t += n + (e ? 1 : 0);
	}
	sb_addc(b, ']');
}

static void jfield(struct sb *b, const char *key, const char *v)
{
	sb_addf(b, ",\"%s\":", key);
	if (v)
		sb_add_json(b, v, strlen(v));
	else
		sb_adds(b, "null");
}

static void print_json(const struct store_note_list *l)
{
	struct sb b = SB_INIT;
	sb_addc(&b, '[');
	for (size_t i = 0; i < l->n; i++) {
		const struct store_note *n = &l->v[i];
		sb_addf(&b, "%s\n  {\"id\":%lld", i ? "," : "", (long long)n->id);
		jfield(&b, "file", n->path);
		jfield(&b, "title", n->title);
		sb_addf(&b, ",\"start\":%zu,\"end\":%zu,\"orphan\":%s", n->start, n->end, n->orphan ? "true" : "false");
		jfield(&b, "quote", n->quote);
		jfield(&b, "prefix", n->prefix);
		jfield(&b, "suffix", n->suffix);
		jfield(&b, "note", n->body);
		sb_adds(&b, ",\"tags\":");
		json_tags(&b, n->tags);
		jfield(&b, "hash", n->hash);
		jfield(&b, "created", n->created_at);
		jfield(&b, "modified", n->updated_at);
		if (n->deleted_at)
			jfield(&b, "deleted", n->deleted_at);
		sb_addc(&b, '}');
	}
	sb_adds(&b, l->n ? "\n]\n" : "]\n");
	fwrite(b.s, 1, b.len, stdout);
	sb_release(&b);
}

static void oneline(struct sb *b, const char *s)
{
	for (const char *p = s; *p; p++)
		sb_addc(b, *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p);
}

static void print_text(const struct store_note_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct store_note *n = &l->v[i];
		struct sb b = SB_INIT;
		sb_addf(&b, "%lld\t", (long long)n->id);
		oneline(&b, n->path);
		if (n->orphan)
			sb_adds(&b, "\torphan\t");
		else
			sb_addf(&b, "\t%zu:%zu\t", n->start, n->end);
		if (n->tags[0]) {
			sb_addc(&b, '[');
			oneline(&b, n->tags);
			sb_addc(&b, ']');
		}
		sb_adds(&b, "\t“");
		oneline(&b, n->quote);
		sb_adds(&b, "”");
		if (n->body[0]) {
			sb_adds(&b, " — ");
			oneline(&b, n->body);
		}
		sb_addc(&b, '\n');
		cli_put(stdout, b.s, b.len);
		sb_release(&b);
	}
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "tag", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "deleted", no_argument, NULL, 'D' },
		{ NULL, 0, NULL, 0 },
	};
	const char *tag = NULL;
	int json = 0, deleted = 0, o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":t:j", opts, NULL)) != -1) {
		switch (o) {
		case 't': tag = optarg; break;
		case 'j': json = 1; break;
		case 'D': deleted = 1; break;
		default: return cli_bad_option(argc, argv, o);
		}
	}
	if (argc - optind > 1)
		return cli_usage(argv[0], _("too many arguments"));
	const char *target = optind < argc ? argv[optind] : NULL;
	struct stat st;
	int is_file = target && stat(target, &st) == 0 && !S_ISDIR(st.st_mode);
	char *rel = NULL;
	struct library *l = is_file ? cli_library_of(target, &rel, LIB_SYNC_NONE) : cli_library(target, LIB_SYNC_QUICK);
	if (!l)
		return 1;
	struct store_note_list notes = { 0 };
	int r;
	if (deleted)   /* the deleted notes, for `gloss note undo` or a look back */
		r = query_notes(l, rel, tag, 1, &notes);
	else
		r = ops_notes(l, rel, NULL, tag, &notes);
	if (r < 0) {
		cli_fail("%s", err_msg());
	} else if (json) {
		print_json(&notes);
	} else {
		print_text(&notes);
	}
	query_note_list_clear(&notes);
	free(rel);
	lib_close(&l);
	return r < 0 ? 1 : 0;
}

const struct cli_cmd cmd_notes = {
	"notes", N_("[FILE|DIR] [--tag T] [--json] [--deleted]"),
	N_("list notes (of one article, or of the library), re-anchored"), run,
};
