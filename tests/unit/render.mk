# tests/unit/render.mk: render (HTML -> text) and config file unit tests.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-render
TESTS += tests/unit/test-render
tests_unit_test_render_SOURCES = tests/unit/test-render.c
tests_unit_test_render_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_render_LDADD = $(UNIT_LDADD)

check_PROGRAMS += tests/unit/test-config
TESTS += tests/unit/test-config
tests_unit_test_config_SOURCES = tests/unit/test-config.c
tests_unit_test_config_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_config_LDADD = $(UNIT_LDADD)

check_PROGRAMS += tests/unit/test-config-nb
TESTS += tests/unit/test-config-nb
tests_unit_test_config_nb_SOURCES = tests/unit/test-config-nb.c
tests_unit_test_config_nb_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_config_nb_LDADD = $(UNIT_LDADD)
endif
EXTRA_DIST += \
	tests/fixtures/html/article.html tests/fixtures/html/article.out \
	tests/fixtures/html/mixed.html tests/fixtures/html/mixed.out \
	tests/fixtures/html/mail.txt tests/fixtures/html/mail.out
# render-dump: renders files as text (not a test): .ci/libxml2-next.sh
# compares its output between libxml2 builds; -r renders a bench corpus.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/render-dump
tests_unit_render_dump_SOURCES = tests/unit/render-dump.c
tests_unit_render_dump_CPPFLAGS = $(UNIT_CPPFLAGS) $(LIBXML2_CFLAGS)
tests_unit_render_dump_LDADD = $(UNIT_LDADD)
endif
