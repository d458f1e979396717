#!/usr/bin/env python3
"""gen-wordnet.py -- writes data/wordnet.tsv for the highlight engine: the
named instances of WordNet 3.0 (Debian wordnet-base,
/usr/share/wordnet/data.noun), each with the kind of thing it names, and
WordNet's words for kinds of people.

An instance noun is a synset with an instance-hypernym pointer ("@i"):
"Frankfurt" is an instance of city, "Hitler" of dictator. Its kind comes
from the lexicographer file of the synset (noun.person, noun.location,
noun.group, ...), and for artifacts and natural objects from what they are
instances of:
  person   noun.person
  place    noun.location; natural objects (rivers, mountains, islands) but
           not celestial bodies; structures and ways (buildings, streets,
           bridges) among the artifacts, but not establishments (a
           university is its people as much as its buildings)
  org      noun.group (organisations, parties, teams, peoples)
  other    everything else named (events, works, ships, gods' festivals ...)
  given    the first word of two or more people's full names ("Donald" of
           "Donald Barthelme" and "Donald Glaser"): a given name, unless it
           starts a place's name too ("Abu Dhabi")
  role     a word whose commonest sense is a kind of person (noun.person,
           not a name) and that is no adjective: "pianist", "striker"; a
           name right after it is a person's
A name with several senses is printed once per kind. Names are printed with
spaces for WordNet's underscores; names of one or two letters, short
abbreviations in capitals ("CO"), names with digits or without a capital
letter are left out.

  python3 data/gen-wordnet.py [/usr/share/wordnet] > data/wordnet.tsv
"""
import sys

LEX_PERSON, LEX_LOCATION, LEX_GROUP, LEX_OBJECT, LEX_ARTIFACT = 18, 15, 14, 17, 6
STRUCTURE, WAY, CELESTIAL, ESTABLISHMENT = '04341686', '04564698', '09239740', '03297735'


def records(path):
    """The fields of each line of a WordNet data or index file, without
    the licence lines at its head (they start with a space) or a data
    line's gloss (after ' | ')."""
    with open(path, encoding='latin-1') as f:
        for line in f:
            if not line.startswith(' '):
                yield line.split(' | ')[0].split()


def read(path):
    syn = {}
    for fields in records(path):
        off, lex = fields[0], int(fields[1])
        nw = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(nw)]
        k = 4 + 2 * nw
        np_ = int(fields[k])
        ptrs = [(fields[k + 1 + 4 * i], fields[k + 2 + 4 * i]) for i in range(np_)]
        syn[off] = (lex, words, [o for s, o in ptrs if s in ('@', '@i')],
                    any(s == '@i' for s, _ in ptrs))
    return syn


def ancestors(syn, off, seen=None):
    seen = set() if seen is None else seen
    stack = [off]
    while stack:
        o = stack.pop()
        if o in seen or o not in syn:
            continue
        seen.add(o)
        stack.extend(syn[o][2])
    return seen


def kind(syn, off):
    lex = syn[off][0]
    if lex == LEX_PERSON:
        return 'person'
    if lex == LEX_LOCATION:
        return 'place'
    if lex == LEX_GROUP:
        return 'org'
    up = ancestors(syn, off)
    if lex == LEX_OBJECT and CELESTIAL not in up:
        return 'place'
    if lex == LEX_ARTIFACT and (STRUCTURE in up or WAY in up) and ESTABLISHMENT not in up:
        return 'place'
    return 'other'


def first_senses(path):
    """lemma -> the offset of its commonest sense, from an index file."""
    first = {}
    for fields in records(path):
        np_ = int(fields[3])
        first[fields[0]] = fields[4 + np_ + 2]
    return first


def roles(base, syn):
    """Words whose commonest sense is a kind of person and that are no
    adjective: "pianist", not "official" or "match"."""
    nouns = first_senses(base + '/index.noun')
    adjs = first_senses(base + '/index.adj')
    return {w for w, off in nouns.items()
            if len(w) >= 4 and w.isalpha() and w.islower() and w not in adjs
            and off in syn and syn[off][0] == LEX_PERSON and not syn[off][3]}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
    syn = read(base + '/data.noun')
    out = set()
    firsts = {}
    for off, (lex, words, _, inst) in syn.items():
        if not inst:
            continue
        k = kind(syn, off)
        for w in words:
            name = w.split('(')[0].replace('_', ' ')
            if len(name) < 3 or any(c.isdigit() for c in name) or not any(c.isupper() for c in name):
                continue
            if name.replace('.', '').isupper() and len(name) <= 4:
                continue  # "CO", "USA": abbreviations, matched in any case

            out.add((name, k))
            if k == 'person' and ' ' in name:
                first = name.split(' ')[0]
                if len(first) >= 3 and first.isalpha() and first[0].isupper() and first[1:].islower():
                    firsts[first] = firsts.get(first, 0) + 1
    for w in roles(base, syn):
        out.add((w, 'role'))
    place_firsts = {n.split(' ')[0] for n, k in out if k == 'place' and ' ' in n}
    out |= {(w, 'given') for w, n in firsts.items() if n >= 2 and w not in place_firsts}
    print('# wordnet.tsv -- named instances of WordNet 3.0 with their kind; written by')
    print('# data/gen-wordnet.py from Debian wordnet-base. WordNet 3.0 Copyright 2006 by')
    print('# Princeton University. All rights reserved. (licence: data/README.md)')
    for name, k in sorted(out):
        print('%s\t%s' % (name, k))


main()
