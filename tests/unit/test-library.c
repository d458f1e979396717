/* test-library.c -- syncing a folder with its sidecar, and the library's
 * highlight engine with the user's corrections. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"
#include "store.h"
#include "tap.h"

static void put(const char *path, const char *text)
{
	write_file_atomic(path, text, strlen(text), 1);
}

/* "TYPE:text|..." of the engine on text (caller frees). */
static char *spans(const struct hl_engine *e, const char *text)
{
	struct hl_doc d = { text, strlen(text), 0, NULL };
	struct hl_spans s = { 0 };
	struct sb b = SB_INIT;
	if (hl_run(e, &d, &s) < 0)
		sb_adds(&b, "error");
	for (size_t i = 0; i < s.n; i++)
		sb_addf(&b, "%s%s:%.*s", i ? "|" : "", hl_type_name(s.v[i].type),
			(int)(s.v[i].end - s.v[i].start), text + s.v[i].start);
	hl_spans_clear(&s);
	return sb_detach(&b);
}

/* Mentions of name in l, as "path:start" joined by spaces (caller frees). */
static char *mentions(struct library *l, const struct hl_engine *e, const char *name)
{
	struct ops_mention_list ml = { 0 };
	struct sb b = SB_INIT;
	if (ops_mentions(l, e, name, -1, &ml) < 0)
		sb_adds(&b, "error");
	for (size_t i = 0; i < ml.n; i++)
		sb_addf(&b, "%s%s:%zu", i ? " " : "", ml.v[i].path, ml.v[i].start);
	ops_mention_list_clear(&ml);
	return sb_detach(&b);
}

static void test_engine(void)
{
	const char *text = "Acme Widgets opened a shop in Nairobi and Lagos.";
	system("rm -rf test-library.e && mkdir -p test-library.e");
	put("test-library.e/a.txt", text);
	struct library *l = lib_open("test-library.e", NULL, LIB_SYNC_FULL);
	const struct hl_engine *e = lib_engine(l);
	ok(e != NULL, "lib_engine loads the engine");
	ok(lib_engine(l) == e, "and keeps it");
	char *s = spans(e, text);
	is_str(s, "PLACE:Nairobi|PLACE:Lagos", "no corrections yet");
	free(s);
	s = mentions(l, NULL, "Nairobi");
	is_str(s, "a.txt:30", "the mention index, made before any correction");
	free(s);

	is_int(ops_entity_set(l, "Nairobi", HL_IGNORE), 0, "ops_entity_set ignore");
	is_int(ops_entity_set(l, "acme widgets", HL_PLACE), 0, "ops_entity_set place");
	ok(l->engine == NULL, "a correction drops the library's engine");
	s = spans(e, text);
	is_str(s, "PLACE:Nairobi|PLACE:Lagos", "the engine got before still works, without them");
	free(s);
	e = lib_engine(l);
	s = spans(e, text);
	is_str(s, "PLACE:Acme Widgets|PLACE:Lagos", "the next lib_engine has the corrections");
	free(s);
	ok(ops_entity_set(l, " ", HL_PLACE) < 0, "a blank text is refused");

	/* An engine without the corrections may still index (an old caller):
	 * the index then says so, and the library's engine makes it again. */
	struct hl_engine *plain = hl_engine_new();
	s = mentions(l, plain, "Nairobi");
	is_str(s, "a.txt:30", "an uncorrected engine finds the ignored name");
	free(s);
	s = mentions(l, NULL, "Nairobi");
	is_str(s, "", "after it, the library's engine does not: the index is made again");
	free(s);
	s = mentions(l, NULL, "Acme Widgets");
	is_str(s, "a.txt:0", "and the corrected place is in it");
	free(s);
	hl_engine_free(&plain);

	is_int(ops_entity_forget(l, "NAIROBI"), 1, "ops_entity_forget (ASCII case ignored)");
	ok(l->engine == NULL, "and drops the engine");
	is_int(ops_entity_forget(l, "Nairobi"), 0, "nothing left to forget");
	s = mentions(l, NULL, "Nairobi");
	is_str(s, "a.txt:30", "a forgotten correction leaves the index at the next use");
	free(s);
	lib_close(&l);

	/* A reopened library reads its corrections from the sidecar. */
	l = lib_open("test-library.e", NULL, LIB_SYNC_NONE);
	s = spans(lib_engine(l), text);
	is_str(s, "PLACE:Acme Widgets|PLACE:Nairobi|PLACE:Lagos", "a reopened library has its corrections");
	free(s);
	lib_close(&l);

	/* lib_engine_for: a file's library, a sidecar given, or none. */
	struct hl_engine *f = lib_engine_for("test-library.e/a.txt", NULL);
	s = spans(f, text);
	is_str(s, "PLACE:Acme Widgets|PLACE:Nairobi|PLACE:Lagos", "lib_engine_for a file of the library");
	free(s);
	hl_engine_free(&f);
	f = lib_engine_for("-", "test-library.e/.gloss.db");
	s = spans(f, text);
	is_str(s, "PLACE:Acme Widgets|PLACE:Nairobi|PLACE:Lagos", "lib_engine_for standard input with a sidecar");
	free(s);
	hl_engine_free(&f);
	f = lib_engine_for("-", NULL);
	s = spans(f, text);
	is_str(s, "PLACE:Nairobi|PLACE:Lagos", "lib_engine_for standard input alone: no corrections");
	free(s);
	hl_engine_free(&f);
	f = lib_engine_for("-", "test-library.e/none.db");
	ok(f != NULL && access("test-library.e/none.db", F_OK) != 0, "a missing sidecar is not created");
	hl_engine_free(&f);
	system("rm -rf test-library.e");
}

