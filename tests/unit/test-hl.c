/* test-hl.c -- the highlight engine (src/core/hl*.c, gazetteer.c) on text
 * written for these tests: each rule family, keys, dates and corrections. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl.h"
#include "tap.h"
#include "util.h"

static struct hl_engine *E;

/* Runs the engine on text; returns "TYPE:text|TYPE:text|..." (caller frees). */
static char *spans(const char *text, const char *date)
{
	struct hl_doc d = { text, strlen(text), 0, date };
	struct hl_spans s = { 0 };
	if (hl_run(E, &d, &s) < 0)
		return xstrdup("error");
	struct sb b = SB_INIT;
	for (size_t i = 0; i < s.n; i++) {
		if (i)
			sb_addc(&b, '|');
		sb_addf(&b, "%s:%.*s", hl_type_name(s.v[i].type), (int)(s.v[i].end - s.v[i].start),
			text + s.v[i].start);
	}
	hl_spans_clear(&s);
	return sb_detach(&b);
}

/* The key (or value when want_value) of the span whose text is what. */
static char *field(const char *text, const char *date, const char *what, int nth, int want_value)
{
	struct hl_doc d = { text, strlen(text), 100, date };
	struct hl_spans s = { 0 };
	char *r = NULL;
	if (hl_run(E, &d, &s) < 0)
		return NULL;
	for (size_t i = 0; i < s.n && !r; i++) {
		size_t n = s.v[i].end - s.v[i].start;
		if (strlen(what) == n && memcmp(text + s.v[i].start - 100, what, n) == 0 && nth-- == 0) {
			const char *v = want_value ? s.v[i].value : s.v[i].key;
			r = v ? xstrdup(v) : xstrdup("(null)");
		}
	}
	hl_spans_clear(&s);
	return r;
}

#define IS_SPANS(text, date, want, name) do { \
	char *got_ = spans(text, date); \
	is_str(got_, want, name); \
	free(got_); \
} while (0)

#define IS_FIELD(text, date, what, nth, v, want, name) do { \
	char *got_ = field(text, date, what, nth, v); \
	is_str(got_, want, name); \
	free(got_); \
} while (0)

static void test_api(void)
{
	is_str(hl_type_name(HL_PERSON), "PERSON", "type name PERSON");
	is_str(hl_type_name(HL_DATE), "DATE", "type name DATE");
	ok(hl_type_name(HL_NTYPES + 3) == NULL, "type name out of range is NULL");
	is_int(hl_type_parse("place"), HL_PLACE, "parse place");
	is_int(hl_type_parse("PERSON"), HL_PERSON, "parse PERSON");
	is_int(hl_type_parse("colour"), -1, "parse unknown");
	is_int(hl_type_parse(NULL), -1, "parse NULL");
	struct hl_spans s = { 0 };
	struct hl_doc d = { "", 0, 0, NULL };
	is_int(hl_run(E, &d, &s), 0, "empty text runs");
	is_int(s.n, 0, "empty text has no spans");
	is_int(hl_run(E, NULL, &s), -1, "NULL doc is an error");
	/* a text with no NUL after it, ending in a number (ASan sees a read
	 * past it; fuzz-hl found one) */
	static const char *ends[] = { "2222", "in 1996", "the 20th century 1990s 3", "2019-04-02", "04/02/2019" };
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		size_t n = strlen(ends[i]);
		char *t = xmalloc(n);
		memcpy(t, ends[i], n);
		struct hl_doc nd = { t, n, 0, NULL };
		ok(hl_run(E, &nd, &s) == 0, ends[i]);
		hl_spans_clear(&s);
		free(t);
	}
	/* a day number of 40 digits (UBSan saw a long overflow; fuzz-hl found it) */
	struct hl_doc big = { "On 2555555555555555555555555555555555555555 March 2024 it rained.", 65, 0, NULL };
	ok(hl_run(E, &big, &s) == 0 && (s.n == 0 || strstr(big.text + s.v[0].start, "255") != big.text + s.v[0].start),
	   "a number of 40 digits is no day of the month");
	hl_spans_clear(&s);
	hl_spans_clear(&s);
}

static void test_person(void)
{
	IS_SPANS("Foreign Minister Maria Lindqvist arrived on Tuesday.", NULL,
		 "PERSON:Maria Lindqvist|DATE:Tuesday", "title before a name is not part of it");
	IS_SPANS("Acting President Hwang Dae-jin met reporters.", NULL,
		 "PERSON:Hwang Dae-jin", "multi-word title, hyphenated given name");
	IS_SPANS("The minister, Ngozi Adeyemi-Okafor, said nothing.", NULL,
		 "PERSON:Ngozi Adeyemi-Okafor", "unknown two-word name");
	IS_SPANS("Secretary of State Peter Walsh spoke.", NULL,
		 "PERSON:Peter Walsh", "title with 'of'");
	IS_SPANS("Dr. Okonkwo said the test was clear.", NULL,
		 "PERSON:Okonkwo", "abbreviated title and 'said'");
	IS_SPANS("The State Department and the Defence Talks forum did not comment.", NULL,
		 "", "organisations are not people");
	IS_FIELD("Takumi Oyabu arrived. Later Oyabu left.", NULL, "Oyabu", 0, 0, "takumi oyabu",
		 "a surname alone gets the full name's key");
	IS_FIELD("Park Ji-hoon spoke. President Park smiled.", NULL, "Park", 0, 0, "park ji-hoon",
		 "a family name first gets the full name's key");
}

/* Keys are made in two passes: a mention before the full name, or one the
 * first pass missed or called a place, gets the full name's key. */
