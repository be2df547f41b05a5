#!/usr/bin/env python3
"""Peer for scripts/bench: jieba (Debian python3-jieba), precise mode,
segmentation only, output discarded.

usage: jieba_cut.py INPUT -> prints the segmentation seconds (dictionary
loading and reading excluded) on stdout; words are counted, not written.
"""
import logging
import sys
import time

import jieba

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().split("\n")
start = time.perf_counter()
words = 0
for line in lines:
    for w in jieba.cut(line, cut_all=False, HMM=True):
        words += 1
seconds = time.perf_counter() - start
print(f"{seconds:.6f}")
print(f"words {words}", file=sys.stderr)
