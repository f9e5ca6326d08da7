#!/bin/sh
# --import-newsboat against a setup the Debian newsboat package makes: its
# urls (tags, a hidden feed, a query, comments, an exec: and a filter:
# line), a config, and a cache.db that newsboat itself fetched from
# loopback feeds, with articles read (newsboat -I), flagged and deleted.
# tidings must bring the same numbers over, change nothing on a second
# run, and never write to newsboat's files.
. "$TOP_SRCDIR/tests/lib.sh"
command -v newsboat >/dev/null 2>&1 ||
	skip_all "newsboat is not installed (apt-get install newsboat)"
command -v sqlite3 >/dev/null 2>&1 ||
	skip_all "the sqlite3 command is not installed (apt-get install sqlite3)"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
FIX="$TOP_SRCDIR/tests/fixtures/newsboat"
plan 39
srv_start
t_home
export TZ=UTC
B="http://127.0.0.1:$PORT/feed"
NB="$T_TMP/nb"
mkdir -p "$NB"
cp "$FIX/local.xml" "$T_TMP/local.xml"

cat >"$NB/urls" <<EOF
# harbour feeds, kept as newsboat wrote them
$B/news.xml harbour "local news" "~Harbour News (mine)"
$B/links.xml links

# the office feed stays hidden
$B/hidden.xml office !
$B/notes.atom harbour
"exec:cat $T_TMP/local.xml" local
"query:Harbour unread:unread = \\"yes\\" and tags # \\"harbour\\""
filter:/bin/cat:$B/missing.xml filtered
EOF
cat >"$NB/config" <<'EOF'
# newsboat's config
auto-reload no
reload-threads 2
browser "lynx %u"
show-read-feeds no
max-items 100
bind-key j down
color listfocus black yellow bold
ttrss-flag-star "s"
include colours
macro r reload ; next-unread -- "reload, then read"
article-sort-order date-asc
articlelist-format "%4i %f %D %6L  %?T?|%-17T|  &?%t"
articlelist-title-format "%N %V - Articles in feed '%T' (%u unread, %t total)"
bookmark-autopilot no
bookmark-interactive no
confirm-exit no
cookie-cache "~/.newsboat/cookies.txt"
datetime-format "%b %d"
display-article-progress yes
download-retries 2
download-timeout 30
feed-sort-order none
feedlist-format "%4i %n %11u %t"
feedlist-title-format "%N %V - Your feeds (%u unread, %t total)"
goto-first-unread yes
help-title-format "%N %V - Help"
html-renderer internal
http-auth-method any
itemview-title-format "%N %V - Article '%T'"
keep-articles-days 0
markfeedread-jumps-to-next-unread no
max-download-speed 0
notify-always no
notify-beep no
prepopulate-query-feeds no
proxy-type http
refresh-on-startup no
reload-time 60
run-on-startup next-unread
save-path "~/saved"
scrolloff 2
search-highlight-colors black yellow bold
show-keymap-hint yes
show-title-bar yes
ssl-verifyhost yes
ssl-verifypeer yes
suppress-first-reload no
text-width 0
use-proxy no
user-agent "Mozilla/5.0 (newsboat)"
wrap-scroll yes
cache-file "/tmp/elsewhere.db"
EOF
printf '%s\n' "color info white blue bold" >"$NB/colours"

nb() {
	newsboat -u "$NB/urls" -c "$NB/cache.db" -C "$NB/config" "$@" \
	    </dev/null >"$T_TMP/nb.out" 2>&1
}
nbsql() { sqlite3 -readonly "$NB/cache.db" "$1"; }
tdsql() { sqlite3 -readonly "$XDG_DATA_HOME/tidings/cache.db" "$1"; }

nb -x reload
check_eq "newsboat fetched every fixture article" 16 \
    "$(nbsql 'SELECT count(*) FROM rss_item')"
# Read: two by guid, one guid-less item by newsboat's link+date guid.
{
	echo news-1
	echo news-2
	nbsql "SELECT guid FROM rss_item WHERE url LIKE '%links/knots'
	    AND feedurl LIKE 'http%'"
	echo 'urn:example:notes:4'
} >"$T_TMP/read.txt"
nb -I "$T_TMP/read.txt"
# Flags are set in newsboat's UI only; the cache is how it keeps them.
sqlite3 "$NB/cache.db" "UPDATE rss_item SET flags = 's'
    WHERE guid IN ('news-3', 'urn:example:notes:1');
    UPDATE rss_item SET flags = 'ab' WHERE guid = 'news-1';
    UPDATE rss_item SET deleted = 1, unread = 0 WHERE guid = 'news-5';"
nb -x print-unread
NB_UNREAD=$(sed -n 's/^\([0-9]*\) unread articles*$/\1/p' "$T_TMP/nb.out")
check_match "newsboat counts its unread articles" '^[0-9]+$' "$NB_UNREAD"
(cd "$NB" && find . -type f | sort | xargs md5sum) >"$T_TMP/nb.before"

