/*
 * fuzz-filter: newsboat's filter language (model/model-filter.c).  Any
 * string: no crash, no undefined behaviour, no leak, and the limits hold
 * (an expression over 4 KiB never parses).  What parses is evaluated on a
 * fixed article and on an empty item; the verdict is 0 or 1 and the same
 * twice (evaluation keeps no state).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct model_filter_item it, empty;
	struct model_filter *f;
	char *s = fuzz_cstr(data, size), err[256];
	int a, b;

	memset(&empty, 0, sizeof empty);
	memset(&it, 0, sizeof it);
	it.title = "Lighthouse keepers";
	it.link = "https://example.org/a";
	it.author = "Frank";
	it.content = "<p>lamp</p>";
	it.flags = "Aab";
	it.feedtitle = "Coast";
	it.tags = "news sea";
	it.date = 1700000000;
	it.unread = 1;
	it.unread_count = 3;
	it.total_count = 9;
	f = model_filter_parse(s, err, sizeof err);
	FUZZ_CHECK(f == NULL || strlen(s) <= 4096, "%zu bytes parsed",
	    strlen(s));
	if (f != NULL) {
		a = model_filter_eval(f, &it, 1700086400);
		b = model_filter_eval(f, &it, 1700086400);
		FUZZ_CHECK((a == 0 || a == 1) && a == b, "\"%s\": %d %d", s, a,
		    b);
		a = model_filter_eval(f, &empty, 0);
		FUZZ_CHECK(a == 0 || a == 1, "\"%s\": %d", s, a);
		(void)model_filter_needs(f);
		model_filter_free(&f);
	} else
		FUZZ_CHECK(err[0] != '\0', "\"%s\": no reason", s);
	free(s);
	return 0;
}
