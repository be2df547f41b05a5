#!/usr/bin/env python3
"""Turns the measurements of scripts/bench into a table and a JSON record.

usage: report.py RESULTS.tsv STARTUP.tsv BYTES FILES JOBS OUT.json ICU_SOURCE

Throughput is input bytes / wall seconds of the whole process (start to exit).
jieba's baseline is its segmentation time alone (dictionary loading excluded,
as the issue asks: "faster than jieba's segmentation alone"); ICU's is the
whole process, like ours.
"""
import datetime
import json
import os
import platform
import sys

results_tsv, startup_tsv, nbytes, nfiles, jobs, out_json, icu_src = sys.argv[1:8]
nbytes, nfiles, jobs = int(nbytes), int(nfiles), int(jobs)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


runs = {}
for name, status, secs, kb, inner in rows(results_tsv):
    r = {"status": status}
    if status == "ok":
        r["seconds"] = float(secs)
        r["peak_mb"] = int(kb) / 1024
        r["mb_per_s"] = nbytes / 1e6 / float(secs)
        if inner:
            r["inner_seconds"] = float(inner)
    runs[name] = r

jieba = runs.get("jieba", {})
jieba_rate = nbytes / 1e6 / jieba["inner_seconds"] if "inner_seconds" in jieba else None
icu = runs.get("icu-wordbreak", {})
icu_rate = icu.get("mb_per_s")
for r in runs.values():
    if "mb_per_s" in r:
        if jieba_rate:
            r["vs_jieba"] = r["mb_per_s"] / jieba_rate
        if icu_rate:
            r["vs_icu"] = r["mb_per_s"] / icu_rate


def fmt(v, spec):
    return format(v, spec) if isinstance(v, (int, float)) else "-"


load = os.getloadavg()
print(f"\nCorpus: {nfiles} files, {nbytes / 1e6:.1f} MB (UTF-8), {os.cpu_count()} cores, "
      f"load average {load[0]:.1f} (timings are noisy when other work shares the cores)\n")
print(f"{'run':<22} {'status':<12} {'seconds':>8} {'MB/s':>8} {'peak MB':>8} {'vs jieba':>9} {'vs ICU':>8}")
for name, r in runs.items():
    print(f"{name:<22} {r['status']:<12} {fmt(r.get('seconds'), '8.2f')} {fmt(r.get('mb_per_s'), '8.2f')} "
          f"{fmt(r.get('peak_mb'), '8.1f')} {fmt(r.get('vs_jieba'), '8.1f')}x {fmt(r.get('vs_icu'), '7.2f')}x")
if jieba_rate:
    print(f"(jieba: segmentation alone {jieba['inner_seconds']:.2f} s = {jieba_rate:.2f} MB/s; "
          f"whole process {jieba['seconds']:.2f} s)")

startup = {}
for name, status, mean, mn, kb in rows(startup_tsv):
    s = {"status": status}
    if status == "ok":
        s.update(mean_ms=float(mean), min_ms=float(mn), peak_mb=int(kb) / 1024)
    startup[name] = s
print(f"\n{'one report (seed)':<26} {'status':<12} {'mean ms':>8} {'min ms':>8} {'peak MB':>8}")
for name, s in startup.items():
    print(f"{name:<26} {s['status']:<12} {fmt(s.get('mean_ms'), '8.1f')} {fmt(s.get('min_ms'), '8.1f')} "
          f"{fmt(s.get('peak_mb'), '8.1f')}")

# The issue's bars, each true/false/null (null = cannot be measured yet).
ex1 = runs.get("extract --jobs 1", {})
exn = runs.get(f"extract --jobs {jobs}", {})
val = runs.get("validate", {})
seg = runs.get("segment", {})


def bar(cond, *needed):
    return None if any(x is None for x in needed) else bool(cond())


bars = {
    "extract_10x_jieba": bar(lambda: exn["vs_jieba"] >= 10, exn.get("vs_jieba")),
    "segment_at_least_icu": bar(lambda: seg["vs_icu"] >= 1, seg.get("vs_icu")),
    "batch_peak_under_200mb": bar(lambda: max(exn["peak_mb"], ex1["peak_mb"], val["peak_mb"]) < 200,
                                  exn.get("peak_mb"), ex1.get("peak_mb"), val.get("peak_mb")),
    "one_report_peak_under_30mb": bar(
        lambda: max(startup["extract seed"]["peak_mb"], startup["validate seed"]["peak_mb"]) < 30,
        startup.get("extract seed", {}).get("peak_mb"), startup.get("validate seed", {}).get("peak_mb")),
    "seed_under_30ms": bar(
        lambda: max(startup["extract seed"]["mean_ms"], startup["validate seed"]["mean_ms"]) < 30,
        startup.get("extract seed", {}).get("mean_ms"), startup.get("validate seed", {}).get("mean_ms")),
    "jobs_speedup_1_7x": bar(lambda: ex1["seconds"] / exn["seconds"] >= 1.7,
                             ex1.get("seconds"), exn.get("seconds")),
}
if ex1.get("seconds") and exn.get("seconds"):
    print(f"\n--jobs {jobs} speed-up over --jobs 1: {ex1['seconds'] / exn['seconds']:.2f}x")
print("\nBars (issue 8):")
for k, v in bars.items():
    print(f"  {k:<28} {'pass' if v else ('FAIL' if v is False else 'not measured')}")

record = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "machine": {"cores": os.cpu_count(), "platform": platform.platform(), "load_average_1min": load[0]},
    "corpus": {"files": nfiles, "bytes": nbytes},
    "icu_peer_source": icu_src,
    "runs": runs,
    "startup": startup,
    "bars": bars,
}
with open(out_json, "w", encoding="utf-8") as f:
    json.dump(record, f, indent=2, ensure_ascii=False)
print(f"\nwrote {out_json}")
