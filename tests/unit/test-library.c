/* test-library.c -- syncing a folder with its sidecar. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core.h"
#include "library.h"
#include "store.h"
#include "tap.h"

static void put(const char *path, const char *text)
{
	write_file_atomic(path, text, strlen(text), 1);
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
	return done_testing();
}
