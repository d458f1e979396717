/* engine.h -- the highlight engine as the commands need it: loaded once,
 * with the user's corrections from the sidecar that belongs to a file. */
#ifndef GLOSS_CLI_ENGINE_H
#define GLOSS_CLI_ENGINE_H

struct hl_engine;

/* Loads the engine and the corrections of the sidecar given with --db, else
 * of FILE's library (the sidecar is read, never created). Prints the error
 * and returns NULL on failure. Caller frees with hl_engine_free. */
struct hl_engine *cli_engine(const char *file);

#endif
