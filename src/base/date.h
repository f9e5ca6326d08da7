/*
 * date: feed dates to UTC seconds since the epoch (libc only, no locale,
 * no TZ).  RFC 822/1123 with its real-world variants (missing or wrong
 * weekday, 2-digit years, named, numeric, military and "GMT+2" zones,
 * asctime order) and ISO 8601 / RFC 3339 / W3CDTF (partial dates, no zone
 * = UTC, fractions dropped, 24:00).  An unparseable or impossible date gives
 * DATE_NONE, never "now".
 */
#ifndef TIDINGS_BASE_DATE_H
#define TIDINGS_BASE_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DATE_NONE INT64_MIN	/* same value as FEED_DATE_NONE */
#define DATE_ISO_LEN 21		/* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

/* Try ISO 8601 first, then RFC 822; DATE_NONE when neither fits. */
int64_t	 date_parse(const char *s);
int64_t	 date_parse_rfc822(const char *s);
int64_t	 date_parse_iso8601(const char *s);
/* Days since 1970-01-01 of a proleptic Gregorian date (m 1-12). */
int64_t	 date_days_from_civil(int64_t y, int m, int d);
/* "YYYY-MM-DDTHH:MM:SSZ" into out; 0, or -1 (out = "") when t is DATE_NONE
 * or outside years 0-9999. */
int	 date_format_iso(int64_t t, char out[DATE_ISO_LEN]);

#endif
