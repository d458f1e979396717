/* store-fts.c -- the "gloss" FTS5 tokenizer: unicode61 with
 * remove_diacritics 2 for alphabetic text, overlapping bigrams for runs of
 * Chinese, Japanese and Korean characters.
 *
 * unicode61 takes a run of Han or kana as one token, so a word inside a
 * sentence of Japanese or Chinese is never found. Here each such run is cut
 * into every pair of neighbouring characters ("首相が" gives "首相",
 * "相が"); a query is cut the same way, and FTS5 matches its pairs as a
 * phrase, so any word of two characters or more is found where it occurs.
 * A run of one character is one token. Everything else goes to unicode61,
 * whose offsets are moved to the place of its run in the text. */
#include "system.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "store-fts.h"
#include "ustr.h"
#include "util.h"

/* By block, not by script (libunistring's uc_script): the prolonged
 * sound mark and the middle dot of katakana words (U+30FC, U+30FB, U+FF70)
 * are of script Common, and would cut those words apart. */
static int is_cjk(int32_t c)
{
	return (c >= 0x1100 && c <= 0x11FF) ||     /* Hangul Jamo */
	       (c >= 0x2E80 && c <= 0x2FDF) ||     /* CJK and Kangxi radicals */
	       (c >= 0x3040 && c <= 0x30FF) ||     /* Hiragana, Katakana */
	       (c >= 0x3100 && c <= 0x31BF) ||     /* Bopomofo, Hangul compatibility Jamo, Kanbun */
	       (c >= 0x31F0 && c <= 0x31FF) ||     /* Katakana phonetic extensions */
	       (c >= 0x3400 && c <= 0x4DBF) ||     /* CJK extension A */
	       (c >= 0x4E00 && c <= 0x9FFF) ||     /* CJK unified ideographs */
	       (c >= 0xA960 && c <= 0xA97F) ||     /* Hangul Jamo extended A */
	       (c >= 0xAC00 && c <= 0xD7FF) ||     /* Hangul syllables, Jamo extended B */
	       (c >= 0xF900 && c <= 0xFAFF) ||     /* CJK compatibility ideographs */
	       (c >= 0xFF66 && c <= 0xFF9F) ||     /* halfwidth Katakana */
	       (c >= 0x20000 && c <= 0x3134F);     /* CJK extensions B to G */
}

struct gloss_tok {
	fts5_tokenizer base;      /* unicode61's functions */
	Fts5Tokenizer *inner;     /* its instance, remove_diacritics 2 */
};

static fts5_api *api_of(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api;
}

static int tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	fts5_api *api = ctx;
	struct gloss_tok *t = sqlite3_malloc(sizeof *t);
	if (!t)
		return SQLITE_NOMEM;
	memset(t, 0, sizeof *t);
	void *uctx = NULL;
	int rc = api->xFindTokenizer(api, "unicode61", &uctx, &t->base);
	const char *args[] = { "remove_diacritics", "2" };
	if (rc == SQLITE_OK)
		rc = t->base.xCreate(uctx, args, 2, &t->inner);
	if (rc != SQLITE_OK) {
		sqlite3_free(t);
		return rc;
	}
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p)
{
	struct gloss_tok *t = (struct gloss_tok *)p;
	if (t->inner)
		t->base.xDelete(t->inner);
	sqlite3_free(t);
}

/* unicode61's tokens of a run, with their offsets moved by base. */
struct shift {
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	int base;
};

static int shifted(void *p, int flags, const char *tok, int n, int s, int e)
{
	struct shift *sh = p;
	return sh->emit(sh->ctx, flags, tok, n, s + sh->base, e + sh->base);
}

/* Bytes of the character at s (n > 0 bytes), its code point in *c. */
static int char_at(const char *s, int n, int32_t *c)
{
	int k = ustr_decode(s, (size_t)n, c);
	return k > 0 ? k : 1;
}

static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int len,
			int (*emit)(void *, int, const char *, int, int, int))
{
	struct gloss_tok *t = (struct gloss_tok *)p;
	int i = 0, rc = SQLITE_OK;
	while (i < len && rc == SQLITE_OK) {
		/* a run of other text, then a run of CJK characters */
		int s = i;
		int32_t c = 0;
		while (i < len) {
			int k = char_at(text + i, len - i, &c);
			if (is_cjk(c))
				break;
			i += k;
		}
		if (i > s) {
			struct shift sh = { ctx, emit, s };
			rc = t->base.xTokenize(t->inner, &sh, flags, text + s, i - s, shifted);
		}
		int run = i;
		while (i < len && rc == SQLITE_OK) {
			int k = char_at(text + i, len - i, &c);
			if (!is_cjk(c))
				break;
			int32_t d = 0;
			int k2 = i + k < len ? char_at(text + i + k, len - i - k, &d) : 0;
			if (k2 && is_cjk(d))
				rc = emit(ctx, 0, text + i, k + k2, i, i + k + k2);
			else if (i == run)
				rc = emit(ctx, 0, text + i, k, i, i + k);   /* a run of one character */
			i += k;
		}
	}
	return rc;
}

int store_fts_register(sqlite3 *db)
{
	fts5_api *api = api_of(db);
	if (!api)
		return err_set(_("this SQLite has no FTS5 (full-text search)"));
	fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	if (api->xCreateTokenizer(api, "gloss", api, &tok, NULL) != SQLITE_OK)
		return err_set(_("cannot register the search tokenizer: %s"), sqlite3_errmsg(db));
	return 0;
}
