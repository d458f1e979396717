## The highlight engine's part of src/core (hl*, gazetteer, data).
## The knowledge lists in data/ are compiled in as strings (data/embed.awk),
## so the engine has no data file to find at run time.
HL_LISTS = \
	$(srcdir)/data/gazetteer.tsv \
	$(srcdir)/data/words.tsv \
	$(srcdir)/data/given-names.txt \
	$(srcdir)/data/lexicon.tsv \
	$(srcdir)/data/wordnet.tsv

src_core_libgloss_a_SOURCES += \
	src/core/hl.c src/core/hl.h src/core/hl-impl.h \
	src/core/hl-date.c src/core/hl-name.c \
	src/core/gaz-hash.c \
	src/core/store-corrections.c src/core/store-corrections.h \
	src/core/ops-entity.c
nodist_src_core_libgloss_a_SOURCES = src/core/hl-table.c
BUILT_SOURCES += src/core/hl-data.c src/core/hl-table.c
CLEANFILES += src/core/hl-data.c src/core/hl-table.c

# gaz-gen turns the lists into the engine's hash tables at build time.
noinst_PROGRAMS += src/core/gaz-gen
src_core_gaz_gen_SOURCES = src/core/gaz-gen.c src/core/gaz-hash.c src/core/util.c
nodist_src_core_gaz_gen_SOURCES = src/core/hl-data.c
src/core/hl-table.c: src/core/gaz-gen$(EXEEXT)
	$(AM_V_GEN)./src/core/gaz-gen$(EXEEXT) > $@.tmp && mv $@.tmp $@

src/core/hl-data.c: $(HL_LISTS) $(srcdir)/data/embed.awk
	$(AM_V_GEN)$(MKDIR_P) src/core && \
	$(AWK) -f $(srcdir)/data/embed.awk $(HL_LISTS) > $@.tmp && mv $@.tmp $@

EXTRA_DIST += $(HL_LISTS) data/embed.awk data/gen-data.sh data/gen-data.py data/gen-wordnet.py data/README.md
