## doc: the manual page.
dist_man_MANS = doc/gloss.1
