/* app.c -- the shared state of the interface (app.h): the article list,
 * the open article, focus, the side pane and the message line.
 *
 * What happens to the shared state is told to every view as an event
 * (app_notify), so that no view calls another: the reader lays a newly
 * opened article out, the entities pane counts its entities, the list
 * moves its selection to it. Nothing here draws. */
#include "system.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "app.h"
#include "library.h"
#include "motion.h"
#include "query.h"
#include "util.h"

static void log_add(struct app *a, const char *s)
{
	if (a->nlog == APP_LOG_MAX) {
		free(a->log[0]);
		memmove(a->log, a->log + 1, (a->nlog - 1) * sizeof *a->log);
		a->nlog--;
	}
	XGROW(a->log, a->caplog, a->nlog + 1);
	a->log[a->nlog++] = xstrdup(s);
}

void app_log(struct app *a, const char *fmt, ...)
{
	struct sb b = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	log_add(a, b.s);
	sb_release(&b);
}

void app_msg(struct app *a, int error, const char *fmt, ...)
{
	struct sb b = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	free(a->msg);
	a->msg = sb_detach(&b);
	a->msg_error = error;
	log_add(a, a->msg);
}

int app_error(struct app *a)
{
	app_msg(a, 1, "%s", err_msg());
	return R_STATUS;
}

struct pane *app_pane(struct app *a, enum view_id v)
{
	static struct pane hidden;   /* a side view not in the side pane */
	switch (v) {
	case VIEW_LIST: return &a->list;
	case VIEW_READER: return &a->reader;
	case VIEW_HELP: return &a->help;
	case VIEW_ENTITIES:
	case VIEW_NOTES:
	case VIEW_MENTIONS:
	case VIEW_LINKS:
	case VIEW_FEEDS:
		if (a->side == v)
			return &a->side_pane;
		memset(&hidden, 0, sizeof hidden);
		return &hidden;
	case VIEW_N:
		break;
	}
	return NULL;
}

void *app_view(struct app *a, enum view_id v)
{
	return v < VIEW_N ? a->views[v].data : NULL;
}

int app_item(struct app *a, int kind, struct view_item *out)
{
	memset(out, 0, sizeof *out);
	const struct view *v = a->focus < VIEW_N ? &a->views[a->focus] : NULL;
	if (v && v->ops && v->ops->item && v->ops->item(a, v->data, kind, out))
		return 1;
	/* Every view but the list means the open article. */
	if (kind == ITEM_ARTICLE && a->focus != VIEW_LIST && a->open.doc && a->open.entry < a->nents) {
		out->kind = ITEM_ARTICLE;
		out->entry = a->open.entry;
		return 1;
	}
	return 0;
}

int app_notify(struct app *a, enum app_event e)
{
	int react = R_NONE;
	for (int v = 0; v < VIEW_N; v++) {
		const struct view_ops *o = a->views[v].ops;
		if (o && o->event)
			react |= o->event(a, a->views[v].data, e);
	}
	return react;
}

int app_run(struct app *a, const struct action *act)
{
	if (!act)
		return R_NONE;
	if (a->help_open) {
		/* The help screen scrolls; only a few actions close or pass it. */
		if (act->flags & ACTION_IN_HELP)
			return act->fn(a, act);
		const struct view *h = &a->views[VIEW_HELP];
		return !act->fn && h->ops && h->ops->navigate ? h->ops->navigate(a, h->data, act->move) : R_NONE;
	}
	int react = R_NONE;
	if (act->views && !(act->views & VIEW_BIT(a->focus))) {
		if (!(act->flags & ACTION_TO_READER) || !a->open.doc)
			return R_NONE;
		react |= app_focus(a, VIEW_READER);
	}
	if (act->fn)
		return react | act->fn(a, act);
	const struct view *v = &a->views[a->focus];
	return react | (v->ops && v->ops->navigate ? v->ops->navigate(a, v->data, act->move) : R_NONE);
}

/* ---- the list of articles ---- */

