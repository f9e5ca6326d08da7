/*
 * test-quote-words: the quote finder's word tables behind their hashed
 * index — ASCII case folded except for first names, a trailing full stop
 * ignored where the finder strips it, accented letters compared as bytes,
 * and the index answering the same from several threads at once (it is
 * built once, on first use, whichever thread comes first).
 */
#include "config.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "quote/quote-int.h"

#define IS(t, w)	quote_word_is((t), (w), strlen(w))

static void
test_tables(void **state)
{
	(void)state;
	assert_true(IS(QW_VERB, "said"));
	assert_true(IS(QW_VERB, "SAID"));
	assert_true(IS(QW_VERB, "Said"));
	assert_true(IS(QW_VERB, "sagte"));
	assert_true(IS(QW_VERB, "déclaré"));
	assert_false(IS(QW_VERB, "DÉCLARÉ"));	/* accents are bytes */
	assert_false(IS(QW_VERB, "sai"));
	assert_false(IS(QW_VERB, "saidx"));
	assert_false(IS(QW_VERB, ""));
	assert_false(IS(QW_VERB, "acknowledgedandthensome"));
	assert_true(IS(QW_TITLE, "Dr."));
	assert_true(IS(QW_TITLE, "dr"));
	assert_true(IS(QW_TITLE, "Oberbürgermeisterin"));
	assert_true(IS(QW_STOP, "the"));
	assert_true(IS(QW_PARTICLE, "VON"));
	assert_false(IS(QW_ROLE, "said"));
	/* a word is only in its own table */
	assert_false(IS(QW_TITLE, "said"));
	/* bytes that fold to the same under | 0x20 but are not letters */
	assert_false(IS(QW_STOP, "@"));
	assert_false(quote_word_is(QW_VERB, "s\0id", 4));
}

static void
test_names(void **state)
{
	(void)state;
	assert_int_equal(quote_word_first_name("Jane", 4), 'f');
	assert_int_equal(quote_word_first_name("John", 4), 'm');
	assert_int_equal(quote_word_first_name("Alex", 4), '?');
	assert_int_equal(quote_word_first_name("jane", 4), 0);	/* exact */
	assert_int_equal(quote_word_first_name("JANE", 4), 0);
	assert_int_equal(quote_word_first_name("Zoë", strlen("Zoë")), 'f');
	assert_int_equal(quote_word_first_name("Zoe", 3), 'f');
	assert_int_equal(quote_word_first_name("Janet", 5), 'f');
	assert_int_equal(quote_word_first_name("Janu", 4), 0);
	assert_int_equal(quote_word_first_name("Jan", 3), 'm');
	assert_int_equal(quote_word_gender("She", 3), 'f');
	assert_int_equal(quote_word_gender("il", 2), 'm');
	assert_int_equal(quote_word_gender("it", 2), 0);
	assert_int_equal(quote_word_title_gender("Mrs.", 4), 'f');
	assert_int_equal(quote_word_title_gender("sir", 3), 'm');
	assert_int_equal(quote_word_title_gender("Doctor", 6), 0);
}

static void *
lookups(void *arg)
{
	int i, bad = 0;

	(void)arg;
	for (i = 0; i < 2000; i++) {
		bad += !IS(QW_VERB, "said") + !IS(QW_TITLE, "Mayor") +
		    IS(QW_VERB, "mayor") +
		    (quote_word_first_name("Maria", 5) != 'f');
	}
	return (void *)(intptr_t)bad;
}

/* Built by whichever thread asks first: all see the same tables.  (The
 * first look-up of this process happens here, in four threads at once.) */
static void
test_threads(void **state)
{
	pthread_t th[4];
	void *bad;
	int i;

	(void)state;
	for (i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&th[i], NULL, lookups, NULL), 0);
	for (i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(th[i], &bad), 0);
		assert_int_equal((intptr_t)bad, 0);
	}
}

int
main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(test_threads),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(t, NULL, NULL);
}
