#!/usr/bin/env python3
"""Turns the RESULT lines of bench/run-all.sh into the markdown table of bench/README.md."""
import datetime
import os
import subprocess
import sys

path, docs, finished, open_tasks, start_s, rss_mb = sys.argv[1:7]
rows = {}
for line in open(path, encoding="utf-8"):
    parts = line.split()
    if len(parts) == 8 and parts[0] == "RESULT":
        name = parts[1]
        rows[name] = dict(rps=float(parts[2]), p50=float(parts[3]), p95=float(parts[4]), p99=float(parts[5]),
                          errors=int(parts[6]), requests=int(parts[7]))

commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
print(f"{datetime.date.today()}, commit {commit}, {os.cpu_count()} cores / {mem:.0f} GiB, PostgreSQL, "
      f"{int(docs):,} documents ({int(finished):,} finished), {int(open_tasks):,} open tasks; "
      f"start {start_s} s, peak RSS under load {rss_mb} MiB")
print()
print("| scenario | sessions | req/s | p50 ms | p95 ms | p99 ms | errors | requests | baseline | ratio |")
print("|---|---|---|---|---|---|---|---|---|---|")


def baseline_for(name):
    kind, _, conc = name.rpartition("-")
    if kind == "todo-api" or kind == "todo-html":
        return f"baseline-todo-query-{conc}", "p99"
    if kind.startswith("document"):
        return f"baseline-history-{conc}", "p99"
    if kind == "steps-api":
        return f"baseline-steps-{conc}", "rps"
    return None, None


for name, r in rows.items():
    if name.startswith("baseline"):
        continue
    kind, _, conc = name.rpartition("-")
    base, metric = baseline_for(name)
    b = rows.get(base) if base else None
    if b and metric == "rps":
        ratio = f"{r['rps'] / b['rps']:.0%} of its steps/s"
        btext = f"{b['rps']:.1f} steps/s"
    elif b:
        ratio = f"p99 ×{r['p99'] / max(b['p99'], 0.1):.1f}"
        btext = f"p99 {b['p99']:.1f} ms"
    else:
        ratio, btext = "", ""
    print(f"| {kind} | {conc} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | {r['errors']} "
          f"| {r['requests']} | {btext} | {ratio} |")
for name, r in rows.items():
    if name.startswith("baseline"):
        kind, _, conc = name.rpartition("-")
        print(f"| {kind} | {conc} threads | {r['rps']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} "
              f"| {r['errors']} | {r['requests']} | | |")
