/* test-store-notes.c -- notes in the sidecar (src/core/store-notes.c) and
 * the note ops on top of it (src/core/ops-notes.c, ops-undo.c): tags, soft delete, undo that
 * survives closing the library, re-anchoring after an edit. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "article.h"
#include "core.h"
#include "library.h"
#include "ops.h"
#include "store.h"
#include "store-notes.h"
#include "store-schema.h"
#include "tap.h"

static const char text[] =
	"Title: Notes test\nDate: 2024-01-11\n\n"
	"Secretary Blinken spoke today with Foreign Minister Cho. "
	"They agreed to continue working together on security.\n";

static void put(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");
	fputs(s, f);
	fclose(f);
}

static size_t live(struct library *l, const char *tag)
{
	struct store_note_list nl = { 0 };
	ops_notes(l, NULL, NULL, tag, &nl);
	size_t n = nl.n;
	store_note_list_clear(&nl);
	return n;
}

int main(void)
{
	const char *dir = "test-store-notes.d";
	system("rm -rf test-store-notes.d");
	mkdir(dir, 0755);
	put("test-store-notes.d/a.txt", text);
	struct library *l = lib_open(dir, NULL, LIB_SYNC_FULL);
	ok(l != NULL, "library opens");
	if (!l)
		return done_testing();

	const char *tags[] = { "korea", "Alliance" };
	struct ops_note_spec spec = { .quote = "Foreign Minister Cho", .body = "who", .tags = tags, .ntags = 2 };
	int64_t id = ops_note_add(l, "a.txt", NULL, &spec);
	ok(id > 0, "note added by quote");
	struct store_note n = { 0 };
	ok(ops_note_get(l, id, &n) == 1, "note read back");
	is_str(n.quote, "Foreign Minister Cho", "quote");
	is_str(n.tags, "Alliance,korea", "tags sorted without case");
	is_str(n.body, "who", "body");
	ok(strstr(text, "Foreign Minister Cho") == text + n.start, "byte range");
	is_str(n.title, "Notes test", "article title joined");
	store_note_clear(&n);

	spec = (struct ops_note_spec){ .quote = "nowhere to be found" };
	ok(ops_note_add(l, "a.txt", NULL, &spec) < 0, "missing quote refused");
	spec = (struct ops_note_spec){ .start = 1, .end = 10000 };
	ok(ops_note_add(l, "a.txt", NULL, &spec) < 0, "range past the end refused");
	const char *badtag[] = { "a,b" };
	spec = (struct ops_note_spec){ .quote = "security", .tags = badtag, .ntags = 1 };
	ok(ops_note_add(l, "a.txt", NULL, &spec) < 0, "bad tag refused");
	spec = (struct ops_note_spec){ .quote = "security" };
	int64_t id2 = ops_note_add(l, "a.txt", NULL, &spec);
	ok(id2 > id, "second note");

	is_int(live(l, NULL), 2, "two live notes");
	is_int(live(l, "KOREA"), 1, "tag filter ignores case");
	ok(ops_note_tag(l, id2, "korea") == 0, "tag a note");
	is_int(live(l, "korea"), 2, "tagged");
	ok(ops_note_edit(l, id, "who is this") == 0, "edit");
	ok(ops_note_delete(l, id) == 0, "soft delete");
	is_int(live(l, NULL), 1, "deleted note not listed");
	ok(ops_note_delete(l, id) < 0, "deleting twice is an error");
	is_int(store_notes_count(l->store), 2, "still in the database");
	lib_close(&l);

	/* undo survives a restart */
	l = lib_open(dir, NULL, LIB_SYNC_QUICK);
	struct ops_undone u;
	ok(ops_undo(l, &u) == 1 && strcmp(u.op, "note-delete") == 0 && u.note_id == id, "undo delete after restart");
	is_int(live(l, NULL), 2, "note is back");
	ok(ops_undo(l, &u) == 1 && strcmp(u.op, "note-edit") == 0, "undo edit");
	ok(ops_note_get(l, id, &n) == 1 && strcmp(n.body, "who") == 0, "old body back");
	store_note_clear(&n);
	ok(ops_undo(l, &u) == 1 && strcmp(u.op, "note-tag") == 0, "undo tag");
	is_int(live(l, "korea"), 1, "tag removed");
	ok(ops_undo(l, &u) == 1 && strcmp(u.op, "note-add") == 0 && u.note_id == id2, "undo add");
	is_int(live(l, NULL), 1, "added note gone (soft)");
	ok(ops_undo(l, &u) == 1 && u.note_id == id, "undo first add");
	ok(ops_undo(l, &u) == 0, "nothing left to undo");
	is_int(live(l, NULL), 0, "no live notes");

	/* an op no undo handler knows (a newer gloss wrote it) is an error,
	 * and the entry is neither dropped nor skipped */
	ok(store_undo_push(l->store, "note-frobnicate", id, NULL) == 0, "an unknown op in the log");
	is_int(ops_undo(l, &u), -1, "undoing it is an error");
	ok(strstr(err_msg(), "'note-frobnicate'") && strstr(err_msg(), "cannot undo"), "the message names the op");
	struct store_undo last = { 0 };
	ok(store_undo_last(l->store, &last) == 1 && strcmp(last.op, "note-frobnicate") == 0, "the entry is kept");
	ok(store_undo_drop(l->store, last.id) == 0, "(dropped by hand)");
	store_undo_clear(&last);
	/* a tag entry without its tag is damaged, not silently dropped */
	ok(store_undo_push(l->store, OPS_NOTE_TAG, id, NULL) == 0, "a tag entry without a tag");
	is_int(ops_undo(l, &u), -1, "undoing it is an error");
	ok(strstr(err_msg(), "damaged") != NULL, "the message says damaged");
	ok(store_undo_last(l->store, &last) == 1 && strcmp(last.op, OPS_NOTE_TAG) == 0, "the entry is kept");
	ok(store_undo_drop(l->store, last.id) == 0, "(dropped by hand)");
	store_undo_clear(&last);
	ok(ops_undo(l, &u) == 0, "nothing left to undo again");
	is_int(store_notes_count(l->store), 2, "nothing ever removed");

	/* re-anchoring when the file changes */
	spec = (struct ops_note_spec){ .quote = "They agreed to continue working together on security." };
	int64_t id3 = ops_note_add(l, "a.txt", NULL, &spec);
	lib_close(&l);
	sleep(0);
	put("test-store-notes.d/a.txt",
	    "Title: Notes test\nDate: 2024-01-11\n\nA new first sentence. "
	    "Secretary Blinken spoke today with Foreign Minister Cho. "
	    "They agreed to continue working together on security.\n");
	/* make sure the mtime differs even on coarse file systems */
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 0 } };
	utimensat(AT_FDCWD, "test-store-notes.d/a.txt", ts, 0);
	l = lib_open(dir, NULL, LIB_SYNC_NONE);
	ok(ops_reanchor(l, 0, NULL) == 1, "one note re-anchored");
	ok(ops_note_get(l, id3, &n) == 1 && n.start == strlen("Title: Notes test\nDate: 2024-01-11\n\nA new first sentence. "
							  "Secretary Blinken spoke today with Foreign Minister Cho. ") && !n.orphan,
	   "moved with the text");
	store_note_clear(&n);
	ok(ops_reanchor(l, 0, NULL) == 0, "nothing more to do");

	put("test-store-notes.d/a.txt", "Title: Notes test\n\nAll new.\n");
	struct timespec ts2[2] = { { 0, UTIME_OMIT }, { 2000000000, 0 } };
	utimensat(AT_FDCWD, "test-store-notes.d/a.txt", ts2, 0);
	ok(ops_reanchor(l, 0, NULL) == 1, "passage gone: changed state");
	ok(ops_note_get(l, id3, &n) == 1 && n.orphan, "orphan");
	store_note_clear(&n);
	is_int(live(l, NULL), 1, "orphan still listed");

	/* re-attach by selecting a passage, and undo it */
	ok(ops_note_reattach(l, id3, NULL, 19, 23) == 0, "re-attach");
	ok(ops_note_get(l, id3, &n) == 1 && !n.orphan && strcmp(n.quote, "All ") == 0, "attached");
	store_note_clear(&n);
	ok(ops_undo(l, &u) == 1 && strcmp(u.op, "note-anchor") == 0, "undo re-attach");
	ok(ops_note_get(l, id3, &n) == 1 && n.orphan, "orphan again");
	store_note_clear(&n);

	/* mentions across the library: `*` continues into the next article */
	put("test-store-notes.d/b.txt", "Title: B\nDate: 2024-03-01\n\nSecretary Antony Blinken met Yoon Suk Yeol in Seoul. Blinken left.\n");
	put("test-store-notes.d/c.txt", "Title: C\nDate: 2024-02-01\n\nNo one of note here.\n");
	put("test-store-notes.d/d.txt", "Title: D\nDate: 2024-01-01\n\nSecretary Blinken visited Tokyo.\n");
	lib_close(&l);
	l = lib_open(dir, NULL, LIB_SYNC_FULL);
	struct ops_mention_list ml = { 0 };
	ok(ops_mentions(l, NULL, "blinken", -1, &ml) == 0, "mentions");
	is_int(ml.narticles, 2, "in two articles");
	ok(ml.n >= 3 && strcmp(ml.v[0].path, "b.txt") == 0 && strcmp(ml.v[ml.n - 1].path, "d.txt") == 0,
	   "in library order, newest first");
	ok(ml.n && strcmp(ml.v[0].text, "Antony Blinken") == 0 && strstr(ml.v[0].before, "Secretary") != NULL,
	   "text and context");
	ops_mention_list_clear(&ml);
	struct ops_mention m;
	int64_t b_id = 0, d_id = 0;
	struct store_article sa = { 0 };
	if (store_article_get(l->store, "b.txt", &sa) == 1)
		b_id = sa.id;
	store_article_clear(&sa);
	if (store_article_get(l->store, "d.txt", &sa) == 1)
		d_id = sa.id;
	store_article_clear(&sa);
	ok(ops_mention_next_article(l, NULL, "Antony Blinken", -1, b_id, 1, 0, &m) == 1 && m.article_id == d_id,
	   "next article skips the one without Blinken");
	ops_mention_clear(&m);
	ok(ops_mention_next_article(l, NULL, "Antony Blinken", -1, d_id, 1, 0, &m) == 0, "none after the last");
	ok(ops_mention_next_article(l, NULL, "Antony Blinken", -1, d_id, 1, 1, &m) == 1 && m.article_id == b_id,
	   "wraps round when asked");
	ops_mention_clear(&m);
	ok(ops_mention_next_article(l, NULL, "Antony Blinken", -1, d_id, -1, 0, &m) == 1 && m.article_id == b_id &&
	   strcmp(m.text, "Blinken") == 0, "previous article: its last mention");
	ops_mention_clear(&m);
	ok(ops_mentions_index(l, NULL) == 0, "index current: nothing to do");
	lib_close(&l);
	system("rm -rf test-store-notes.d");

	/* A sidecar of schema 1 (before notes.origin) is migrated by adding
	 * the column: its notes stay, and have no origin. */
	{
		const char *old = "test-store-notes-v1.db";
		system("rm -f test-store-notes-v1.db*");
		sqlite3 *raw;
		int nm;
		const struct schema_migration *mg = schema_migrations(&nm);
		sqlite3_open(old, &raw);
		ok(sqlite3_exec(raw, mg[0].sql, NULL, NULL, NULL) == SQLITE_OK &&
		   sqlite3_exec(raw, "PRAGMA user_version = 1;"
				"INSERT INTO articles(id, path, hash) VALUES (1, 'a.txt', '0000000000000000');"
				"INSERT INTO notes(id, article_id, start, end, quote, hash, body, created_at, updated_at) "
				"VALUES (7, 1, 0, 3, 'abc', '0000000000000000', 'kept', 'x', 'x');",
				NULL, NULL, NULL) == SQLITE_OK, "a schema 1 sidecar with a note");
		sqlite3_close(raw);
		struct store *st = store_open(old, 0);
		ok(st != NULL, "schema 1 opens and migrates");
		if (st) {
			struct store_note on = { 0 };
			ok(store_note_get(st, 7, &on) == 1 && strcmp(on.body, "kept") == 0, "its note is still there");
			store_note_clear(&on);
			is_int(store_note_by_origin(st, "urn:x-gloss:note:7#0"), 0, "no note has an origin yet");
			struct store_note in = { .article_id = 1, .start = 0, .end = 3, .quote = (char *)"abc",
						 .hash = "0000000000000000", .origin = (char *)"urn:x-gloss:note:7#1" };
			int64_t nid = store_note_insert(st, &in);
			ok(nid > 0 && nid != 7, "an imported note is stored with its origin");
			is_int(store_note_by_origin(st, "urn:x-gloss:note:7#1"), nid, "and found by it");
			is_int(store_note_by_origin(st, "urn:x-gloss:note:7#2"), 0, "another origin finds nothing");
			store_close(&st);
		}
		system("rm -f test-store-notes-v1.db*");   /* with the copy the migration set aside */
	}
	return done_testing();
}