static void free_entries(struct app *a)
{
	for (size_t i = 0; i < a->nents; i++) {
		struct entry *e = &a->ents[i];
		free(e->path);
		free(e->title);
		free(e->date);
		free(e->source);
		free(e->tags);
	}
	a->nents = 0;
}

static int add_entry(const struct store_article *sa, void *ctx)
{
	struct app *a = ctx;
	XGROW(a->ents, a->cap, a->nents + 1);
	struct entry *e = &a->ents[a->nents++];
	e->id = sa->id;
	e->path = xstrdup(sa->path);
	e->title = xstrdup(sa->title && sa->title[0] ? sa->title : sa->path);
	e->date = xstrdup(sa->date ? sa->date : "");
	e->source = xstrdup(sa->source ? sa->source : "");
	e->tags = xstrdup(sa->tags ? sa->tags : "");
	e->read = sa->read;
	e->position = sa->position;
	return 0;
}

/* The list read again; keep: an article listed though `:filter unread`
 * would leave it out (the one open), or 0. */
static int load_entries(struct app *a, const char *tag, int64_t keep)
{
	free_entries(a);
	free(a->filter);
	a->filter = tag ? xstrdup(tag) : NULL;
	struct query_filter f = { a->filter, a->filter_feed, a->filter_unread, keep };
	int rc = query_articles_where(a->lib, &f, 0, add_entry, a);
	app_notify(a, EV_LIST);
	return rc;
}

int app_load_entries(struct app *a, const char *tag)
{
	return load_entries(a, tag, app_entry(a) ? app_entry(a)->id : 0);
}

void app_free_entries(struct app *a)
{
	free_entries(a);
	free(a->ents);
	a->ents = NULL;
	a->cap = 0;
	free(a->filter);
	a->filter = NULL;
	free(a->filter_feed);
	a->filter_feed = NULL;
}

size_t app_find(const struct app *a, const char *path)
{
	size_t i = 0;
	while (i < a->nents && strcmp(a->ents[i].path, path) != 0)
		i++;
	return i;
}

int app_filtered(const struct app *a)
{
	return a->filter || a->filter_feed || a->filter_unread;
}

size_t app_unread(const struct app *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->nents; i++)
		n += !a->ents[i].read;
	return n;
}

void app_refresh_entry(struct app *a, size_t i)
{
	if (i >= a->nents)
		return;
	struct store_article sa;
	memset(&sa, 0, sizeof sa);
	if (query_article(a->lib, a->ents[i].path, &sa) == 1) {
		free(a->ents[i].tags);
		a->ents[i].tags = xstrdup(sa.tags ? sa.tags : "");
	}
	query_article_clear(&sa);
}

int app_reload(struct app *a, const char *tag)
{
	int64_t open_id = a->open.doc && a->open.entry < a->nents ? a->ents[a->open.entry].id : 0;
	enum view_id focus = a->focus;
	if (a->open.doc)
		app_close(a);
	if (load_entries(a, tag && tag[0] ? tag : NULL, open_id) < 0) {
		app_error(a);
		app_load_entries(a, NULL);
	}
	int react = R_RELAYOUT;
	if (open_id) {
		for (size_t i = 0; i < a->nents; i++)
			if (a->ents[i].id == open_id)
				react |= app_open(a, i);
	}
	/* The reader without its article gives the focus to the list; an
	 * open side pane keeps it (the feeds pane while its update ends). */
	int keep = a->open.doc || focus == VIEW_LIST || (a->side_open && focus == a->side);
	a->focus = keep ? focus : VIEW_LIST;
	return react;
}