static void test_two_pass_keys(void)
{
	const char *t1 = "Oyabu spoke first. Later, Takumi Oyabu left.";
	IS_SPANS(t1, NULL, "PERSON:Oyabu|PERSON:Takumi Oyabu",
		 "a surname before the full name, with no other clue, is a person");
	IS_FIELD(t1, NULL, "Oyabu", 0, 0, "takumi oyabu", "... with the full name's key");
	IS_FIELD("Mr. Oyabu arrived. Takumi Oyabu then left.", NULL, "Oyabu", 0, 0, "takumi oyabu",
		 "'Mr. X' before the full name");
	IS_FIELD("Oyabu's plan failed. Takumi Oyabu resigned.", NULL, "Oyabu", 0, 0, "takumi oyabu",
		 "a possessive before the full name");
	const char *t2 = "Dae-sung waved. Lim arrived in Seoul. Lim Dae-sung met reporters.";
	IS_FIELD(t2, NULL, "Lim", 0, 0, "lim dae-sung", "family name first, before the full name");
	IS_FIELD(t2, NULL, "Dae-sung", 0, 0, "lim dae-sung", "given name, before the full name");
	const char *t3 = "Jordan scored twice. Michael Jordan said he was tired.";
	IS_SPANS(t3, NULL, "PERSON:Jordan|PERSON:Michael Jordan",
		 "a place word before a person's full name is re-typed");
	IS_FIELD(t3, NULL, "Jordan", 0, 0, "michael jordan", "... and keyed by it");
	IS_SPANS("She lived in Jordan. Michael Jordan visited.", NULL,
		 "PLACE:Jordan|PERSON:Michael Jordan", "'in Jordan' stays a place");
	IS_FIELD("Antony Blinken spoke. Later Antony J. Blinken left.", NULL, "Antony Blinken", 0, 0,
		 "antony j. blinken", "a shorter form of a longer name gets its key");
	IS_FIELD("Rosa Lindqvist spoke. Anders Lindqvist did not. Rosa Lindqvist left.", NULL,
		 "Anders Lindqvist", 0, 0, "anders lindqvist", "two people sharing a surname keep two keys");
	IS_SPANS("President Joseph R. Biden, Jr. spoke today.", "2025-01-12",
		 "PERSON:Joseph R. Biden|DATE:today", "'Jr.' after a comma is never a person alone");
	const char *t4 = "Ferdinand Marcos Jr. arrived. Marcos spoke.";
	IS_SPANS(t4, NULL, "PERSON:Ferdinand Marcos Jr.|PERSON:Marcos", "'Jr.' is part of the name");
	IS_FIELD(t4, NULL, "Marcos", 0, 0, "ferdinand marcos", "... and not of its key");
	IS_FIELD(t4, NULL, "Ferdinand Marcos Jr.", 0, 0, "ferdinand marcos", "the suffix is left out of the key");
	IS_SPANS("Jr. was not there.", NULL, "", "'Jr.' alone is nothing");
	IS_FIELD("Presidents Marcos and Biden met. Ferdinand Marcos smiled.", NULL, "Marcos", 0, 0,
		 "ferdinand marcos", "a plural title before a name");
	IS_SPANS("Members of the Boy Scouts camped. Scouts sang.", NULL, "",
		 "a name ending in a plural common noun is a group");
}

static void test_place(void)
{
	IS_SPANS("She flew from Nairobi to Lagos.", NULL, "PLACE:Nairobi|PLACE:Lagos",
		 "cities from the gazetteer");
	IS_SPANS("Japanese and South Korean officials met in the Philippines.", NULL,
		 "PLACE:Philippines", "nationality words are not places");
	IS_SPANS("Trade between East Asian nations and Europe grew.", NULL, "PLACE:Europe",
		 "'East Asian' is not a place; a continent is");
	IS_FIELD("The U.S. and the United States are one.", NULL, "U.S.", 0, 0, "united states",
		 "short forms share the country's key");
	IS_SPANS("The Bank of Canada raised rates.", NULL, "", "an organisation 'of' a place");
	IS_SPANS("Ships crossed the South China Sea near Vietnam.", NULL,
		 "PLACE:South China Sea|PLACE:Vietnam", "seas and countries");
	IS_SPANS("NAIROBI, Kenya (AP) -- Rain fell.", NULL, "PLACE:NAIROBI|PLACE:Kenya",
		 "dateline in capitals");
	IS_SPANS("The fair was held in Quillby, Texas, that year.", NULL,
		 "PLACE:Quillby|PLACE:Texas", "a town before ', State' is a place");
	IS_SPANS("BOULDERTON, Colo. 2024-05-01 Snow fell overnight.", NULL,
		 "PLACE:BOULDERTON|PLACE:Colo.|DATE:2024-05-01", "state abbreviation in a dateline");
	IS_SPANS("MOSSBRAE 2024-05-01 Snow fell overnight.", NULL,
		 "PLACE:MOSSBRAE|DATE:2024-05-01", "wire dateline without a state");
	IS_SPANS("She grew up in the village of Hiram near the coast.", NULL, "PLACE:Hiram",
		 "'the village of X' is a place, even a given name");
	IS_SPANS("The trail ends at North Quillby.", NULL, "PLACE:North Quillby",
		 "a direction before an unknown name is a place");
	IS_SPANS("They fished in Otter Creek and Mossy Brook.", NULL,
		 "PLACE:Otter Creek|PLACE:Mossy Brook", "place tails: creek, brook");
	IS_SPANS("Fans filled Quillby Stadium and Mossbrae Airport.", NULL,
		 "PLACE:Quillby Stadium|PLACE:Mossbrae Airport", "facilities are places");
	IS_SPANS("Fans of Dynamo Lyon cheered in Lyon.", NULL, "PLACE:Lyon",
		 "a club named after a city is not the city");
}

static void test_not_people(void)
{
	IS_SPANS("The regiment held off the Confederate army.", NULL, "",
		 "a proper adjective after 'the' is not a person");
	IS_SPANS("He was drafted by the Denver Broncos.", NULL, "",
		 "a town and a plural is a team");
	IS_SPANS("Fans of the Oregon Ducks cheered.", NULL, "",
		 "a state and a plural is a team");
	IS_SPANS("Senator Ann Keller met Texas officials.", NULL, "PERSON:Ann Keller|PLACE:Texas",
		 "a well-known state stays a place");
}

