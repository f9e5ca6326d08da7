/*
 * date: parsing of the date spellings found in feeds into UTC seconds, and
 * ISO formatting for JSON.  Pure arithmetic (Howard Hinnant's civil-day
 * algorithms), so no TZ, locale or range limits of time_t/mktime apply.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"

struct date_parts {
	int	 year, mon, day, hour, min, sec;
	int	 off;		/* seconds east of UTC */
};

static int	 date_is_leap(int64_t);
static int	 date_mdays(int64_t, int);
static int64_t	 date_make(const struct date_parts *);
static int	 date_lower(int);
static int	 date_word_eq(const char *, size_t, const char *);
static int	 date_month(const char *, size_t);
static int	 date_weekday(const char *, size_t);
static int	 date_zone(const char *, size_t, int *);
static int	 date_digits(const char **, int, int *);
static int	 date_numeric_zone(const char **, int *);

/* Named zones seen in feeds; offsets in minutes east of UTC. */
static const struct {
	const char	*name;
	int		 min;
} date_zones[] = {
	{ "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "wet", 0 },
	{ "est", -300 }, { "edt", -240 }, { "cst", -360 }, { "cdt", -300 },
	{ "mst", -420 }, { "mdt", -360 }, { "pst", -480 }, { "pdt", -420 },
	{ "ast", -240 }, { "adt", -180 }, { "akst", -540 }, { "akdt", -480 },
	{ "hst", -600 }, { "nst", -210 }, { "ndt", -150 },
	{ "bst", 60 }, { "cet", 60 }, { "met", 60 }, { "west", 60 },
	{ "cest", 120 }, { "mest", 120 }, { "eet", 120 }, { "eest", 180 },
	{ "msk", 180 }, { "ist", 330 }, { "sgt", 480 }, { "hkt", 480 },
	{ "awst", 480 }, { "jst", 540 }, { "kst", 540 }, { "acst", 570 },
	{ "aest", 600 }, { "aedt", 660 }, { "nzst", 720 }, { "nzdt", 780 },
};

static const char *date_months[] = {
	"jan", "feb", "mar", "apr", "may", "jun",
	"jul", "aug", "sep", "oct", "nov", "dec"
};
static const char *date_months_long[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};
static const char *date_days[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun"
};
static const char *date_days_long[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

static int
date_is_leap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
date_mdays(int64_t y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && date_is_leap(y))
		return 29;
	return mdays[m - 1];
}

int64_t
date_days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Validate the parts and combine them; 24:00:00 is the next midnight and a
 * leap second 60 the next minute's first (as timegm() normalises it). */
static int64_t
date_make(const struct date_parts *p)
{
	int sec = p->sec;

	if (p->year < 0 || p->year > 9999 || p->mon < 1 || p->mon > 12)
		return DATE_NONE;
	if (p->day < 1 || p->day > date_mdays(p->year, p->mon))
		return DATE_NONE;
	if (p->min < 0 || p->min > 59 || sec < 0 || sec > 60 || p->hour < 0)
		return DATE_NONE;
	if (p->hour > 24 || (p->hour == 24 && (p->min != 0 || sec != 0)))
		return DATE_NONE;
	return date_days_from_civil(p->year, p->mon, p->day) * 86400 +
	    p->hour * 3600 + p->min * 60 + sec - p->off;
}

static int
date_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
date_word_eq(const char *w, size_t n, const char *lit)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (lit[i] == '\0' || date_lower((unsigned char)w[i]) != lit[i])
			return 0;
	}
	return lit[n] == '\0';
}

/* 1-12, or 0 when w is not a month name or its usual abbreviation. */
static int
date_month(const char *w, size_t n)
{
	int i;

	for (i = 0; i < 12; i++) {
		if (date_word_eq(w, n, date_months[i]) ||
		    date_word_eq(w, n, date_months_long[i]))
			return i + 1;
	}
	if (date_word_eq(w, n, "sept"))
		return 9;
	return 0;
}

static int
date_weekday(const char *w, size_t n)
{
	int i;

	for (i = 0; i < 7; i++) {
		if (date_word_eq(w, n, date_days[i]) ||
		    date_word_eq(w, n, date_days_long[i]))
			return 1;
	}
	return date_word_eq(w, n, "tues") || date_word_eq(w, n, "thur") ||
	    date_word_eq(w, n, "thurs");
}

/* A zone name; *off gets seconds east of UTC.  1 if known. */
static int
date_zone(const char *w, size_t n, int *off)
{
	size_t i;
	int c;

	if (n > 4 && date_word_eq(w, 4, "etc/")) {
		w += 4;
		n -= 4;
	}
	for (i = 0; i < sizeof date_zones / sizeof date_zones[0]; i++) {
		if (date_word_eq(w, n, date_zones[i].name)) {
			*off = date_zones[i].min * 60;
			return 1;
		}
	}
	if (n == 1) {
		/* RFC 822 military zones: A-I = -1..-9, K-M = -10..-12,
		 * N-Y = +1..+12 (J is unused). */
		c = date_lower((unsigned char)w[0]);
		if (c >= 'a' && c <= 'i')
			*off = -(c - 'a' + 1) * 3600;
		else if (c >= 'k' && c <= 'm')
			*off = -(c - 'k' + 10) * 3600;
		else if (c >= 'n' && c <= 'y')
			*off = (c - 'n' + 1) * 3600;
		else
			return 0;
		return 1;
	}
	return 0;
}

