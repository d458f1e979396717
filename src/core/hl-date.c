/* hl-date.c -- dates and times of day: a small grammar over the tokens of
 * one line, and their values resolved against the document's date.
 *
 * What is a date follows TimeML's DATE and TIME: calendar dates ("Aug. 7,
 * 1998", "3 December 2024", "2024-01-20"), months, weekdays, years,
 * decades and centuries, times of day, and expressions relative to the
 * time of writing ("yesterday", "last month", "two years ago", "earlier
 * this year", "now"). Durations ("seven years", "the past three months")
 * and sets ("every week", "daily") are not dates and are left alone.
 * Values are ISO 8601 when the document date resolves them, TIMEX3-style
 * ("XXXX-01-20", "PAST_REF") when it cannot. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl-impl.h"
#include "util.h"

/* ---- calendar ---- */

static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (unsigned)d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* 1 = Monday .. 7 = Sunday */
static int weekday_of(long z)
{
	return (int)((z % 7 + 7 + 3) % 7) + 1;
}

static char *fmtf(const char *fmt, ...);

/* "YYYY-MM-DD", "YYYY-MM" without d, "XXXX-..." without y: what
 * "%04d-%02d-%02d" prints, without a trip through printf (dates are
 * common in news text). */
static char *fmt_ymd(int y, int m, int d)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		struct sb b = SB_INIT;
		if (d)
			sb_addf(&b, "%04d-%02d-%02d", y, m, d);
		else
			sb_addf(&b, "%04d-%02d", y, m);
		return sb_detach(&b);
	}
	char *o = xmalloc(11), *p = o;
	if (y) {
		*p++ = (char)('0' + y / 1000);
		*p++ = (char)('0' + y / 100 % 10);
		*p++ = (char)('0' + y / 10 % 10);
		*p++ = (char)('0' + y % 10);
	} else {
		memcpy(p, "XXXX", 4);
		p += 4;
	}
	*p++ = '-';
	*p++ = (char)('0' + m / 10);
	*p++ = (char)('0' + m % 10);
	if (d) {
		*p++ = '-';
		*p++ = (char)('0' + d / 10);
		*p++ = (char)('0' + d % 10);
	}
	*p = '\0';
	return o;
}

static char *fmt_day(long z)
{
	int y, m, d;
	civil_from_days(z, &y, &m, &d);
	if (!y || !d)  /* year 0 or day 0 cannot come out of civil_from_days; keep printf's form */
		return fmtf("%04d-%02d-%02d", y, m, d);
	return fmt_ymd(y, m, d);
}

static char *fmt_week(long z)
{
	/* ISO week: the week of the Thursday */
	long th = z - weekday_of(z) + 4;
	int y, m, d;
	civil_from_days(th, &y, &m, &d);
	long jan1 = days_from_civil(y, 1, 1);
	struct sb b = SB_INIT;
	sb_addf(&b, "%04d-W%02ld", y, (th - jan1) / 7 + 1);
	return sb_detach(&b);
}

/* The weekend of the ISO week of day z: "YYYY-Www-WE". */
static char *weekend_value(long z)
{
	char *w = fmt_week(z), *v = fmtf("%s-WE", w);
	free(w);
	return v;
}

/* What vsnprintf would write into buf (room for n bytes) for the formats
 * the values use most: text, %s, and %d or %02d to %04d of a number from 0
 * to 9999. Returns the length, or -1 for anything else (ap is then spent
 * in part). */
static int fmt_simple(char *buf, size_t n, const char *fmt, va_list ap)
{
	size_t o = 0;
	for (const char *f = fmt; *f; f++) {
		if (o + 8 >= n)
			return -1;
		if (*f != '%') {
			buf[o++] = *f;
			continue;
		}
		f++;
		if (*f == 's') {
			const char *a = va_arg(ap, const char *);
			size_t l = strlen(a);
			if (o + l + 8 >= n)
				return -1;
			memcpy(buf + o, a, l);
			o += l;
			continue;
		}
		int width = 1;
		if (f[0] == '0' && f[1] >= '2' && f[1] <= '4') {
			width = f[1] - '0';
			f += 2;
		}
		if (*f != 'd')
			return -1;
		int v = va_arg(ap, int);
		if (v < 0 || v > 9999)
			return -1;
		int digits = v >= 1000 ? 4 : v >= 100 ? 3 : v >= 10 ? 2 : 1;
		if (digits < width)
			digits = width;
		for (int k = digits - 1; k >= 0; k--, v /= 10)
			buf[o + (size_t)k] = (char)('0' + v % 10);
		o += (size_t)digits;
	}
	buf[o] = '\0';
	return (int)o;
}

/* A value is short: printed once into a buffer on the stack, then copied
 * (sb_addf would print twice, once to measure); the usual formats without
 * a trip through printf (fmt_simple). */
static char *fmtf(const char *fmt, ...)
{
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	int n = fmt_simple(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0) {
		va_start(ap, fmt);
		n = vsnprintf(buf, sizeof buf, fmt, ap);
		va_end(ap);
	}
	if (n >= 0 && (size_t)n < sizeof buf)
		return xstrndup(buf, (size_t)n);
	struct sb b = SB_INIT;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	return sb_detach(&b);
}

/* ---- token questions ---- */

static inline const struct hl_tok *T(const struct hl_ctx *c, size_t i)
{
	return i < c->ntok ? &c->tok[i] : NULL;
}

HL_INLINE enum hl_dw dw(const struct hl_ctx *c, size_t i, int *num)
{
	const struct hl_tok *t = T(c, i);
	if (!t || (t->f & TF_USED) || !(t->xf & LX_DATE))
		return DW_NONE;
	if (num)
		*num = t->dnum;
	return (enum hl_dw)t->dw;
}

HL_INLINE int tok_is_n(const struct hl_ctx *c, size_t i, const char *w, size_t n)
{
	const struct hl_tok *t = T(c, i);
	return t && hl_text_is(c->text + t->s, t->e - t->s, c->text + c->len, w, n);
}
/* w is a lower-case literal: its length is known at compile time */
#define tok_is(c, i, w) tok_is_n((c), (i), "" w, sizeof(w) - 1)

/* A lower-case literal in a table, with its length: a token of another
 * length is passed over without reading the literal. */
struct lit {
	const char *s;
	size_t n;
};
#define LIT(w) { "" w, sizeof(w) - 1 }
#define NO_LIT { NULL, 0 }
#define tok_is_lit(c, i, l) tok_is_n((c), (i), (l).s, (l).n)

static int tok_punct(const struct hl_ctx *c, size_t i, char ch)
{
	const struct hl_tok *t = T(c, i);
	return t && t->kind == TK_PUNCT && t->c0 == ch;
}

/* The number of a digits-only token, or -1. */
static long tok_num(const struct hl_ctx *c, size_t i, size_t *ndig)
{
	const struct hl_tok *t = T(c, i);
	if (!t || t->kind != TK_NUM || (t->f & TF_USED))
		return -1;
	long v = 0;
	size_t k;
	for (k = t->s; k < t->e && c->text[k] >= '0' && c->text[k] <= '9'; k++)
		if (v < 100000)
			v = v * 10 + (c->text[k] - '0');
	if (ndig)
		*ndig = k - t->s;
	return k == t->e ? v : -1;
}

/* "3", "3rd", "21st": a day of the month. */
static int tok_daynum(const struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = T(c, i);
	if (!t || t->kind != TK_NUM || (t->f & TF_USED))
		return 0;
	long v = 0;
	size_t k = t->s;
	for (; k < t->e && c->text[k] >= '0' && c->text[k] <= '9'; k++)
		if (v < 100)   /* more than two digits is no day; a long run must not overflow */
			v = v * 10 + (c->text[k] - '0');
	if (k - t->s > 2 || v < 1 || v > 31)
		return 0;
	if (k < t->e) {
		const char *sfx = c->text + k;
		size_t n = t->e - k;
		if (n != 2 || !(ascii_ncasecmp(sfx, "st", 2) == 0 || ascii_ncasecmp(sfx, "nd", 2) == 0 ||
				ascii_ncasecmp(sfx, "rd", 2) == 0 || ascii_ncasecmp(sfx, "th", 2) == 0))
			return 0;
	}
	return (int)v;
}

static int tok_year(const struct hl_ctx *c, size_t i)
{
	size_t nd;
	long v = tok_num(c, i, &nd);
	return nd == 4 && v >= 1000 && v <= 2099 ? (int)v : 0;
}

/* A month name: capitalised, and "May"/"March" only with a number or a
 * date word beside them (they are also a verb). */