/* A first sync of many files commits in small batches, so that other
 * writers get the sidecar between them. */
static void test_batches(void)
{
	system("rm -rf test-library.b && mkdir test-library.b");
	char path[128], text[128];
	for (int i = 0; i < 400; i++) {
		snprintf(path, sizeof path, "test-library.b/a%03d.txt", i);
		snprintf(text, sizeof text, "Title: Article %d\n\nText of article %d.\n", i, i);
		put(path, text);
	}
	struct library *l = lib_open("test-library.b", NULL, LIB_SYNC_NONE);
	long before = store_commits(l->store);
	is_int(lib_sync(l, LIB_SYNC_FULL), 0, "a first sync of 400 files");
	is_int(l->read, 400, "reads them all");
	long n = store_commits(l->store) - before;
	ok(n >= 400 / LIB_SYNC_BATCH, "in batches of LIB_SYNC_BATCH writes at most");
	lib_close(&l);
	system("rm -rf test-library.b");
}

int main(void)
{
	system("rm -rf test-library.d && mkdir -p test-library.d/sub test-library.d/.hidden");
	put("test-library.d/one.txt", "Title: One\n\nFirst article.\n");
	put("test-library.d/sub/two.md", "Title: Two\n\nSecond article.\n");
	put("test-library.d/.hidden/three.txt", "Title: Hidden\n\nNot listed.\n");
	put("test-library.d/skip.pdf", "%PDF-1.4");
	put("test-library.d/bin.txt", "\x89PNG\r\n\x1a\n....");

	struct library *l = lib_open("test-library.d", NULL, LIB_SYNC_FULL);
	ok(l != NULL, "opens a folder");
	is_int(l->scanned, 3, "sees .txt and .md files, recursively, not hidden ones");
	is_int(l->read, 2, "reads the articles");
	is_int(l->skipped, 1, "skips the binary one");
	ok(access("test-library.d/.gloss.db", F_OK) == 0, "the sidecar is DIR/.gloss.db");
	lib_close(&l);

	l = lib_open("test-library.d/", NULL, LIB_SYNC_FULL);
	is_int(l->read, 0, "re-opening an unchanged folder reads nothing");
	is_int(l->changed, 0, "and changes nothing");
	lib_close(&l);

	/* A moved file keeps its row (and so its notes and tags). */
	l = lib_open("test-library.d", NULL, LIB_SYNC_NONE);
	struct store_article a = { 0 };
	store_article_get(l->store, "one.txt", &a);
	int64_t id = a.id;
	store_article_tag(l->store, id, "keep");
	store_article_clear(&a);
	lib_close(&l);
	rename("test-library.d/one.txt", "test-library.d/sub/moved.txt");
	l = lib_open("test-library.d", NULL, LIB_SYNC_QUICK);
	is_int(store_article_get(l->store, "sub/moved.txt", &a), 1, "the moved file is known under its new path");
	is_int(a.id, id, "with the same row");
	is_str(a.tags, "keep", "and its tags");
	store_article_clear(&a);
	lib_close(&l);

	/* A changed file is re-read; a deleted one is marked missing. */
	put("test-library.d/sub/two.md", "Title: Two, edited\n\nSecond article, longer now.\n");
	unlink("test-library.d/sub/moved.txt");
	l = lib_open("test-library.d", NULL, LIB_SYNC_FULL);
	is_int(l->changed, 2, "one changed and one gone");
	store_article_get(l->store, "sub/two.md", &a);
	is_str(a.title, "Two, edited", "a changed file is re-read");
	store_article_clear(&a);
	is_int(store_article_get(l->store, "sub/moved.txt", &a), 1, "a deleted file keeps its row");
	is_int(a.present, 0, "marked missing");
	store_article_clear(&a);
	lib_close(&l);

	char *dir, *rel;
	is_int(lib_locate("test-library.d/sub/two.md", &dir, &rel), 0, "locate a file in a subfolder");
	size_t dl = strlen(dir);
	ok(dl >= 14 && strcmp(dir + dl - 14, "test-library.d") == 0, "the library is the ancestor with a sidecar");
	is_str(rel, "sub/two.md", "and the path is relative to it");
	free(dir);
	free(rel);
	ok(lib_locate("test-library.d/none.txt", &dir, &rel) < 0, "a missing file fails");
	ok(lib_open("test-library.d/none", NULL, LIB_SYNC_FULL) == NULL, "a missing folder fails");

	/* A folder that cannot be written gets its sidecar under XDG_STATE_HOME. */
	if (geteuid() != 0) {
		system("rm -rf test-library.ro && mkdir test-library.ro && echo 'Title: RO' > test-library.ro/a.txt && chmod 555 test-library.ro");
		setenv("XDG_STATE_HOME", "test-library.state", 1);
		char cwd[1024];
		if (getcwd(cwd, sizeof cwd)) {
			char st[1100];
			snprintf(st, sizeof st, "%s/test-library.state", cwd);
			setenv("XDG_STATE_HOME", st, 1);
		}
		l = lib_open("test-library.ro", NULL, LIB_SYNC_FULL);
		ok(l && l->note && strstr(l->db_path, "test-library.state/gloss/"), "read-only folder: sidecar in the state folder");
		lib_close(&l);
		system("chmod 755 test-library.ro; rm -rf test-library.ro test-library.state");
	} else {
		skip("read-only folders cannot be tested as root");
	}
	system("rm -rf test-library.d");
	test_batches();
	test_engine();
	return done_testing();
}
