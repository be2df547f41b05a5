#!/usr/bin/env python3
"""Peer for eval_segment.sh: jieba (Debian python3-jieba), precise mode.

usage: jieba_segment.py INPUT OUTPUT -> writes words separated by two spaces,
one line per input line; prints the segmentation seconds (dictionary loading
excluded) on stdout.
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
out = ["  ".join(w for w in jieba.cut(line, cut_all=False, HMM=True) if not w.isspace()) for line in lines]
seconds = time.perf_counter() - start
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print(f"{seconds:.6f}")
