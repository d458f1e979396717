## The commands of notes, exports and mentions.
src_gloss_SOURCES += \
	src/cli/cmd-note.c \
	src/cli/cmd-notes.c \
	src/cli/cmd-export.c \
	src/cli/cmd-import-notes.c \
	src/cli/cmd-mentions.c
