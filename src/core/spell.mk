## Spelling (hunspell): part of src/core.
src_core_libgloss_a_SOURCES += src/core/spell.c src/core/spell.h
