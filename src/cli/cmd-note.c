/* cmd-note.c -- `gloss note SUBCOMMAND`: add, rm, restore, undo, redo,
 * edit, tag, untag and attach notes. Each subcommand is one op of ops.h.
 *
 *   gloss note add FILE (--quote TEXT | --range START:END) [--note TEXT] [--tag T]...
 *   gloss note rm ID [DIR]          soft delete (undoable)
 *   gloss note restore ID [DIR]     bring a deleted note back (undoable)
 *   gloss note undo [DIR]           take back the last note action
 *   gloss note redo [DIR]           do again what the last undo took back
 *   gloss note edit ID --note TEXT [DIR]
 *   gloss note tag ID TAG... [--dir DIR] / gloss note untag ID TAG... [--dir DIR]
 *   gloss note attach ID (--quote TEXT | --range START:END) [DIR]   re-attach an orphan */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "article.h"
#include "cli.h"
#include "core.h"
#include "library.h"
#include "ops.h"
#include "query.h"

static int parse_range(const char *s, size_t *start, size_t *end)
{
	char *e;
	errno = 0;
	unsigned long long a = strtoull(s, &e, 10);
	if (e == s || *e != ':' || s[0] == '-' || errno)
		return -1;
	const char *t = e + 1;
	unsigned long long b = strtoull(t, &e, 10);
	if (e == t || *e || t[0] == '-' || errno || b <= a)
		return -1;
	*start = (size_t)a;
	*end = (size_t)b;
	return 0;
}

static int parse_id(const char *s, int64_t *id)
{
	char *e;
	errno = 0;
	long long v = strtoll(s, &e, 10);
	if (e == s || *e || v <= 0 || errno)
		return -1;
	*id = v;
	return 0;
}

static int note_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quote", required_argument, NULL, 'q' },
		{ "range", required_argument, NULL, 'r' },
		{ "note", required_argument, NULL, 'n' },
		{ "tag", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	struct ops_note_spec spec = { 0 };
	const char **tags = xcalloc((size_t)argc + 1, sizeof *tags);
	int have_range = 0, o, r = 0;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":q:r:n:t:", opts, NULL)) != -1) {
		switch (o) {
		case 'q': spec.quote = optarg; break;
		case 'r':
			if (parse_range(optarg, &spec.start, &spec.end) < 0) {
				r = cli_usage("note", _("--range needs START:END byte offsets with START < END, not '%s'"), optarg);
				goto out;
			}
			have_range = 1;
			break;
		case 'n': spec.body = optarg; break;
		case 't':
			if (!query_tag_valid(optarg)) {
				r = cli_usage("note", _("'%s' is not a valid tag (empty, over 100 bytes, or with a comma or control character)"), optarg);
				goto out;
			}
			tags[spec.ntags++] = optarg;
			break;
		default: r = cli_bad_option(argc, argv, o); goto out;
		}
	}
	if (optind >= argc) {
		r = cli_usage("note", _("note add needs a FILE"));
		goto out;
	}
	if (argc - optind > 1) {
		r = cli_usage("note", _("too many arguments"));
		goto out;
	}
	if (!!spec.quote == have_range) {
		r = cli_usage("note", _("give either --quote TEXT or --range START:END"));
		goto out;
	}
	spec.tags = tags;
	const char *file = argv[optind];
	char *rel = NULL;
	struct library *l = cli_library_of(file, &rel, LIB_SYNC_NONE);
	if (!l) {
		r = 1;
		goto out;
	}
	int64_t id = ops_note_add(l, rel, NULL, &spec);
	if (id < 0)
		r = cli_fail("%s", err_msg());
	else
		printf("%lld\n", (long long)id);
	free(rel);
	lib_close(&l);
out:
	free(tags);
	return r;
}