/* Context that says a capitalised phrase is a team, a work or a business. */
static void test_context_not_names(void)
{
	IS_SPANS("Fulham v Preston, Hull v Carlisle (to Tuesday).", NULL, "DATE:Tuesday",
		 "the sides of a match are teams");
	IS_SPANS("Anna Weber (Germany) v Maria Lopez (Spain) ended 2-1.", NULL,
		 "PERSON:Anna Weber|PLACE:Germany|PERSON:Maria Lopez|PLACE:Spain",
		 "players with their country in brackets stay people");
	IS_SPANS("AUSTRALIA V NEW ZEALAND", NULL, "PLACE:AUSTRALIA|PLACE:NEW ZEALAND",
		 "national sides stay places");
	IS_SPANS("DENVER AT SEATTLE\nTORONTO AT BOSTON", NULL, "PLACE:SEATTLE|PLACE:BOSTON",
		 "a schedule line: the visitors are a team, the host town a place");
	IS_SPANS("Rains fell in March and May, said Tom Hardy.", NULL, "DATE:March|PERSON:Tom Hardy",
		 "a month in a list of months is not a name");
	IS_SPANS("She starred in the film Blue Harvest with Jane Doe.", NULL, "PERSON:Jane Doe",
		 "a phrase after 'the film' is a work");
	IS_SPANS("The company was bought by Hollis Group and later by Marten Ruiz.", NULL,
		 "PERSON:Marten Ruiz", "'bought by' makes a business");
	IS_SPANS("He translated \"Summer of the Owls\" for Anna Weber.", NULL, "PERSON:Anna Weber",
		 "a quoted capitalised phrase is a title");
	IS_SPANS("Riots broke out at a Dillard's department store in Ohio.", NULL, "PLACE:Ohio",
		 "a possessive before 'store' is a business");
	IS_SPANS("Kenwick and Co said on Monday.", NULL, "DATE:Monday", "'X and Co' is a business");
	IS_SPANS("Later the family turned to Methodism, like many Scots in Ohio.", NULL, "PLACE:Ohio",
		 "a doctrine and a nationality plural are not names");
	IS_SPANS("Guests were Mary Quill, Wolf Tanner and Brook Haddow.", NULL,
		 "PERSON:Mary Quill|PERSON:Wolf Tanner|PERSON:Brook Haddow",
		 "a name listed after a person is a person");
	IS_SPANS("R. Quill c Tanner b Haddow 12", NULL, "PERSON:R. Quill|PERSON:Tanner|PERSON:Haddow",
		 "a scorecard's catcher and bowler are people");
}

static void test_dates(void)
{
	const char *d = "2025-01-10";  /* a Friday */
	IS_FIELD("He will arrive on Monday.", d, "Monday", 0, 1, "2025-01-13", "future Monday");
	IS_FIELD("He arrived on Monday.", d, "Monday", 0, 1, "2025-01-06", "past Monday");
	IS_FIELD("It happened on Monday.", NULL, "Monday", 0, 1, "XXXX-WXX-1", "Monday, no date");
	IS_FIELD("The vote is on January 20.", d, "January 20", 0, 1, "2025-01-20", "month day");
	IS_FIELD("The vote is on January 20.", NULL, "January 20", 0, 1, "XXXX-01-20",
		 "month day, no year");
	IS_FIELD("He spoke on December 3.", d, "December 3", 0, 1, "2024-12-03",
		 "December in a January article is last year's");
	IS_FIELD("It ended last month.", d, "last month", 0, 1, "2024-12", "last month");
	IS_FIELD("They met last week.", d, "last week", 0, 1, "2025-W01", "last week");
	IS_FIELD("They met yesterday.", d, "yesterday", 0, 1, "2025-01-09", "yesterday");
	IS_FIELD("Signed 3 December 2024 in Oslo.", d, "3 December 2024", 0, 1, "2024-12-03",
		 "day month year");
	IS_FIELD("Due by Jan. 20, 2026.", d, "Jan. 20, 2026", 0, 1, "2026-01-20",
		 "abbreviated month with period");
	IS_FIELD("Logged 2024-01-20 at noon.", d, "2024-01-20", 0, 1, "2024-01-20", "ISO date");
	IS_FIELD("Prices rose in the 1990s.", d, "the 1990s", 0, 1, "199", "decade");
	IS_FIELD("Sales fell two years ago.", d, "two years ago", 0, 1, "2023", "years ago");
	IS_FIELD("Sales rose earlier this year.", d, "earlier this year", 0, 1, "2025",
		 "earlier this year");
	IS_SPANS("The first visit in seven years came every week for six months.", d, "",
		 "durations and sets are not dates");
	IS_SPANS("Profit rose in the third quarter, at 6 p.m. EST Feb. 9.", d,
		 "DATE:the third quarter|DATE:6 p.m. EST Feb. 9", "quarters and times");
	IS_SPANS("You may go. March on.", d, "", "'may' and 'March' as words are not months");
	IS_SPANS("In May 2023 they left.", d, "DATE:May 2023", "month and year");
	/* the tense of the sentence picks the week and the year; weeks, vague plurals */
	static const struct { const char *text, *what, *want, *name; } tense[] = {
		{ "On Wednesday the choir will sing in the square.", "Wednesday", "2025-01-15",
		  "a weekday before 'will' is the coming one" },
		{ "The ferry sailed on Wednesday.", "Wednesday", "2025-01-08",
		  "a weekday with a past verb is the last one" },
		{ "The crew planned to leave the harbour on Thursday.", "Thursday", "2025-01-16",
		  "a weekday after 'planned to' is the plan's, to come" },
		{ "The orchard will open in December.", "December", "2025-12",
		  "a month in a sentence about the future is the next one" },
		{ "The orchard closed in June.", "June", "2024-06",
		  "a month in a sentence about the past is the last one" },
		{ "The dividend is payable Dec. 4 to holders.", "Dec. 4", "2025-12-04",
		  "'payable' speaks of the future" },
		/* holidays: computed, in the year the tense says */
		{ "The family gathered on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28",
		  "Thanksgiving is the fourth Thursday of November, the last one in the past" },
		{ "The church will be full at Easter.", "Easter", "2025-04-20", "Easter by the computus" },
		{ "The parade will march on Memorial Day.", "Memorial Day", "2025-05-26",
		  "Memorial Day is the last Monday of May" },
		{ "The strike ended on Labor Day.", "Labor Day", "2024-09-02",
		  "Labor Day is the first Monday of September" },
		{ "The bells rang on New Year's Day.", "New Year's Day", "2025-01-01",
		  "'New Year's Day', its possessive a token of its own" },
		{ "The bells rang on New Year’s Eve.", "New Year’s Eve", "2024-12-31",
		  "'New Year's Eve' is 31 December, with a curly apostrophe too" },
		{ "The florist will open on Valentine's Day.", "Valentine's Day", "2025-02-14",
		  "'Valentine's Day' to come" },
		/* the narrative's anchor: the last year the text named */
		{ "The lab opened in May 1995, and the following year it closed.", "the following year",
		  "1996", "'the following year' counts from the year the text named" },
		{ "It rained, and the following year it snowed.", "the following year", "XXXX",
		  "'the following year' with no year named is unknown" },
		{ "Ada moved to Leeds in June 2019 and left later that year.", "later that year", "2019",
		  "'later that year' is the year the text named" },
		/* parts of days, vague adjectives, ranges that start today */
		{ "Shares slid at mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-01-09TAF",
		  "'mid-afternoon yesterday' is yesterday's afternoon" },
		{ "The minister speaks later this afternoon.", "later this afternoon", "2025-01-10TAF",
		  "'later this afternoon' is today's afternoon" },
		{ "Weak orders raise doubts about future demand.", "future", "FUTURE_REF",
		  "'future' before a noun is vague" },
		{ "It said it will buy shares tendered from today through March 3.", "March 3", "2025-03-03",
		  "'from today through' a date looks ahead" },
		/* weeks and weekends, vague plurals, a day after "last Month" */
		{ "The fair drew crowds over the weekend.", "the weekend", "2025-W01-WE",
		  "'the weekend' in the past is the last one" },
		{ "The fair will reopen at the weekend.", "the weekend", "2025-W02-WE",
		  "'the weekend' in the future is the coming one" },
		{ "The band played last weekend.", "last weekend", "2025-W01-WE", "'last weekend'" },
		{ "Rents rose in past years.", "past years", "PAST_REF", "'past years' is vague" },
		{ "Rents may rise in coming months.", "coming months", "FUTURE_REF",
		  "'coming months' is vague" },
		{ "The mill shut last Sept. 14 after a fire.", "last Sept. 14", "2024-09-14",
		  "'last Sept. 14' is one date" },
	};
	for (size_t k = 0; k < sizeof tense / sizeof *tense; k++)
		IS_FIELD(tense[k].text, d, tense[k].what, 0, 1, tense[k].want, tense[k].name);
}

