# src/fetch: documents from http(s) (libcurl multi), file:// and exec:.
# Only this archive sees libcurl's headers.
noinst_LIBRARIES += src/fetch/libfetch.a
src_fetch_libfetch_a_CPPFLAGS = $(AM_CPPFLAGS) $(LIBCURL_CFLAGS) $(ZLIB_CFLAGS) \
	$(LIBDEFLATE_CFLAGS) $(BROTLIDEC_CFLAGS) $(ZSTD_CFLAGS)
src_fetch_libfetch_a_SOURCES = \
	src/fetch/lib.h src/fetch/fetch-int.h \
	src/fetch/fetch.c src/fetch/fetch-http.c src/fetch/fetch-local.c src/fetch/fetch-decode.c
FETCH_LIB = src/fetch/libfetch.a
