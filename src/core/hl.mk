## The highlight engine's part of src/core (hl*, gazetteer, data).
## The knowledge lists in data/ are compiled in as strings (data/embed.awk),
## so the engine has no data file to find at run time.
HL_LISTS = \
	$(srcdir)/data/gazetteer.tsv \
	$(srcdir)/data/words.tsv \
	$(srcdir)/data/given-names.txt \
	$(srcdir)/data/lexicon.tsv

src_core_libgloss_a_SOURCES += \
	src/core/hl.c src/core/hl.h src/core/hl-impl.h \
	src/core/hl-date.c src/core/hl-name.c \
	src/core/gazetteer.c \
	src/core/store-corrections.c src/core/store-corrections.h
nodist_src_core_libgloss_a_SOURCES = src/core/hl-data.c
BUILT_SOURCES += src/core/hl-data.c
CLEANFILES += src/core/hl-data.c

src/core/hl-data.c: $(HL_LISTS) $(srcdir)/data/embed.awk
	$(AM_V_GEN)$(MKDIR_P) src/core && \
	$(AWK) -f $(srcdir)/data/embed.awk $(HL_LISTS) > $@.tmp && mv $@.tmp $@

EXTRA_DIST += $(HL_LISTS) data/embed.awk data/gen-data.sh data/gen-data.py data/README.md
