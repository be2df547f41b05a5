#!/usr/bin/env python3
"""Inputs for scripts/bench's worst cases (and tests/unit/robustness's shapes).

  hostile.py nested N SEED OUT      SEED with N nested “…” around one character in its middle
  hostile.py big MB SECTION_KB SEED OUT
                                    SEED grown to about MB megabytes: every section's
                                    paragraphs repeated to about SECTION_KB kilobytes (long
                                    word diffs, one figure named thousands of times), then
                                    the whole body repeated
  hostile.py indicators MB SALT SEED OUT
                                    SEED's head and closing around MB megabytes of distinct
                                    made-up indicators, all ending in 增长 (the fuzzy figure match)
"""
import random
import re
import sys

HEADING = re.compile(r'^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)')


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')


def write(path, lines):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def nested(n, seed, out):
    lines = read_lines(seed)
    mid = len(lines) // 2
    write(out, lines[:mid] + ['“' * n + '中' + '”' * n] + lines[mid:])


def big(mb, section_kb, seed, out):
    lines = read_lines(seed)
    head, body, tail = lines[:4], lines[4:-8], lines[-8:]
    sections, current = [], []
    for line in body:
        if HEADING.match(line) and current:
            sections.append(current)
            current = []
        current.append(line)
    sections.append(current)
    fat = []
    for sec in sections:
        paras = sec[1:] or sec
        size = max(1, len('\n'.join(paras).encode()))
        fat += sec[:1] + paras * max(1, int(section_kb * 1000 / size))
    size = len('\n'.join(fat).encode())
    write(out, head + fat * max(1, int(mb * 1e6 / size)) + tail)


def indicators(mb, salt, seed, out):
    lines = read_lines(seed)
    rng = random.Random(salt)
    paras, size = [], 0
    while size < mb * 1e6:
        name = ''.join(chr(0x4E00 + rng.randrange(3000)) for _ in range(6))
        para = '　　全市%s增长%d%%。' % (name, rng.randint(1, 9))
        paras.append(para)
        size += len(para.encode())
    write(out, lines[:30] + paras + lines[-8:])


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'nested':
        nested(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 6 and sys.argv[1] == 'big':
        big(float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 6 and sys.argv[1] == 'indicators':
        indicators(float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        sys.exit(__doc__)