static int tok_month(const struct hl_ctx *c, size_t i)
{
	int num;
	if (dw(c, i, &num) != DW_MONTH)
		return 0;
	const struct hl_tok *t = T(c, i);
	if (!(t->f & (TF_CAP | TF_ALLCAP)))
		return 0;
	size_t n = t->e - t->s;
	if (n == 3 && !(t->f & TF_DOT) && ascii_ncasecmp(c->text + t->s, "may", 3) != 0 &&
	    !tok_daynum(c, i + 1) && !tok_year(c, i + 1))
		return 0;  /* "Mar", "Jan" without a period or a number */
	/* "Black September": the end of a name WordNet knows, no month */
	if (i > 0 && (T(c, i - 1)->f & TF_CAP) && T(c, i - 1)->kind == TK_WORD &&
	    (T(c, i - 1)->f & TF_SPACE) && !tok_daynum(c, i + 1) && !tok_year(c, i + 1)) {
		uint32_t f;
		hl_lookup(c, hl_tok_hash(c, i - 1, i + 1), &f);
		if (f & (LX_WNOTHER | LX_WNPERSON | LX_WNPLACE))
			return 0;
	}
	if (num == 5 || num == 3) {
		int ok = tok_daynum(c, i + 1) || tok_year(c, i + 1) ||
			 (i > 0 && (dw(c, i - 1, NULL) == DW_REL || dw(c, i - 1, NULL) == DW_EDGE ||
				    tok_is(c, i - 1, "in") || tok_is(c, i - 1, "since") ||
				    tok_is(c, i - 1, "until") || tok_is(c, i - 1, "of") ||
				    tok_is(c, i - 1, "during") || tok_is(c, i - 1, "through") ||
				    tok_is(c, i - 1, "by") || tok_is(c, i - 1, "mid") ||
				    tok_is(c, i - 1, "before") || tok_is(c, i - 1, "after")));
		if (!ok)
			return 0;
	}
	return num;
}

static int tok_weekday(const struct hl_ctx *c, size_t i)
{
	int num;
	if (dw(c, i, &num) != DW_WEEKDAY || !(T(c, i)->f & (TF_CAP | TF_ALLCAP)))
		return 0;
	return num;
}

/* ---- the grammar ---- */

/* The quarter the text reports on, a year moved by rel: "YYYY-QN", or
 * NULL when the text named none (see hl_dates). */
static char *reported_quarter(const struct hl_ctx *c, int year, int rel)
{
	if (!c->qnum)
		return NULL;
	return fmtf("%04d-Q%d", (year ? year : c->qyear) + rel, c->qnum);
}

struct dmatch {
	size_t j;        /* first token after the match */
	char *value;
};

static int has_date(const struct hl_ctx *c)
{
	return c->year > 0;
}

static long doc_day(const struct hl_ctx *c)
{
	return days_from_civil(c->year, c->month, c->day);
}

static int sentence_end(const struct hl_ctx *c, size_t k)
{
	const struct hl_tok *t = &c->tok[k];
	return t->kind == TK_PUNCT && (t->c0 == '.' || t->c0 == '!' || t->c0 == '?' || t->c0 == ';');
}

/* What a word says of the time of its sentence: +1 the future ("will",
 * "plans to", "until"), -1 the past ("was", "had", a verb in "-ed"), 0
 * nothing. */
static int tense_word(const struct hl_ctx *c, size_t k, int before)
{
	const struct hl_tok *t = &c->tok[k];
	if (t->kind != TK_WORD)
		return 0;
	if (tok_is(c, k, "will") || tok_is(c, k, "shall") || tok_is(c, k, "upcoming") ||
	    tok_is(c, k, "next") || tok_is(c, k, "until") || tok_is(c, k, "tomorrow") ||
	    tok_is(c, k, "scheduled") || tok_is(c, k, "due") || tok_is(c, k, "ll") ||
	    tok_is(c, k, "expected") ||
	    tok_is(c, k, "payable") || tok_is(c, k, "effective") ||
	    /* "from today through Sept. 30" */
	    (before && (tok_is(c, k, "through") || tok_is(c, k, "to")) && k > 0 &&
	     (tok_is(c, k - 1, "today") || tok_is(c, k - 1, "now"))) ||
	    ((tok_is(c, k, "early") || tok_is(c, k, "soon")) && tok_is(c, k + 1, "as") && k > 0 &&
	     tok_is(c, k - 1, "as")) ||
	    /* "planned to leave on Thursday": the plan's time is to come, the
	     * planning's ("On Friday, they planned to pay") is not */
	    (before && (tok_is(c, k, "planned") || tok_is(c, k, "intended") ||
			tok_is(c, k, "hoped")) && tok_is(c, k + 1, "to")) ||
	    ((tok_is(c, k, "plan") || tok_is(c, k, "plans") || tok_is(c, k, "planning") ||
	      tok_is(c, k, "going") || tok_is(c, k, "hopes") || tok_is(c, k, "intends")) &&
	     tok_is(c, k + 1, "to")) ||
	    (tok_is(c, k, "set") && (tok_is(c, k + 1, "to") || tok_is(c, k + 1, "for"))))
		return 1;
	if (tok_is(c, k, "was") || tok_is(c, k, "were") || tok_is(c, k, "had") ||
	    tok_is(c, k, "did") || tok_is(c, k, "ago") || tok_is(c, k, "yesterday") ||
	    tok_is(c, k, "last"))
		return -1;
	size_t n = t->e - t->s;
	const char *p = c->text + t->s;
	/* "ended", "closed": a past verb; but not "need", "speed", "red", nor
	 * "expected"/"planned", which the rules above read */
	if ((t->f & TF_LOWER) && n >= 5 && p[n - 2] == 'e' && p[n - 1] == 'd' && p[n - 3] != 'e' &&
	    !(k > 0 && tok_is(c, k - 1, "be")))  /* "will be named": a passive, no tense */
		return -1;
	return 0;
}

/* The tense of the sentence around the date at [i, j): the nearest word
 * that says one, before or after it, within the sentence. */
static int tense_at(const struct hl_ctx *c, size_t i, size_t j)
{
	int back = 1, fwd = 1;
	for (size_t d = 1; d <= 20 && (back || fwd); d++) {
		if (back) {
			if (d > i || sentence_end(c, i - d)) {
				back = 0;
			} else {
				int v = tense_word(c, i - d, 1);
				if (v)
					return v;
			}
		}
		if (fwd) {
			size_t k = j + d - 1;
			if (k >= c->ntok || sentence_end(c, k)) {
				fwd = 0;
			} else {
				int v = tense_word(c, k, 0);
				if (v)
					return v;
			}
		}
	}
	return 0;
}

/* A weekday in the week the tense says: the coming one in the future,
 * else the last one (today when it is that day). */
static char *weekday_value(const struct hl_ctx *c, size_t i, size_t j, int wd)
{
	if (!has_date(c))
		return fmtf("XXXX-WXX-%d", wd);
	long z = doc_day(c);
	int cur = weekday_of(z);
	long d;
	if (tense_at(c, i, j) > 0)
		d = z + ((wd - cur + 7) % 7);
	else
		d = z - ((cur - wd + 7) % 7);
	return fmt_day(d);
}

/* The year of month m said without one: the next such month in a
 * sentence about the future, the last in one about the past, else the
 * nearest ("December 3" in a January article is last December). */
static int month_year(const struct hl_ctx *c, int m, int tense)
{
	int y = c->year;
	if (tense > 0)
		return m < c->month ? y + 1 : y;
	if (tense < 0)
		return m > c->month ? y - 1 : y;
	if (m - c->month > 6)
		y--;
	else if (c->month - m > 6)
		y++;
	return y;
}

/* Is y two years or more from the document's year? */
static int far_year(const struct hl_ctx *c, int y)
{
	return y - c->year >= 2 || c->year - y >= 2;
}

/* The year a text about another time is talking about: the last year it
 * named, if far_year(), in a text that has named such years at least
 * twice and more than twice as often as years near its own ("In 1943 ...
 * In 1944 ... on 6 June", in a post of 2013); 0 in a text about its own
 * time, as news is even when it looks back. */
static int narrative_year(const struct hl_ctx *c)
{
	return c->ayear && far_year(c, c->ayear) && c->far_years >= 2 &&
	       c->far_years > 2 * c->near_years ? c->ayear : 0;
}

/* A day and month without a year at token i: the year the text talks
 * about when it named one in the last few sentences ("In 1944 the Allies
 * landed. On 6 June ..."), else by the tense and the document date (as
 * for a month alone, d 0). */
static char *md_value(const struct hl_ctx *c, size_t i, int y, int m, int d, int tense)
{
	if (!y && has_date(c)) {
		int ny = d && c->tok[i].s - c->ayear_at < 300 ? narrative_year(c) : 0;
		y = ny ? ny : month_year(c, m, tense);
	}
	return fmt_ymd(y, m, d);
}

