/* store-schema.c -- the sidecar's schema and its migrations.
 *
 * Each migration is SQL that takes the database from version N-1 to N
 * (PRAGMA user_version). store.c applies the missing ones in order, inside
 * one transaction, after copying the file aside; the table `migrations`
 * records when each one ran. A migration, once released, never changes:
 * a new need is a new migration. */
#include "system.h"

#include "store-schema.h"

static const char v1[] =
	"CREATE TABLE migrations("
	"  version INTEGER PRIMARY KEY,"
	"  applied_at TEXT NOT NULL,"
	"  gloss_version TEXT NOT NULL);"
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
	/* One row per article file ever seen; rows are never deleted while
	 * notes may point at them: a missing file has present = 0. */
	"CREATE TABLE articles("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL UNIQUE,"         /* relative to the library folder */
	"  hash TEXT NOT NULL,"                /* hash64 of the bytes, hex */
	"  size INTEGER NOT NULL DEFAULT 0,"
	"  mtime_ns INTEGER NOT NULL DEFAULT 0,"
	"  title TEXT NOT NULL DEFAULT '',"
	"  source TEXT, date TEXT, author TEXT, license TEXT,"
	"  read INTEGER NOT NULL DEFAULT 0,"
	"  position INTEGER NOT NULL DEFAULT 0," /* reading position, byte offset */
	"  present INTEGER NOT NULL DEFAULT 1,"
	/* The row of the article in articles_fts: its date in the high bits
	 * and its id in the low ones, so that the search index, read in rowid
	 * order, gives the newest articles first and can stop at the limit. */
	"  fts_rowid INTEGER UNIQUE,"
	"  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
	"CREATE INDEX articles_hash ON articles(hash);"
	"CREATE INDEX articles_order ON articles(present, date DESC, title);"
	/* Folders of the library and their mtimes: a quick sync trusts the
	 * sidecar while none of them changed. */
	"CREATE TABLE dirs(path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE tags("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
	"CREATE TABLE article_tags("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
	"  PRIMARY KEY(article_id, tag_id)) WITHOUT ROWID;"
	"CREATE INDEX article_tags_tag ON article_tags(tag_id);"
	/* A note anchors to a passage: its range, its quote with 32 bytes of
	 * context each side, and the hash of the article it was made on. */
	"CREATE TABLE notes("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id),"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  quote TEXT NOT NULL,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  hash TEXT NOT NULL,"
	"  body TEXT NOT NULL DEFAULT '',"
	"  orphan INTEGER NOT NULL DEFAULT 0,"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL,"
	"  deleted_at TEXT,"                   /* soft delete: undo survives a restart */
	"  CHECK (start >= 0 AND end >= start));"
	"CREATE INDEX notes_article ON notes(article_id, start);"
	"CREATE TABLE note_tags("
	"  note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,"
	"  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
	"  PRIMARY KEY(note_id, tag_id)) WITHOUT ROWID;"
	/* What the user did, newest last, so that `u` can take it back. */
	"CREATE TABLE undo_log("
	"  id INTEGER PRIMARY KEY,"
	"  op TEXT NOT NULL,"                  /* note-delete, note-edit, ... */
	"  note_id INTEGER,"
	"  before TEXT,"                       /* the value to restore */
	"  at TEXT NOT NULL);"
	/* The user's corrections of the highlight engine. */
	"CREATE TABLE corrections("
	"  text TEXT PRIMARY KEY COLLATE NOCASE,"
	"  type TEXT NOT NULL CHECK (type IN ('PERSON','PLACE','DATE','IGNORE')));"
	/* The entity index: every mention in every article, for `m` and `*`
	 * across the library. mention_state says which version of an article
	 * (hash) was indexed by which engine. */
	"CREATE TABLE mentions("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  type TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  PRIMARY KEY(article_id, start)) WITHOUT ROWID;"
	"CREATE INDEX mentions_key ON mentions(key, article_id);"
	"CREATE TABLE mention_state("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  hash TEXT NOT NULL,"
	"  engine TEXT NOT NULL);"
	/* Full text of titles and bodies for `gloss search`. */
	"CREATE VIRTUAL TABLE articles_fts USING fts5("
	"  title, body, tokenize = 'unicode61 remove_diacritics 2');";

/* Files a library sync refused (binary, too large, not readable) with the
 * size and mtime they had then: not read again while these are unchanged. */
