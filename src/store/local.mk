# src/store: see the module header.  Sets STORE_LIB when it has sources.
noinst_LIBRARIES += src/store/libstore.a
src_store_libstore_a_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE3_CFLAGS) $(ZLIB_CFLAGS) \
	$(ZSTD_CFLAGS)
src_store_libstore_a_SOURCES = \
	src/store/lib.h src/store/store-int.h \
	src/store/store.c src/store/store-ckpt.c src/store/store-schema.c src/store/store-text.c \
	src/store/store-cjk.c \
	src/store/store-feed.c src/store/store-entry.c src/store/store-merge.c \
	src/store/store-query.c src/store/store-quote.c \
	src/store/store-newsboat.c src/store/store-maint.c
src_store_libstore_a_SOURCES += src/store/store-download.c src/store/store-sync.c
# flags, the deleted mark and purge (tidying)
src_store_libstore_a_SOURCES += src/store/store-tidy.c
STORE_LIB = src/store/libstore.a