/* The library for a subcommand that names no file: DIR or the default. */
static struct library *library_arg(int argc, char **argv, int first)
{
	if (argc - first > 1) {
		cli_usage("note", _("too many arguments"));
		return NULL;
	}
	return cli_library(first < argc ? argv[first] : NULL, LIB_SYNC_QUICK);
}

/* `note rm ID [DIR]` and `note restore ID [DIR]`. */
static int note_by_id(int argc, char **argv, int (*op)(struct library *, int64_t), const char *usage)
{
	int64_t id;
	if (argc < 2 || parse_id(argv[1], &id) < 0)
		return cli_usage("note", "%s", usage);
	if (argc > 3)
		return cli_usage("note", _("too many arguments"));
	struct library *l = library_arg(argc, argv, 2);
	if (!l)
		return 1;
	int r = op(l, id) < 0 ? cli_fail("%s", err_msg()) : 0;
	lib_close(&l);
	return r;
}

/* `note undo [DIR]` and `note redo [DIR]`. */
static int note_undo(int argc, char **argv, int redo)
{
	if (argc > 2)
		return cli_usage("note", _("too many arguments"));
	struct library *l = library_arg(argc, argv, 1);
	if (!l)
		return 1;
	struct ops_undone u;
	int r = redo ? ops_redo(l, &u) : ops_undo(l, &u), rc = 0;
	if (r < 0) {
		rc = cli_fail("%s", err_msg());
	} else if (r == 0) {
		rc = cli_fail(redo ? _("nothing to redo") : _("nothing to undo"));
	} else {
		struct sb b = SB_INIT;
		if (!u.note_id)   /* a correction of one mention (entity-at) */
			sb_addf(&b, redo ? _("redid %s\n") : _("undid %s\n"), u.op);
		else
			sb_addf(&b, redo ? _("redid %s of note %lld\n") : _("undid %s of note %lld\n"), u.op,
				(long long)u.note_id);
		cli_put(stdout, b.s, b.len);
		sb_release(&b);
	}
	lib_close(&l);
	return rc;
}

static int note_edit(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	const char *body = NULL;
	int o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":n:", opts, NULL)) != -1) {
		if (o == 'n')
			body = optarg;
		else
			return cli_bad_option(argc, argv, o);
	}
	int64_t id;
	if (optind >= argc || parse_id(argv[optind], &id) < 0 || !body)
		return cli_usage("note", _("note edit needs a note ID and --note TEXT"));
	if (argc - optind > 2)
		return cli_usage("note", _("too many arguments"));
	struct library *l = library_arg(argc, argv, optind + 1);
	if (!l)
		return 1;
	int r = ops_note_edit(l, id, body) < 0 ? cli_fail("%s", err_msg()) : 0;
	lib_close(&l);
	return r;
}

static int note_tags(int argc, char **argv, int add)
{
	static const struct option opts[] = {
		{ "dir", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dir = NULL;
	int o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":d:", opts, NULL)) != -1) {
		if (o == 'd')
			dir = optarg;
		else
			return cli_bad_option(argc, argv, o);
	}
	int64_t id;
	if (argc - optind < 2 || parse_id(argv[optind], &id) < 0)
		return cli_usage("note", _("give a note ID and at least one TAG"));
	for (int i = optind + 1; i < argc; i++)
		if (!query_tag_valid(argv[i]))
			return cli_usage("note", _("'%s' is not a valid tag (empty, over 100 bytes, or with a comma or control character)"), argv[i]);
	struct library *l = cli_library(dir, LIB_SYNC_QUICK);
	if (!l)
		return 1;
	int r = 0;
	for (int i = optind + 1; i < argc && r == 0; i++)
		if ((add ? ops_note_tag(l, id, argv[i]) : ops_note_untag(l, id, argv[i])) < 0)
			r = cli_fail("%s", err_msg());
	lib_close(&l);
	return r;
}

