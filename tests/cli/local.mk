## tests/cli: shell tests of the real binary (git's t/ style, TAP output).
EXTRA_DIST += tests/cli/lib.sh tests/cli/README.md
