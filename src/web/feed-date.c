/* feed-date.c -- feed_date_iso (see feed.h): the dates feeds write, as
 * ISO 8601 UTC.
 *
 * ISO 8601 / RFC 3339 ("2024-03-05", "2024-03-05T08:30Z",
 * "2024-03-05 08:30:00.25+01:00") is read first; anything else is read
 * as RFC 822 by its parts, in any order real feeds put them: an optional
 * weekday, the day, a month name (three letters or whole, any case), a
 * year of two or four digits, HH:MM[:SS], and a zone (+0100, +01:00, a
 * name such as GMT, UT, Z, EST or PDT; none is UTC). The time is turned
 * into seconds with timegm and printed back in UTC. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feed.h"
#include "util.h"

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* n digits at *p as a number (advancing), or -1. */
static int digits(const char **p, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	return v;
}

static int days_in(int year, int month)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : d[month - 1];
}

static char *format(int y, int mo, int d, int h, int mi, int s, long offset)
{
	if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > days_in(y, mo) || h < 0 || h > 23 || mi < 0 ||
	    mi > 59 || s < 0 || s > 60)
		return NULL;
	if (s == 60)
		s = 59;
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	time_t t = timegm(&tm) - offset;
	struct tm u;
	if (!gmtime_r(&t, &u) || u.tm_year + 1900 < 1 || u.tm_year + 1900 > 9999)
		return NULL;
	char buf[32];
	snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", u.tm_year + 1900, u.tm_mon + 1, u.tm_mday, u.tm_hour,
		 u.tm_min, u.tm_sec);
	return xstrdup(buf);
}

/* A numeric zone at *p: +HHMM, +HH:MM, +HH; seconds east in *offset. */
static int numeric_zone(const char **p, long *offset)
{
	const char *q = *p;
	int sign = *q == '-' ? -1 : 1;
	if (*q != '+' && *q != '-')
		return -1;
	q++;
	int h = digits(&q, 2), m = 0;
	if (h < 0)
		return -1;
	if (*q == ':')
		q++;
	if (is_digit((unsigned char)*q) && (m = digits(&q, 2)) < 0)
		return -1;
	if (h > 23 || m > 59)
		return -1;
	*offset = sign * (h * 3600L + m * 60L);
	*p = q;
	return 0;
}

static char *iso8601(const char *s)
{
	const char *p = s;
	int y = digits(&p, 4), mo, d, h = 0, mi = 0, sec = 0;
	long off = 0;
	if (y < 0 || *p++ != '-' || (mo = digits(&p, 2)) < 0 || *p++ != '-' || (d = digits(&p, 2)) < 0)
		return NULL;
	if (*p == 'T' || *p == 't' || (*p == ' ' && is_digit((unsigned char)p[1]))) {
		p++;
		if ((h = digits(&p, 2)) < 0 || *p++ != ':' || (mi = digits(&p, 2)) < 0)
			return NULL;
		if (*p == ':') {
			p++;
			if ((sec = digits(&p, 2)) < 0)
				return NULL;
			if (*p == '.' || *p == ',') {
				p++;
				while (is_digit((unsigned char)*p))
					p++;
			}
		}
		while (*p == ' ')
			p++;
		if (*p == 'Z' || *p == 'z')
			p++;
		else if ((*p == '+' || *p == '-') && numeric_zone(&p, &off) < 0)
			return NULL;
		else if (!ascii_ncasecmp(p, "UTC", 3) || !ascii_ncasecmp(p, "GMT", 3))
			p += 3;
	}
	while (*p == ' ')
		p++;
	return *p ? NULL : format(y, mo, d, h, mi, sec, off);
}

static int month_of(const char *w, size_t n)
{
	static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december" };
	if (n < 3)
		return 0;
	for (int i = 0; i < 12; i++) {
		size_t full = strlen(months[i]);
		if (n <= full && !ascii_ncasecmp(w, months[i], n))
			return i + 1;
	}
	if (n == 4 && !ascii_ncasecmp(w, "sept", 4))
		return 9;
	return 0;
}