run_td --import-newsboat "$NB"
check_eq "the import succeeds" 0 "$T_RC"
diag "$T_OUT" "$T_ERR"
check "the urls file is newsboat's, byte for byte" \
    cmp -s "$NB/urls" "$XDG_CONFIG_HOME/tidings/urls"
check_match "the filter: line is named as kept" \
    'your command, kept: .*filter' "$T_OUT"
check_match "the exec: line is named as the user's command" \
    'your command, kept: exec:cat' "$T_OUT"
CFG="$XDG_CONFIG_HOME/tidings/config"
check "a line the parser takes is kept as it is" \
    grep -qx 'browser "lynx %u"' "$CFG"
check "bind-key and color lines are kept" \
    sh -c "grep -qx 'bind-key j down' '$CFG' &&
    grep -qx 'color listfocus black yellow bold' '$CFG'"
REFUSED=$(grep -B1 -x '# ttrss-flag-star "s"' "$CFG" | head -n 1)
check_match "a line it refuses is commented out under the parser's reason" \
    '^# not taken by tidings: .*ttrss-flag-star' "$REFUSED"
check "keymap newsboat is written, and taken" \
    grep -Eq "^keymap newsboat$" "$CFG"
check_eq "the config uses 52 different commands" 52 \
    "$(grep -v '^#' "$NB/config" | awk 'NF { print $1 }' | sort -u | wc -l)"
check "a relative include gets newsboat's folder" \
    grep -qx "include \"$NB/colours\"" "$CFG"
check "the macro is kept" \
    grep -qx 'macro r reload ; next-unread -- "reload, then read"' "$CFG"
check_eq "only the sync setting and cache-file are commented out" \
    "2" "$(grep -c '^# not taken by tidings:' "$CFG")"
check_match "cache-file says why" \
    "^# not taken by tidings: .*cache-file names newsboat's cache" \
    "$(grep -B1 -x '# cache-file "/tmp/elsewhere.db"' "$CFG" | head -n 1)"

run_td -x print-unread
check_eq "-x print-unread gives newsboat's number" \
    "$NB_UNREAD unread articles" "$T_OUT"