/* "now", "today", "currently", "at present" are dates marked deictic;
 * hl_span_shown() leaves them out unless asked. */
static void test_deictic(void)
{
	const char *t = "The pier is now shut; today the tide is high, at present no boat sails, "
			"and currently the cafe is closed. It rained yesterday.";
	struct hl_doc d = { t, strlen(t), 0, "2025-01-10" };
	struct hl_spans s = { 0 };
	ok(hl_run(E, &d, &s) == 0, "deictic text runs");
	struct sb got = SB_INIT;
	for (size_t i = 0; i < s.n; i++)
		sb_addf(&got, "%.*s:%d:%d:%d|", (int)(s.v[i].end - s.v[i].start), t + s.v[i].start,
			s.v[i].deictic, hl_span_shown(&s.v[i], 0), hl_span_shown(&s.v[i], 1));
	is_str(got.s, "now:1:0:1|today:1:0:1|present:1:0:1|currently:1:0:1|yesterday:0:1:1|",
	       "deictic dates are marked, hidden by default, shown when asked");
	free(got.s);
	hl_spans_keep_shown(&s, 0, 0);
	ok(s.n == 1 && strcmp(s.v[0].value, "2025-01-09") == 0, "keeping the shown spans drops the deictic ones");
	hl_spans_clear(&s);
}

/* A list holds its spans' keys and values (hl_spans_str, hl_spans_key):
 * one copy of a string met lately, every copy good until the list is
 * cleared, whatever is dropped or added before. */
static void test_span_strings(void)
{
	struct hl_spans s = { 0 };
	const char *a = hl_spans_str(&s, "lena holm", 9);
	ok(s.strs != NULL && strcmp(a, "lena holm") == 0, "a string is copied and ended");
	ok(hl_spans_str(&s, "lena holmes", 9) == a, "the same bytes again are the same copy");
	const char *p = hl_spans_str(&s, "lena hol", 8);
	ok(p != a && strcmp(p, "lena hol") == 0, "a prefix is another string");
	ok(hl_spans_key(&s, "Lena  HOLM", 10) == a, "a key made from text is found again");
	is_str(hl_spans_key(&s, "\xc3\x85sa\nLind", 9), "\xc3\xa5sa lind", "a key from text beyond ASCII, over a line break");
	/* more strings than the table of those met lately holds, and one longer
	 * than a block: every copy stays where it is, with its bytes */
	enum { N = 6000 };
	const char **v = xcalloc(N, sizeof *v);
	char buf[32];
	for (int i = 0; i < N; i++) {
		int n = snprintf(buf, sizeof buf, "name %d", i);
		v[i] = hl_spans_str(&s, buf, (size_t)n);
	}
	char *longs = xmalloc(40000);
	memset(longs, 'x', 40000);
	const char *l = hl_spans_str(&s, longs, 40000);
	int good = strlen(l) == 40000 && strcmp(a, "lena holm") == 0;
	for (int i = 0; i < N && good; i++) {
		snprintf(buf, sizeof buf, "name %d", i);
		good = strcmp(v[i], buf) == 0;
	}
	ok(good, "6000 strings and one of 40000 bytes keep their bytes");
	free(longs);
	free(v);
	hl_spans_clear(&s);
	ok(s.strs == NULL && s.v == NULL && s.n == 0, "clear frees the strings with the spans");
	/* a run's keys and values outlive the spans dropped after it */
	const char *t = "Today Lena Holm met Bo Kim in Oslo on March 3, 2020.";
	struct hl_doc d = { t, strlen(t), 0, "2021-05-05" };
	ok(hl_run(E, &d, &s) == 0, "a run fills the list");
	hl_spans_keep_shown(&s, 0, 0);
	struct sb got = SB_INIT;
	for (size_t i = 0; i < s.n; i++)
		sb_addf(&got, "%s=%s|", s.v[i].key, s.v[i].value ? s.v[i].value : "");
	is_str(got.s, "lena holm=|bo kim=|oslo=|2020-03-03=2020-03-03|",
	       "keys and values after the deictic date is dropped");
	free(got.s);
	hl_spans_clear(&s);
}

