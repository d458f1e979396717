# zsh-complete.zsh LINE -- run by zsh -f: what the zsh completion of gloss
# (completion/zsh/_gloss) offers when LINE is typed in an interactive zsh
# and Tab pressed. The interactive zsh runs in a pseudo-terminal (zpty);
# its compadd is wrapped to write each match it adds to a file, one a line,
# and a marker line when the completion is over. Prints the matches.
zmodload zsh/zpty || exit 1
out=$PWD/zsh-matches.$$
rm -f $out
zpty z zsh -f -i || exit 1
zpty -w z "PS1='> '; fpath=($top_srcdir/completion/zsh \$fpath); autoload -Uz compinit && compinit -u -D"
zpty -w z "compadd() {
  if (( \${@[(I)-[OAD]*]} )); then builtin compadd \"\$@\"; return; fi
  local -a hits
  builtin compadd -A hits \"\$@\"
  (( \$#hits )) && print -rl -- \$hits >>$out
  builtin compadd \"\$@\"
}"
zpty -w z "capture-complete() { zle complete-word; print -r -- '<<done>>' >>$out }"
zpty -w z "zle -N capture-complete; bindkey '^I' capture-complete"
zpty -w -n z "$1"$'\t'
for i in {1..100}; do
  [[ -f $out ]] && grep -q '^<<done>>$' $out && break
  sleep 0.1
done
zpty -d z
[[ -f $out ]] && grep -q '^<<done>>$' $out || { print -u2 "zsh-complete: no completion ran for: $1"; rm -f $out; exit 1 }
grep -v '^<<done>>$' $out | sort -u
rm -f $out
