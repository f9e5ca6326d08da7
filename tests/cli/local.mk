# tests/cli: the command line as a user meets it.
TESTS += tests/cli/options.sh
EXTRA_DIST += tests/cli/options.sh
