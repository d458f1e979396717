#!/usr/bin/env python3
"""man-check.py -- what the manual pages must document, taken from the
program, looked up in the pages as groff renders them.

Usage: man-check.py CHECK GLOSS_TXT CONFIG_TXT

GLOSS_TXT and CONFIG_TXT are gloss.1 and gloss-config.5 rendered as plain
text on one very long line per paragraph (groff -man -Tascii -P-cbou
-rLL=3000n), so that no name is broken across lines. The program is
$GLOSS; its sources are under $top_srcdir/src. Prints what is missing,
a line each, and exits 1 when something is; 0 when all is there.

CHECK is one of:
  commands  every command of `gloss --help` has an entry in COMMANDS
  options   every option of `gloss CMD --help` is in CMD's entry
            (or is a global option), and every global option of
            `gloss --help` has an entry in OPTIONS
  formats   every export format of `gloss --help` has an entry
  actions   every row of the action table (src/tui/actions.c) has an
            entry in KEYS with exactly its default keys, and is named in
            gloss-config(5); KEYS names no action that is not a row
  settings  every `set` setting (src/tui/config.c, src/web/fetch.c) has
            an entry with its default in gloss-config(5), or is named in
            another's entry (an alias)
  colours   every element of src/tui/theme.c has an entry under Elements
            (and no other is there), every colour word and attribute it
            takes is in COLOURS
  keys      every key name of src/tui/keymap.c is in gloss-config(5) KEYS
  env       every variable src/ reads with getenv() has an entry in
            gloss(1) ENVIRONMENT
  commandline  every command word of a config line or of the `:` line
            (src/tui/config.c) is in gloss-config(5) COMMANDS or in
            gloss(1) COMMAND LINE
"""
import os
import re
import subprocess
import sys

SRC = os.path.join(os.environ["top_srcdir"], "src")
TAG = re.compile(r"^ {7}(\S.*)$")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def sections(text):
    """{name: [lines]} for the sections (a header in column 0, its
    subsections included) and the subsections (a header indented by 3)
    of a rendered page."""
    out, sec, sub = {}, None, None
    for line in text.splitlines():
        if re.match(r"^\S", line):
            sec, sub = line.strip(), None
            out[sec] = []
            continue
        if re.match(r"^   \S", line):
            sub = line.strip()
            out[sub] = []
            if sec is not None:
                out[sec].append(line)
            continue
        for name in (sec, sub):
            if name is not None:
                out[name].append(line)
    return out


def section(text, name):
    s = sections(text)
    if name not in s:
        sys.exit("no section %r in the page" % name)
    return s[name]


def has_token(lines, word):
    pat = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    return any(pat.search(l) for l in lines)


def tag_lines(lines):
    return [m.group(1) for m in (TAG.match(l) for l in lines) if m]


def entries(lines, names):
    """{name: [lines]}: an entry starts at a tag line whose first word is
    one of names and runs to the next such line."""
    out, cur = {}, None
    for l in lines:
        m = TAG.match(l)
        if m and m.group(1).split()[0] in names:
            cur = m.group(1).split()[0]
            out.setdefault(cur, [])
        if cur is not None:
            out[cur].append(l)
    return out