/* Time of day at i: "10:35 a.m.", "5 p.m.", "noon" [+ zone]. */
static size_t time_at(const struct hl_ctx *c, size_t i, char hhmm[8])
{
	const struct hl_tok *t = T(c, i);
	if (!t || (t->f & TF_USED))
		return 0;
	int num;
	if (dw(c, i, &num) == DW_PART && (num == 5 || num == 6)) {
		strcpy(hhmm, num == 5 ? "12:00" : "24:00");
		return i + 1;
	}
	if (t->kind != TK_NUM)
		return 0;
	int h = 0, m = 0;
	const char *p = c->text + t->s, *e = c->text + t->e;
	/* held at 1000 (too big either way): a long run of digits must not overflow */
	while (p < e && *p >= '0' && *p <= '9')
		h = h < 1000 ? h * 10 + (*p++ - '0') : (p++, 1000);
	if (p < e && *p == ':') {
		p++;
		while (p < e && *p >= '0' && *p <= '9')
			m = m < 1000 ? m * 10 + (*p++ - '0') : (p++, 1000);
	}
	if (p != e || h > 24 || m > 59)
		return 0;
	size_t j = i + 1;
	const struct hl_tok *u = T(c, j);
	/* "a.m." is one acronym token "a.m" */
	if (u && u->kind == TK_WORD && (tok_is(c, j, "a.m") || tok_is(c, j, "p.m") ||
					tok_is(c, j, "am") || tok_is(c, j, "pm"))) {
		if (c->text[u->s] == 'p' || c->text[u->s] == 'P')
			h = h % 12 + 12;
		else
			h %= 12;
		j++;
	} else if (!memchr(c->text + t->s, ':', t->e - t->s)) {
		return 0;  /* a bare number is not a time */
	}
	static const char *const zones[] = { "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
					     "pdt", "gmt", "utc", "bst", "cet" };
	for (size_t k = 0; k < sizeof zones / sizeof *zones; k++)
		if (tok_is_n(c, j, zones[k], 3)) {
			j++;
			break;
		}
	snprintf(hhmm, 8, "%02d:%02d", h % 100, m % 100);
	return j;
}

/* A year said in words, as in broadcast transcripts: "nineteen
 * ninety-six", "nineteen eighty". Returns the tokens it takes (0: none). */
static size_t spoken_year_at(const struct hl_ctx *c, size_t i, int *year)
{
	int cent;
	if (tok_is(c, i, "nineteen"))
		cent = 1900;
	else if (tok_is(c, i, "eighteen"))
		cent = 1800;
	else
		return 0;
	static const char *const tens[] = { "twenty", "thirty", "forty", "fifty", "sixty",
					    "seventy", "eighty", "ninety" };
	static const char *const ones[] = { "one", "two", "three", "four", "five", "six",
					    "seven", "eight", "nine" };
	const struct hl_tok *t = T(c, i + 1);
	if (!t || t->kind != TK_WORD || (t->f & TF_USED))
		return 0;
	const char *p = c->text + t->s;
	size_t n = t->e - t->s;
	for (int k = 0; k < 8; k++) {
		size_t l = strlen(tens[k]);
		if (n < l || ascii_ncasecmp(p, tens[k], l) != 0)
			continue;
		int y = cent + 20 + 10 * k;
		if (n == l) {
			*year = y;
			return 2;
		}
		if (p[l] != '-')
			return 0;
		for (int m = 0; m < 9; m++)
			if (n - l - 1 == strlen(ones[m]) && ascii_ncasecmp(p + l + 1, ones[m], n - l - 1) == 0) {
				*year = y + m + 1;
				return 2;
			}
		return 0;
	}
	return 0;
}

/* A year at i, in digits or in words; returns the tokens it takes. */
static size_t year_at(const struct hl_ctx *c, size_t i, int *year)
{
	if ((*year = tok_year(c, i)) != 0)
		return 1;
	return spoken_year_at(c, i, year);
}

/* A calendar date at i: [Weekday ,] Month Day [, Year] | Day Month [Year]
 * | Month Year | Month | Weekday. */
static size_t calendar_at(const struct hl_ctx *c, size_t i, char **value)
{
	size_t j = i;
	int wd = tok_weekday(c, j);
	if (wd) {
		j++;
		if (tok_punct(c, j, ','))
			j++;
	}
	int m = tok_month(c, j), d = 0, y = 0;
	size_t k2;
	if (m) {
		j++;
		if ((d = tok_daynum(c, j)) != 0) {
			j++;
			size_t k = j;
			if (tok_punct(c, k, ','))
				k++;
			if ((y = tok_year(c, k)) != 0)
				j = k + 1;
		} else if ((k2 = year_at(c, j, &y)) != 0) {
			j += k2;
		} else if (tok_is(c, j, "of") && tok_year(c, j + 1)) {
			y = tok_year(c, j + 1);
			j += 2;
		} else {
			int rn;
			if (dw(c, j, &rn) == DW_REL && rn >= -1 && rn <= 1 && tok_is(c, j + 1, "year")) {
				/* "January this year", "June last year" */
				if (has_date(c))
					y = c->year + rn;
				j += 2;
				*value = y ? fmtf("%04d-%02d", y, m) : fmtf("XXXX-%02d", m);
				return j;
			}
		}
		*value = md_value(c, i, y, m, d, y ? 0 : tense_at(c, i, j));
		return j;
	}
	if (!wd && (d = tok_daynum(c, j)) != 0 && (m = tok_month(c, j + 1)) != 0) {
		j += 2;
		if ((y = tok_year(c, j)) != 0)
			j++;
		*value = md_value(c, i, y, m, d, y ? 0 : tense_at(c, i, j));
		return j;
	}
	if (wd) {
		*value = weekday_value(c, i, i + 1, wd);
		return i + 1;
	}
	return 0;
}