static int is_weekday(const char *w, size_t n)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday" };
	if (n < 2)
		return 0;
	for (int i = 0; i < 7; i++)
		if (n <= strlen(days[i]) && !ascii_ncasecmp(w, days[i], n))
			return 1;
	return 0;
}

/* A zone name's offset in hours east, in *hours; 0 when it is one. */
static int zone_of(const char *w, size_t n, int *hours)
{
	static const struct {
		const char *name;
		int hours;
	} zones[] = {
		{ "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 }, { "WET", 0 },
		{ "EST", -5 }, { "EDT", -4 }, { "CST", -6 }, { "CDT", -5 },
		{ "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 },
		{ "AKST", -9 }, { "AKDT", -8 }, { "HST", -10 },
		{ "BST", 1 }, { "CET", 1 }, { "CEST", 2 }, { "MET", 1 }, { "MEST", 2 },
		{ "WEST", 1 }, { "EET", 2 }, { "EEST", 3 }, { "MSK", 3 },
		{ "JST", 9 }, { "KST", 9 }, { "AEST", 10 }, { "AEDT", 11 }, { "NZST", 12 }, { "NZDT", 13 },
	};
	for (size_t i = 0; i < sizeof zones / sizeof *zones; i++)
		if (strlen(zones[i].name) == n && !ascii_ncasecmp(w, zones[i].name, n)) {
			*hours = zones[i].hours;
			return 0;
		}
	return -1;
}

static char *rfc822(const char *s)
{
	int day = -1, month = 0, year = -1, h = -1, mi = 0, sec = 0, pm = -1;
	long off = 0;
	const char *p = s;
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c == ' ' || c == ',' || c == '\t' || c == '.' || (c == '-' && h < 0 && !is_digit((unsigned char)p[1]))) {
			p++;
			continue;
		}
		if (is_alpha(c)) {
			const char *w = p;
			while (is_alpha((unsigned char)*p))
				p++;
			size_t n = (size_t)(p - w);
			int zh, m;
			if (!month && (m = month_of(w, n)))
				month = m;
			else if (is_weekday(w, n))
				continue;
			else if (n == 2 && (!ascii_ncasecmp(w, "am", 2) || !ascii_ncasecmp(w, "pm", 2)))
				pm = (w[0] | 32) == 'p';
			else if (zone_of(w, n, &zh) == 0)
				off = zh * 3600L;
			else
				return NULL;
			continue;
		}
		if ((c == '+' || c == '-') && h >= 0) {
			if (numeric_zone(&p, &off) < 0)
				return NULL;
			continue;
		}
		if (!is_digit(c))
			return NULL;
		const char *q = p;
		while (is_digit((unsigned char)*q))
			q++;
		size_t n = (size_t)(q - p);
		if (*q == ':' && h < 0 && n <= 2) {
			h = digits(&p, (int)n);
			p++;
			if ((mi = digits(&p, 2)) < 0)
				return NULL;
			if (*p == ':') {
				p++;
				if ((sec = digits(&p, 2)) < 0)
					return NULL;
			}
			continue;
		}
		if (n > 4)
			return NULL;
		int v = digits(&p, (int)n);
		if (n <= 2 && day < 0)
			day = v;
		else if (year < 0)
			year = n <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : n == 3 ? 1900 + v : v;
		else
			return NULL;
	}
	if (day < 0 || !month || year < 0)
		return NULL;
	if (h < 0)
		h = 0;
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return NULL;
		h = h % 12 + (pm ? 12 : 0);
	}
	return format(year, month, day, h, mi, sec, off);
}

char *feed_date_iso(const char *s)
{
	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t n = strlen(s);
	if (n > 100)
		return NULL;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	char buf[101];
	memcpy(buf, s, n);
	buf[n] = '\0';
	char *r = iso8601(buf);
	return r ? r : rfc822(buf);
}
