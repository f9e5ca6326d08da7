#!/bin/sh
# The command line: help, version, usage errors, missing files, XDG paths.
. "$TOP_SRCDIR/tests/lib.sh"
plan 16
t_home

run_td --help
check_eq "--help exits 0" 0 "$T_RC"
check_match "--help lists -x reload" '-x, --execute=COMMAND' "$T_OUT"
check_match "--help names the XDG cache path" 'XDG_DATA_HOME/tidings/cache.db' "$T_OUT"

run_td --version
check_match "--version prints name and version" '^tidings [0-9]+\.[0-9]+' "$T_OUT"

run_td --bogus
check_eq "unknown long option exits 2" 2 "$T_RC"
check_match "unknown option is named on stderr" "unknown option '--bogus'" "$T_ERR"

run_td -Z
check_eq "unknown short option exits 2" 2 "$T_RC"

run_td -x frobnicate
check_eq "unknown -x command exits 2" 2 "$T_RC"
check_match "unknown -x command is named" 'unknown command for -x: frobnicate' "$T_ERR"

run_td -u
check_eq "-u without an argument exits 2" 2 "$T_RC"

run_td --parse "$T_TMP/nonexistent.xml"
check_eq "--parse of a missing file exits 1" 1 "$T_RC"
check_match "missing file named with the reason" 'nonexistent.xml: No such file or directory' "$T_ERR"

run_td -u "$T_TMP/missing-urls" -x print-unread
check_eq "-u of a missing file exits 1" 1 "$T_RC"
check_eq "one line on stderr" 1 "$(printf '%s\n' "$T_ERR" | wc -l)"

run_td -x reload -e
check_eq "two modes at once is a usage error" 2 "$T_RC"

unset HOME XDG_CONFIG_HOME XDG_DATA_HOME
run_td -x print-unread
check_match "no HOME and no XDG says what to do" 'give the files with -u, -c and -C' "$T_ERR"

done_testing