/* Where a date's span starts and ends: the noun phrase when its head is a
 * time unit ("the latest quarter"), the year alone when it only modifies
 * another noun ("the 2008 crisis"). Sentences written for these tests. */
static void test_date_spans(void)
{
	const char *d = "2025-01-10";
	IS_SPANS("Revenue in the latest quarter beat the year-ago quarter.", d,
		 "DATE:the latest quarter|DATE:the year-ago quarter", "company periods take 'the'");
	IS_FIELD("Revenue in the latest quarter beat the year-ago quarter.", d, "the year-ago quarter",
		 0, 1, "2024-Q1", "the year-ago quarter is this quarter a year before");
	/* a text that names a quarter reports on it: the latest one ended */
	const char *rep = "Kettleworks posted higher third-quarter profit. It earned $4 million, up "
			  "from $3 million a year ago, after a weak second quarter. The latest "
			  "quarter had one-time costs; the year-earlier period had none, and the "
			  "fourth quarter will be better.";
	static const struct { const char *what, *want, *name; } qs[] = {
		{ "a year ago", "2024-Q3", "'a year ago' in a report on a quarter is that quarter a year before" },
		{ "The latest quarter", "2025-Q3", "'the latest quarter' is the one reported on" },
		{ "the year-earlier period", "2024-Q3", "'the year-earlier period' too" },
		{ "the fourth quarter", "2025-Q4", "a quarter to come is named, not reported on" },
	};
	for (size_t k = 0; k < sizeof qs / sizeof *qs; k++)
		IS_FIELD(rep, "2025-11-04", qs[k].what, 0, 1, qs[k].want, qs[k].name);
	IS_FIELD("Loomcraft earned $2 million in the fiscal-second quarter, against a loss a year earlier.",
		 "2025-11-04", "a year earlier", 0, 1, "2024-Q2", "a fiscal quarter is reported on too");
	IS_FIELD("Loomcraft's third-quarter net rose. In the nine months, net fell from the 2024 period.",
		 "2025-11-04", "the 2024 period", 0, 1, "2024",
		 "a 'period' after months in its sentence is those months, not the quarter");
	IS_FIELD("Sales doubled from a year ago.", "2025-11-04", "a year ago", 0, 1, "2024",
		 "'a year ago' is a year when no quarter was named");
	IS_SPANS("Profit in the 2019 second quarter fell, and this year's third quarter was flat.", d,
		 "DATE:the 2019 second quarter|DATE:this year's third quarter",
		 "a year or 'this year's' inside a quarter");
	IS_FIELD("Profit in the 2019 second quarter fell.", d, "the 2019 second quarter", 0, 1,
		 "2019-Q2", "the quarter's value");
	IS_SPANS("Sales for the comparable period last year were higher.", d,
		 "DATE:the comparable period last year", "'the comparable period last year' is one");
	IS_SPANS("The plant opened in fiscal 2021 and closed in the first half.", d,
		 "DATE:fiscal 2021|DATE:the first half", "fiscal years and halves");
	IS_SPANS("The lease runs until the end of March 2026.", d, "DATE:the end of March 2026",
		 "'the end of' a month is part of the date");
	IS_SPANS("She recalled the 2008 crisis and that 1999 merger.", d, "DATE:2008|DATE:1999",
		 "a year before its noun is a date, without 'the'");
	IS_SPANS("They counted 1990 sheep.", d, "", "a number before a plural is a count");
	IS_SPANS("She joined a firm called Veltrix 1980 in Ghent.", d, "PLACE:Ghent",
		 "a number after a name is part of the name");
	IS_SPANS("The tour reached London 1973 and Oslo.", d, "PLACE:London|DATE:1973|PLACE:Oslo",
		 "a year after a city stays a year");
	IS_SPANS("The reign (1953 -1961) and the era 1945-1953 and the 1990-91 winter.", d,
		 "DATE:1953|DATE:1961|DATE:1945|DATE:1953|DATE:1990|DATE:91", "years in ranges are dates");
	IS_FIELD("The 1990-91 winter was wet.", d, "91", 0, 1, "1991", "'1990-91': the second year in full");
	IS_SPANS("They sold 1500-1560 units.", d, "", "a range of counts is not a range of years");
	IS_SPANS("It happened in nineteen eighty-four, in the winter of nineteen ninety-one.", d,
		 "DATE:nineteen eighty-four|DATE:the winter of nineteen ninety-one", "years in words");
	IS_FIELD("It happened in nineteen eighty-four.", d, "nineteen eighty-four", 0, 1, "1984",
		 "a year in words has its value");
	IS_SPANS("Growth in the third-quarter figures was strong.", d, "DATE:third-quarter",
		 "an adjective quarter leaves 'the' to its noun");
	IS_SPANS("The year-ago results were restated.", d, "DATE:year-ago",
		 "'the year-ago results': the adjective alone");
	IS_SPANS("The meeting ended at 9 p.m. Officials left.", d, "DATE:9 p.m",
		 "a sentence's last period is not part of 'p.m.'");
	IS_SPANS("Shares are cheap these days.", d, "DATE:these days", "'these days' is now");
	IS_SPANS("The firm had previously said no.", d, "", "'previously' is not a date");
	IS_SPANS("Today's youth read less; the people of tomorrow may read more. Today's vote counts.", d,
		 "DATE:Today", "'today's youth' and 'the people of tomorrow' are our times, not a day");
	IS_SPANS("The deal closes by year-end.", d, "DATE:year-end", "'year-end' alone");
	IS_SPANS("Historians call it the defining event of the 19th century.", d,
		 "DATE:the 19th century", "a century takes 'the'");
	IS_SPANS("It rained, and the following year it snowed.", d, "DATE:the following year",
		 "'the following year'");
}

