#!/bin/sh
# tests/tui/select-formats.sh: newsboat's selecttag-format,
# selecttag-title-format and selectfilter-title-format shape the tag and
# named-filter choices (the tidy.sh suite covers tidings' own forms).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
EOT
cat >"$CONF" <<'EOT'
selecttag-format "<%i> tag=%T"
selecttag-title-format "%N picks a tag"
selectfilter-title-format "%N picks one of %t filters"
define-filter "bridges" "title =~ \"bridge\""
define-filter "no ferries" "title !~ \"ferry\""
EOT
td_reload
td_start 80 24
check_screen "two feeds" 'Feeds \(5 unread\)'
tui_keys t
check_screen "selecttag-format shapes each row" '^<2> tag=tech *$'
check_screen "  numbered from 1" '^<1> tag=news *$'
check_screen "selecttag-title-format is the title" '^tidings picks a tag'
tui_keys q
check_screen "back in the feed list" 'Feeds \(5 unread\)'
tui_keys f
check_screen "selectfilter-title-format is the title, %t the count" \
    '^tidings picks one of 2 filters'
check_screen "  the rows are tidings' own" '^ +1  bridges'
tui_keys q q
tui_exited
check_eq "tidings ends normally" 0 "$T_EXIT"
tui_done
