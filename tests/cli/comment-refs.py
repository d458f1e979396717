#!/usr/bin/env python3
"""comment-refs.py -- names in the comments of src/ that name nothing.

Usage: comment-refs.py SRCDIR [BUILDDIR]

Reads the comments of every src/**/*.[ch] under SRCDIR and prints one line
per false reference, "file:line: what", then exits 1 when there was one:

- a file name (foo.c, foo.h, README.md, local.mk, a/b.sh) that no file in
  SRCDIR or BUILDDIR has (generated files live in BUILDDIR); a glob such
  as export-*.c or cmd-NAME.c (NAME, MODULE, ... stand for a part) must
  match one. Another project's file, written after its owner ("tmux's
  cmd-kill-pane.c"), and a system header (<hunspell.h>) are not checked;
- name(): a function that occurs in the code of no file of src/;
- a name with an underscore (code_of, deleted_at) that occurs in the code
  of no file of src/ (string literals count: SQL column names live there);
- `:command`: a command line word that is no string literal in src/;
- a document cited by a section's title (DESIGN "Storage rules") that
  does not exist as NAME or NAME.md;
- a header's section comment naming one .c file ("/* notes.c: ... */")
  above declarations of functions that file does not define.

It reads the tree as files, so it works in a tarball without .git.
"""
import fnmatch
import os
import re
import sys


def tree_files(roots):
    files = set()
    for root in roots:
        for d, dirs, names in os.walk(root):
            dirs[:] = [x for x in dirs if x not in ('.git', 'autom4te.cache')]
            for n in names:
                files.add(os.path.relpath(os.path.join(d, n), root).replace(os.sep, '/'))
    return files


def split_comments(text):
    """The text with comments blanked (newlines kept), and the comments as
    (first line, text) pairs. String and character literals stay in the
    code."""
    code, comments = [], []
    i, n, line = 0, len(text), 1
    while i < n:
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            comments.append((line, text[i:j]))
            nl = text.count('\n', i, j)
            code.append('\n' * nl)
            line += nl
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            comments.append((line, text[i:j]))
            i = j
        elif text[i] in '"\'':
            q, j = text[i], i + 1
            while j < n and text[j] != q and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            code.append(text[i:j + 1])
            line += text.count('\n', i, j + 1)
            i = j + 1
        else:
            line += text[i] == '\n'
            code.append(text[i])
            i += 1
    return ''.join(code), comments


FILE_RE = re.compile(r"(?<![\w./*-])([\w*/-]+(?:\.[\w*-]+)*\.(?:c|h|md|mk|sh|am|ac|in|py|awk))(?!\w)")
FUNC_RE = re.compile(r"(?<![\w.>-])([A-Za-z_]\w*)\(\)")
SNAKE_RE = re.compile(r"(?<![\w.>/-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w(/-])")
CMD_RE = re.compile(r"`:([a-z][a-z-]*)")
DOC_RE = re.compile(r"\b([A-Z]{3,})(?:'s)?\s+\"[A-Z][a-z]")
PLACEHOLDER_RE = re.compile(r"(?<=[-_/])[A-Z]{2,}(?=[-_.])")
OWNER_RE = re.compile(r"(?:\w+'s|\bin)\s+$")
DEFINED_RE = r"^[A-Za-z_][\w \t*]*\b{}\s*\("


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: comment-refs.py SRCDIR [BUILDDIR]")
    src = sys.argv[1]
    roots = [src] + sys.argv[2:3]
    files = tree_files(roots)
    basenames = {f.rsplit('/', 1)[-1] for f in files}
    sources = sorted(f for f in files if f.startswith('src/') and f.endswith(('.c', '.h'))
                     and os.path.isfile(os.path.join(src, f)))
    code_of, comments_of = {}, {}
    for f in sources:
        with open(os.path.join(src, f), encoding='utf-8', errors='replace') as fh:
            code_of[f], comments_of[f] = split_comments(fh.read())
    all_code = '\n'.join(code_of.values())
    words = set(re.findall(r"[A-Za-z_]\w*", all_code))
    literals = set(re.findall(r'"([^"\\\n]*)"', all_code))

    def file_exists(token):
        pattern = PLACEHOLDER_RE.sub('*', token)
        if '*' in pattern:
            return any(fnmatch.fnmatch(f, pattern) or fnmatch.fnmatch(f, '*/' + pattern) for f in files)
        if '/' in token:
            return any(f == token or f.endswith('/' + token) for f in files)
        return token in basenames

    bad = []
    for f in sources:
        for first, comment in comments_of[f]:
            lines = comment.split('\n')
            for k, text in enumerate(lines):
                where = '%s:%d' % (f, first + k)
                for m in FILE_RE.finditer(text):
                    token = m.group(1)
                    before = text[:m.start()]
                    if k > 0 and before.strip() in ('*', ''):
                        before = lines[k - 1] + ' '   # "after less's\n * charset.c"
                    if before.endswith('<') or OWNER_RE.search(before):
                        continue
                    if not file_exists(token):
                        bad.append('%s: no file %s' % (where, token))
                for m in DOC_RE.finditer(text):
                    doc = m.group(1)
                    if not file_exists(doc) and not file_exists(doc + '.md'):
                        bad.append('%s: no document %s' % (where, doc))
                for m in FUNC_RE.finditer(text):
                    if m.group(1) not in words:
                        bad.append('%s: no function %s()' % (where, m.group(1)))
                for m in SNAKE_RE.finditer(text):
                    if m.group(1) not in words and not OWNER_RE.search(text[:m.start()]):
                        bad.append('%s: no name %s' % (where, m.group(1)))
                for m in CMD_RE.finditer(text):
                    if m.group(1) not in literals:
                        bad.append('%s: no command :%s' % (where, m.group(1)))
        if f.endswith('.h'):
            bad += section_errors(f, code_of, comments_of[f])
    for b in bad:
        print(b)
    return 1 if bad else 0


def section_errors(header, code_of, comments):
    """In a header, a comment whose first line starts with one .c file
    ("/* notes.c: ... */", or a one-line comment that names one, as in
    "/* status line and prompt (prompt.c) */") opens a section that runs to
    the next such comment or blank line: the functions declared in it are
    defined in that file."""
    errors = []
    lines = code_of[header].split('\n')
    in_comment = inside(comments)
    sections = {}
    for first, text in comments:
        head = text.split('\n')[0]
        named = set(re.findall(r"(?<![\w.-])([\w-]+\.c)\b", head))
        if len(named) == 1 and (re.match(r"/\*\s*[\w-]+\.c\b", head) or '\n' not in text):
            sections[first] = (os.path.dirname(header) + '/' + named.pop(), first + text.count('\n'))
    starts = sorted(sections)
    for n, first in enumerate(starts):
        cfile, last = sections[first]
        end = last + 1
        while end <= len(lines) and (lines[end - 1].strip() or end in in_comment) and end not in sections:
            end += 1
        block = '\n'.join(lines[last:end - 1])
        for name in re.findall(r"\b([A-Za-z_]\w*)\s*\([^;{}]*\)[^;{}()]*(?:\(\(.*?\)\))?\s*;", block):
            if name == '__attribute__':
                continue
            if cfile not in code_of or not re.search(DEFINED_RE.format(re.escape(name)), code_of[cfile], re.M):
                errors.append('%s:%d: %s is not defined in %s' % (header, first, name, cfile))
    return errors


def inside(comments):
    lines = set()
    for first, text in comments:
        lines.update(range(first, first + text.count('\n') + 1))
    return lines


if __name__ == '__main__':
    sys.exit(main())