static void test_corrections(void)
{
	struct hl_engine *e = hl_engine_new();
	ok(e != NULL, "a second engine loads");
	is_int(hl_correct(e, "Acme Widgets", HL_PLACE), 0, "correction set");
	is_int(hl_correct(e, "Nairobi", HL_IGNORE), 0, "correction ignore");
	is_int(hl_correct(e, "  ", HL_PLACE), -1, "empty correction refused");
	const char *text = "acme widgets opened in Nairobi and Lagos.";
	struct hl_doc d = { text, strlen(text), 0, NULL };
	struct hl_spans s = { 0 };
	is_int(hl_run(e, &d, &s), 0, "run with corrections");
	is_int(s.n, 2, "two spans");
	if (s.n == 2) {
		is_int(s.v[0].start, 0, "corrected span start");
		is_int(s.v[0].type, HL_PLACE, "corrected span type");
		is_int(s.v[1].start, 35, "Lagos kept, Nairobi ignored");
	}
	hl_spans_clear(&s);
	hl_engine_free(&e);
	ok(e == NULL, "engine_free sets NULL");
}

/* The stamp says what an engine is: the same corrections give the same
 * stamp in any order, another correction another stamp. */
static void test_stamp(void)
{
	struct hl_engine *a = hl_engine_new(), *b = hl_engine_new();
	char *plain = xstrdup(hl_engine_stamp(a));
	is_str(hl_engine_stamp(b), plain, "two new engines have the same stamp");
	ok(strstr(plain, PACKAGE_VERSION) != NULL, "the stamp names gloss's version");
	ok(hl_digest[0] && strstr(plain, hl_digest) != NULL, "and the checksum of the rules and lists");
	hl_correct(a, "Nairobi", HL_IGNORE);
	ok(strcmp(hl_engine_stamp(a), plain) != 0, "a correction changes the stamp");
	hl_correct(a, "Acme Widgets", HL_PLACE);
	hl_correct(b, "acme widgets", HL_PLACE);
	hl_correct(b, "Nairobi", HL_PERSON);
	ok(strcmp(hl_engine_stamp(a), hl_engine_stamp(b)) != 0, "another type, another stamp");
	hl_correct(b, "nairobi", HL_IGNORE);
	is_str(hl_engine_stamp(b), hl_engine_stamp(a), "the same corrections in another order, the same stamp");
	hl_engine_free(&a);
	hl_engine_free(&b);
	free(plain);
}

static void test_base_offsets(void)
{
	const char *text = "Title: x\n\nKenya rose.";
	struct hl_doc d = { text + 10, strlen(text) - 10, 10, NULL };
	struct hl_spans s = { 0 };
	hl_run(E, &d, &s);
	ok(s.n == 1 && s.v[0].start == 10 && s.v[0].end == 15, "offsets include base");
	hl_spans_clear(&s);
	/* bytes that are not UTF-8, NULs and control characters do not hurt */
	const char bad[] = "\xff\xfe Kenya\x00 \x1b[31m Nairobi \xc3";
	struct hl_doc d2 = { bad, sizeof bad - 1, 0, NULL };
	is_int(hl_run(E, &d2, &s), 0, "invalid bytes run");
	hl_spans_clear(&s);
}

/* A text of 64 KB or more asks the lexicon through a memo (hl_lookup):
 * every copy of a paragraph in a long text must come out as the same
 * paragraph does in a short one (the first copy as the first, the others
 * as the second, once the names of the first are known). */
static void test_long_text(void)
{
	static const char para[] =
		"Foreign Minister Takeshi Iwaya met Nora Law in Seoul on Monday, and the pianist "
		"Orsolya played in Frankfurt. Iwaya flew from Milton to Calcutta last week. The "
		"White House said Bill Clinton and President Boris Yeltsin would meet in March. "
		"In the end the voters backed Brexit near Vessaine, south of Bordeaux.\n\n";
	size_t pn = sizeof para - 1, copies = 70000 / pn + 2;
	char *text = xmalloc(pn * copies + 1);
	for (size_t k = 0; k < copies; k++)
		memcpy(text + k * pn, para, pn);
	text[pn * copies] = '\0';
	struct hl_doc shortd = { text, 2 * pn, 0, "2024-05-06" }, longd = { text, pn * copies, 0, "2024-05-06" };
	struct hl_spans s = { 0 }, l = { 0 };
	int ran = hl_run(E, &shortd, &s) == 0 && hl_run(E, &longd, &l) == 0;
	ok(ran && s.n > 10 && longd.len >= 65536, "a long text runs");
	size_t per = 0;
	while (per < s.n && s.v[per].start < pn)
		per++;
	int same = ran && per && s.n == 2 * per && l.n == per * copies;
	for (size_t i = 0; same && i < l.n; i++) {
		size_t k = i / per, j = i % per;
		const struct hl_span *a = &s.v[(k ? per : 0) + j], *b = &l.v[i];
		size_t ca = k ? pn : 0, cb = k * pn;
		same = a->type == b->type && a->start - ca == b->start - cb && a->end - ca == b->end - cb &&
		       strcmp(a->key ? a->key : "", b->key ? b->key : "") == 0 &&
		       strcmp(a->value ? a->value : "", b->value ? b->value : "") == 0;
	}
	ok(same, "every copy of a paragraph in a long text is found as in a short one");
	hl_spans_clear(&s);
	hl_spans_clear(&l);
	free(text);
}

/* A word is read in one pass of 8-byte loads unless it is near the text's
 * end or holds more than letters: both ways must agree. */
static void test_tokens(void)
{
	IS_SPANS("He flew to the Philippines", NULL, "PLACE:Philippines", "a long word at the end");
	IS_SPANS("He flew to the Philippines and stayed there all year long.", NULL,
		 "PLACE:Philippines", "a long word inside the text");
	IS_SPANS("Talks in Kenya", NULL, "PLACE:Kenya", "a short word at the end");
	IS_SPANS("Talks in Kenya went on for a long while after that.", NULL, "PLACE:Kenya",
		 "a short word inside the text");
	IS_SPANS("Gen. Lee spoke to Dr. Smith in Nairobi at some length about it.", NULL,
		 "PERSON:Lee|PERSON:Smith|PLACE:Nairobi", "abbreviations keep their period out of the name");
}

