#!/usr/bin/env python3
"""Score cppcc-diff's targets and outcomes against the blind truth table (issue 15).

usage: scripts/diff/score_series.py [BIN_DIR] [--shared DIR] [--truth TSV] [--quiet] [--all]
                                    [--min NAME=N ...] [--max NAME=N ...]

tests/gold/diff/national-targets-2016-2020.tsv holds every quantitative target of
the national reports 2016-2020 with the outcome the next report states (made by
hand by a reader who never ran the tools). Two views are scored, strictly:

  series     `cppcc-diff --format csv` over the five reports: a target is found
             when a target row of its year has its value (and range end) at its
             line; the outcome is the outcome row of the same indicator and year.
  judgement  `cppcc-diff --format json Y Y+1` for each pair: the target among
             `targets[]` (its line and value), the outcome it was judged on, and
             the status (met / missed / not-reported).

An outcome is right when value and line are the table's, missing when the
table has one and the tool none, false when the tool gives a value the table
does not (a wrong value, or one where the table says not reported). `main`
counts the rows of each year's 主要预期目标 list. Every miss and false one is
listed. --min/--max NAME=N (names as in the totals line, e.g.
judgement.outcome_false=0) turn the numbers into a test: exit 1 when one fails.
"""
import argparse, collections, csv, io, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument('bin_dir', nargs='?', default='build/bin')
ap.add_argument('--shared', default=os.path.join(HERE, '../../../shared'))
ap.add_argument('--truth', default=os.path.join(HERE, '../../tests/gold/diff/national-targets-2016-2020.tsv'))
ap.add_argument('--quiet', action='store_true', help='totals only, no list of misses')
ap.add_argument('--all', action='store_true', help='score the series of cppcc-diff --all (indicators of one year too)')
ap.add_argument('--min', action='append', default=[], metavar='NAME=N')
ap.add_argument('--max', action='append', default=[], metavar='NAME=N')
args = ap.parse_args()

YEARS = range(2016, 2021)
corpus = os.path.join(args.shared, 'corpus')
files = {y: os.path.join(corpus, f'gov-report-national-{y}.txt') for y in YEARS}
missing = [f for f in files.values() if not os.path.exists(f)]
if missing:
    print(f'{missing[0]}: the national reports are missing', file=sys.stderr)
    sys.exit(77)
diff = os.path.join(args.bin_dir, 'cppcc-diff')


def number(s):
    return None if s in ('', '-', None) else float(s)


