/* fuzz-keymap.c -- libFuzzer target: key names as a config file gives them.
 *
 * keymap_parse takes any string from a config file or `:bind`; a key it
 * accepts must have a name (keymap_name) that parses back to the same key.
 * Whole config lines are fuzz-config.c's. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "tui/keymap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	if (!ready) {
		/* the values ncurses gives these keys */
		static const struct keymap_codes c = { 0403, 0402, 0404, 0405, 0523, 0522, 0406, 0550,
						       0407, 0512, 0513, 0527, 0410, 0541 };
		keymap_init(NULL, 0, &c);
		ready = 1;
	}
	char *name = xmalloc(size + 1);
	memcpy(name, data, size);
	name[size] = '\0';
	int key = keymap_parse(name);
	if (key >= 0) {
		char buf[32];
		const char *back = keymap_name(key, buf, sizeof buf);
		if (keymap_parse(back) != key)
			abort();
	}
	free(name);
	return 0;
}