/* Place by definition, remembered; a title alone is nobody. */
static void test_defined_places(void)
{
	IS_SPANS("Wexcombe is a small village in the hills. Wexcombe lies on a river.", NULL,
		 "PLACE:Wexcombe|PLACE:Wexcombe", "'X is a village' makes X a place, later mentions too");
	IS_SPANS("Marlow Crane is a city councillor in the town.", NULL, "PERSON:Marlow Crane",
		 "a place noun that does not end the phrase says nothing");
	IS_SPANS("He served as President for many years and then retired.", NULL, "",
		 "a title alone is not a person");
	IS_SPANS("Dr. Ann Lowe joined the board as Chairman in May.", NULL,
		 "PERSON:Ann Lowe|DATE:May", "a title at the end of a sentence is not a person");
	/* results tables: "Name (Country)" is a player; one word is a club */
	IS_SPANS("Lu Tanfei (China) beat Anna Koval (Ukraine) 11-6 12-10", NULL,
		 "PERSON:Lu Tanfei|PLACE:China|PERSON:Anna Koval|PLACE:Ukraine",
		 "a name before a country in brackets is a player");
	IS_SPANS("Rovena (Greece) 72 Belport (France) 70", NULL, "PLACE:Greece|PLACE:France",
		 "one word before a country in brackets is a club");
	IS_SPANS("Lyon (France) 9 3 6 12", NULL, "PLACE:France",
		 "a town with its country and a row of figures is a team");
	IS_SPANS("Snow fell on New York City overnight.", NULL, "PLACE:New York City",
		 "a state or town and 'City' is one place");
	IS_SPANS("Defender Tony Adams will miss the match.", NULL, "PERSON:Tony Adams",
		 "a common word before a given name and a surname is a role");
	IS_SPANS("The innings was opened by K. Lyon and others.", NULL, "PERSON:K. Lyon",
		 "an initial before a town's name makes it a surname");
}

/* The kinds of error seen on real news and blog articles, each in a
 * sentence of our own. */
