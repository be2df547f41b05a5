#!/usr/bin/env python3
"""Section alignment on the provincial pairs 2025 -> 2026 (issue 15 item 5).

usage: scripts/diff/section_pairs.py [BIN_DIR] [--shared DIR] [--show PAIR...]

Prints, per pair, how many sections cppcc-diff matched (in place or moved),
split, merged, removed and added; --show REGION lists that pair's alignment
(old unit | new unit | scores) for checking by hand.
"""
import argparse, collections, glob, json, os, subprocess, sys

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument('bin_dir', nargs='?', default='build/bin')
ap.add_argument('--shared', default=os.path.join(os.path.dirname(__file__), '../../../shared'))
ap.add_argument('--show', nargs='*', default=[], metavar='REGION')
args = ap.parse_args()

corpus = os.path.join(args.shared, 'corpus')
pairs = [(f, f.replace('-2025.docx', '-2026.txt')) for f in sorted(glob.glob(f'{corpus}/provinces/*-2025.docx'))]
pairs += [(f'{corpus}/gov-report-{r}-2025.txt', f'{corpus}/gov-report-{r}-2026.txt') for r in ('beijing', 'guangdong')]
if not pairs or not all(os.path.exists(p) for pair in pairs for p in pair):
    sys.exit(f'{corpus}: the provincial pairs are missing')


def unit(u):
    if u is None:
        return '-'
    return f"[{u['part_kind'][0]}{u['order']}] {u['label']}{u['heading']}"[:46]


kinds = ('matched', 'moved', 'split', 'merged', 'removed', 'added')
total = collections.Counter()
print(f"{'pair':12}" + ''.join(f'{k:>8}' for k in kinds))
for old, new in pairs:
    region = os.path.basename(new).split('-')[2]
    out = subprocess.run([os.path.join(args.bin_dir, 'cppcc-diff'), '--format', 'json', '--no-word-diff', old, new],
                         capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f'cppcc-diff {old} {new}: exit {out.returncode}: {out.stderr.decode()}')
    secs = json.loads(out.stdout)['sections']
    c = collections.Counter(s['change'] for s in secs)
    total += c
    print(f'{region:12}' + ''.join(f'{c[k]:>8}' for k in kinds))
    if region in args.show:
        for s in secs:
            print(f"    {s['change']:8} {unit(s['old']):48} {unit(s['new'] or s['related']):48}"
                  f" h={s['heading_similarity']:.2f} c={s['content_similarity']:.2f}")
print(f"{'total':12}" + ''.join(f'{total[k]:>8}' for k in kinds))
