/* store-schema.h -- the list of schema migrations (for store.c only). */
#ifndef GLOSS_STORE_SCHEMA_H
#define GLOSS_STORE_SCHEMA_H

struct schema_migration {
	int version;      /* PRAGMA user_version after this step */
	const char *sql;  /* statements that take version-1 to version */
};

/* The migrations in order; *n gets their count. */
const struct schema_migration *schema_migrations(int *n);
/* The version this gloss writes. */
int schema_version(void);

#endif
