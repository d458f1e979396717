#!/bin/sh
# run.sh -- runs fuzz targets for a while each, one after the other, from
# a build tree configured with --enable-fuzzing CC=clang:
#   tests/fuzz/run.sh SECONDS [TARGET...]     (TARGET as fuzz-json; all by default)
# Each target keeps its corpus in tests/fuzz/corpus-TARGET of the build
# tree, uses its .dict and starts from its NAME-seeds folder where there
# is one (json-seeds: exports, pages, lists of annotations). Prints one line per target (runs, edges covered)
# and exits 1 when any target found a crash, a leak or a timeout.
secs=${1:?usage: run.sh SECONDS [TARGET...]}
shift
src=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- fuzz-article fuzz-json fuzz-anchor fuzz-hl fuzz-keymap fuzz-query fuzz-config fuzz-markdown fuzz-extract fuzz-feed
rc=0
for t in "$@"; do
	bin=tests/fuzz/$t
	if [ ! -x "$bin" ]; then
		echo "$t: not built (make $bin)"
		rc=1
		continue
	fi
	corpus=tests/fuzz/corpus-$t
	mkdir -p "$corpus"
	dict=$src/${t#fuzz-}.dict
	[ -f "$dict" ] || dict=
	seeds=$src/${t#fuzz-}-seeds   # inputs to start from, read only
	[ -d "$seeds" ] || seeds=
	[ "$t" = fuzz-feed ] && seeds=$src/../web/feeds   # the fixture feeds and OPML
	log=tests/fuzz/$t.log
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 ${dict:+"-dict=$dict"} \
		-artifact_prefix=tests/fuzz/"$t"- "$corpus" ${seeds:+"$seeds"} >"$log" 2>&1
	r=$?
	stats=$(grep -E '^#[0-9]+' "$log" | tail -1)
	runs=$(printf '%s\n' "$stats" | sed -n 's/^#\([0-9]*\).*/\1/p')
	cov=$(printf '%s\n' "$stats" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	if [ $r -eq 0 ]; then
		echo "$t: ${secs}s, ${runs:-0} runs, ${cov:-0} edges"
	else
		echo "$t: FAILED after ${runs:-0} runs (see $log)"
		grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5
		rc=1
	fi
done
exit $rc
