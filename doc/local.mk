# doc: the manual page.
dist_man_MANS = doc/tidings.1
EXTRA_DIST += doc/parse-json.md doc/newsboat.md doc/gen-newsboat.sh
