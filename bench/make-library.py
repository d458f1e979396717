#!/usr/bin/env python3
"""Makes a library of N synthetic articles for the benchmarks.

Each article is a seed article (seeds/*.txt) with its sentences shuffled and
a few words varied, a unique title and a date, so that every file has its own
content hash and the full-text index sees varied text. Usage:
    make-library.py SEEDS_DIR OUT_DIR N
"""
import os
import random
import re
import sys


def main():
    seeds, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(20261127)
    bodies = []
    for name in sorted(os.listdir(seeds)):
        if not name.endswith('.txt'):
            continue
        text = open(os.path.join(seeds, name), encoding='utf-8').read()
        parts = text.split('\n\n', 1)
        body = parts[1] if len(parts) == 2 and parts[0].startswith('Title:') else text
        bodies.append(re.split(r'(?<=[.!?])\s+', body.strip()))
    words = ['trade', 'security', 'climate', 'energy', 'shipping', 'health',
             'fisheries', 'cyber', 'space', 'education', 'finance', 'water']
    os.makedirs(out, exist_ok=True)
    per_dir = 10000
    for i in range(n):
        sub = os.path.join(out, 'd%02d' % (i // per_dir))
        if i % per_dir == 0:
            os.makedirs(sub, exist_ok=True)
        sents = list(rng.choice(bodies))
        rng.shuffle(sents)
        topic = rng.choice(words)
        y, m, d = 2000 + i % 26, 1 + i % 12, 1 + i % 28
        body = ' '.join(sents).replace('security', topic)
        with open(os.path.join(sub, 'a%06d.txt' % i), 'w', encoding='utf-8') as f:
            f.write('Title: Article %d on %s\nDate: %04d-%02d-%02d\n'
                    'Source: https://example.org/%d\n\n%s\n\nNumber %d.\n'
                    % (i, topic, y, m, d, i, body, i))


if __name__ == '__main__':
    main()