static const char v2[] =
	"CREATE TABLE refused("
	"  path TEXT PRIMARY KEY,"
	"  size INTEGER NOT NULL,"
	"  mtime_ns INTEGER NOT NULL,"
	"  why TEXT NOT NULL) WITHOUT ROWID;";

/* Where an imported note came from (ops-import.c makes the key from the
 * annotation's id), so that importing the same annotation again adds
 * nothing; NULL for notes made here. */
static const char v3[] =
	"ALTER TABLE notes ADD COLUMN origin TEXT;"
	"CREATE INDEX notes_origin ON notes(origin) WHERE origin IS NOT NULL;";

/* What `u` took back, newest last, so that redo can do it again: the
 * undo log's entry (op, note_id, before) and the value the undo replaced
 * (after: a note's body or anchor, op-specific). A new action empties it. */
static const char v4[] =
	"CREATE TABLE redo_log("
	"  id INTEGER PRIMARY KEY,"
	"  op TEXT NOT NULL,"
	"  note_id INTEGER,"
	"  before TEXT,"
	"  after TEXT,"
	"  at TEXT NOT NULL);";

/* Search in Chinese, Japanese and Korean: the index is made again with the
 * "gloss" tokenizer (store-fts.c), which cuts their runs into pairs. */
static const char v5[] =
	"CREATE VIRTUAL TABLE articles_fts_v5 USING fts5("
	"  title, body, tokenize = 'gloss');"
	"INSERT INTO articles_fts_v5(rowid, title, body) SELECT rowid, title, body FROM articles_fts;"
	"DROP TABLE articles_fts;"
	"ALTER TABLE articles_fts_v5 RENAME TO articles_fts;";

/* Feed subscriptions (store-feeds.c) and the items of each feed already
 * saved, by the feed's name and the item's id, so that an item is never
 * saved twice; tags are what the article got from the feed (prune keeps
 * an article the user tagged beyond them). Items stay when their feed is
 * removed: subscribing again saves nothing twice. (IF NOT EXISTS: a
 * sidecar whose version was set back, as a test of an older migration
 * does, still opens.) */
static const char v6[] =
	"CREATE TABLE IF NOT EXISTS feeds("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  url TEXT NOT NULL UNIQUE,"
	"  tags TEXT NOT NULL DEFAULT '',"      /* comma-separated */
	"  etag TEXT, last_modified TEXT,"
	"  user TEXT, password TEXT,"
	"  summary_only INTEGER NOT NULL DEFAULT 0,"
	"  last_update TEXT, last_status TEXT,"
	"  added_at TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS feed_items("
	"  feed TEXT NOT NULL,"
	"  item_id TEXT NOT NULL,"
	"  path TEXT,"                          /* relative to the library folder */
	"  tags TEXT NOT NULL DEFAULT '',"
	"  saved_at TEXT NOT NULL,"
	"  PRIMARY KEY(feed, item_id)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS feed_items_path ON feed_items(path);";

/* Corrections of one mention (store-passages.c): a passage of an article,
 * anchored as a note is (range, quote, context, the hash of the text it
 * was made on), is of type or, with IGNORE, not highlighted. orphan: the
 * passage was not found again after an edit; the range is the old one. */
static const char v7[] =
	"CREATE TABLE IF NOT EXISTS passage_corrections("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  quote TEXT NOT NULL,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  hash TEXT NOT NULL,"
	"  type TEXT NOT NULL CHECK (type IN ('PERSON','PLACE','DATE','IGNORE')),"
	"  orphan INTEGER NOT NULL DEFAULT 0,"
	"  created_at TEXT NOT NULL,"
	"  CHECK (start >= 0 AND end > start));"
	"CREATE INDEX IF NOT EXISTS passage_corrections_article ON passage_corrections(article_id, start);";

static const struct schema_migration migrations[] = {
	{ 1, v1 },
	{ 2, v2 },
	{ 3, v3 },
	{ 4, v4 },
	{ 5, v5 },
	{ 6, v6 },
	{ 7, v7 },
};

const struct schema_migration *schema_migrations(int *n)
{
	*n = (int)(sizeof migrations / sizeof migrations[0]);
	return migrations;
}

int schema_version(void)
{
	return migrations[sizeof migrations / sizeof migrations[0] - 1].version;
}