/* Read exactly n digits (n > 0) at *sp into *v. */
static int
date_digits(const char **sp, int n, int *v)
{
	const char *s = *sp;
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	*sp = s + n;
	return 1;
}

/* A numeric offset "+HH:MM", "+HHMM", "+HH" or "+H" at *sp. */
static int
date_numeric_zone(const char **sp, int *off)
{
	const char *s = *sp;
	int sign, h = 0, m = 0, nd = 0;

	if (*s != '+' && *s != '-')
		return 0;
	sign = *s++ == '-' ? -1 : 1;
	while (s[nd] >= '0' && s[nd] <= '9')
		nd++;
	if (nd == 4) {
		date_digits(&s, 2, &h);
		date_digits(&s, 2, &m);
	} else if (nd == 1 || nd == 2) {
		date_digits(&s, nd, &h);
		if (*s == ':') {
			s++;
			if (!date_digits(&s, 2, &m))
				return 0;
		}
	} else
		return 0;
	if (h > 23 || m > 59)
		return 0;
	*off = sign * (h * 3600 + m * 60);
	*sp = s;
	return 1;
}

int64_t
date_parse_iso8601(const char *s)
{
	struct date_parts p = { 0, 1, 1, 0, 0, 0, 0 };
	int basic = 0;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (!date_digits(&s, 4, &p.year))
		return DATE_NONE;
	if (*s == '-' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' &&
	    s[2] <= '9' && s[3] >= '0' && s[3] <= '9' &&
	    !(s[4] >= '0' && s[4] <= '9') && s[4] != '-') {
		int yday;

		/* ordinal date: YYYY-DDD */
		s++;
		date_digits(&s, 3, &yday);
		if (yday < 1 || yday > (date_is_leap(p.year) ? 366 : 365))
			return DATE_NONE;
		p.mon = 1;
		while (yday > date_mdays(p.year, p.mon)) {
			yday -= date_mdays(p.year, p.mon);
			p.mon++;
		}
		p.day = yday;
	} else if (*s == '-') {
		s++;
		if (!date_digits(&s, 2, &p.mon))
			return DATE_NONE;
		if (*s == '-') {
			s++;
			if (!date_digits(&s, 2, &p.day))
				return DATE_NONE;
		}
	} else if (s[0] >= '0' && s[0] <= '9') {
		/* Basic format: YYYYMMDD[THHMMSS]. */
		if (!date_digits(&s, 2, &p.mon) || !date_digits(&s, 2, &p.day))
			return DATE_NONE;
		basic = 1;
	}
	if ((*s == 'T' || *s == 't' || *s == ' ') && s[1] >= '0' &&
	    s[1] <= '9') {
		s++;
		if (!date_digits(&s, 2, &p.hour))
			return DATE_NONE;
		if (*s == ':')
			s++;
		else if (!basic)
			return DATE_NONE;
		if (!date_digits(&s, 2, &p.min))
			return DATE_NONE;
		if (*s == ':' || (basic && *s >= '0' && *s <= '9')) {
			if (*s == ':')
				s++;
			if (!date_digits(&s, 2, &p.sec))
				return DATE_NONE;
			if (*s == '.' || *s == ',') {
				s++;
				if (*s < '0' || *s > '9')
					return DATE_NONE;
				while (*s >= '0' && *s <= '9')
					s++;
			}
		}
		while (*s == ' ')
			s++;
		if (*s == 'Z' || *s == 'z')
			s++;
		else if (*s == '+' || *s == '-') {
			if (!date_numeric_zone(&s, &p.off))
				return DATE_NONE;
		} else if (*s != '\0') {
			const char *w = s;

			while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
				s++;
			if (s == w || !date_zone(w, s - w, &p.off))
				return DATE_NONE;
		}
	}
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (*s != '\0')
		return DATE_NONE;
	return date_make(&p);
}

/*
 * RFC 822 and friends, read as tokens in any reasonable order: a weekday
 * (ignored, often wrong), a month name, day and year numbers, a time
 * H:MM[:SS], AM/PM and a zone (name, +HHMM, or GMT+2).  Any word we do not
 * know makes the whole string unparseable rather than a guess.
 */
