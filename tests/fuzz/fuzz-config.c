/* fuzz-config.c -- libFuzzer target: lines of the config file.
 *
 * config_line takes any line of $XDG_CONFIG_HOME/gloss/config (bind,
 * unbind, color, set ...), with the real action table bound. A line it
 * refuses must say why; none may crash, leak or hang. The interface's
 * state is a zeroed struct app: no terminal is opened (theme_set works
 * before theme_init, and a config file is read before the first screen). */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tui/actions.h"
#include "tui/config.h"
#include "tui/keymap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct app a;
	static int ready;
	if (!ready) {
		/* the values ncurses gives these keys */
		static const struct keymap_codes c = { 0403, 0402, 0404, 0405, 0523, 0522, 0406, 0550,
						       0407, 0512, 0513, 0527, 0410, 0541 };
		actions_init(&c);
		ready = 1;
	}
	char *line = xmalloc(size + 1);
	memcpy(line, data, size);
	line[size] = '\0';
	char *why = NULL;
	if (config_line(&a, line, 0, &why) < 0 && !why)
		abort();
	free(why);
	free(line);
	/* Bindings made by one input do not pile up into the next. */
	keymap_reset();
	return 0;
}