/* Decade/year words that start with a hyphenated prefix: "mid-1996", "mid-1990s". */
static size_t numeric_at(const struct hl_ctx *c, size_t i, char **value)
{
	const struct hl_tok *t = T(c, i);
	if (!t || (t->f & TF_USED))
		return 0;
	const char *p = c->text + t->s;
	size_t n = t->e - t->s;
	if (t->kind == TK_WORD && n >= 8 && ascii_ncasecmp(p, "mid-", 4) == 0 &&
	    p[4] >= '0' && p[4] <= '9') {
		p += 4;
		n -= 4;
	} else if (t->kind != TK_NUM) {
		return 0;
	}
	/* atoi and sscanf below read to a NUL, and the text given to hl_run
	 * need not have one after the token: they read a copy */
	char tok[16];
	if (n >= sizeof tok)
		return 0;
	memcpy(tok, p, n);
	tok[n] = '\0';
	p = tok;
	/* 2024-01-20, 2019-04-02 */
	if (n == 10 && p[4] == '-' && p[7] == '-') {
		int y = atoi(p), m = atoi(p + 5), d = atoi(p + 8);
		if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
			*value = fmtf("%04d-%02d-%02d", y, m, d);
			return i + 1;
		}
		return 0;
	}
	/* 1/20/2024, 01/20/24 (month first, as in American news) */
	if (n >= 6 && n <= 10 && memchr(p, '/', n)) {
		int a = 0, b = 0, y = 0, k = 0;
		if (sscanf(p, "%d/%d/%d%n", &a, &b, &y, &k) == 3 && (size_t)k == n && a >= 1 &&
		    a <= 12 && b >= 1 && b <= 31) {
			if (y < 100)
				y += y < 50 ? 2000 : 1900;
			*value = fmtf("%04d-%02d-%02d", y, a, b);
			return i + 1;
		}
		return 0;
	}
	/* 1990s */
	if (n == 5 && (p[4] == 's') && p[0] >= '1' && p[0] <= '2') {
		*value = fmtf("%.3s", p);
		return i + 1;
	}
	/* 20th century */
	if (n >= 3 && n <= 4 && dw(c, i + 1, NULL) == DW_UNIT && tok_is(c, i + 1, "century")) {
		int v = atoi(p);
		if (v >= 1 && v <= 21) {
			*value = fmtf("%02d", v - 1);
			return i + 2;
		}
	}
	if (n == 4 && !memchr(p, ',', n)) {
		int y = atoi(p);
		if (y < 1000 || y > 2099 || !(p[0] >= '0' && p[0] <= '9') || !(p[3] >= '0' && p[3] <= '9'))
			return 0;
		/* "1990 people": a count, not a year; but "the 1995 shooting", "that
		 * 1978 resolution", "Kopp's 1987 car": a year before its noun */
		const struct hl_tok *u = T(c, i + 1);
		int det = y >= 1900 && i > 0 &&
			  (tok_is(c, i - 1, "the") || tok_is(c, i - 1, "that") || tok_is(c, i - 1, "this") ||
			   tok_is(c, i - 1, "his") || tok_is(c, i - 1, "her") || tok_is(c, i - 1, "its") ||
			   tok_is(c, i - 1, "their") || tok_is(c, i - 1, "our") || tok_is(c, i - 1, "whose") ||
			   (i > 1 && tok_is(c, i - 1, "s") && tok_punct(c, i - 2, '\'')) ||
			   /* "his unsuccessful 1996 campaign" */
			   (i > 1 && (c->tok[i - 1].f & TF_LOWER) && c->tok[i - 1].kind == TK_WORD &&
			    (tok_is(c, i - 2, "the") || tok_is(c, i - 2, "his") || tok_is(c, i - 2, "her") ||
			     tok_is(c, i - 2, "its") || tok_is(c, i - 2, "their") || tok_is(c, i - 2, "a") ||
			     tok_is(c, i - 2, "an"))));
		if (!det && u && u->kind == TK_WORD && (u->f & TF_LOWER) && !(u->xf & LX_DATE) &&
		    !(u->xf & LX_SAID) && !tok_is(c, i + 1, "and") &&
		    !tok_is(c, i + 1, "to") && !tok_is(c, i + 1, "when") && !tok_is(c, i + 1, "as") &&
		    !tok_is(c, i + 1, "in") && !tok_is(c, i + 1, "after") && !tok_is(c, i + 1, "before") &&
		    !tok_is(c, i + 1, "the") && !tok_is(c, i + 1, "with") && !tok_is(c, i + 1, "for") &&
		    !tok_is(c, i + 1, "by") && !tok_is(c, i + 1, "from") && !tok_is(c, i + 1, "was") &&
		    !tok_is(c, i + 1, "is") && !tok_is(c, i + 1, "he") && !tok_is(c, i + 1, "she") &&
		    !tok_is(c, i + 1, "they") && !tok_is(c, i + 1, "it") && !tok_is(c, i + 1, "at") &&
		    !tok_is(c, i + 1, "on") && !tok_is(c, i + 1, "but") && !tok_is(c, i + 1, "or") &&
		    !tok_is(c, i + 1, "that") && !tok_is(c, i + 1, "of"))
			return 0;
		if (u && u->kind == TK_PUNCT && (u->c0 == '%' || (u->c0 == '-' && !tok_year(c, i + 2))))
			return 0;  /* "1990-strong", but "(1953 -1961)" is a range of years */
		if (i > 0 && c->tok[i - 1].kind == TK_PUNCT &&
		    (c->tok[i - 1].c0 == '$' || c->tok[i - 1].c0 == '#'))
			return 0;
		/* "Falcon 2000", "Windows 2000": a number after a name is part of it */
		const struct hl_tok *b = i > 0 ? &c->tok[i - 1] : NULL;
		if (b && b->kind == TK_WORD && (b->f & TF_CAP) && !(b->f & (TF_SENT | TF_HEAD | TF_ALLCAP)) &&
		    !(b->xf & (LX_DATE | LX_COUNTRY | LX_SUBDIV | LX_BIGCITY)) &&
		    b->e == c->tok[i].s - 1)
			return 0;
		*value = fmtf("%04d", y);
		return i + 1;
	}
	return 0;
}

/* [the] [early|late|mid] decade/year/quarter phrases and "rel unit". */
static char *rel_value(const struct hl_ctx *c, int rn, int unit)
{
	if (rn < -1 || rn > 1)
		rn = 0;
	if (!has_date(c)) {
		switch (unit) {
		case 1: return xstrdup("XXXX-XX-XX");
		case 2: return xstrdup("XXXX-WXX");
		case 8: return xstrdup("XXXX-WXX-WE");
		case 3: return xstrdup("XXXX-XX");
		case 5: return xstrdup("XXXX-QX");
		default: return xstrdup("XXXX");
		}
	}
	long z = doc_day(c);
	switch (unit) {
	case 1: return fmt_day(z + rn);
	case 2: return fmt_week(z + 7L * rn);
	case 8: return weekend_value(z + 7L * rn);
	case 3: {
		int y = c->year, m = c->month + rn;
		if (m < 1) { m += 12; y--; }
		if (m > 12) { m -= 12; y++; }
		return fmtf("%04d-%02d", y, m);
	}
	case 5: {
		int q = (c->month - 1) / 3 + rn, y = c->year;
		if (q < 0) { q += 4; y--; }
		if (q > 3) { q -= 4; y++; }
		return fmtf("%04d-Q%d", y, q + 1);
	}
	case 6: return fmtf("%03d", (c->year + 10 * rn) / 10);
	case 7: return fmtf("%02d", (c->year + 100 * rn) / 100);
	default: return fmtf("%04d", c->year + rn);
	}
}

/* "past years", "coming months": a plural unit after a word of past or
 * future (rn, at i) says only which side of now; NULL when not that. */
static char *vague_plural(const struct hl_ctx *c, size_t i, int rn)
{
	const struct hl_tok *u = T(c, i + 1);
	if (!u || (rn != -1 && rn != 1) || c->text[u->e - 1] != 's' || tok_is(c, i, "last") ||
	    tok_is(c, i, "next") || tok_is(c, i, "previous"))
		return NULL;  /* "the last months of the war" name a time the text gives */
	return xstrdup(rn < 0 ? "PAST_REF" : "FUTURE_REF");
}

static char *ago_value(const struct hl_ctx *c, int n, int unit, int sign)
{
	if (!has_date(c) || n <= 0)
		return xstrdup(sign < 0 ? "PAST_REF" : "FUTURE_REF");
	long z = doc_day(c);
	int y = c->year, m = c->month, d = c->day;
	switch (unit) {
	case 1: return fmt_day(z + (long)sign * n);
	case 2: return fmt_week(z + 7L * sign * n);
	case 3: {
		int mm = (y * 12 + m - 1) + sign * n;
		return fmtf("%04d-%02d", mm / 12, mm % 12 + 1);
	}
	case 4: {
		/* "net rose from $2 million a year ago": in a text that reports
		 * on a quarter, that quarter a year before */
		char *q = n == 1 && sign < 0 ? reported_quarter(c, 0, -1) : NULL;
		return q ? q : fmtf("%04d", y + sign * n);
	}
	default:
		(void)d;
		return xstrdup(sign < 0 ? "PAST_REF" : "FUTURE_REF");
	}
}

/* "today's youth", "the people of tomorrow": our times, not a day. */
static int generic_today(const struct hl_ctx *c, size_t i)
{
	static const struct lit nouns[] = { LIT("world"), LIT("youth"), LIT("society"), LIT("generation"),
					    LIT("culture"), LIT("children"), LIT("kids"), LIT("teenagers"),
					    LIT("families"), LIT("standards") };
	if (tok_is(c, i, "tomorrow") && i > 1 && tok_is(c, i - 1, "of"))
		/* but "the morning of tomorrow" */
		return c->tok[i - 2].kind == TK_WORD && dw(c, i - 2, NULL) == DW_NONE;
	if (!tok_is(c, i, "today") || !tok_punct(c, i + 1, '\'') || !tok_is(c, i + 2, "s"))
		return 0;
	for (size_t n = 0; n < sizeof nouns / sizeof *nouns; n++)
		if (tok_is_lit(c, i + 3, nouns[n]))
			return 1;
	return 0;
}

/* Where the unit goes after a number word at i: past "few", "couple" or
 * "couple of" ("a few days ago", "a couple of weeks ago"), or i + 1. */
static size_t after_numword(const struct hl_ctx *c, size_t i)
{
	size_t j = i + 1;
	if (tok_is(c, j, "few") || tok_is(c, j, "couple")) {
		j++;
		if (tok_is(c, j, "of"))
			j++;
	}
	return j;
}

/* "years ago", "days or so earlier": a unit at j (*unit) and the word
 * that counts from it (*sign). Returns the token after them, or 0. */
static size_t unit_ago_at(const struct hl_ctx *c, size_t j, int *unit, int *sign)
{
	if (dw(c, j, unit) != DW_UNIT || *unit == 11 || *unit == 12)
		return 0;
	j++;
	if (tok_is(c, j, "or") && tok_is(c, j + 1, "so"))
		j += 2;
	if (dw(c, j, sign) != DW_AGO)
		return 0;
	return j + 1;
}

