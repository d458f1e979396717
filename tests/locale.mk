## tests/locale.mk -- the build tree's message catalogues for the tests.
## For each language of po/LINGUAS, tests/locale/LANG/LC_MESSAGES/gloss.mo
## is po/LANG.gmo (po/'s update-gmo first makes those older than their
## .po: po/stamp-po keeps plain make from doing it; the build tree's copy
## if there is one, else the source tree's, as in a tarball).
## The tests run gloss with GLOSS_LOCALEDIR set to tests/locale (main.c),
## so that LANGUAGE=LANG shows the catalogue of this tree, not an
## installed one. An empty LINGUAS makes nothing; a language whose .gmo
## is missing fails loudly.
check_DATA = tests-locale
tests-locale:
	@set -e; \
	langs=`sed -e 's/#.*//' $(top_srcdir)/po/LINGUAS`; \
	if test -n "`echo $$langs`"; then (cd po && $(MAKE) $(AM_MAKEFLAGS) update-gmo); fi; \
	for lang in $$langs; do \
	  gmo=po/$$lang.gmo; \
	  test -f "$$gmo" || gmo=$(top_srcdir)/po/$$lang.gmo; \
	  if test ! -f "$$gmo"; then \
	    echo "tests/locale: no $$lang.gmo in po/ (po/LINGUAS names $$lang)" >&2; exit 1; \
	  fi; \
	  mo=tests/locale/$$lang/LC_MESSAGES/$(PACKAGE).mo; \
	  $(MKDIR_P) tests/locale/$$lang/LC_MESSAGES; \
	  cmp -s "$$gmo" "$$mo" || cp "$$gmo" "$$mo"; \
	done; \
	$(MKDIR_P) tests/locale
.PHONY: tests-locale

clean-local: clean-tests-locale
clean-tests-locale:
	-rm -rf tests/locale
.PHONY: clean-tests-locale
