## tests: unit tests of the core (TAP, C) and CLI tests of the real binary.
