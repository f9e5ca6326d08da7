#!/bin/sh
# A new user with no feed list is offered the bundled demo feeds: yes shows
# a working reader without network, no says what to do; without a terminal
# the error says so on one line.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
plan 9

tui_start 80 24 "$TIDINGS"
check_screen "the demo is offered" 'There is no feed list at .*/\.config/tidings/urls yet'
tui_keys Enter
check_screen "yes opens the demo feeds" '^ +1 N .*City Desk +\[demo\]'
check_screen "the demo feeds are loaded" 'Terminal Times'
tui_keys q
tui_exited
check_eq "q quits with status 0" 0 "${T_EXIT:-}"
check "the user's feed list is still not created" \
	test ! -e "$XDG_CONFIG_HOME/tidings/urls"
tui_next

tui_start 80 24 "$TIDINGS"
check_screen "asked again next time" 'Read the bundled demo feeds instead\? \[Y/n\]'
tui_keys n Enter
check_screen "no tells the user what to do" 'Add feed addresses to .*urls, one a'
tui_exited
check_eq "no exits 1" 1 "${T_EXIT:-}"

run_td
check_match "without a terminal: one clear line" 'no feed list at .*: add feed addresses there, import OPML with -i, or try --demo' "$T_ERR"
done_testing
