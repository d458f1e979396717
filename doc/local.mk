## doc: the manual pages, installed by `make install`: gloss(1), the
## command line and the interface, and gloss-config(5), the config file.
dist_man_MANS = doc/gloss.1 doc/gloss-config.5
