# doc: the manual page.
dist_man_MANS = doc/tidings.1
