# bash-complete.sh WORD... -- run by bash: what the bash completion of gloss
# (completion/bash/gloss) offers when the line is the WORDs, the cursor at
# the end of the last one (give '' to complete a new word). The first WORD
# is the gloss to ask. Prints COMPREPLY, one a line.
. "$top_srcdir/completion/bash/gloss" || exit 1
complete -p gloss >/dev/null || { echo "no completion registered for gloss" >&2; exit 1; }
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_gloss gloss "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
for w in "${COMPREPLY[@]}"; do
	printf '%s\n' "$w"
done
