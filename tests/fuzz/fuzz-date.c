/*
 * fuzz-date: the feed date parsers (base/date.c).  Any string: no crash,
 * no undefined behaviour.  Where a date parses, it formats as ISO 8601
 * (years 0-9999) and that text parses back to the same second through
 * both date_parse_iso8601 and date_parse.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "tests/fuzz/fuzz.h"

static void
check_round_trip(int64_t t, const char *in)
{
	char iso[DATE_ISO_LEN];
	int64_t back;

	if (t == DATE_NONE || date_format_iso(t, iso) != 0)
		return;
	FUZZ_CHECK(strlen(iso) == DATE_ISO_LEN - 1, "\"%s\" -> \"%s\"", in,
	    iso);
	back = date_parse_iso8601(iso);
	FUZZ_CHECK(back == t, "\"%s\" -> %lld -> \"%s\" -> %lld", in,
	    (long long)t, iso, (long long)back);
	back = date_parse(iso);
	FUZZ_CHECK(back == t, "\"%s\" -> %lld -> \"%s\" -> date_parse %lld",
	    in, (long long)t, iso, (long long)back);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);
	int64_t t822, tiso, t;

	t822 = date_parse_rfc822(s);
	tiso = date_parse_iso8601(s);
	t = date_parse(s);
	/* date_parse is "ISO 8601 first, then RFC 822". */
	FUZZ_CHECK(t == (tiso != DATE_NONE ? tiso : t822),
	    "\"%s\": date_parse %lld, iso %lld, rfc822 %lld", s, (long long)t,
	    (long long)tiso, (long long)t822);
	check_round_trip(t822, s);
	check_round_trip(tiso, s);
	free(s);
	return 0;
}
