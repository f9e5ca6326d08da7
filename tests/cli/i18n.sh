#!/bin/sh
# The German translation: --help and the error messages in German.
. "$TOP_SRCDIR/tests/lib.sh"
locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' ||
	skip_all "the de_DE.UTF-8 locale is not installed"
plan 4
t_home

LC_ALL=de_DE.UTF-8 LANGUAGE= run_td --help
check_eq "German --help exits 0" 0 "$T_RC"
check_match "German --help is translated" '^Aufruf: ' "$T_OUT"
check_match "German option text" 'Liest die Feedliste aus DATEI|Feedliste aus DATEI' "$T_OUT"

LC_ALL=de_DE.UTF-8 LANGUAGE= run_td --bogus
check_match "German usage error" "unbekannte Option '--bogus'" "$T_ERR"
done_testing
