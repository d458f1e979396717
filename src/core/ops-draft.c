/* ops-draft.c -- the note being written, kept in the sidecar while the
 * editor is open (meta key "draft"), so that a crash or a killed terminal
 * costs no note: the next start offers it back (ops.h). */
#include "system.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core.h"
#include "json.h"
#include "library.h"
#include "ops.h"
#include "store.h"

#define DRAFT_KEY "draft"

int ops_draft_save(struct library *l, const struct ops_draft *d)
{
	if (store_readonly(l->store))
		return 0;   /* nowhere to keep it; the editor still has it */
	char now[21];
	iso_utc(now, time(NULL));
	struct sb b = SB_INIT;
	sb_adds(&b, "{\"path\":");
	sb_add_json(&b, d->path, strlen(d->path));
	sb_addf(&b, ",\"note\":%lld,\"start\":%zu,\"end\":%zu,\"at\":\"%s\",\"body\":", (long long)d->note_id,
		d->start, d->end, now);
	sb_add_json(&b, d->body, strlen(d->body));
	sb_addc(&b, '}');
	int r = store_meta_set(l->store, DRAFT_KEY, b.s);
	sb_release(&b);
	return r;
}

int ops_draft_get(struct library *l, struct ops_draft *out)
{
	memset(out, 0, sizeof *out);
	char *v = NULL;
	int r = store_meta_get(l->store, DRAFT_KEY, &v);
	if (r <= 0 || !v) {
		free(v);
		return r < 0 ? -1 : 0;
	}
	json_t *j = json_read(v, strlen(v));
	free(v);
	if (!j)
		return 0;   /* a damaged draft is no draft */
	const char *path = json_member_str(j, "path"), *body = json_member_str(j, "body"), *at = json_member_str(j, "at");
	int64_t note = 0, start = 0, end = 0;
	int ok = path && body && json_member_int(j, "note", &note) == 0 && json_member_int(j, "start", &start) == 0 &&
		 json_member_int(j, "end", &end) == 0 && note >= 0 && start >= 0 && end >= start;
	if (ok) {
		out->path = xstrdup(path);
		out->body = xstrdup(body);
		snprintf(out->at, sizeof out->at, "%s", at ? at : "");
		out->note_id = note;
		out->start = (size_t)start;
		out->end = (size_t)end;
	}
	json_decref(j);
	return ok;
}

int ops_draft_clear(struct library *l)
{
	if (store_readonly(l->store))
		return 0;
	char *v = NULL;
	int r = store_meta_get(l->store, DRAFT_KEY, &v);
	int had = r > 0 && v;
	free(v);
	return had ? store_meta_set(l->store, DRAFT_KEY, NULL) : r < 0 ? -1 : 0;
}

void ops_draft_free(struct ops_draft *d)
{
	free(d->path);
	free(d->body);
	memset(d, 0, sizeof *d);
}
