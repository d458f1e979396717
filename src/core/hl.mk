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
nodist_src_core_libgloss_a_SOURCES = src/core/hl-table.c src/core/hl-digest.c
BUILT_SOURCES += src/core/hl-data.c src/core/hl-table.c src/core/hl-digest.c
CLEANFILES += src/core/hl-data.c src/core/hl-table.c src/core/hl-digest.c

# The checksum of the rules and lists: the engine's stamp carries it, so
# that a library's mention index is made again when they change, version
# number or not.
HL_RULES = $(srcdir)/src/core/hl.c $(srcdir)/src/core/hl-impl.h \
	$(srcdir)/src/core/hl-date.c $(srcdir)/src/core/hl-name.c $(srcdir)/src/core/gaz-gen.c
src/core/hl-digest.c: $(HL_RULES) $(HL_LISTS)
	$(AM_V_GEN)$(MKDIR_P) src/core && \
	sum=`cat $(HL_RULES) $(HL_LISTS) | cksum | cut -d' ' -f1` && \
	printf 'const char hl_digest[] = "%s";\n' "$$sum" > $@.tmp && mv $@.tmp $@

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
