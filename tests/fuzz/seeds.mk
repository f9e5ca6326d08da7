# Generated list of the committed fuzz seeds (for EXTRA_DIST):
#   (cd tests/fuzz && find seeds -type f | sort) | sed 's|^|tests/fuzz/|'
FUZZ_SEEDS = \
	tests/fuzz/seeds/config/basic \
	tests/fuzz/seeds/date/asctime \
	tests/fuzz/seeds/date/midnight \
	tests/fuzz/seeds/date/partial \
	tests/fuzz/seeds/date/rfc3339 \
	tests/fuzz/seeds/date/rfc822 \
	tests/fuzz/seeds/date/zone \
	tests/fuzz/seeds/feed/atom.xml \
	tests/fuzz/seeds/feed/feed.json \
	tests/fuzz/seeds/feed/regress-duplicate-xml-base-leak \
	tests/fuzz/seeds/feed/regress-smoke-disagree \
	tests/fuzz/seeds/feed/regress-stream-whole-encoding-disagree \
	tests/fuzz/seeds/feed/rss.xml \
	tests/fuzz/seeds/filter/between \
	tests/fuzz/seeds/filter/count \
	tests/fuzz/seeds/filter/group \
	tests/fuzz/seeds/filter/mixed \
	tests/fuzz/seeds/filter/regex \
	tests/fuzz/seeds/html/basic.html \
	tests/fuzz/seeds/html/mail.txt \
	tests/fuzz/seeds/html/media.html \
	tests/fuzz/seeds/json/atom.xml \
	tests/fuzz/seeds/json/feed.json \
	tests/fuzz/seeds/json/rss.xml \
	tests/fuzz/seeds/opml/basic.opml \
	tests/fuzz/seeds/opml/regress-cr-in-category \
	tests/fuzz/seeds/opml/regress-cr-in-title \
	tests/fuzz/seeds/opml/regress-folder-category-overflow \
	tests/fuzz/seeds/opml/regress-tab-in-address \
	tests/fuzz/seeds/quote/mail.txt \
	tests/fuzz/seeds/quote/speech.html \
	tests/fuzz/seeds/urls/basic \
	tests/fuzz/seeds/urls/regress-cr-in-name \
	tests/fuzz/seeds/urls/regress-cr-in-tag \
	tests/fuzz/seeds/urls/regress-cr-tilde-tag-becomes-name \
	tests/fuzz/seeds/urls/regress-lone-tilde-tag
