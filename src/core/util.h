/* util.h -- allocation, growable strings, and the last error message.
 *
 * Allocation aborts on failure (htop's xMalloc): callers never check.
 * struct sb is a string buffer whose s is never NULL (git's strbuf): an
 * initialised empty buffer points at a shared "" until it first grows.
 * Ownership: sb_detach() hands the string to the caller, who frees it. */
#ifndef GLOSS_UTIL_H
#define GLOSS_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* xreallocarray with overflow check: grows *p so that index need-1 fits. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
#define XGROW(p, cap, need) ((p) = xgrow((p), &(cap), (need), sizeof *(p)))

/* Frees *pp and sets it to NULL. */
void xfree(void *pp);
/* Frees the n strings of v, then v. */
void strv_free(char **v, size_t n);

/* t as ISO 8601 in UTC, "YYYY-MM-DDTHH:MM:SSZ" (how the sidecar and the
 * front matter keep times). */
void iso_utc(char out[21], time_t t);

struct sb {
	char *s;    /* NUL-terminated; never NULL once initialised */
	size_t len; /* bytes before the NUL */
	size_t cap; /* allocated bytes, 0 while s is the shared "" */
};
#define SB_INIT { (char *)sb_empty, 0, 0 }
extern const char sb_empty[1];

void sb_init(struct sb *b);
void sb_grow(struct sb *b, size_t extra);
void sb_add(struct sb *b, const void *data, size_t n);
void sb_adds(struct sb *b, const char *s);
void sb_addc(struct sb *b, int c);
void sb_addf(struct sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vaddf(struct sb *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void sb_reset(struct sb *b);         /* len = 0, keeps the memory */
char *sb_detach(struct sb *b);       /* caller frees; b is empty again */
void sb_release(struct sb *b);       /* frees; b is empty again */
/* Appends s as a JSON string literal, quotes included. */
void sb_add_json(struct sb *b, const char *s, size_t n);

/* The last error of the core, for the front end to show. err_set() formats
 * a message; err_msg() borrows it (valid until the next err_set). Returns -1
 * so that callers can write `return err_set(...)`. */
int err_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *err_msg(void);
void err_clear(void);

/* 64-bit content hash (FNV-1a over 8-byte lanes); stable across runs and
 * machines, used to notice that an article changed. Not cryptographic. */
uint64_t hash64(const void *data, size_t n);
/* Writes 16 lowercase hex digits and a NUL into out. */
void hash64_hex(uint64_t h, char out[17]);

/* Reads a whole file into memory (NUL-terminated, *len without the NUL).
 * Returns NULL and sets the error on failure. Caller frees. */
char *read_file(const char *path, size_t *len);

/* Writes data to path atomically: a temporary file beside it, fsync, rename.
 * With overwrite == 0 an existing file is an error. */
int write_file_atomic(const char *path, const void *data, size_t n, int overwrite);

/* Simple ASCII helpers that ignore the locale. */
int ascii_casecmp(const char *a, const char *b);
int ascii_ncasecmp(const char *a, const char *b, size_t n);

#endif