int app_filter(struct app *a, const char *tag, const char *feed, int unread)
{
	char *f = feed ? xstrdup(feed) : NULL;   /* feed may be a->filter_feed */
	free(a->filter_feed);
	a->filter_feed = f;
	a->filter_unread = unread;
	int react = app_reload(a, tag);
	a->focus = VIEW_LIST;
	if (a->filter)
		app_msg(a, 0, ngettext("%zu article tagged %s (:filter alone shows all)",
				       "%zu articles tagged %s (:filter alone shows all)", a->nents), a->nents, a->filter);
	else if (a->filter_feed)
		app_msg(a, 0, ngettext("%zu article of the feed %s (:filter alone shows all)",
				       "%zu articles of the feed %s (:filter alone shows all)", a->nents), a->nents, a->filter_feed);
	else if (a->filter_unread)
		app_msg(a, 0, ngettext("%zu unread article (:filter alone shows all)", "%zu unread articles (:filter alone shows all)",
				       app_unread(a)), app_unread(a));
	else
		app_msg(a, 0, ngettext("Filter off: %zu article", "Filter off: %zu articles", a->nents), a->nents);
	return react;
}

struct ids {
	int64_t *v;
	size_t n, cap;
};

static int add_id(const struct store_article *sa, void *ctx)
{
	struct ids *ids = ctx;
	XGROW(ids->v, ids->cap, ids->n + 1);
	ids->v[ids->n++] = sa->id;
	return 0;
}

int app_mark_read(struct app *a, const char *feed)
{
	struct query_filter f = { NULL, feed, 1, 0 };
	struct ids ids = { NULL, 0, 0 };
	if (query_articles_where(a->lib, &f, 0, add_id, &ids) < 0 || ops_articles_set_read(a->lib, ids.v, ids.n, 1) < 0) {
		free(ids.v);
		return app_error(a);
	}
	for (size_t i = 0; i < a->nents; i++)
		if (!feed || query_in_feed(a->ents[i].path, feed))
			a->ents[i].read = 1;
	if (feed)
		app_msg(a, 0, ngettext("%zu article of %s marked read", "%zu articles of %s marked read", ids.n), ids.n, feed);
	else
		app_msg(a, 0, ngettext("%zu article marked read", "%zu articles marked read", ids.n), ids.n);
	free(ids.v);
	return R_PANES;
}

static void write_read(struct app *a, int64_t id, int read)
{
	if (ops_article_set_read(a->lib, id, read) < 0)
		app_error(a);
}

int app_deferred_sync(struct app *a)
{
	a->sync_pending = 0;
	if (a->read_pending) {
		write_read(a, a->read_pending, 1);
		a->read_pending = 0;
	}
	if (lib_sync(a->lib, LIB_SYNC_FULL) < 0)
		return app_error(a);
	return a->lib->changed ? app_reread(a) : R_NONE;
}

int app_reread(struct app *a)
{
	size_t cur = a->open.cur;
	int64_t open_id = app_entry(a) ? app_entry(a)->id : 0;
	char *tag = a->filter ? xstrdup(a->filter) : NULL;  /* reload frees a->filter */
	int react = app_reload(a, tag) | R_LIST | R_STATUS;
	free(tag);
	struct entry *e = app_entry(a);
	if (e && e->id == open_id && cur != SIZE_MAX && cur < a->open.doc->len)
		react |= app_goto(a, cur);
	query_version(a->lib, &a->version);
	return react;
}

int app_sync(struct app *a)
{
	if (lib_sync(a->lib, LIB_SYNC_FULL) < 0)
		return app_error(a);
	long changed = a->lib->changed;
	int react = app_reread(a);
	app_msg(a, 0, ngettext("Synced: %ld file changed", "Synced: %ld files changed", changed), changed);
	return react;
}

int64_t app_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The size and modification time of the open article's file. */
static void file_stamp(struct app *a, int64_t *size, int64_t *mtime_ns)
{
	struct entry *e = app_entry(a);
	struct stat st;
	char *path = e ? lib_path(a->lib, e->path) : NULL;
	*size = *mtime_ns = -1;
	if (path && stat(path, &st) == 0) {
		*size = (int64_t)st.st_size;
		*mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
	}
	free(path);
}

