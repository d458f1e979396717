## tests/locale.mk -- the build tree's message catalogues for the tests.
## For each language of po/LINGUAS, tests/locale/LANG/LC_MESSAGES/gloss.mo
## is made from po/LANG.po by msgfmt whenever the .po is newer (po/'s own
## .gmo is remade only when the template changes, so a test could see an
## old one). The tests run gloss with GLOSS_LOCALEDIR set to tests/locale
## (main.c), so that LANGUAGE=LANG shows the catalogue of this tree, not an
## installed one. An empty LINGUAS makes nothing; a language whose .po is
## missing fails loudly.
check_DATA = tests-locale
tests-locale:
	@set -e; \
	for lang in `sed -e 's/#.*//' $(top_srcdir)/po/LINGUAS`; do \
	  po=$(top_srcdir)/po/$$lang.po; \
	  if test ! -f "$$po"; then \
	    echo "tests/locale: no po/$$lang.po (po/LINGUAS names $$lang)" >&2; exit 1; \
	  fi; \
	  mo=tests/locale/$$lang/LC_MESSAGES/$(PACKAGE).mo; \
	  if test ! -f "$$mo" || test "$$po" -nt "$$mo"; then \
	    $(MKDIR_P) tests/locale/$$lang/LC_MESSAGES; \
	    $(MSGFMT) -c -o "$$mo" "$$po"; \
	  fi; \
	done; \
	$(MKDIR_P) tests/locale
.PHONY: tests-locale

clean-local: clean-tests-locale
clean-tests-locale:
	-rm -rf tests/locale
.PHONY: clean-tests-locale
