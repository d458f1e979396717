/* store-corrections.c -- the corrections table (see store-corrections.h).
 * Bound parameters only, every write inside BEGIN IMMEDIATE. */
#include "system.h"

#include <string.h>

#include "store-corrections.h"
#include "store-internal.h"
#include "util.h"

#define IGNORE_NAME "IGNORE"   /* the type name of HL_IGNORE in the table */

int store_correction_set(struct store *s, const char *text, enum hl_type type)
{
	if (store_check_writable(s) < 0)
		return -1;
	const char *name = type == HL_IGNORE ? IGNORE_NAME : hl_type_name(type);
	if (!text || !*text || !name)
		return err_set(_("a correction needs a text and a type"));
	if (store_begin(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "INSERT INTO corrections(text, type) VALUES(?1, ?2) "
					 "ON CONFLICT(text) DO UPDATE SET text = ?1, type = ?2");
	if (!st) {
		store_rollback(s);
		return -1;
	}
	store_bind_text(st, 1, text);
	store_bind_text(st, 2, name);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, "corrections");
		store_rollback(s);
		return -1;
	}
	return store_commit(s);
}

int store_correction_del(struct store *s, const char *text)
{
	if (store_check_writable(s) < 0)
		return -1;
	if (store_begin(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM corrections WHERE text = ?1");
	if (!st) {
		store_rollback(s);
		return -1;
	}
	store_bind_text(st, 1, text);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, "corrections");
		store_rollback(s);
		return -1;
	}
	int n = sqlite3_changes(s->db);
	if (store_commit(s) < 0)
		return -1;
	return n > 0;
}

int store_correction_each(struct store *s, store_correction_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, "SELECT text, type FROM corrections ORDER BY text");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		int type = name && strcmp(name, IGNORE_NAME) == 0 ? (int)HL_IGNORE : hl_type_parse(name);
		if (type >= 0 && fn(text ? text : "", (enum hl_type)type, ctx))
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "corrections");
	return 0;
}