static int note_attach(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quote", required_argument, NULL, 'q' },
		{ "range", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *quote = NULL;
	size_t start = 0, end = 0;
	int have_range = 0, o;
	cli_getopt_start();
	while ((o = getopt_long(argc, argv, ":q:r:", opts, NULL)) != -1) {
		if (o == 'q') {
			quote = optarg;
		} else if (o == 'r') {
			if (parse_range(optarg, &start, &end) < 0)
				return cli_usage("note", _("--range needs START:END byte offsets with START < END, not '%s'"), optarg);
			have_range = 1;
		} else {
			return cli_bad_option(argc, argv, o);
		}
	}
	int64_t id;
	if (optind >= argc || parse_id(argv[optind], &id) < 0 || !!quote == have_range)
		return cli_usage("note", _("note attach needs a note ID and --quote TEXT or --range START:END"));
	if (argc - optind > 2)
		return cli_usage("note", _("too many arguments"));
	struct library *l = library_arg(argc, argv, optind + 1);
	if (!l)
		return 1;
	struct store_note n = { 0 };
	struct article *a = NULL;
	int r = 0;
	int found = ops_note_get(l, id, &n);
	if (found <= 0) {
		r = found < 0 ? cli_fail("%s", err_msg()) : cli_fail(_("no note %lld"), (long long)id);
		goto out;
	}
	if (quote) {
		char *full = lib_path(l, n.path);
		a = art_load(full);
		free(full);
		if (!a) {
			r = cli_fail("%s: %s", n.path, err_msg());
			goto out;
		}
		size_t count = anchor_find(a->data, a->len, a->body, quote, &start);
		if (count != 1) {
			r = count ? cli_fail(ngettext("%s: the quote occurs %zu time; give a longer quote or --range START:END",
						       "%s: the quote occurs %zu times; give a longer quote or --range START:END", count),
					      n.path, count)
				  : cli_fail(_("%s: the quote is not in the article"), n.path);
			goto out;
		}
		end = start + strlen(quote);
	}
	if (ops_note_reattach(l, id, a, start, end) < 0)
		r = cli_fail("%s", err_msg());
out:
	art_free(&a);
	query_note_clear(&n);
	lib_close(&l);
	return r;
}

static int run(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(argv[0], _("give a subcommand: add, rm, restore, undo, redo, edit, tag, untag or attach"));
	const char *sub = argv[1];
	argc--;
	argv++;
	if (strcmp(sub, "add") == 0)
		return note_add(argc, argv);
	if (strcmp(sub, "rm") == 0)
		return note_by_id(argc, argv, ops_note_delete, _("note rm needs a note ID (see gloss notes)"));
	if (strcmp(sub, "restore") == 0)
		return note_by_id(argc, argv, ops_note_restore, _("note restore needs a note ID (see gloss notes --deleted)"));
	if (strcmp(sub, "undo") == 0)
		return note_undo(argc, argv, 0);
	if (strcmp(sub, "redo") == 0)
		return note_undo(argc, argv, 1);
	if (strcmp(sub, "edit") == 0)
		return note_edit(argc, argv);
	if (strcmp(sub, "tag") == 0)
		return note_tags(argc, argv, 1);
	if (strcmp(sub, "untag") == 0)
		return note_tags(argc, argv, 0);
	if (strcmp(sub, "attach") == 0)
		return note_attach(argc, argv);
	return cli_usage("note", _("'%s' is not a note subcommand (add, rm, restore, undo, redo, edit, tag, untag, attach)"), sub);
}

const struct cli_cmd cmd_note = {
	"note",
	N_("add FILE (--quote TEXT | --range START:END) [--note TEXT] [--tag T]... | rm ID [DIR] | restore ID [DIR] | "
	   "undo [DIR] | redo [DIR] | "
	   "edit ID --note TEXT [DIR] | tag|untag ID TAG... [--dir DIR] | attach ID (--quote TEXT | --range S:E) [DIR]"),
	N_("add, delete, restore, undo, redo, edit, tag and re-attach notes"),
	run,
};
