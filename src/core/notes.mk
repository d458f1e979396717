## Notes, anchoring, exports and the entity index: part of src/core.
src_core_libgloss_a_SOURCES += \
	src/core/anchor.c src/core/anchor.h \
	src/core/json.c src/core/json.h \
	src/core/store-notes.c src/core/store-notes.h \
	src/core/export.c src/core/export.h \
	src/core/export-md.c src/core/export-json.c src/core/export-csv.c \
	src/core/export-html.c src/core/export-org.c \
	src/core/store-mentions.c src/core/store-mentions.h \
	src/core/ops.h src/core/ops-internal.h src/core/ops-notes.c src/core/ops-undo.c src/core/ops-draft.c \
	src/core/ops-export.c src/core/ops-import.c src/core/ops-mentions.c \
	src/core/ops-article.c \
	src/core/store-passages.c src/core/store-passages.h src/core/ops-passage.c \
	src/core/query.c src/core/query.h