int64_t
date_parse_rfc822(const char *s)
{
	struct date_parts p = { -1, 0, 0, 0, 0, 0, 0 };
	int have_time = 0, have_zone = 0, have_num = 0, pm = -1, nums[3], nnum = 0;
	int v, i, nd;
	const char *w;
	size_t n;

	for (;;) {
		while (*s == ' ' || *s == ',' || *s == '\t' || *s == '\n' ||
		    *s == '\r' || *s == '.' || *s == '/')
			s++;
		if (*s == '\0')
			break;
		if (*s == '(') {	/* a comment: "+0000 (UTC)" */
			while (*s != '\0' && *s != ')')
				s++;
			if (*s == ')')
				s++;
			continue;
		}
		if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')) {
			w = s;
			while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
			    (*s == '/' && s - w == 3))
				s++;
			n = s - w;
			if (date_weekday(w, n))
				continue;
			if ((v = date_month(w, n)) != 0 && p.mon == 0) {
				p.mon = v;
				continue;
			}
			if (date_word_eq(w, n, "am") || date_word_eq(w, n, "pm")) {
				pm = date_lower((unsigned char)w[0]) == 'p';
				continue;
			}
			if (!have_zone && date_zone(w, n, &p.off)) {
				have_zone = 1;
				/* "GMT+2", "UTC-05:00" */
				if (*s == '+' || *s == '-') {
					if (!date_numeric_zone(&s, &p.off))
						return DATE_NONE;
					have_num = 1;
				}
				continue;
			}
			return DATE_NONE;
		}
		if ((*s == '+' || *s == '-') && have_time && !have_num) {
			/* A numeric offset wins over a name ("EST -0500"). */
			if (!date_numeric_zone(&s, &p.off))
				return DATE_NONE;
			have_num = 1;
			continue;
		}
		if (*s == '-') {	/* 20-Nov-2024 */
			s++;
			continue;
		}
		if (*s < '0' || *s > '9')
			return DATE_NONE;
		for (nd = 0; s[nd] >= '0' && s[nd] <= '9'; nd++)
			;
		if (s[nd] == ':' && !have_time && nd <= 2) {
			date_digits(&s, nd, &p.hour);
			s++;
			if (!date_digits(&s, 2, &p.min))
				return DATE_NONE;
			if (*s == ':') {
				s++;
				if (!date_digits(&s, 2, &p.sec))
					return DATE_NONE;
				if (*s == '.' || *s == ',')	/* fraction */
					for (s++; *s >= '0' && *s <= '9'; s++)
						;
			}
			have_time = 1;
			continue;
		}
		if (nd > 4 || nnum == 3)
			return DATE_NONE;
		date_digits(&s, nd, &v);
		nums[nnum++] = nd == 4 ? -v - 1 : v;	/* mark 4-digit years */
	}
	/* Numbers: with a month name, day then year (or year then day). */
	if (p.mon == 0 || nnum != 2)
		return DATE_NONE;
	for (i = 0; i < 2; i++) {
		v = nums[i];
		if (v < 0)
			p.year = -v - 1;
		else if (p.day == 0 && (i == 0 || p.year != -1 || nums[1] < 0))
			p.day = v;
		else
			p.year = v < 50 ? 2000 + v : v < 100 ? 1900 + v : v;
	}
	if (p.year == -1 || p.day == 0)
		return DATE_NONE;
	if (pm == 1 && p.hour < 12)
		p.hour += 12;
	else if (pm == 0 && p.hour == 12)
		p.hour = 0;
	return date_make(&p);
}

int64_t
date_parse(const char *s)
{
	int64_t t;

	if (s == NULL)
		return DATE_NONE;
	t = date_parse_iso8601(s);
	if (t == DATE_NONE)
		t = date_parse_rfc822(s);
	return t;
}

int
date_format_iso(int64_t t, char out[DATE_ISO_LEN])
{
	int64_t days, secs, z, era, doe, yoe, y, doy, mp, d, m;
	static const char dig[] = "0123456789";
	int hh, mm, ss;

	out[0] = '\0';
	/* Years 0..9999 only. */
	if (t == DATE_NONE || t < -62167219200LL || t > 253402300799LL)
		return -1;
	days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	secs = t - days * 86400;
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	hh = (int)(secs / 3600);
	mm = (int)(secs / 60 % 60);
	ss = (int)(secs % 60);
	out[0] = dig[y / 1000];
	out[1] = dig[y / 100 % 10];
	out[2] = dig[y / 10 % 10];
	out[3] = dig[y % 10];
	out[4] = '-';
	out[5] = dig[m / 10];
	out[6] = dig[m % 10];
	out[7] = '-';
	out[8] = dig[d / 10];
	out[9] = dig[d % 10];
	out[10] = 'T';
	out[11] = dig[hh / 10];
	out[12] = dig[hh % 10];
	out[13] = ':';
	out[14] = dig[mm / 10];
	out[15] = dig[mm % 10];
	out[16] = ':';
	out[17] = dig[ss / 10];
	out[18] = dig[ss % 10];
	out[19] = 'Z';
	out[20] = '\0';
	return 0;
}