/* Relative expressions at i. */
static size_t relative_at(const struct hl_ctx *c, size_t i, char **value)
{
	int num, n2;
	enum hl_dw d = dw(c, i, &num);
	switch (d) {
	case DW_DEICTIC: {
		size_t j = i + 1;
		int pn;
		if (generic_today(c, i))
			return 0;
		if (dw(c, j, &pn) == DW_PART && pn <= 4)
			j++;  /* "yesterday morning" */
		if (has_date(c))
			*value = fmt_day(doc_day(c) + num);
		else
			*value = xstrdup(num < 0 ? "PAST_REF" : num > 0 ? "FUTURE_REF" : "PRESENT_REF");
		return j;
	}
	case DW_NOW:
		*value = xstrdup("PRESENT_REF");
		return i + 1;
	case DW_VAGUE:
		/* "recently", "future", but "recent" only with a unit of time */
		/* "previously" says "before that", seldom a time of its own */
		if (tok_is(c, i, "recently")) {
			*value = xstrdup("PAST_REF");
			return i + 1;
		}
		if (tok_is(c, i, "recent") && dw(c, i + 1, &n2) == DW_UNIT && n2 != 9 && n2 != 10) {
			*value = xstrdup("PAST_REF");
			return i + 2;
		}
		/* "future demand": the adjective says when */
		if (tok_is(c, i, "future") && (T(c, i)->f & TF_LOWER)) {
			*value = xstrdup("FUTURE_REF");
			return i + 1;
		}
		return 0;
	case DW_REL:
		if (num > 1)
			break;
		if (dw(c, i + 1, &n2) == DW_UNIT && n2 != 9 && n2 != 10 && n2 != 11 && n2 != 12) {
			const struct hl_tok *u = T(c, i + 1);
			/* "past years" is vague; "last year" is one; "this quarter"
			 * is the one the text reports on */
			*value = n2 == 5 && num == 0 ? reported_quarter(c, 0, 0) : vague_plural(c, i, num);
			if (!*value)
				*value = rel_value(c, num, n2);
			(void)u;
			return i + 2;
		}
		if ((n2 = tok_weekday(c, i + 1)) != 0) {
			if (has_date(c)) {
				long z = doc_day(c);
				int cur = weekday_of(z);
				long dd = num < 0 ? z - ((cur - n2 + 7) % 7 ? (cur - n2 + 7) % 7 : 7)
					: num > 0 ? z + ((n2 - cur + 7) % 7 ? (n2 - cur + 7) % 7 : 7) + 0
					: z + (n2 - cur);
				*value = fmt_day(dd);
			} else {
				*value = fmtf("XXXX-WXX-%d", n2);
			}
			return i + 2;
		}
		if ((n2 = tok_month(c, i + 1)) != 0) {
			int y = has_date(c) ? c->year + (num < 0 && n2 >= c->month ? -1 : 0) +
						(num > 0 && n2 <= c->month ? 1 : 0) : 0;
			int day = tok_daynum(c, i + 2);  /* "last Sept. 14" */
			*value = day ? fmt_ymd(y, n2, day) : y ? fmtf("%04d-%02d", y, n2) : fmtf("XXXX-%02d", n2);
			return i + 2 + (day != 0);
		}
		if (dw(c, i + 1, &n2) == DW_SEASON) {
			static const char *const s[] = { "", "SP", "SU", "FA", "WI" };
			*value = has_date(c) ? fmtf("%04d-%s", c->year + (num < 0 ? -1 : num), s[n2])
					     : fmtf("XXXX-%s", s[n2]);
			return i + 2;
		}
		return 0;
	case DW_NUMWORD:
	case DW_NONE: {
		/* N units ago/earlier/later: "two years ago", "a year earlier", "11 days ago" */
		size_t j = i;
		long n = -1;
		if (d == DW_NUMWORD) {
			j = after_numword(c, i);
			n = j == i + 1 ? num : 0;
		} else if ((n = tok_num(c, i, NULL)) >= 0 && n < 10000) {
			j++;
		} else {
			return 0;
		}
		int unit, sign;
		size_t k = unit_ago_at(c, j, &unit, &sign);
		if (!k)
			return 0;
		/* "29 years earlier": counted from the year the text talks about;
		 * "ago" counts from the document's */
		if (unit == 4 && n > 1 && (sign == -2 || sign == 2) && narrative_year(c))
			*value = fmtf("%04d", narrative_year(c) + (sign < 0 ? -(int)n : (int)n));
		else
			*value = ago_value(c, (int)n, unit, sign < 0 ? -1 : 1);
		return k;
	}
	default:
		break;
	}
	return 0;
}

/* "first-quarter" .. "fourth-quarter": a quarter in one word. */
static const struct lit quarter_words[] = { LIT("first-quarter"), LIT("second-quarter"),
					    LIT("third-quarter"), LIT("fourth-quarter") };

/* Quarters and phrases that take "the": "the third quarter", "third-quarter",
 * "the 1990s", "the late 1970s", "the nineties", "the future", "the past". */
static size_t the_phrase_at(const struct hl_ctx *c, size_t i, char **value)
{
	size_t j = i;
	int has_the = tok_is(c, j, "the");
	if (has_the)
		j++;
	int num;
	/* "the third quarter", "the fourth-quarter" */
	const struct hl_tok *t = T(c, j);
	if (!t || (t->f & TF_USED))
		return 0;
	if (dw(c, j, &num) == DW_ORDINAL && tok_is(c, j + 1, "quarter")) {
		*value = has_date(c) ? fmtf("%04d-Q%d", c->year, num) : fmtf("XXXX-Q%d", num);
		return j + 2;
	}
	if (t->kind == TK_WORD && t->e - t->s >= 8) {
		for (int k = 0; k < 4; k++)
			if (tok_is_lit(c, j, quarter_words[k])) {
				if (has_the)
					return 0;  /* "the third-quarter growth": "the" is the noun's */
				*value = has_date(c) ? fmtf("%04d-Q%d", c->year, k + 1)
						     : fmtf("XXXX-Q%d", k + 1);
				return j + 1;
			}
		if (tok_is(c, j, "year-end") || tok_is(c, j, "year-ago") ||
		    tok_is(c, j, "year-earlier")) {
			if (has_the && !tok_is(c, j, "year-end"))
				return 0;  /* "the year-ago results": an adjective; the noun takes "the" */
			*value = has_date(c) ? fmtf("%04d", c->year - (tok_is(c, j, "year-end") ? 0 : 1))
					     : xstrdup("XXXX");
			size_t k = j + 1;
			if (tok_is(c, k, "quarter") || tok_is(c, k, "period"))
				k++;
			return k;
		}
	}
	if (!has_the)
		return 0;
	/* "the year-earlier quarter" handled above; "the quarter" alone is too vague */
	int edge = 0;
	if (dw(c, j, &edge) == DW_EDGE && (tok_is(c, j, "early") || tok_is(c, j, "late") ||
					   tok_is(c, j, "mid")))
		j++;
	else
		edge = 0;
	char *v = NULL;
	size_t k = numeric_at(c, j, &v);
	if (k && v && (strlen(v) == 3 || strlen(v) == 2)) {  /* a decade, a century */
		*value = v;
		return k;
	}
	free(v);
	if (dw(c, j, &num) == DW_DECADEWORD) {
		*value = fmtf("19%d", num);
		return j + 1;
	}
	if (edge)
		return 0;
	if (tok_is(c, j, "future") || (tok_is(c, j, "near") && tok_is(c, j + 1, "future"))) {
		*value = xstrdup("FUTURE_REF");
		return tok_is(c, j, "near") ? j + 2 : j + 1;
	}
	if (tok_is(c, j, "past") && !(dw(c, j + 1, NULL) != DW_NONE) &&
	    i > 0 && tok_is(c, i - 1, "in")) {
		*value = xstrdup("PAST_REF");
		return j + 1;
	}
	if (tok_is(c, j, "year") && tok_is(c, j + 1, "two") && tok_is(c, j + 2, "thousand")) {
		*value = xstrdup("2000");
		return j + 3;
	}
	if (tok_is(c, j, "weekend")) {
		/* the coming weekend in a sentence about the future, else the last
		 * one (this one on a Saturday or a Sunday) */
		if (has_date(c)) {
			long z = doc_day(c);
			if (tense_at(c, i, j + 1) <= 0 && weekday_of(z) < 6)
				z -= 7;
			*value = weekend_value(z);
		} else {
			*value = xstrdup("XXXX-WXX-WE");
		}
		return j + 1;
	}
	/* "the past year", "the last decade", "the coming months" */
	int rn, unit;
	if (dw(c, j, &rn) == DW_REL && rn <= 2 && dw(c, j + 1, &unit) == DW_UNIT && unit != 9 &&
	    unit != 10 && unit != 11 && !(rn == 2 && unit > 4)) {
		if ((*value = vague_plural(c, j, rn)) != NULL) {
			;  /* "the coming months" */
		} else if (rn == 2) {  /* "the following year": after a time the text names, not the article's */
			struct hl_ctx u = *c;
			u.year = 0;
			if (unit == 4 && c->ayear)
				*value = fmtf("%04d", c->ayear + 1);
			else
				*value = rel_value(&u, 0, unit);
		} else {
			*value = rel_value(c, rn, unit);
		}
		return j + 2;
	}
	return 0;
}

