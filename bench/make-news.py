#!/usr/bin/env python3
"""make-news.py -- dense news-like text for bench/entities.

Writes SIZE bytes of paragraphs to standard output: the seed articles'
bodies (seeds/*.txt, header left out) mixed with sentences made here from
templates and sentences without names, so that every 100 words hold at
least 3 people, 3 places and 3 dates (bench/entities prints what the
engine found). The names are combined from short lists, so a
long text keeps meeting new people as well as old ones. Deterministic: the
same SIZE gives the same bytes.

    make-news.py SEEDS_DIR SIZE_BYTES [--stats]
"""
import glob
import os
import random
import re
import sys

GIVEN = ["Anna", "Peter", "Maria", "James", "Elena", "Tomas", "Sofia", "David",
         "Laura", "Michael", "Ingrid", "Carlos", "Fatima", "Kenji", "Amara",
         "Robert", "Helen", "Victor", "Nadia", "Samuel", "Olga", "Hassan",
         "Claire", "Pablo", "Yuki", "George", "Irene", "Daniel", "Rosa", "Omar"]
FAMILY = ["Keller", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka",
          "Brennan", "Castillo", "Haddad", "Petrov", "Whitfield", "Achebe",
          "Sorensen", "Ferreira", "Kowalski", "Nakamura", "Osei", "Reyes",
          "Hartmann", "Abbasi", "Lindgren", "Marsh", "Quinlan", "Varga",
          "Dubois", "Mwangi", "Okonkwo", "Sato", "Fischer", "Romano"]
TITLES = ["President", "Prime Minister", "Senator", "Governor", "Mayor",
          "Foreign Minister", "General", "Dr.", "Mr.", "Ms."]
PLACES = ["London", "Paris", "Berlin", "Tokyo", "Seoul", "Manila", "Nairobi",
          "Lagos", "Cairo", "Madrid", "Lisbon", "Warsaw", "Vienna", "Prague",
          "Ottawa", "Chicago", "Boston", "Texas", "California", "Brazil",
          "Argentina", "Kenya", "Germany", "France", "Japan", "Canada",
          "Mexico", "Sydney", "Oslo", "Stockholm", "Helsinki", "Athens"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]

# Our own sentences; P = a person, Q = a place, D = a date.
TEMPLATES = [
    "{P} arrived in {Q} on {D} for talks with {P2}.",
    "Speaking in {Q} on {D}, {P} said the agreement would hold.",
    "{P}, who met {P2} in {Q} last week, will return on {D}.",
    "The report, published on {D} in {Q}, was welcomed by {P}.",
    "{T} {P} told reporters in {Q} that the vote would take place on {D}.",
    "Officials in {Q} said {P} had been released on {D}.",
    "On {D}, {P} and {P2} signed the trade accord in {Q}.",
    "{P} is expected to visit {Q} and {Q2} before {D}, aides said.",
    "Markets in {Q} fell sharply on {D} after {P} announced new tariffs.",
    "{P} spent three years in {Q} before moving to {Q2} in {Y}.",
    "In a statement issued on {D}, {T} {P} thanked the people of {Q}.",
    "The talks in {Q} ended on {D} without a deal, {P} said.",
    # a person met before, by family name alone, as news goes on
    "{S} said the talks in {Q} had gone well.",
    "According to {S}, the vote in {Q} was delayed until {D}.",
]


# Our own sentences without names or dates, as news has between them.
FILLER = [
    "The agreement covers trade, energy and the security of shipping lanes.",
    "Critics say the plan does too little to protect small farmers.",
    "Prices for bread and fuel have risen sharply over the past year.",
    "Negotiators worked through the night to settle the final details.",
    "The ministry did not respond to a request for comment.",
    "Thousands of people gathered outside the parliament building.",
    "Analysts expect the central bank to keep interest rates unchanged.",
    "The company said it would cut about a tenth of its workforce.",
    "Heavy rain flooded several roads and closed two schools.",
    "Both sides described the meeting as frank and constructive.",
]


def seed_bodies(seeds):
    out = []
    for f in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        out.extend(p.strip() for p in body.split("\n") if p.strip())
    return out


MET = ["Keller"]  # family names of people met lately (at most 8)


def person(rng):
    family = rng.choice(FAMILY)
    if len(MET) < 8:
        MET.append(family)
    else:
        MET[rng.randrange(len(MET))] = family
    return rng.choice(GIVEN) + " " + family


def date(rng):
    k = rng.randrange(4)
    if k == 0:
        return "%s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), rng.randint(1990, 2025))
    if k == 1:
        return "%d %s %d" % (rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1990, 2025))
    if k == 2:
        return rng.choice(WEEKDAYS)
    return "%s %d" % (rng.choice(MONTHS), rng.randint(1, 28))


def sentence(rng):
    t = rng.choice(TEMPLATES)
    return t.format(P=person(rng), P2=person(rng), Q=rng.choice(PLACES),
                    Q2=rng.choice(PLACES), D=date(rng), T=rng.choice(TITLES), S=rng.choice(MET),
                    Y=rng.randint(1980, 2024))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: make-news.py SEEDS_DIR SIZE_BYTES [--stats]")
    seeds, size = sys.argv[1], int(sys.argv[2])
    rng = random.Random(13)
    paras = seed_bodies(seeds)
    out, n, k = [], 0, 0
    while n < size:
        if paras and k % 3 == 0:
            p = paras[(k // 3) % len(paras)]
        else:
            p = " ".join(sentence(rng) if rng.random() < 0.45 else rng.choice(FILLER)
                         for _ in range(rng.randint(4, 9)))
        k += 1
        out.append(p + "\n\n")
        n += len(p.encode("utf-8")) + 2
    text = "".join(out).encode("utf-8")[:size]
    sys.stdout.buffer.write(text)
    if "--stats" in sys.argv[3:]:
        words = len(re.findall(rb"\S+", text))
        sys.stderr.write("%d bytes, %d words\n" % (len(text), words))


if __name__ == "__main__":
    main()