NB_FLAGGED=$(nbsql "SELECT url FROM rss_item WHERE flags <> ''
    AND deleted = 0 AND feedurl IN (SELECT rssurl FROM rss_feed)" | sort)
TD_STARRED=$(tdsql 'SELECT link FROM articles WHERE starred = 1' | sort)
check_eq "the starred articles are newsboat's flagged ones" \
    "$NB_FLAGGED" "$TD_STARRED"
check_eq "three flagged articles" 3 "$(printf '%s\n' "$TD_STARRED" | wc -l)"
NB_READ=$(nbsql "SELECT url FROM rss_item WHERE unread = 0
    AND deleted = 0" | sort)
TD_READ=$(tdsql 'SELECT link FROM articles WHERE unread = 0' | sort)
check_eq "the read articles are newsboat's read ones" "$NB_READ" "$TD_READ"
check_eq "the article newsboat deleted is not here" 0 \
    "$(tdsql "SELECT count(*) FROM articles WHERE guid = 'news-5'")"
check_eq "titles and authors came with the articles" \
    "Ferry timetable changes|Ada Desk" \
    "$(tdsql "SELECT title, author FROM articles WHERE guid = 'news-1'")"
check_eq "the feed's title came too" "Link Log" \
    "$(tdsql "SELECT title FROM feeds WHERE url = '$B/links.xml'")"
run_td --quotes-by "Ann Reed"
check_match "the imported articles' quotations are indexed, as a reload's" \
    'We open at six, every day of the week' "$T_OUT"
(cd "$NB" && find . -type f | sort | xargs md5sum) >"$T_TMP/nb.after"
check "newsboat's files are untouched, and nothing was added beside them" \
    cmp -s "$T_TMP/nb.before" "$T_TMP/nb.after"

# Twice: nothing more.
tdsql 'SELECT guid, unread, starred FROM articles ORDER BY id' \
    >"$T_TMP/state1"
cp "$CFG" "$T_TMP/config1"
run_td --import-newsboat "$NB"
check_eq "a second import succeeds" 0 "$T_RC"
check_match "it adds nothing and changes no state" \
    '0 new here, 0 changed state, 0 deleted' "$T_OUT"
check_match "nor any feed" ' 0 added,' "$T_OUT"
tdsql 'SELECT guid, unread, starred FROM articles ORDER BY id' \
    >"$T_TMP/state2"
check "the articles and their state are as they were" \
    cmp -s "$T_TMP/state1" "$T_TMP/state2"
check "the urls file and config are as they were" sh -c \
    "cmp -s '$NB/urls' '$XDG_CONFIG_HOME/tidings/urls' &&
    cmp -s '$T_TMP/config1' '$CFG' && ! test -e '$CFG.newsboat'"

# The next reload knows every imported article, guid-less ones too.
run_td -x reload --force
check_match "a reload after the import finds no new article" \
    ' 0 new articles' "$T_OUT$T_ERR"
check_nomatch "the translated config loads without a warning" \
    "^tidings: $CFG" "$T_ERR"
run_td -x print-unread
check_eq "and the count stays newsboat's" "$NB_UNREAD unread articles" \
    "$T_OUT"

# newsboat's own -E file, read by -I into a cache tidings filled itself.
nb -E "$T_TMP/nb-read.txt"
run_td -u "$NB/urls" -c "$T_TMP/fresh.db" -C /dev/null -x reload
run_td -u "$NB/urls" -c "$T_TMP/fresh.db" -I "$T_TMP/nb-read.txt"
run_td -u "$NB/urls" -c "$T_TMP/fresh.db" -x print-unread
check_eq "newsboat's -E file through -I gives newsboat's count" \
    "$NB_UNREAD unread articles" "$T_OUT"

# newsboat's default place, with no DIR.
mkdir -p "$HOME/.newsboat"
cp "$NB/urls" "$NB/config" "$NB/cache.db" "$HOME/.newsboat/"
run_td -u "$T_TMP/other-urls" -c "$T_TMP/other.db" -C "$T_TMP/other-config" \
    --import-newsboat
check_eq "without DIR, ~/.newsboat is read" \
    "0 $NB_UNREAD unread articles" \
    "$T_RC $("$TIDINGS" -u "$T_TMP/other-urls" -c "$T_TMP/other.db" \
    -x print-unread 2>/dev/null)"

# A list of tidings' own stays; newsboat's feeds it lacks come after it,
# once, in newsboat's order.
printf '%s\n' '# mine' "$B/links.xml mine" >"$T_TMP/u5"
run_td -u "$T_TMP/u5" -c "$T_TMP/c5.db" -C "$T_TMP/cf5" \
    --import-newsboat "$NB"
run_td -u "$T_TMP/u5" -c "$T_TMP/c5.db" -C "$T_TMP/cf5" \
    --import-newsboat "$NB"
check_eq "an existing list keeps its lines and gains the missing ones" \
    "# mine
$B/links.xml mine
$B/news.xml harbour \"local news\" \"~Harbour News (mine)\"
$B/hidden.xml office !
$B/notes.atom harbour
\"exec:cat $T_TMP/local.xml\" local
\"query:Harbour unread:unread = \\\"yes\\\" and tags # \\\"harbour\\\"\"
filter:/bin/cat:$B/missing.xml filtered" "$(cat "$T_TMP/u5")"

# A newsboat that runs holds its cache: refused, nothing written.
echo $$ >"$HOME/.newsboat/cache.db.lock"
run_td -u "$T_TMP/u3" -c "$T_TMP/c3.db" -C "$T_TMP/cf3" --import-newsboat
check_match "a cache newsboat is using is refused" \
    "newsboat \\(process $$\\) is using it" "$T_ERR"
rm -f "$HOME/.newsboat/cache.db.lock"

# Another schema: a clear message, no crash.
mkdir -p "$T_TMP/odd"
cp "$NB/urls" "$T_TMP/odd/urls"
sqlite3 "$T_TMP/odd/cache.db" "CREATE TABLE rss_feed (rssurl, url, title);
    CREATE TABLE rss_item (id, guid, title, feedurl, unread);"
run_td -u "$T_TMP/u4" -c "$T_TMP/c4.db" -C "$T_TMP/cf4" \
    --import-newsboat "$T_TMP/odd"
check_eq "a cache of another schema fails the import" 1 "$T_RC"
check_match "naming the column it lacks" \
    'not a newsboat cache this version reads: table rss_item has no column' \
    "$T_ERR"
# An older cache, without the columns newsboat added later (flags,
# deleted, enclosures): read as if they were empty.
mkdir -p "$T_TMP/old"
echo "$B/news.xml" >"$T_TMP/old/urls"
sqlite3 "$T_TMP/old/cache.db" "CREATE TABLE rss_feed (rssurl, url, title);
    CREATE TABLE rss_item (id INTEGER PRIMARY KEY, guid, title, author,
    url, feedurl, pubDate, content, unread);
    INSERT INTO rss_feed VALUES ('$B/news.xml', '', 'Old');
    INSERT INTO rss_item VALUES (1, 'old-1', 'One', '', 'http://o/1',
    '$B/news.xml', 1704096000, 'x', 0);
    INSERT INTO rss_item VALUES (2, 'old-2', 'Two', '', 'http://o/2',
    '$B/news.xml', 1704096000, 'y', 1);"
run_td -u "$T_TMP/u6" -c "$T_TMP/c6.db" -C "$T_TMP/cf6" \
    --import-newsboat "$T_TMP/old"
check_match "an older cache without flags or deleted imports" \
    "^0 .*1 feeds, 2 articles \\(1 read, 1 unread, 0 flagged\\)" \
    "$T_RC $(printf '%s' "$T_OUT" | tr '\n' ' ')"
done_testing
