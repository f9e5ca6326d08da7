noinst_LIBRARIES += src/feed/libfeed.a
src_feed_libfeed_a_SOURCES = src/feed/feed.c src/feed/feed.h
FEED_LIB = src/feed/libfeed.a
# the --parse JSON writer (owned by the parser engineer)
src_feed_libfeed_a_SOURCES += src/feed/feed-json.c src/feed/feed-json.h
