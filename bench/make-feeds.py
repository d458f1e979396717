#!/usr/bin/env python3
"""Makes the fixture feeds of bench/feeds: NFEEDS RSS 2.0 feeds of NITEMS
items each, every item with its full text in content:encoded (a few
paragraphs of generated sentences), so that no reader needs to fetch an
item's page. Also writes feeds.opml (the subscriptions, in two folders) and
urls (one address a line, as newsboat reads them).

Addresses are written with the placeholder @BASE@, which feeds-server.py
replaces with its own http://127.0.0.1:PORT when it loads the files (and the
bench replaces in feeds.opml and urls). The text is random words from a
small vocabulary, the same on every run (fixed seed). Usage:
    make-feeds.py OUT_DIR [NFEEDS [NITEMS]]
"""
import os
import random
import sys
from email.utils import formatdate
from xml.sax.saxutils import escape

WORDS = '''
able about above account across action after again against agreement air all
almost along already also although always among amount analysis and animal
another answer any approach area argument around article ask attention autumn
available away back balance bank base basic beach because become before begin
behind believe below between beyond bird black blue board boat body book both
bottom branch bread bridge bright bring brother budget build business busy
call calm camera capital card care carry case cause centre century certain
chair chance change chapter charge cheap check child choice church city class
clean clear clock close cloud coast cold colour common company compare
complete concern condition consider continue control corner cost could
council country course court cover create cross crowd culture current cycle
daily damage dark data daughter debate decide deep degree demand depend
design detail develop different difficult dinner direction discover distance
doctor door double doubt draw dream dress drive during early earth east easy
economy edge effect effort either election energy engine enough entire
environment equal evening event every evidence exactly example expect
experience explain face fact factory fair fall family farm fast father
feature field figure final finger fire first floor flower follow food force
forest form forward free fresh friend front fruit full future garden general
glass global gold government great green ground group growth half hand happen
harbour hard head health heart heavy high hill history hold home hope horse
hospital hotel hour house human idea image important increase industry
information inside interest island issue join journey judge keep kitchen
knowledge land language large late later lead learn leave letter level library
light likely line list little local long machine main major manage market
material matter measure meeting memory method middle might minute model moment
money month morning mother mountain move music nation nature near network
never night north note number object ocean office often open order other
outside page paper parent party past pattern peace people period person
picture piece place plan plant point policy poor popular position power
practice present pressure price private problem process produce project
public quality question quick quiet rain range rather reach reason record
region report result return river road rock room round rule safe school
science season second section service several shape share ship short side
signal silver simple single sister size slow small social society soft south
space speak special spring square staff stage standard station steel still
stone story street strong study summer support surface system table teacher
team test theory thing third thought through time today together tomorrow
total town trade train travel tree trouble true under union unit until valley
value village visit voice wall water weather week west whole window winter
without wood word work world writer yellow young
'''.split()

TAGS = ['science', 'travel', 'economy', 'music', 'gardens', 'history', 'sport', 'weather']


def sentence(rng):
    n = rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    if n > 12 and rng.random() < 0.3:
        k = rng.randrange(3, n - 3)
        words[k] += ','
    return ' '.join(words) + rng.choice('..........?!')


def paragraph(rng, base, f):
    sents = [sentence(rng) for _ in range(rng.randint(3, 6))]
    html = ' '.join(sents)
    r = rng.random()
    if r < 0.25:
        w = rng.choice(WORDS)
        html = html.replace(' ' + w + ' ', ' <em>' + w + '</em> ', 1)
    elif r < 0.4:
        w = rng.choice(WORDS)
        html = html.replace(' ' + w + ' ', ' <a href="%s/feed%03d/about-%s.html">%s</a> ' % (base, f, w, w), 1)
    return '<p>' + html + '</p>'


def item(rng, f, i, when):
    base = '@BASE@'
    title = ' '.join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
    paras = [paragraph(rng, base, f) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.2:
        paras.insert(2, '<h2>%s</h2>' % ' '.join(rng.choice(WORDS) for _ in range(3)).capitalize())
    if rng.random() < 0.2:
        paras.insert(1, '<ul>%s</ul>' % ''.join('<li>%s</li>' % sentence(rng) for _ in range(3)))
    body = '\n'.join(paras)
    cats = rng.sample(TAGS, rng.randint(0, 2))
    out = ['    <item>',
           '      <title>%s</title>' % escape(title),
           '      <link>%s/feed%03d/item%02d.html</link>' % (base, f, i),
           '      <guid isPermaLink="false">bench-feed%03d-item%02d</guid>' % (f, i),
           '      <pubDate>%s</pubDate>' % formatdate(when, usegmt=True),
           '      <dc:creator>%s %s</dc:creator>' % (rng.choice(WORDS).capitalize(), rng.choice(WORDS).capitalize())]
    out += ['      <category>%s</category>' % c for c in cats]
    out += ['      <description>%s</description>' % escape(sentence(rng)),
            '      <content:encoded><![CDATA[%s]]></content:encoded>' % body,
            '    </item>']
    return '\n'.join(out)


def feed(rng, f, nitems):
    base = '@BASE@'
    title = 'Bench feed %03d: %s' % (f, ' '.join(rng.choice(WORDS) for _ in range(3)))
    start = 1767225600 - f * 3600  # 2026-01-01, a little earlier for each feed
    items = [item(rng, f, i, start - i * 5400) for i in range(nitems)]
    return '\n'.join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
        '  <channel>',
        '    <title>%s</title>' % escape(title),
        '    <link>%s/feed%03d/</link>' % (base, f),
        '    <description>Generated text for the gloss feed benchmark.</description>',
        '    <language>en</language>',
        '    <lastBuildDate>%s</lastBuildDate>' % formatdate(start, usegmt=True),
    ] + items + ['  </channel>', '</rss>', ''])


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: make-feeds.py OUT_DIR [NFEEDS [NITEMS]]')
    out = sys.argv[1]
    nfeeds = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    nitems = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    rng = random.Random(20261202)
    os.makedirs(out, exist_ok=True)
    names = []
    for f in range(nfeeds):
        name = 'feed%03d.xml' % f
        with open(os.path.join(out, name), 'w', encoding='utf-8') as fp:
            fp.write(feed(rng, f, nitems))
        names.append(name)
    with open(os.path.join(out, 'urls'), 'w', encoding='utf-8') as fp:
        for name in names:
            fp.write('@BASE@/%s\n' % name)
    opml = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
            '  <head><title>bench feeds</title></head>', '  <body>']
    for folder in ('even', 'odd'):
        opml.append('    <outline text="%s">' % folder)
        for f, name in enumerate(names):
            if (f % 2 == 0) == (folder == 'even'):
                opml.append('      <outline type="rss" text="Bench feed %03d" xmlUrl="@BASE@/%s"/>' % (f, name))
        opml.append('    </outline>')
    opml += ['  </body>', '</opml>', '']
    with open(os.path.join(out, 'feeds.opml'), 'w', encoding='utf-8') as fp:
        fp.write('\n'.join(opml))


if __name__ == '__main__':
    main()
