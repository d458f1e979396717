/* tap.h -- a tiny TAP producer for the unit tests (header only).
 *
 *   ok(cond, "name");  is_int(a, b, "name");
 *   is_str(a, b, "name");  skip("why");  return done_testing();
 *
 * skip() reports a test that could not run ("ok N # SKIP why"): make
 * check counts it as a skip, never as a pass. Only for what the machine
 * cannot do (read-only folders as root), never for a package that
 * .ci/packages installs: its absence is a failure.
 */
#ifndef GLOSS_TAP_H
#define GLOSS_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static inline int ok_at(int cond, const char *name, const char *file, int line)
{
	tap_n++;
	printf("%sok %d - %s\n", cond ? "" : "not ", tap_n, name);
	if (!cond) {
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	fflush(stdout);
	return cond;
}
#define ok(cond, name) ok_at(!!(cond), (name), __FILE__, __LINE__)

static inline void skip(const char *why)
{
	tap_n++;
	printf("ok %d # SKIP %s\n", tap_n, why);
	fflush(stdout);
}

static inline int is_int_at(long long got, long long want, const char *name, const char *file, int line)
{
	int r = ok_at(got == want, name, file, line);
	if (!r)
		printf("#   got %lld, want %lld\n", got, want);
	return r;
}
#define is_int(got, want, name) is_int_at((long long)(got), (long long)(want), (name), __FILE__, __LINE__)

static inline int is_str_at(const char *got, const char *want, const char *name, const char *file, int line)
{
	int same = (got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0);
	int r = ok_at(same, name, file, line);
	if (!r)
		printf("#   got  '%s'\n#   want '%s'\n", got ? got : "(null)", want ? want : "(null)");
	return r;
}
#define is_str(got, want, name) is_str_at((got), (want), (name), __FILE__, __LINE__)

static inline int done_testing(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
