## doc: the manual page.
