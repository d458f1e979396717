/* ops-export.c -- ops_export and ops_export_file: the notes, re-anchored,
 * in a format of export.h's table, to a buffer or a file (ops.h). */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "core.h"
#include "export.h"
#include "library.h"
#include "ops.h"
#include "store-notes.h"
#include "ustr.h"

/* Code points before byte offset off (an invalid byte counts as one). */
static int64_t code_points(const char *s, size_t len, size_t off)
{
	int64_t n = 0;
	for (size_t i = 0; i < off && i < len; n++) {
		int32_t cp;
		i += (size_t)ustr_decode(s + i, len - i, &cp);
	}
	return n;
}

/* The library's name for titles: its folder's last component, never the
 * path (an export is shared, the path would go with it). */
static char *library_name(const char *dir)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	const char *slash = memrchr(dir, '/', n);
	const char *base = slash && (size_t)(slash - dir) + 1 < n ? slash + 1 : dir;
	return xstrndup(base, n - (size_t)(base - dir));
}

int ops_export(struct library *l, const struct ops_export *e, struct sb *out)
{
	struct store_note_list notes = { 0 };
	int r = 0;
	if (e->npaths == 0) {
		r = ops_notes(l, NULL, NULL, e->tag, &notes);
	} else {
		for (size_t i = 0; i < e->npaths && r == 0; i++)
			r = ops_notes(l, e->paths[i], NULL, e->tag, &notes);
	}
	if (r < 0) {
		store_note_list_clear(&notes);
		return -1;
	}
	struct export_note *v = xcalloc(notes.n + 1, sizeof *v);
	struct article *art = NULL;
	int64_t art_id = 0;
	for (size_t i = 0; i < notes.n; i++) {
		const struct store_note *n = &notes.v[i];
		v[i].n = n;
		v[i].cp_start = v[i].cp_end = -1;
		if (n->orphan || !n->present)
			continue;
		if (n->article_id != art_id) {
			art_free(&art);
			art_id = n->article_id;
			char *full = lib_path(l, n->path);
			art = art_load(full);
			free(full);
		}
		char hex[17];
		if (!art)
			continue;
		hash64_hex(art->hash, hex);
		if (strcmp(hex, n->hash) != 0 || n->end > art->len)
			continue;   /* changed under us: the quote is still there */
		v[i].cp_start = code_points(art->data, art->len, n->start);
		v[i].cp_end = v[i].cp_start + code_points(art->data + n->start, n->end - n->start, n->end - n->start);
	}
	art_free(&art);
	char now[21];
	iso_utc(now, time(NULL));
	char *name = library_name(l->dir);
	struct export_set set = { v, notes.n, name, now };
	export_write(e->format, &set, out);
	free(name);
	free(v);
	store_note_list_clear(&notes);
	return 0;
}

int ops_export_file(struct library *l, const struct ops_export *e, const char *path, int overwrite)
{
	struct stat st;
	if (lstat(path, &st) == 0) {
		/* the export takes the name's place (rename): that of a FIFO, a
		 * device or a symlink would be lost, so only a file is replaced */
		if (!S_ISREG(st.st_mode))
			return err_set(_("%s: not a regular file (an export replaces only a file)"), path);
		if (!overwrite)
			return err_set(_("%s: file exists (use --force to overwrite)"), path);
	}
	struct sb b = SB_INIT;
	int r = ops_export(l, e, &b);
	if (r == 0)
		r = write_file_atomic(path, b.s, b.len, overwrite);
	sb_release(&b);
	return r;
}
