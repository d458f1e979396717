#!/bin/sh
# t5100-layers: the interface keeps the layer rule written in src/tui/app.h:
# no file includes a header of a higher layer, no view includes another
# view, and the includes between interface files form no circle.
. "$top_srcdir/tests/cli/lib.sh"

TUI="$top_srcdir/src/tui"

# Prints one line a problem; none when the rule holds. $1: the folder.
check_layers() {
	python3 - "$1" <<'PY'
import os, re, sys
tui = sys.argv[1]
text = open(os.path.join(tui, "app.h"), encoding="utf-8").read()
layer = {}
m = re.search(r"\*\s+layer\s+modules\n(.*?)\n \*\n", text, re.S)
if not m:
    print("app.h: no layer table")
    sys.exit(0)
for line in m.group(1).splitlines():
    f = re.match(r"\s*\*\s+(\d+)\s+(.*)", line)
    if not f:
        print("app.h: bad layer line: " + line)
        continue
    for name in f.group(2).split(","):
        layer[name.strip()] = int(f.group(1))
files = sorted(x for x in os.listdir(tui) if x.endswith((".c", ".h")))
mods = {os.path.splitext(x)[0] for x in files}
edges = {}
for x in files:
    mod = os.path.splitext(x)[0]
    if mod not in layer:
        print(x + ": in no layer of app.h")
        continue
    for inc in re.findall(r'^#include "([^"]+)\.h"', open(os.path.join(tui, x), encoding="utf-8").read(), re.M):
        if inc == mod or inc not in mods:
            continue
        if inc not in layer:
            continue
        edges.setdefault(mod, set()).add(inc)
        if layer[inc] > layer[mod]:
            print("%s (layer %d) includes %s.h (layer %d)" % (x, layer[mod], inc, layer[inc]))
        if mod.startswith("view-") and inc.startswith("view-"):
            print("%s: a view includes another view, %s.h" % (x, inc))
# A circle: depth-first search for a back edge.
state = {}
def visit(n, path):
    state[n] = 1
    for t in sorted(edges.get(n, ())):
        if state.get(t) == 1:
            print("a circle: " + " -> ".join(path[path.index(t):] + [t]))
        elif t not in state:
            visit(t, path + [t])
    state[n] = 2
for n in sorted(edges):
    if n not in state:
        visit(n, [n])
PY
}

test_expect_success 'every interface file keeps the layer rule' '
	check_layers "$TUI" >problems &&
	cat problems &&
	test ! -s problems
'

test_expect_success 'the check sees an upward include, a view in a view and a circle' '
	mkdir -p broken &&
	cp "$TUI"/*.c "$TUI"/*.h broken/ &&
	printf "#include \"actions.h\"\n" >>broken/app.c &&
	printf "#include \"view-notes.h\"\n" >>broken/view-list.c &&
	printf "#include \"notes.h\"\n" >>broken/config.h &&
	printf "#include \"config.h\"\n" >>broken/notes.h &&
	check_layers broken >problems &&
	cat problems &&
	grep "app.c (layer 2) includes actions.h (layer 7)" problems &&
	grep "view-list.c: a view includes another view, view-notes.h" problems &&
	grep "a circle: " problems
'

test_done
