## seeds: the sample library shipped with gloss (see seeds/README).
EXTRA_DIST += $(srcdir)/seeds/*.txt
