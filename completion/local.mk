## completion: bash and zsh completion of the command line, installed where
## each shell looks for it (bash-completion loads completions/gloss on the
## first Tab; zsh's compinit finds site-functions/_gloss in its $fpath).
bashcompletiondir = $(datadir)/bash-completion/completions
dist_bashcompletion_DATA = completion/bash/gloss
zshcompletiondir = $(datadir)/zsh/site-functions
dist_zshcompletion_DATA = completion/zsh/_gloss