def gloss(*args):
    env = dict(os.environ, LANGUAGE="")
    r = subprocess.run([os.environ["GLOSS"], *args], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit("gloss %s failed (%d): %s" % (" ".join(args), r.returncode, r.stderr))
    return r.stdout


def help_block(text, header):
    """The lines of `gloss --help` after header up to a blank line."""
    lines = text.splitlines()
    starts = [k for k, l in enumerate(lines) if l.startswith(header)]
    if not starts:
        sys.exit("gloss --help has no %r" % header)
    i = starts[0] + 1
    out = []
    while i < len(lines) and lines[i].strip():
        out.append(lines[i])
        i += 1
    return out


def help_commands():
    return [l.split()[0] for l in help_block(gloss("--help"), "Commands:") if re.match(r"^  \S", l)]


OPT = re.compile(r"(?<![\w-])(--?[a-z][a-z0-9-]*)")


def options_of(text):
    """The options a help text names, leaving out its example lines."""
    opts = []
    for l in text.splitlines():
        if re.match(r"^\s*gloss\s", l):
            continue
        for o in OPT.findall(l):
            if o not in opts:
                opts.append(o)
    return opts


def between(path, start, end):
    """The text of src/path from the first start up to the next end."""
    text = read(os.path.join(SRC, path))
    text = text[text.index(start):]
    return text[:text.index(end)]


def c_strings(path, pattern):
    return re.findall(pattern, read(os.path.join(SRC, path)))


def check_commands(g, c):
    lines = section(g, "COMMANDS")
    firsts = {t.split()[0] for t in tag_lines(lines)}
    return ["command %s" % n for n in help_commands() if n not in firsts]


def check_options(g, c):
    missing = []
    glob = options_of("\n".join(help_block(gloss("--help"), "Options:")))
    opt_lines = section(g, "OPTIONS")
    missing += ["global option %s" % o for o in glob if not has_token(opt_lines, o)]
    cmds = help_commands()
    ents = entries(section(g, "COMMANDS"), set(cmds))
    for cmd in cmds:
        for o in options_of(gloss(cmd, "--help")):
            if o in glob:
                continue
            if not has_token(ents.get(cmd, []), o):
                missing.append("option %s of %s" % (o, cmd))
    return missing


def check_formats(g, c):
    fmts = [l.split()[0] for l in help_block(gloss("--help"), "Export formats")]
    lines = section(g, "COMMANDS")
    firsts = {m.group(1).split()[0] for m in (re.match(r"^ {14}(\S.*)$", l) for l in lines) if m}
    return ["export format %s" % f for f in fmts if f not in firsts] + (["no export format"] if not fmts else [])


def check_actions(g, c):
    rows = c_strings("tui/actions.c", r'\{\s*"([a-z0-9-]+)",\s*N_\("(?:[^"\\]|\\.)*"\),\s*"([^"]*)"')
    if len(rows) < 10:
        return ["the action table could not be read (%d rows)" % len(rows)]
    keys_lines = section(g, "KEYS")
    found = {}
    for l in keys_lines:
        m = re.match(r"^ {7}(.+) \(([a-z0-9-]+)\)$", l)
        if m:
            found.setdefault(m.group(2), []).append(m.group(1))
    missing = []
    names = [n for n, _ in rows]
    for name, keys in rows:
        if name not in found:
            missing.append("action %s" % name)
            continue
        if len(found[name]) > 1:
            missing.append("action %s has %d entries" % (name, len(found[name])))
        shown = found[name][0]
        want = keys.split()
        got = [] if shown == "not bound" else shown.split(", ")
        if sorted(got) != sorted(want):
            missing.append("action %s: the page says keys %r, the table %r" % (name, got, want))
    missing += ["KEYS has an entry for %s, which is no action" % n for n in found if n not in names]
    act_lines = section(c, "ACTIONS")
    missing += ["gloss-config(5) ACTIONS: %s" % n for n in names if not has_token(act_lines, n)]
    return missing


def check_settings(g, c):
    cfg = between("tui/config.c", 'strcmp(argv[0], "set") == 0', "} else if (interactive")
    names = re.findall(r'strcmp\(argv\[1\], "([a-z0-9-]+)"\)', cfg)
    names += c_strings("web/fetch.c", r'strcmp\(name, "([a-z0-9-]+)"\)')
    if len(names) < 5:
        return ["the settings could not be read (%s)" % names]
    lines = section(c, "SETTINGS")
    ents = {}
    cur = None
    for l in lines:
        m = re.match(r"^ {7}set ([a-z0-9-]+)", l)
        if m:
            cur = m.group(1)
            ents[cur] = []
        elif TAG.match(l):
            cur = None
        if cur:
            ents[cur].append(l)
    missing = []
    for n in names:
        if n in ents:
            if not any("Default:" in l for l in ents[n]):
                missing.append("setting %s: no default" % n)
        elif not any(has_token(e, n) for e in ents.values()):
            missing.append("setting %s" % n)
    missing += ["SETTINGS has an entry for %s, which is no setting" % n for n in ents if n not in names]
    return missing


def check_colours(g, c):
    theme = read(os.path.join(SRC, "tui/theme.c"))
    elems = re.findall(r'\[EL_\w+\]\s*=\s*\{\s*"([a-z0-9-]+)"', theme)
    if len(elems) < 10:
        return ["the elements could not be read (%d)" % len(elems)]
    missing = []
    el_tags = [t.split()[0] for t in tag_lines(section(c, "Elements")) if re.match(r"^[a-z0-9-]+(\s|$)", t)]
    missing += ["element %s" % e for e in elems if e not in el_tags]
    missing += ["Elements has an entry for %s, which is no element" % t for t in el_tags if t not in elems]
    m = re.search(r"color_names\[\]\s*=\s*\{([^}]*)\}", theme)
    colours = re.findall(r'"([^"]+)"', m.group(1)) if m else []
    if len(colours) != 8:
        missing.append("the colour names could not be read (%s)" % colours)
    body = between("tui/theme.c", "static int parse_color", "static int parse_attr")
    words = re.findall(r'(?:strcmp|ascii_ncasecmp|ascii_casecmp)\(s, "([^"]+)"', body)
    col_lines = section(c, "Colours")
    text = "\n".join(col_lines)
    missing += ["colour %s" % w for w in colours + words if w not in text]
    if "#rrggbb" not in text:
        missing.append("colour #rrggbb")
    body = between("tui/theme.c", "static int parse_attr", "\n}\n")
    attrs = re.findall(r'\{ "([a-z]+)", A_\w+ \}', body)
    if len(attrs) < 5:
        missing.append("the attributes could not be read (%s)" % attrs)
    attr_lines = section(c, "Attributes")
    missing += ["attribute %s" % a for a in attrs if not has_token(attr_lines, a)]
    return missing


def check_keys(g, c):
    body = between("tui/keymap.c", "} names[] = {", "};")
    names = re.findall(r'\{ "([A-Za-z]+)",', body)
    if len(names) < 10:
        return ["the key names could not be read (%s)" % names]
    lines = section(c, "KEYS")
    return ["key name %s" % n for n in names if not has_token(lines, n)]


def check_env(g, c):
    found = set()
    for d, _, files in os.walk(SRC):
        for f in files:
            if f.endswith(".c"):
                found.update(re.findall(r'getenv\("([A-Za-z_]+)"\)', read(os.path.join(d, f))))
    if len(found) < 5:
        return ["the variables could not be read (%s)" % sorted(found)]
    tags = tag_lines(section(g, "ENVIRONMENT"))
    return ["variable %s" % v for v in sorted(found) if not any(has_token([t], v) for t in tags)]


def check_commandline(g, c):
    words = set(c_strings("tui/config.c", r'strcmp\(argv\[0\], "([a-z!]+)"\)'))
    if len(words) < 5:
        return ["the commands could not be read (%s)" % sorted(words)]
    cfg = section(c, "COMMANDS")
    line = section(g, "COMMAND LINE")
    tags = tag_lines(line)
    missing = []
    for w in sorted(words):
        base = w.rstrip("!")
        in_line = any(has_token([t], ":" + base) for t in tags) and (base == w or any(":" + w in l for l in line))
        if not has_token(cfg, w) and not in_line:
            missing.append("command %s" % w)
    return missing


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    check = globals().get("check_" + sys.argv[1])
    if not check:
        sys.exit("no check %r" % sys.argv[1])
    missing = check(read(sys.argv[2]), read(sys.argv[3]))
    for m in missing:
        print(m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
