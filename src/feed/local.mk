noinst_LIBRARIES += src/feed/libfeed.a
src_feed_libfeed_a_SOURCES = src/feed/feed.c src/feed/feed.h
FEED_LIB = src/feed/libfeed.a
