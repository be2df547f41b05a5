#!/usr/bin/env python3
"""Word segmentation scorer with the definition of SIGHAN's icwb2 `score` script.

Per line, gold and test words are aligned as `diff` aligns two one-word-per-line
files (a longest common subsequence); a word counts as correct when it is in an
unchanged line of that alignment. Recall = correct gold words / gold words,
precision = correct test words / test words, F1 their harmonic mean, OOV recall
= correct gold words not in the training word list / such words. U+3000 counts
as a space, as in the script. Lines whose gold is empty are skipped.

usage: score.py TRAINING_WORDS GOLD TEST  -> prints "P R F1 OOV_R" as JSON
"""
import json
import sys


def words(line):
    return line.replace("\u3000", " ").split()


def lcs_mask(a, b):
    """Marks the items of A that belong to a longest common subsequence with B."""
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    hi_a, hi_b = len(a), len(b)
    while hi_a > lo and hi_b > lo and a[hi_a - 1] == b[hi_b - 1]:
        hi_a -= 1
        hi_b -= 1
    mask = [True] * lo + [False] * (hi_a - lo) + [True] * (len(a) - hi_a)
    ma, mb = a[lo:hi_a], b[lo:hi_b]
    if ma and mb:
        n, m = len(ma), len(mb)
        table = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n - 1, -1, -1):
            row, below = table[i], table[i + 1]
            x = ma[i]
            for j in range(m - 1, -1, -1):
                row[j] = below[j + 1] + 1 if x == mb[j] else max(below[j], row[j + 1])
        i = j = 0
        while i < n and j < m:
            if ma[i] == mb[j]:
                mask[lo + i] = True
                i += 1
                j += 1
            elif table[i + 1][j] >= table[i][j + 1]:
                i += 1
            else:
                j += 1
    return mask


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        vocab = {line.strip() for line in f}
    with open(sys.argv[2], encoding="utf-8") as f:
        gold = f.read().split("\n")
    with open(sys.argv[3], encoding="utf-8") as f:
        test = f.read().split("\n")
    n_gold = n_test = correct = oov = oov_correct = 0
    for g_line, t_line in zip(gold, test):
        g, t = words(g_line), words(t_line)
        if not g:
            continue
        mask = lcs_mask(g, t)
        n_gold += len(g)
        n_test += len(t)
        correct += sum(mask)
        for w, ok in zip(g, mask):
            if w not in vocab:
                oov += 1
                oov_correct += ok
    p = correct / n_test if n_test else 0.0
    r = correct / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"p": p, "r": r, "f1": f1, "oov_r": oov_correct / oov if oov else None,
                      "gold_words": n_gold, "test_words": n_test}))


if __name__ == "__main__":
    main()