/* The day of a holiday in year y (see holiday_at for m and d). */
static long holiday_day(int y, int m, int d)
{
	if (!m) {  /* Easter Sunday: the Gregorian computus */
		int a = y % 19, b = y / 100, cc = y % 100, e = b / 4, f = b % 4, g = (b + 8) / 25;
		int h = (19 * a + b - e - (b - g + 1) / 3 + 15) % 30, ii = cc / 4, k = cc % 4;
		int l = (32 + 2 * f + 2 * ii - h - k) % 7, mm = (a + 11 * h + 22 * l) / 451;
		int mon = (h + l - 7 * mm + 114) / 31, day = (h + l - 7 * mm + 114) % 31 + 1;
		return days_from_civil(y, mon, day);
	}
	if (d > 0)
		return days_from_civil(y, m, d);
	int nth = -d / 10, wd = -d % 10;
	long first = days_from_civil(y, m, 1);
	long z = first + (wd - weekday_of(first) + 7) % 7 + 7L * (nth - 1);
	int yy, mo, dd;
	civil_from_days(z, &yy, &mo, &dd);
	return mo == m ? z : z - 7;  /* "the 5th": the last */
}

/* A holiday's date in the year the tense says: the next one in the
 * future, the last one in the past, else the nearest. */
static char *holiday_value(const struct hl_ctx *c, int m, int d, int tense)
{
	if (!has_date(c))
		return m && d > 0 ? fmt_ymd(0, m, d) : xstrdup("XXXX-XX-XX");
	long z = doc_day(c), best = 0;
	for (int y = c->year - 1; y <= c->year + 1; y++) {
		long h = holiday_day(y, m, d);
		if ((tense > 0 && h < z) || (tense < 0 && h > z))
			continue;
		if (!best || labs(h - z) < labs(best - z))
			best = h;
	}
	return fmt_day(best);
}

/* Holidays written with capitals. */
static size_t holiday_at(const struct hl_ctx *c, size_t i, char **value)
{
	static const struct {
		struct lit a, b;  /* b.s NULL: one word */
		int poss;         /* then "'s Day" ("Valentine's Day"; "New Year's" also "Eve", 31 December) */
		int m, d;
	} hol[] = {
		/* d < 0: the -d/10'th weekday -d%10 of the month (5th: the last);
		 * m 0: Easter Sunday */
		{ LIT("christmas"), LIT("day"), 0, 12, 25 }, { LIT("christmas"), LIT("eve"), 0, 12, 24 },
		{ LIT("christmas"), NO_LIT, 0, 12, 25 }, { LIT("thanksgiving"), LIT("day"), 0, 11, -44 },
		{ LIT("thanksgiving"), NO_LIT, 0, 11, -44 }, { LIT("halloween"), NO_LIT, 0, 10, 31 },
		{ LIT("easter"), LIT("sunday"), 0, 0, 0 }, { LIT("easter"), NO_LIT, 0, 0, 0 },
		{ LIT("independence"), LIT("day"), 0, 7, 4 }, { LIT("labor"), LIT("day"), 0, 9, -11 },
		{ LIT("memorial"), LIT("day"), 0, 5, -51 }, { LIT("valentine"), NO_LIT, 1, 2, 14 },
		{ LIT("new"), LIT("year"), 1, 1, 1 },
	};
	const struct hl_tok *t = T(c, i);
	if (!t || !(t->f & TF_CAP) || (t->f & TF_USED))
		return 0;
	for (size_t k = 0; k < sizeof hol / sizeof *hol; k++) {
		if (!tok_is_lit(c, i, hol[k].a))
			continue;
		if (hol[k].b.s && !tok_is_lit(c, i + 1, hol[k].b))
			continue;
		size_t j = i + (hol[k].b.s ? 2 : 1);
		int m = hol[k].m, d = hol[k].d;
		if (hol[k].poss) {
			size_t q = hl_possessive(c, j);
			if (q && tok_is(c, q, "day")) {
				j = q + 1;
			} else if (q && m == 1 && tok_is(c, q, "eve")) {
				j = q + 1;
				m = 12;
				d = 31;
			} else {
				return 0;
			}
		}
		*value = holiday_value(c, m, d, tense_at(c, i, j));
		return j;
	}
	return 0;
}

/* Does the sentence before i speak of months ("in the nine months, net
 * rose ... from the 1988 period")? Then a "period" is those months, not
 * the quarter the text reports on. */
static int months_before(const struct hl_ctx *c, size_t i)
{
	for (size_t k = i; k-- > 0 && !sentence_end(c, k);)
		if (tok_is(c, k, "months") || tok_is(c, k, "half"))
			return 1;
	return 0;
}

/* "fiscal-first" .. "fiscal-fourth": 1 .. 4, else 0. */
static int fiscal_ordinal(const struct hl_ctx *c, size_t i)
{
	static const struct lit w[] = { LIT("fiscal-first"), LIT("fiscal-second"), LIT("fiscal-third"),
					LIT("fiscal-fourth") };
	for (int k = 0; k < 4; k++)
		if (tok_is_lit(c, i, w[k]))
			return k + 1;
	return 0;
}

/* A period of a (company's) year: "the third quarter", "the 1988 second
 * quarter", "the year-ago period", "the latest quarter", "this year's
 * third quarter", "the corresponding period last year", "fiscal 1989",
 * "the first half". The determiner is part of it: the whole noun phrase
 * names the time when its head is the time unit. */
static size_t period_at(const struct hl_ctx *c, size_t i, char **value)
{
	size_t j = i;
	int y = 0, q = 0, rel = 0, det = 0, mods = 0, fiscal = 0, yago = 0, num;
	if (tok_is(c, j, "the")) {
		det = 1;
		j++;
	} else if (dw(c, j, &num) == DW_REL && num >= -1 && num <= 1 && tok_is(c, j + 1, "year") &&
		   tok_punct(c, j + 2, '\'') && tok_is(c, j + 3, "s")) {
		det = 2;  /* "last year's quarter" */
		rel = num;
		j += 4;
	}
	for (;;) {
		int yy;
		if (tok_is(c, j, "fiscal")) {
			fiscal = 1;
		} else if (!q && dw(c, j, &num) == DW_ORDINAL) {
			q = num;
		} else if (!q && (q = fiscal_ordinal(c, j)) != 0) {
			fiscal = 2;
		} else if (!y && (yy = tok_year(c, j)) != 0) {
			y = yy;
		} else if (tok_is(c, j, "year-ago") || tok_is(c, j, "year-earlier")) {
			rel = -1;
			yago = 1;
		} else if (det == 1 && (tok_is(c, j, "latest") || tok_is(c, j, "same") ||
					tok_is(c, j, "comparable") || tok_is(c, j, "corresponding") ||
					tok_is(c, j, "previous") || tok_is(c, j, "prior") ||
					tok_is(c, j, "current"))) {
			if (tok_is(c, j, "previous") || tok_is(c, j, "prior"))
				rel = -1;
		} else {
			break;
		}
		j++;
		mods++;
	}
	const struct hl_tok *h = T(c, j);
	if (!h || (h->f & TF_USED))
		return 0;
	int unit;
	if (tok_is(c, j, "quarter") && (det || q || y || rel))
		unit = 5;
	else if (tok_is(c, j, "half") && q && q <= 2)
		unit = 12;
	else if (tok_is(c, j, "period") && mods && (det || y))
		unit = 11;
	else if (tok_is(c, j, "year") && fiscal && det)
		unit = 4;
	else if (fiscal && y && mods == 2 && det != 2) {
		*value = fmtf("%04d", y);  /* "fiscal 1989" */
		return j;
	} else
		return 0;
	j++;
	/* "the corresponding period last year" */
	int rn;
	if (det == 1 && !y && dw(c, j, &rn) == DW_REL && rn >= -1 && rn <= 1 && tok_is(c, j + 1, "year")) {
		rel = rn;
		j += 2;
	}
	int year = y ? y : has_date(c) ? c->year + rel : 0;
	/* "the latest quarter", "the year-earlier period", "the 1988 quarter":
	 * the quarter the text reports on, that year */
	char *rq = (unit == 5 || (unit == 11 && !months_before(c, i))) && !q && !fiscal
			   ? reported_quarter(c, y, y ? 0 : rel) : NULL;
	if (rq)
		*value = rq;
	else if (unit == 5 && q)
		*value = year ? fmtf("%04d-Q%d", year, q) : fmtf("XXXX-Q%d", q);
	else if (unit == 5 && (y || yago || det == 2) && has_date(c))
		*value = fmtf("%04d-Q%d", year, (c->month - 1) / 3 + 1);  /* the same quarter that year */
	else if (unit == 5)
		*value = has_date(c) ? rel_value(c, rel, 5) : xstrdup("XXXX-QX");
	else if (unit == 12)
		*value = year ? fmtf("%04d-H%d", year, q) : fmtf("XXXX-H%d", q);
	else
		*value = year ? fmtf("%04d", year) : xstrdup("XXXX");
	return j;
}

