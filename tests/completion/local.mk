## tests/completion: the bash and zsh completion of completion/, driven the
## way each shell drives it, and what gloss answers them.
COMPLETION_TESTS = \
	tests/completion/t8000-completion-bash.sh \
	tests/completion/t8001-completion-zsh.sh
TESTS += $(COMPLETION_TESTS)
EXTRA_DIST += $(COMPLETION_TESTS) tests/completion/bash-complete.sh tests/completion/zsh-complete.zsh
