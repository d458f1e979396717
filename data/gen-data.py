#!/usr/bin/env python3
"""gen-data.py CITIES.tsv OUTDIR -- writes gazetteer.tsv and words.tsv.

gazetteer.tsv: NAME<TAB>KIND<TAB>POPULATION, KIND one of
  country (ISO 3166-1 name, common and official names),
  former (ISO 3166-3 former countries), subdivision (ISO 3166-2),
  city (libgeonames, with its state as a subdivision when it names one).
words.tsv: WORD<TAB>FLAGS from hunspell en_US.dic and wamerican, WORD lower-cased, FLAGS
  c = a lower-case entry exists (a common word), p = a capitalised entry
  exists (a proper noun or a word used as one).
"""
import json, sys, re

cities, out = sys.argv[1], sys.argv[2]
ISO = '/usr/share/iso-codes/json/'
DIC = '/usr/share/hunspell/en_US.dic'

gaz = {}

def add(name, kind, pop=0):
    name = name.strip()
    if not name or len(name) < 2:
        return
    rank = {'country': 4, 'former': 3, 'subdivision': 2, 'city': 1}
    old = gaz.get(name)
    if old is None or rank[kind] > rank[old[0]] or (old[0] == kind and pop > old[1]):
        gaz[name] = (kind, max(pop, old[1] if old else 0))

def iso_names(e):
    names = [e['name']]
    for k in ('common_name', 'official_name'):
        if k in e:
            names.append(e[k])
    res = []
    for n in names:
        n = re.sub(r'\s*\(.*?\)', '', n).strip()   # "Falkland Islands (Malvinas)"
        if not n or n[0] == '(':
            continue
        # "Korea, Republic of" -> "Republic of Korea" and "Korea"
        m = re.match(r'^(.*?), (.*)$', n)
        if m:
            head, tail = m.group(1), m.group(2)
            if tail.endswith(' of') or tail.endswith(' of the'):
                res.append(tail + ' ' + head)
                res.append(head)
            elif re.match(r'^[A-Z][a-z]+$', tail):
                res.append(tail + ' ' + head)   # "Virgin Islands, British"
            else:
                res.append(head)
            continue
        if n.startswith('the '):
            n = n[4:]
        res.append(n)
    return res

for e in json.load(open(ISO + 'iso_3166-1.json'))['3166-1']:
    for n in iso_names(e):
        add(n, 'country')
for e in json.load(open(ISO + 'iso_3166-3.json'))['3166-3']:
    for n in iso_names(e):
        add(n, 'former')
for e in json.load(open(ISO + 'iso_3166-2.json'))['3166-2']:
    if e.get('parent') and e['type'] not in ('State', 'Province', 'Region', 'Prefecture',
                                              'County', 'Canton', 'Country', 'Nation',
                                              'Autonomous region', 'Municipality'):
        pass
    for n in iso_names(e):
        add(n, 'subdivision')
for line in open(cities, encoding='utf-8'):
    name, state, cc, pop = line.rstrip('\n').split('\t')
    add(name, 'city', int(pop or 0))

with open(out + '/gazetteer.tsv', 'w', encoding='utf-8') as f:
    for n in sorted(gaz):
        if '\t' in n or '\n' in n:
            continue
        f.write('%s\t%s\t%d\n' % (n, gaz[n][0], gaz[n][1]))

words = {}
with open(DIC, encoding='utf-8', errors='replace') as f:
    next(f)
    for line in f:
        w = line.split('/')[0].strip()
        if not w or not w[0].isalpha():
            continue
        flag = 'c' if w[0].islower() else 'p'
        k = w.lower()
        words[k] = ''.join(sorted(set(words.get(k, '') + flag)))
# wamerican (SCOWL, the same word list as hunspell's) has the inflected
# forms ("later", "investigators") that the .dic leaves to affix rules.
with open('/usr/share/dict/american-english', encoding='utf-8', errors='replace') as f:
    for line in f:
        w = line.strip()
        if not w or not w[0].isalpha() or w.endswith("'s"):
            continue
        flag = 'c' if w[0].islower() else 'p'
        k = w.lower()
        words[k] = ''.join(sorted(set(words.get(k, '') + flag)))
with open(out + '/words.tsv', 'w', encoding='utf-8') as f:
    for k in sorted(words):
        f.write('%s\t%s\n' % (k, words[k]))