/* "the end of November", "the middle of 1998", "the beginning of this year". */
static size_t edge_of_at(const struct hl_ctx *c, size_t i, char **value)
{
	int e;
	if (!tok_is(c, i, "the") || dw(c, i + 1, &e) != DW_EDGE || !tok_is(c, i + 2, "of") ||
	    tok_is(c, i + 1, "early") || tok_is(c, i + 1, "late") || tok_is(c, i + 1, "mid"))
		return 0;
	char *v = NULL;
	size_t j = calendar_at(c, i + 3, &v);
	if (!j)
		j = numeric_at(c, i + 3, &v);
	if (!j)
		j = relative_at(c, i + 3, &v);
	if (!j) {
		free(v);
		return 0;
	}
	*value = v;
	return j;
}

/* "nineteen ninety-six"; "these days"; "at present". */
static size_t spoken_at(const struct hl_ctx *c, size_t i, char **value)
{
	int y;
	size_t n = spoken_year_at(c, i, &y);
	if (n) {
		*value = fmtf("%04d", y);
		return i + n;
	}
	if (tok_is(c, i, "present") && i > 0 && tok_is(c, i - 1, "at") && !tok_is(c, i + 1, "of")) {
		*value = xstrdup("PRESENT_REF");  /* "at present" */
		return i + 1;
	}
	if (tok_is(c, i, "these") && tok_is(c, i + 1, "days") && !(T(c, i + 1)->f & TF_USED)) {
		*value = xstrdup("PRESENT_REF");
		return i + 2;
	}
	return 0;
}

/* The document's day with a part of it: "1998-02-06TAF". */
static char *part_value(const struct hl_ctx *c, int pn)
{
	static const char *const part[] = { "", "MO", "AF", "EV", "NI" };
	if (!has_date(c))
		return fmtf("XXXX-XX-XXT%s", part[pn]);
	char *d = fmt_day(doc_day(c)), *v = fmtf("%sT%s", d, part[pn]);
	free(d);
	return v;
}

/* One date expression at i, with its time-of-day and part-of-day extensions. */
static size_t date_at(const struct hl_ctx *c, size_t i, char **value)
{
	size_t j;
	char hhmm[8] = "";
	char *v = NULL;
	int num;
	/* a time first: "6 p.m. EST Feb. 9", "10 p.m. Wednesday", "noon Thursday" */
	size_t tj = time_at(c, i, hhmm);
	size_t start_after = tj ? tj : i;
	if (tj && tok_is(c, tj, "on"))
		start_after = tj;
	/* "early/late/mid" before a date */
	size_t e0 = start_after;
	int edge = 0;
	if (!tj && dw(c, e0, &edge) == DW_EDGE && (tok_is(c, e0, "early") || tok_is(c, e0, "late") ||
						    tok_is(c, e0, "mid")))
		e0++;
	else
		edge = 0;
	/* "earlier this year", "later this month" */
	if (!tj && !edge && (tok_is(c, e0, "earlier") || tok_is(c, e0, "later"))) {
		int rn, unit;
		if (dw(c, e0 + 1, &rn) == DW_REL && rn >= -1 && rn <= 1 && dw(c, e0 + 2, &unit) == DW_UNIT &&
		    unit != 9 && unit != 10 && unit != 11) {
			*value = rel_value(c, rn, unit);
			return e0 + 3;
		}
		if (dw(c, e0 + 1, &rn) == DW_DEICTIC) {
			*value = has_date(c) ? fmt_day(doc_day(c) + rn) : xstrdup("PAST_REF");
			return e0 + 2;
		}
		/* "later this afternoon" */
		int pn;
		if (dw(c, e0 + 1, &rn) == DW_REL && rn == 0 && dw(c, e0 + 2, &pn) == DW_PART && pn <= 4) {
			*value = part_value(c, pn);
			return e0 + 3;
		}
		/* "later that year": the year the text named */
		if (tok_is(c, e0 + 1, "that") && tok_is(c, e0 + 2, "year")) {
			*value = c->ayear ? fmtf("%04d", c->ayear) : xstrdup("XXXX");
			return e0 + 3;
		}
	}
	/* "mid-afternoon yesterday", "mid-morning Friday" */
	if (!tj && !edge && (tok_is(c, e0, "mid-morning") || tok_is(c, e0, "mid-afternoon"))) {
		size_t k = date_at(c, e0 + 1, &v);
		if (k && v && strlen(v) == 10) {
			*value = fmtf("%sT%s", v, tok_is(c, e0, "mid-morning") ? "MO" : "AF");
			free(v);
			return k;
		}
		free(v);
		v = NULL;
	}
	if ((!edge && !tj && c->tok[e0].kind == TK_WORD &&
	     ((j = period_at(c, e0, &v)) || (j = edge_of_at(c, e0, &v)))) ||
	    (j = calendar_at(c, e0, &v)) || (j = numeric_at(c, e0, &v)) ||
	    (j = relative_at(c, e0, &v)) || (j = holiday_at(c, e0, &v)) ||
	    (j = spoken_at(c, e0, &v)) || (!edge && (j = the_phrase_at(c, e0, &v)))) {
		/* "Friday morning", "Saturday night", "yesterday afternoon" */
		int pn;
		if (dw(c, j, &pn) == DW_PART && pn <= 4 && !(T(c, j)->f & TF_USED) && v &&
		    strlen(v) == 10) {
			static const char *const part[] = { "", "MO", "AF", "EV", "NI" };
			char *w = fmtf("%sT%s", v, part[pn]);
			free(v);
			v = w;
			j++;
		}
		if (tj && v) {
			char *w = fmtf("%sT%s", v, hhmm);
			free(v);
			v = w;
		}
		*value = v;
		return j;
	}
	free(v);
	if (edge)
		return 0;
	if (tj) {
		*value = has_date(c) ? fmtf("%04d-%02d-%02dT%s", c->year, c->month, c->day, hhmm)
				     : fmtf("XXXX-XX-XXT%s", hhmm);
		return tj;
	}
	/* "late yesterday", "mid-afternoon yesterday" are caught by their parts; a
	 * season with a year: "spring 1998", "the summer of 1997" */
	if (dw(c, i, &num) == DW_SEASON || (tok_is(c, i, "the") && dw(c, i + 1, &num) == DW_SEASON)) {
		size_t k = tok_is(c, i, "the") ? i + 2 : i + 1;
		if (tok_is(c, k, "of"))
			k++;
		int y;
		size_t ny = year_at(c, k, &y);
		if (ny) {
			static const char *const s[] = { "", "SP", "SU", "FA", "WI" };
			*value = fmtf("%04d-%s", y, s[num]);
			return k + ny;
		}
	}
	return 0;
}

/* Can "the" before token j start a date? Only before a word that one of
 * the rules that read "the" takes next (period_at, edge_of_at,
 * the_phrase_at, a season): never before a number word, "today", "now",
 * a part of the day, "ago", a month or a weekday; of the vague words only
 * before "future"; of the units only before "quarter", "year" and
 * "weekend"; of the other date words only before the long ones
 * ("year-end", "fiscal-first"), "new" and the holidays never. */
static int the_may_date(const struct hl_ctx *c, size_t j)
{
	const struct hl_tok *u = &c->tok[j];
	if (!(u->xf & LX_DATE))
		return 1;
	switch ((enum hl_dw)u->dw) {
	case DW_NUMWORD: case DW_DEICTIC: case DW_NOW: case DW_PART: case DW_AGO:
	case DW_MONTH: case DW_WEEKDAY:
		return 0;
	case DW_VAGUE:
		return tok_is(c, j, "future");
	case DW_UNIT:
		return tok_is(c, j, "quarter") || tok_is(c, j, "year") || tok_is(c, j, "weekend");
	case DW_NONE:
		return u->e - u->s >= 8;
	default:
		return 1;
	}
}