def same(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def run(argv):
    out = subprocess.run([diff] + argv, capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f'cppcc-diff {" ".join(argv)}: exit {out.returncode}: {out.stderr.decode()}')
    return out.stdout.decode('utf-8-sig')


# --- the truth table --------------------------------------------------------
lines = [l for l in open(args.truth, encoding='utf-8') if not l.startswith('#') and l.strip()]
truth = list(csv.DictReader(io.StringIO(''.join(lines)), delimiter='\t'))


def main_line(year):
    """The line of the year's 主要预期目标 list (2020 words it 预期目标作了适当调整)."""
    with open(files[year], encoding='utf-8') as f:
        for n, text in enumerate(f, 1):
            if ('预期目标是' in text or '预期目标作了' in text) and '城镇新增就业' in text:
                return n
    return None


main_lines = {y: main_line(y) for y in YEARS}
for t in truth:
    t['year'] = int(t['target_year'])
    t['main'] = int(t['target_line']) == main_lines[t['year']]
    t['label'] = f"{t['year']} L{t['target_line']} {t['indicator']} {t['target_surface']}"

# --- the series -------------------------------------------------------------
series = list(csv.DictReader(io.StringIO(run(['--format', 'csv'] + (['--all'] if args.all else []) +
                                              [files[y] for y in YEARS]))))
targets_at = collections.defaultdict(list)      # (year, line) -> target rows
outcomes_of = {}                                # (year, indicator, unit) -> outcome row
for r in series:
    year = int(r['year'])
    if r['is_target'] == 'true':
        if os.path.samefile(r['file'], files[year]):
            targets_at[(year, int(r['line']))].append(r)
    else:
        outcomes_of.setdefault((year, r['indicator'], r['unit']), r)


def is_target(t, value, value_max, line):
    return (line == int(t['target_line']) and same(value, number(t['target_value']))
            and (value_max is None) == (number(t['target_value_max']) is None)
            and (value_max is None or same(value_max, number(t['target_value_max']))))


def judge_outcome(t, value, line):
    """right / missing / false / none (neither gives one) for the tool's outcome."""
    want = number(t['outcome_value'])
    if value is None:
        return 'missing' if want is not None else 'none'
    if want is not None and same(value, want) and line == int(t['outcome_line']):
        return 'right'
    return 'false'


def bigrams(s):
    return collections.Counter(s[i:i + 2] for i in range(len(s) - 1)) if len(s) > 1 else collections.Counter([s])


def likeness(a, b):
    """Dice of character bigrams: which of two figures at one line with one value is the row's."""
    x, y = bigrams(a), bigrams(b)
    return 2 * sum((x & y).values()) / max(1, sum(x.values()) + sum(y.values()))


def assign(candidates_of):
    """Truth rows to the tool's figures one to one: at one line and value the
    most alike indicators first (3% 能耗 and 3% 价格 on one line stay apart)."""
    pairs = sorted(((likeness(t['indicator'], c['indicator']), ti, ci)
                    for ti, t in enumerate(truth) for ci, c in candidates_of(t)), reverse=True)
    got, used = {}, set()
    for _, ti, ci in pairs:
        if ti not in got and ci not in used:
            got[ti] = ci
            used.add(ci)
    # One figure the text gives two rows (二氧化硫、氮氧化物排放量分别下降3%) is found for both.
    where = {(truth[ti]['year'], truth[ti]['target_line'], truth[ti]['target_surface']): ci for ti, ci in got.items()}
    for ti, t in enumerate(truth):
        key = (t['year'], t['target_line'], t['target_surface'])
        if ti not in got and key in where and any(ci == where[key] for ci, _ in candidates_of(t)):
            got[ti] = where[key]
    return got


def series_candidates(t):
    return [(id(r), r) for r in targets_at.get((t['year'], int(t['target_line'])), [])
            if is_target(t, number(r['value']), number(r['value_max']), int(r['line']))]


series_by_id = {id(r): r for rs in targets_at.values() for r in rs}
series_of = assign(series_candidates)


def series_view(ti, t):
    if ti not in series_of:
        return None, judge_outcome(t, None, None), None
    row = series_by_id[series_of[ti]]
    o = outcomes_of.get((t['year'], row['indicator'], row['unit']))
    if o is None:
        return row, judge_outcome(t, None, None), None
    return row, judge_outcome(t, number(o['value']), int(o['line'])), o


# --- the pairwise judgement -------------------------------------------------
judged = {}
for y in YEARS:
    if y + 1 in files:
        judged[y] = json.loads(run(['--format', 'json', '--no-word-diff', files[y], files[y + 1]]))['targets']


def judgement_candidates(t):
    out = []
    for i, j in enumerate(judged.get(t['year'], [])):
        q = j['target']
        if is_target(t, q['value'], q['value_max'], q['span']['line']):
            out.append(((t['year'], i), dict(j, indicator=q['indicator'])))
    return out


judged_of = assign(judgement_candidates)


def judgement_view(ti, t):
    """The tool's judgement of row t: (target entry or None, outcome verdict)."""
    if ti not in judged_of:
        return None, judge_outcome(t, None, None)
    year, i = judged_of[ti]
    j = judged[year][i]
    o = j['outcome']
    if o is None:
        return j, judge_outcome(t, None, None)
    return j, judge_outcome(t, o['value'], o['span']['line'])


# --- score --------------------------------------------------------------------
count = collections.defaultdict(collections.Counter)   # year -> name -> n
notes = collections.defaultdict(list)                  # kind -> lines


def tally(year, name, n=1):
    count[year][name] += n
    count['total'][name] += n


def describe(q):
    if q is None:
        return '-'
    return f"{q['indicator']} {q['surface']} L{q['span']['line']}"


for ti, t in enumerate(truth):
    y = t['year']
    tally(y, 'rows')
    if t['main']:
        tally(y, 'main_rows')
    if t['outcome_value'] not in ('-', ''):
        tally(y, 'outcomes')
    # series
    row, verdict, o = series_view(ti, t)
    if row:
        tally(y, 'series.targets')
        if t['main']:
            tally(y, 'series.main_targets')
    else:
        notes['series: target not found' + (' (main)' if t['main'] else '')].append(t['label'])
    if verdict in ('right', 'missing', 'false'):
        tally(y, f'series.outcome_{verdict}')
    if verdict == 'false':
        notes['series: FALSE outcome'].append(f"{t['label']}: tool {o['indicator']} {o['value']}{o['unit']} "
                                              f"L{o['line']}; table {t['outcome_surface']} L{t['outcome_line']}")
    elif verdict == 'missing' and row:
        notes['series: outcome missing'].append(f"{t['label']}: table {t['outcome_surface']} L{t['outcome_line']}")
    # judgement (no report after 2020: nothing to judge)
    if t['status'] == '-':
        continue
    tally(y, 'statuses')
    j, verdict = judgement_view(ti, t)
    if j:
        tally(y, 'judgement.targets')
        if t['main']:
            tally(y, 'judgement.main_targets')
    else:
        notes['judgement: target not found' + (' (main)' if t['main'] else '')].append(t['label'])
    if verdict in ('right', 'missing', 'false'):
        tally(y, f'judgement.outcome_{verdict}')
    if verdict == 'false':
        notes['judgement: FALSE outcome'].append(f"{t['label']}: tool {describe(j['outcome'])} ({j['status']}); "
                                                 f"table {t['outcome_surface']} L{t['outcome_line']}")
    elif verdict == 'missing' and j:
        notes['judgement: outcome missing'].append(f"{t['label']}: table {t['outcome_surface']} L{t['outcome_line']}")
    if j and j['status'] == t['status']:
        tally(y, 'judgement.status_right')
    elif j:
        notes['judgement: wrong status'].append(f"{t['label']}: tool {j['status']}, table {t['status']}")

columns = [('rows', 'rows'), ('main_rows', 'main'),
           ('series.targets', 'S.tgt'), ('series.main_targets', 'S.main'), ('outcomes', 'outc'),
           ('series.outcome_right', 'S.ok'), ('series.outcome_missing', 'S.miss'), ('series.outcome_false', 'S.FALSE'),
           ('statuses', 'stat'), ('judgement.targets', 'J.tgt'), ('judgement.main_targets', 'J.main'),
           ('judgement.outcome_right', 'J.ok'), ('judgement.outcome_missing', 'J.miss'),
           ('judgement.outcome_false', 'J.FALSE'), ('judgement.status_right', 'J.stat')]
print('S = series (--format csv), J = judgement of last year\'s targets (--format json Y Y+1)')
print(f"{'year':6}" + ''.join(f'{short:>8}' for _, short in columns))
for y in list(YEARS) + ['total']:
    print(f'{y!s:6}' + ''.join(f'{count[y][name]:>8}' for name, _ in columns))
if not args.quiet:
    for kind in sorted(notes):
        print(f'\n{kind} ({len(notes[kind])}):')
        for n in notes[kind]:
            print('  ' + n)

failed = False
for spec, ok in [(s, lambda got, want: got >= want) for s in args.min] + \
                [(s, lambda got, want: got <= want) for s in args.max]:
    name, _, want = spec.partition('=')
    got = count['total'][name]
    if not ok(got, int(want)):
        print(f'FAIL: {name} = {got}, bound {spec}')
        failed = True
sys.exit(1 if failed else 0)