int app_idle(struct app *a)
{
	int64_t now = app_now_ms();
	if (a->sync_pending || now - a->idle_at < IDLE_MS)
		return R_NONE;
	a->idle_at = now;
	int again = 0;
	/* Files added or removed (their folders changed), or the open one
	 * edited in place. */
	if (lib_sync(a->lib, LIB_SYNC_QUICK) == 0 && a->lib->changed)
		again = 1;
	struct entry *e = app_entry(a);
	if (e) {
		int64_t size, mtime;
		file_stamp(a, &size, &mtime);
		if (size != a->open.size || mtime != a->open.mtime_ns) {
			lib_refresh(a->lib, e->path);
			again = 1;
		}
	}
	/* Notes and tags another program wrote. */
	long v;
	if (query_version(a->lib, &v) == 0 && v != a->version)
		again = 1;
	return again ? app_reread(a) : R_NONE;
}

/* ---- the open article ---- */

struct entry *app_entry(struct app *a)
{
	return a->open.doc && a->open.entry < a->nents ? &a->ents[a->open.entry] : NULL;
}

const struct article *app_article(struct app *a)
{
	struct doc *d = a->open.doc;
	return d && !d->map ? d->art : NULL;
}

void app_notes_reload(struct app *a)
{
	query_note_list_clear(&a->open.notes);
	struct entry *e = app_entry(a);
	if (e && a->lib && ops_notes(a->lib, e->path, app_article(a), NULL, &a->open.notes) < 0)
		app_error(a);
	app_notify(a, EV_NOTES);
}

const struct store_note *app_note_at(struct app *a, size_t off)
{
	const struct store_note *best = NULL;
	if (off == SIZE_MAX)
		return NULL;
	for (size_t k = 0; k < a->open.notes.n; k++) {
		const struct store_note *n = &a->open.notes.v[k];
		if (n->orphan || off < n->start || off >= n->end)
			continue;
		if (!best || n->end - n->start < best->end - best->start)
			best = n;
	}
	return best;
}

int app_open(struct app *a, size_t i)
{
	if (i >= a->nents)
		return R_NONE;
	int react = R_PANES;
	if (!a->wide)
		react |= R_RELAYOUT;
	if (a->open.doc && a->open.entry == i) {
		a->focus = VIEW_READER;
		return react;
	}
	struct entry *e = &a->ents[i];
	char *path = lib_path(a->lib, e->path);
	struct doc *d = doc_open(path, a->hl);
	free(path);
	if (!d)
		return app_error(a);
	/* the corrections of one mention win over the engine (ops-passage.c);
	 * without them (an unreadable sidecar) the article still opens */
	struct store_passage_list fix = { 0 };
	if (ops_passages(a->lib, e->path, NULL, &fix) == 0)
		doc_fix(d, &fix);
	ops_passage_list_clear(&fix);
	app_close(a);
	a->open.doc = d;
	a->open.entry = i;
	a->open.cur = SIZE_MAX;
	file_stamp(a, &a->open.size, &a->open.mtime_ns);
	a->focus = VIEW_READER;
	if (!e->read) {
		e->read = 1;
		if (a->sync_pending)
			a->read_pending = e->id;   /* the first screen first */
		else
			write_read(a, e->id, 1);
	}
	app_notes_reload(a);
	return react | R_REWRAP | app_notify(a, EV_OPENED);
}

int app_set_read(struct app *a, size_t i, int read)
{
	if (i >= a->nents)
		return R_NONE;
	struct entry *e = &a->ents[i];
	e->read = read;
	write_read(a, e->id, e->read);
	return R_LIST | R_STATUS;
}

void app_save_position(struct app *a, int64_t pos)
{
	struct entry *e = app_entry(a);
	if (!e || pos == e->position)
		return;
	e->position = pos;
	if (a->lib && ops_article_set_position(a->lib, e->id, pos) < 0)
		app_error(a);
}

void app_close(struct app *a)
{
	if (!a->open.doc)
		return;
	app_notify(a, EV_CLOSING);
	doc_free(&a->open.doc);
	app_selection_clear(a);
	query_note_list_clear(&a->open.notes);
}

