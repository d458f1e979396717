## doc: the manual pages, installed by `make install`: gloss(1), the
## command line and the interface, and gloss-config(5), the config file.
dist_man_MANS = doc/gloss.1 doc/gloss-config.5

## doc: the user guide, its captures (doc/capture.sh drives the built
## gloss in tmux) and the page and feed it serves to itself.
dist_doc_DATA += doc/guide.md
EXTRA_DIST += doc/capture.sh doc/guide-site/ferry.html doc/guide-site/feed.xml
# make guide: the captures in doc/guide.md taken again from src/gloss.
guide: src/gloss$(EXEEXT)
	$(SHELL) $(srcdir)/doc/capture.sh $(abs_top_builddir)/src/gloss$(EXEEXT) $(srcdir)/doc/guide.md
.PHONY: guide