/* A word that cannot be a date alone ("the", "last", "two", "early") with
 * nothing after it that could go on: the common case, decided at once. */
static int needs_next(const struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = &c->tok[i];
	if (!t->lx)
		return 0;  /* "mid-1990s" */
	switch ((enum hl_dw)t->dw) {
	case DW_MONTH:
	case DW_WEEKDAY:
		/* "may", "march": a month or a weekday is one only capitalised */
		return !(t->f & (TF_CAP | TF_ALLCAP));
	case DW_NONE:
		if (tok_is(c, i, "the")) {  /* the common one first */
			if (i + 1 < c->ntok && !the_may_date(c, i + 1))
				return 1;
			break;
		}
		if (tok_is(c, i, "new"))  /* only in "New Year's Day", "New Year's Eve" */
			return !(t->f & TF_CAP) || !tok_is(c, i + 1, "year");
		if (tok_is(c, i, "these"))
			return !tok_is(c, i + 1, "days");
		if (tok_is(c, i, "nineteen") || tok_is(c, i, "eighteen"))
			return !T(c, i + 1) || T(c, i + 1)->kind != TK_WORD;
		return 0;
	case DW_NUMWORD: {
		/* relative_at() is the only rule that takes a number word
		 * ("two years ago", "a few days earlier"); the others pass it by */
		int unit, sign;
		return !unit_ago_at(c, after_numword(c, i), &unit, &sign);
	}
	case DW_REL: case DW_EDGE: case DW_ORDINAL: case DW_FISCAL:
	case DW_UNIT: case DW_AGO: case DW_SEASON: case DW_DECADEWORD:
		break;
	default:
		return 0;
	}
	const struct hl_tok *u = T(c, i + 1);
	if (!u || u->kind == TK_PUNCT)
		return 1;
	if (u->kind == TK_NUM || (u->xf & LX_DATE))
		return 0;
	return !(tok_is(c, i + 1, "near") || tok_is(c, i + 1, "couple") || tok_is(c, i + 1, "of") ||
		 (tok_is(c, i + 1, "that") && (tok_is(c, i, "later") || tok_is(c, i, "earlier"))) ||
		 (u->e - u->s > 4 && (c->text[u->s] | 32) == 'm' &&
		  ascii_ncasecmp(c->text + u->s, "mid-", 4) == 0));
}

/* A number starts a date only as a time ("10:35", "5 p.m."), as a date
 * in digits ("2024-01-20", "1/20/2024", "1990s", a year "1996"), or with
 * a date word after it ("3 December", "20th century", "11 days ago"):
 * what date_at() would try on a number, asked cheaply first, so that the
 * many other numbers (counts, amounts, section numbers) skip the grammar.
 * Alone, a number of four characters is a year only when all are digits,
 * and one of five a decade only when it ends in 's' (numeric_at). */
static int num_may_date(const struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = &c->tok[i];
	size_t n = t->e - t->s;
	const char *p = c->text + t->s;
	if (n == 10 || (t->f & TF_NUMSEP))
		return 1;
	if (n == 4 && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9')
		return 1;
	if (n == 5 && p[4] == 's')
		return 1;
	const struct hl_tok *u = T(c, i + 1);
	if (!u)
		return 0;
	if (u->xf & LX_DATE)
		return 1;
	return u->kind == TK_WORD && (tok_is(c, i + 1, "a.m") || tok_is(c, i + 1, "p.m") ||
				      tok_is(c, i + 1, "am") || tok_is(c, i + 1, "pm"));
}

/* Is [i, j) a word that only says "now": "now", "currently", "today",
 * "nowadays", "these days", "at present"? */
static int deictic(const struct hl_ctx *c, size_t i, size_t j)
{
	int num;
	enum hl_dw d = dw(c, i, &num);
	if (j == i + 1)
		return d == DW_NOW || (d == DW_DEICTIC && tok_is(c, i, "today")) || tok_is(c, i, "present");
	return j == i + 2 && tok_is(c, i, "these") && tok_is(c, i + 1, "days");
}

/* Does [i, j) name a quarter by its number ("the third quarter",
 * "third-quarter", "the fiscal-first quarter")? */
static int names_quarter(const struct hl_ctx *c, size_t i, size_t j)
{
	for (size_t k = i; k < j; k++) {
		if (dw(c, k, NULL) == DW_ORDINAL && tok_is(c, k + 1, "quarter"))
			return 1;
		if (fiscal_ordinal(c, k))
			return 1;
		for (int n = 0; n < 4; n++)
			if (tok_is_lit(c, k, quarter_words[n]))
				return 1;
	}
	return 0;
}

/* What later dates resolve against: a quarter the text names that had
 * ended by the document date is the one it reports on ("the latest
 * quarter", "a year ago" in an earnings report). */
static void remember(struct hl_ctx *c, size_t i, size_t j, const char *v)
{
	if (!v || !has_date(c))
		return;
	/* a date named with its month or year anchors the narrative: "in 1995 ... the
	 * following year" */
	int named = 0;
	for (size_t k = i; k < j && !named; k++)
		named = dw(c, k, NULL) == DW_MONTH || tok_year(c, k);
	if (named && strlen(v) >= 4 && v[0] >= '0' && v[0] <= '9') {
		c->ayear = atoi(v);
		c->ayear_at = c->tok[i].s;
		if (far_year(c, c->ayear))
			c->far_years++;
		else
			c->near_years++;
	}
	if (strlen(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' &&
	    names_quarter(c, i, j)) {
		int y = atoi(v), q = v[6] - '0';
		/* the latest such quarter: "a flat second quarter" after the
		 * third is a look back */
		if ((y < c->year || (y == c->year && q * 3 < c->month)) &&
		    y * 4 + q > c->qyear * 4 + c->qnum) {
			c->qyear = y;
			c->qnum = q;
		}
	}
}

/* "1945-1953", "1990-91": a range of years in one token; its years are
 * two dates. Returns 1 when the token at i was one (and is claimed). */
static int year_range(struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = &c->tok[i];
	size_t n = t->e - t->s;
	const char *p = c->text + t->s;
	if (t->kind != TK_NUM || (n != 9 && n != 7) || p[4] != '-')
		return 0;
	int a = 0, b = 0;
	for (size_t k = 0; k < n; k++) {
		if (k == 4)
			continue;
		if (p[k] < '0' || p[k] > '9')
			return 0;
		if (k < 4)
			a = a * 10 + (p[k] - '0');
		else
			b = b * 10 + (p[k] - '0');
	}
	if (n == 7)
		b += a / 100 * 100;  /* "1990-91" */
	if (a < 1800 || b > 2099 || b <= a || b - a > 100)
		return 0;
	hl_cand_add(c, t->s, t->s + 4, HL_DATE, NULL, fmtf("%04d", a));  /* the key is the value */
	hl_cand_add(c, t->s + 5, t->e, HL_DATE, NULL, fmtf("%04d", b));
	c->tok[i].f |= TF_USED;
	return 1;
}

void hl_dates(struct hl_ctx *c)
{
	/* every date starts with a number or a date word (the lexicon marks
	 * "the", holidays and "third-quarter" as such), or is "mid-1990s": the
	 * tokenizer listed those tokens (TF_DATEW), so only they are visited */
	size_t next = 0;
	for (size_t q = 0; q < c->ndw; q++) {
		size_t i = c->dwi[q];
		const struct hl_tok *t = &c->tok[i];
		if (i < next || (t->f & TF_USED))
			continue;
		if (t->kind == TK_NUM && year_range(c, i))
			continue;
		if (t->kind == TK_WORD ? needs_next(c, i) : !num_may_date(c, i))
			continue;
		char *value = NULL;
		size_t j = date_at(c, i, &value);
		if (!j || j <= i) {
			free(value);
			continue;
		}
		const struct hl_tok *last = &c->tok[j - 1];
		size_t end = last->e + ((last->f & TF_DOT) ? 1 : 0);
		/* "at 10 p.m. He left": the period ends the sentence too, and is the sentence's */
		if ((last->f & TF_DOT) && (tok_is(c, j - 1, "a.m") || tok_is(c, j - 1, "p.m")) &&
		    (j >= c->ntok || ((c->tok[j].f & TF_CAP) && !(c->tok[j].xf & LX_DATE))))
			end--;
		remember(c, i, j, value);
		hl_cand_add(c, t->s, end, HL_DATE, NULL, value);  /* the key is the value */
		c->cand[c->ncand - 1].deictic = deictic(c, i, j);
		for (size_t k = i; k < j; k++)
			c->tok[k].f |= TF_USED;
		next = j;
	}
}