int app_reload_engine(struct app *a)
{
	size_t entry = a->open.entry, cur = a->open.cur;
	enum view_id focus = a->focus;
	int had = a->open.doc != NULL;
	/* The open article's spans came from the engine that was dropped. */
	app_close(a);
	a->hl = lib_engine(a->lib);
	if (!a->hl)
		app_error(a);
	int react = R_PANES;
	if (had && entry < a->nents) {
		react |= app_open(a, entry);
		if (cur != SIZE_MAX)
			react |= app_goto(a, cur);
		a->focus = focus;
	}
	return react;
}

int app_goto(struct app *a, size_t off)
{
	if (!a->open.doc)
		return R_NONE;
	a->open.cur = off;
	a->open.by_sentence = 0;
	return R_READER | R_STATUS | R_SIDE | app_notify(a, EV_CURSOR);
}

int app_open_at(struct app *a, int64_t article_id, size_t start, size_t end)
{
	(void)end;
	for (size_t i = 0; i < a->nents; i++) {
		if (a->ents[i].id != article_id)
			continue;
		int react = app_open(a, i) | R_LIST | R_SIDE;
		if (!a->open.doc || a->open.entry != i)
			return -1;
		if (start != SIZE_MAX)
			react |= app_goto(a, start);
		return react;
	}
	return -1;
}

int app_focus(struct app *a, enum view_id v)
{
	if (a->focus == v)
		return R_NONE;
	a->focus = v;
	return a->wide ? R_PANES : R_RELAYOUT;
}

int app_side_show(struct app *a, enum view_id v)
{
	a->side_open = 1;
	a->side = v;
	return R_RELAYOUT;
}

int app_side_close(struct app *a)
{
	a->side_open = 0;
	if (a->focus == a->side)
		a->focus = a->open.doc ? VIEW_READER : VIEW_LIST;
	return R_RELAYOUT;
}

/* ---- what is under the cursor ---- */

size_t app_body_start(struct app *a)
{
	return a->open.doc ? motion_body_start(a->open.doc) : 0;
}

int app_selection(struct app *a, size_t *s, size_t *e)
{
	struct reading *o = &a->open;
	if (!o->doc || o->sel_anchor == SIZE_MAX)
		return 0;
	if (o->sel_end != SIZE_MAX) {
		*s = o->sel_anchor;
		*e = o->sel_end;
		return *e > *s;
	}
	if (o->cur == SIZE_MAX)
		return 0;
	size_t lo = o->sel_anchor < o->cur ? o->sel_anchor : o->cur;
	size_t hi = o->sel_anchor < o->cur ? o->cur : o->sel_anchor;
	*s = lo;
	*e = motion_word_end(o->doc, hi);
	/* `)` or `}` forward lands on the next sentence's first word: the
	 * selection is the sentences before it, not a word of the next. */
	size_t ps, pe;
	if (o->by_sentence && o->cur > o->sel_anchor && motion_sentence_at(o->doc, o->cur, &ps, &pe) && ps == o->cur &&
	    motion_sentence_at(o->doc, o->cur - 1, &ps, &pe) && pe > lo && pe <= o->cur)
		*e = pe;
	return *e > *s;
}

void app_selection_clear(struct app *a)
{
	a->open.sel_anchor = a->open.sel_end = SIZE_MAX;
}

int app_sentence(struct app *a, size_t *s, size_t *e)
{
	return a->open.doc && motion_sentence_at(a->open.doc, a->open.cur, s, e);
}

const struct hl_span *app_span_at(struct app *a, size_t off)
{
	struct doc *d = a->open.doc;
	if (!d || off == SIZE_MAX || !doc_para(d, 0))
		return NULL;
	const struct hl_span *v;
	size_t n;
	doc_spans(d, motion_para_of(d, off), &v, &n);
	for (size_t k = 0; k < n; k++)
		if (v[k].start <= off && off < v[k].end && app_span_shown(a, &v[k]))
			return &v[k];
	return NULL;
}

int app_span_shown(const struct app *a, const struct hl_span *s)
{
	return s->type < HL_NTYPES && a->open.hl_on[s->type];
}