static void test_article_errors(void)
{
	/* capitalised common and brand words are not people or places */
	IS_SPANS("In the end the voters backed Brexit by a small margin.", NULL, "",
		 "a lone proper noun with nothing saying person is no person");
	IS_SPANS("She posted the photo on Instagram and logged off.", NULL, "", "a brand is no person");
	IS_SPANS("The water was kept at 40 degrees Celsius overnight.", NULL, "",
		 "'degrees Celsius' is a scale");
	IS_SPANS("The Brits on the beach cheered. The crowd of Brits sang.", NULL, "",
		 "'Brits' is a people, not a town");
	IS_SPANS("Is it Semtex? No. Islam spread slowly.", NULL, "",
		 "'No.' before a word ends a sentence: no name 'No. Islam'");
	IS_SPANS("Meta shares fell after the report.", NULL, "", "a firm before 'shares' is no place");
	/* the start of a sentence or a headline */
	IS_SPANS("So the plan failed. New Labour won the vote.", NULL, "",
		 "'So' and the 'New' of 'New Labour' are no names");
	IS_SPANS("I'm sure Eastern leaders agreed.", NULL, "", "'I'm' and 'Eastern' are no names");
	IS_SPANS("Hitler rose to power quickly.", NULL, "PERSON:Hitler",
		 "a person WordNet knows is one at the start of a sentence");
	IS_SPANS("Hitler and his generals\n\nThe war went on.", NULL, "PERSON:Hitler",
		 "... and at the start of a heading line");
	/* names that are one unit */
	IS_SPANS("The Bay of Pigs invasion failed within days.", NULL, "PLACE:Bay of Pigs",
		 "'Bay of Pigs' is one place, not a bay and a person");
	IS_SPANS("Troops manned the Atlantic Wall for years.", NULL, "",
		 "'Atlantic Wall' is one thing, not a place and a person");
	IS_SPANS("Black September claimed the attack.", NULL, "",
		 "'Black September' is a group, neither a person nor a month");
	IS_SPANS("The Head of State arrived late.", NULL, "", "'Head of State' is no person");
	/* titles stay out of names; streets and buildings are places */
	IS_SPANS("PM Jo Marsh spoke outside 10 Downing Street today.", NULL,
		 "PERSON:Jo Marsh|PLACE:Downing Street|DATE:today", "a title before a name, a street by its number");
	IS_SPANS("Aides met at the White House and then at Checkpoint Charlie.", NULL,
		 "PLACE:White House|PLACE:Checkpoint Charlie", "landmarks are places");
	IS_SPANS("No 10 said the plan stood.", NULL, "", "'No' of 'No 10' is no person");
	IS_SPANS("Voters were shaped by Clinton and by the press.", NULL, "PERSON:Clinton",
		 "a town's name WordNet knows as a person's, without 'in', is the person");
	/* clear misses */
	IS_SPANS("Donald Tusk met the mayor.", NULL, "PERSON:Donald Tusk",
		 "a given name from WordNet's people and a common word are a name");
	IS_SPANS("The vines grow near Vessaine in the south.", NULL, "PLACE:Vessaine",
		 "an unknown name after 'near' is a small place");
	IS_SPANS("Talks moved to Frankfurt and then to Calcutta.", NULL, "PLACE:Frankfurt|PLACE:Calcutta",
		 "places WordNet names that the gazetteer spells otherwise");
	IS_SPANS("The pianist Ana Ruiz played first.", NULL, "PERSON:Ana Ruiz",
		 "a word for a kind of person before a name");
	/* results and team sheets */
	IS_SPANS("Hull 2 (Kerwin 30th pen, Dunmore 89th) Leeds 2 (Stannard 18th).", NULL,
		 "PERSON:Kerwin|PERSON:Dunmore|PERSON:Stannard", "scorers with their minute are people");
	IS_SPANS("Did not bat: K. Loft, P. Reedy.", NULL, "PERSON:K. Loft|PERSON:P. Reedy",
		 "an initial and a surname are a person, even a surname that is a common word");
	IS_SPANS("Louis Carr, Santiago newsroom", NULL, "PERSON:Louis Carr|PLACE:Santiago",
		 "a given name and a surname before a comma and a place are a person");
	IS_SPANS("Kett Marlow 2 Dray Lenning 0 Osk Vorra 1 Drel Vanko 3", NULL, "",
		 "the sides of a results line are no people");
	IS_SPANS("Team: 14 - Stuart Clifton (Wales), 3 - Andrew Blades (Wales).", NULL,
		 "PERSON:Stuart Clifton|PLACE:Wales|PERSON:Andrew Blades|PLACE:Wales",
		 "a given name before a town's name, or before a plural, is a person's name");
	IS_SPANS("MILTON 2019-04-02 Rain fell on the town.", NULL, "PLACE:MILTON|DATE:2019-04-02",
		 "a dateline's town, even one that is a given name");
	IS_SPANS("The buses belong to Δημοτική Επιχείρηση (the city firm).", NULL, "",
		 "a phrase in another script is no person without more to go on");
	IS_SPANS("Yesterday Nora Law spoke.", NULL, "DATE:Yesterday|PERSON:Nora Law",
		 "a given name and an organisation word that is a surname too are a name");
	IS_SPANS("He was a tackle in 1966 Orvendo was the best lineman.", NULL, "DATE:1966",
		 "a preposition before a year is the year's, not the next name's");
	IS_SPANS("Walter \"Buck\" Milton (born 4 May 1911) was a goalkeeper. Milton retired early.", NULL,
		 "PERSON:Walter|PERSON:Milton|DATE:4 May 1911|PERSON:Milton",
		 "a name before '(born' opens a biography: a person, in every mention");
	IS_SPANS("The line runs between Brighton and Southampton.", NULL, "PLACE:Brighton|PLACE:Southampton",
		 "two towns joined by 'and' that only a longer place's name starts are two places");
	IS_SPANS("The line leads to Portchester and Fareham.", NULL, "PLACE:Portchester|PLACE:Fareham",
		 "a town beside a place by 'and' is a place");
	IS_SPANS("She sat in the Legislative Assembly of Manitoba and taught at Fairmont State College.", NULL, "",
		 "a place after an organisation word and 'of', or ending in one, is the organisation's");
	IS_SPANS("Two plants shut in the U.S. Up to a third of the fuel was lost.", NULL, "PLACE:U.S.",
		 "an acronym's period before a capitalised common word ends the name");
	IS_SPANS("He won the cup with his younger brother, Orvik.", NULL, "PERSON:Orvik",
		 "a name after a word for a kind of person and a comma is a person's");
	IS_SPANS("The bodies were found further away, said Ruvanga and other witnesses.", NULL, "PERSON:Ruvanga",
		 "'said X and others' names the speaker");
	IS_SPANS("The squadron flew F-16 Falcon jets and B-25 Mitchell bombers.", NULL, "",
		 "a model's letters and figures before a name make a thing");
	IS_SPANS("The road passes Velmont Courthouse and cuts the Kessick Formation.", NULL,
		 "PLACE:Velmont Courthouse|PLACE:Kessick Formation", "a courthouse and a rock formation are places");
	IS_SPANS("Hull 0 Derby 0\nLeicester City 3 Luton 2", NULL, "", "a town and 'City' beside a score is a team");
	IS_FIELD("He lost his bitter 1996 campaign for the seat.", "2013-06-10", "1996", 0, 1, "1996",
		 "a year after an adjective after 'his' is a date");
	IS_SPANS("The road ran on to St. Kelby, Vermont, in the hills.", NULL, "PLACE:St. Kelby|PLACE:Vermont",
		 "a saint's name before a state is a town");
	IS_SPANS("Rolf Amberg president to retire in July.", NULL, "DATE:July",
		 "a name before a lower-case title is the firm the title belongs to");
	IS_SPANS("The villain was Mara, and the two Mara scripts were shelved.", NULL, "",
		 "a province's name WordNet knows only as a person's needs 'in' to be a place");
	/* one sense per document */
	IS_SPANS("The pianist Orsolya played first. Later Orsolya sang, and Orsolya left.", NULL,
		 "PERSON:Orsolya|PERSON:Orsolya|PERSON:Orsolya",
		 "a one-word name a role word makes a person's is one in every mention");
	IS_SPANS("Milton later lost its station. The line ran from Milton to the lake. Trains left Milton at dawn.",
		 NULL, "PLACE:Milton|PLACE:Milton|PLACE:Milton",
		 "a town's name shown to be a place once is one in every mention");
	IS_SPANS("Milton later lost its station. Trains left Milton at dawn.", NULL, "",
		 "... and without that, a town that is a person's name too stays unmarked");
	/* dates in a text about another time */
	static const char *post = "In 1943 the Allies planned the landing. In 1944 they landed in Normandy. "
				  "On 6 June the beaches were taken, 29 years earlier the first war had begun.";
	IS_FIELD(post, "2013-06-10", "6 June", 0, 1, "1944-06-06",
		 "a day without a year takes the year the text talks about");
	IS_FIELD(post, "2013-06-10", "29 years earlier", 0, 1, "1915",
		 "'N years earlier' counts from the year the text talks about");
	IS_FIELD("The minister said on Friday that the firm, founded in 1990, reported on June 6.", "2013-06-10",
		 "June 6", 0, 1, "2013-06-06", "news about its own time keeps the document's year");
	IS_FIELD("On Tuesday the minister will travel to Rome.", "2013-06-10", "Tuesday", 0, 1,
		 "2013-06-11", "a weekday with 'will' is the coming one");
	IS_SPANS("He led the party (1953 -1961) and retired.", NULL, "DATE:1953|DATE:1961",
		 "years in a range with a loose hyphen");
}

int main(void)
{
	E = hl_engine_new();
	if (!ok(E != NULL, "engine loads")) {
		printf("# %s\n", err_msg());
		return done_testing();
	}
	test_api();
	test_person();
	test_two_pass_keys();
	test_place();
	test_not_people();
	test_context_not_names();
	test_dates();
	test_date_spans();
	test_deictic();
	test_span_strings();
	test_corrections();
	test_stamp();
	test_base_offsets();
	test_tokens();
	test_defined_places();
	test_article_errors();
	test_long_text();
	hl_engine_free(&E);
	return done_testing();
}
