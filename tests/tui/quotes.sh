#!/bin/sh
# tests/tui/quotes.sh: quotations in the article view (issue 7, item 2).
# Speech quotes and terms in their own colours, block quote levels in
# quoted1..3, the highlight following the quote across line wraps at two
# widths, the speaker as a dim note after the quote, ' and " walking the
# quotes, and the quotes view (w) listing them speaker first and jumping
# back into the article.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/quotes.xml
EOT
cat >"$CONF" <<EOT
color quote red default
color quote-term magenta default
color quoted1 green default
color quoted2 yellow default
color quoted3 cyan default
color speaker default default dim
EOT
td_reload

# line_has DESC PLAIN-REGEX E-REGEX: like check_line_e, ESC shown as \e.
line_has() { check_line_e "$1" "$2" "$3"; }
line_lacks() {
	n=$(tui_screen | grep -En -- "$2" | head -n 1 | cut -d: -f1)
	l=$( [ -n "$n" ] && tui_line_e "$n" | sed 's/\x1b/\\e/g')
	if [ -n "$n" ]; then check_nomatch "$1" "$3" "$l"; else
		not_ok "$1"; diag "no line matches $2"; fi
}

td_start 80 30
check_screen "the feed" 'Council Watch'
tui_keys Enter Enter
check_screen "the article, with its quote count" '^tidings .* - Article .* - 6 quotes'
SP='\\e\[[0-9;]*31m'
line_has "80 cols: a speech quote is in the quote colour" 'This tunnel will' "${SP}“This tunnel"
line_has "80 cols: the wrapped middle of the quote too" '^carry forty thousand' "^(\\\\e\[[0-9;]*m)*${SP}carry forty"
line_lacks "80 cols: the text after the quote is not" 'Lopez told reporters' "${SP}[^\\\\]*Lopez told"
check_screen "80 cols: the speaker note after the quote" 'chamber\. — Maria Lopez$'
line_has "80 cols: the note is dim" 'chamber\. — Maria' '\\e\[[0-9;]*2m — Maria Lopez'
check_screen "80 cols: the second speaker, full name without title" 'he said\. — Tom Reyes$'
line_has "80 cols: a term in the quote-term colour" 'the Big Dig' '\\e\[[0-9;]*35m“the Big Dig”'
line_has "80 cols: block level 1 in quoted1" 'The committee notes' '\\e\[[0-9;]*32m'
line_has "80 cols: block level 2 in quoted2" 'Revised twice' '\\e\[[0-9;]*33m'
line_has "80 cols: block level 3 in quoted3" 'Source: finance' '\\e\[[0-9;]*36m'

tui_resize 50 30
check_screen "50 cols: re-wrapped" '^people a day and it will pay for itself within$'
line_has "50 cols: the quote colour follows the new wrap" '^people a day and' "^(\\\\e\[[0-9;]*m)*${SP}people a day"
line_has "50 cols: the quote still starts in colour" 'This tunnel will' "${SP}“This tunnel"
line_lacks "50 cols: Lopez is outside the quote" 'Lopez told reporters' "${SP}[^\\\\]*Lopez told"
check_screen "50 cols: the note moves to where it fits" '^council chamber\. — Maria Lopez$'
line_has "50 cols: the term keeps its colour" 'the Big Dig' '\\e\[[0-9;]*35m“the Big Dig”'

# ' and " walk the quotes; the one picked is shown reversed
tui_keys "'" "'"
line_has "' twice picks the second quote" 'Nobody has shown' '\\e\[7m'
tui_keys '"'
line_has "\" goes back to the first" 'This tunnel will' '\\e\[7m'
line_lacks "and the second is no longer picked" 'Nobody has shown' '\\e\[7m'

# the quotes view
tui_keys w
check_screen "w opens the quotes view" '^tidings .* - Quotes in "Mayor defends'
check_screen "speaker first" '^  Maria Lopez +This tunnel will carry'
check_screen "the second speaker" '^  Tom Reyes +Nobody has shown'
check_screen "the term" '^  \[term\] +the Big Dig'
check_screen "the block quotes" '^  \[block\] +Source: finance office\.'
tui_keys j j Enter
check_screen "Enter goes back to the article" '^tidings .* - Article'
line_has "on the quote picked in the list" 'the Big Dig' '\\e\[7m'
tui_resize 80 30
line_has "the pick survives a resize" 'the Big Dig' '\\e\[7m'
# who said what, across the cache (the store's quote index)
tui_keys W
check_screen "W asks for a speaker" '^Quotes by:'
tui_keys -l Reyes
tui_keys Enter
check_screen "the speaker's quotations" '^tidings .* - Quotes by "Reyes" \(1\)'
check_screen "with the article they are from" 'Tom Reyes +Mayor defends the tunn.*… Nobody has shown'
tui_keys Enter
check_screen "Enter opens the article" '^Title: Mayor defends the tunnel plan'
line_has "on that quotation" 'Nobody has shown' '\\e\[7m'
tui_keys q q
check_screen "back to the speaker list" 'Quotes by "Reyes"'
tui_keys q W
tui_keys -l Nobody-Such
tui_keys Enter
check_screen "an unknown speaker is said so" 'No quotations by "Nobody-Such"'
tui_keys Enter
tui_keys '?'
check_screen "help lists the quote keys" "^' +next-quote"
# the help grows with the actions: page until the quote keys show
for _p in 1 2 3 4 5 6; do
	tui_screen | grep -Eq '^w +view-quotes' && break
	tui_keys NPage
	sleep 0.3
done
check_screen "and the quotes view key" '^w +view-quotes'
check_screen "and the speaker search" '^W +quotes-by'
tui_keys q Q
tui_exited
check_eq "quits with status 0" 0 "${T_EXIT:-}"
tui_done
