#!/bin/sh
# po-check.sh SRCDIR -- po/POTFILES.in of SRCDIR is true: it lists every
# .c file under SRCDIR/src that calls _(), N_() or ngettext(), and no
# other (GNU hello's check). Prints the difference and exits 1 when not.
# `make po-check` and tests/cli/t0005-i18n.sh run it.
cd "${1:-.}" || exit 2
test -f po/POTFILES.in || { echo "po-check: no po/POTFILES.in in ${1:-.}" >&2; exit 2; }
have=$(grep -lE '_\(|ngettext\(' $(find src -name '*.c' | sort) | sort)
want=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
if test "$have" = "$want"; then
	exit 0
fi
printf '%s\n' "$want" >"${TMPDIR:-/tmp}/po-check.want.$$"
printf '%s\n' "$have" >"${TMPDIR:-/tmp}/po-check.have.$$"
diff -u "${TMPDIR:-/tmp}/po-check.want.$$" "${TMPDIR:-/tmp}/po-check.have.$$" | sed '1,2d'
rm -f "${TMPDIR:-/tmp}/po-check.want.$$" "${TMPDIR:-/tmp}/po-check.have.$$"
echo "po/POTFILES.in is out of date (+ calls _() but is not listed, - is listed but calls none)" >&2
exit 1
