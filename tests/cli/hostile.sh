#!/bin/sh
# Feed text printed by the command-line modes (--quotes-by, -x errors)
# carries no terminal control sequence, C1 control or bidi override.
. "$TOP_SRCDIR/tests/lib.sh"
plan 5
t_home
feed="$T_TMP/evil.xml"
# U+009B (C1 CSI), U+202E (right-to-left override), U+2066 (isolate).
printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
 '<rss version="2.0"><channel><title>Evil</title>' \
 '<item><title>Title &#x9b;2J&#x202e;reversed&#x2066; end</title><guid>e1</guid>' \
 '<description>&lt;p&gt;&#x201c;The water is rising faster than anyone planned&#x9b;31m for,&#x201d; said Jane Doe, the harbour engineer.&lt;/p&gt;</description>' \
 '</item></channel></rss>' >"$feed"
echo "file://$feed" >"$T_TMP/urls"
run_td -u "$T_TMP/urls" -c "$T_TMP/cache.db" -x reload
check_eq "the evil feed is read" 0 "$T_RC"
run_td -c "$T_TMP/cache.db" --quotes-by "Jane Doe"
check_match "the quotation is found by its speaker" '^Jane Doe: .The water is rising' "$T_OUT"
if printf '%s' "$T_OUT" | LC_ALL=C grep -q "$(printf '\302\233\|\342\200\256\|\342\201\246\|\033')"; then
	not_ok "--quotes-by prints no control or bidi characters"
	diag "$(printf '%s' "$T_OUT" | od -c | head -5)"
else ok "--quotes-by prints no control or bidi characters"; fi

# A server whose error page is the only thing it says: the error text is
# ours, but the URL in it is the user's; both go through the sanitiser.
printf 'file://%s/missing\302\233.xml\n' "$T_TMP" >"$T_TMP/urls2"
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -x reload
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -x errors
check_match "-x errors lists the failed feed" 'missing.*No such file' "$T_OUT"
if printf '%s' "$T_OUT" | LC_ALL=C grep -q "$(printf '\302\233')"; then
	not_ok "-x errors prints no C1 control"
else ok "-x errors prints no C1 control"; fi
done_testing
