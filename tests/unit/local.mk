# tests/unit: one cmocka program per module (test-<module>.c).
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-base
TESTS += tests/unit/test-base
tests_unit_test_base_SOURCES = tests/unit/test-base.c
tests_unit_test_base_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_base_LDADD = $(UNIT_LDADD)

check_PROGRAMS += tests/unit/test-feed
TESTS += tests/unit/test-feed
tests_unit_test_feed_SOURCES = tests/unit/test-feed.c
tests_unit_test_feed_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_feed_LDADD = $(UNIT_LDADD)
endif
# the podcast queue's rules, file names, enclosures parse -> store
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-download
TESTS += tests/unit/test-download
tests_unit_test_download_SOURCES = tests/unit/test-download.c
tests_unit_test_download_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_download_LDADD = $(UNIT_LDADD)
endif
# pictures: the decoders, their caps, hostile images, cells (src/image)
if ENABLE_TESTS
if IMAGES
check_PROGRAMS += tests/unit/test-image
TESTS += tests/unit/test-image
tests_unit_test_image_SOURCES = tests/unit/test-image.c
tests_unit_test_image_CPPFLAGS = $(UNIT_CPPFLAGS) $(LIBPNG_CFLAGS) \
	$(TURBOJPEG_CFLAGS) $(LIBWEBP_CFLAGS) $(ZLIB_CFLAGS)
tests_unit_test_image_LDADD = $(UNIT_LDADD)
endif
endif
# pictures' glue: cache names and trim, refusals, a failed fetch
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-images
TESTS += tests/unit/test-images
tests_unit_test_images_SOURCES = tests/unit/test-images.c
tests_unit_test_images_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_images_LDADD = $(UNIT_LDADD)
endif
