## tests/fuzz: libFuzzer targets (./configure --enable-fuzzing CC=clang).
EXTRA_DIST += tests/fuzz/article.dict tests/fuzz/README.md
if FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz-article
tests_fuzz_fuzz_article_SOURCES = tests/fuzz/fuzz-article.c
tests_fuzz_fuzz_article_CPPFLAGS = $(AM_CPPFLAGS)
tests_fuzz_fuzz_article_CFLAGS = $(AM_CFLAGS) -fsanitize=fuzzer,address,undefined
tests_fuzz_fuzz_article_LDFLAGS = -fsanitize=fuzzer,address,undefined
tests_fuzz_fuzz_article_LDADD = $(CORE_LIBS)
endif
