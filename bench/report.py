#!/usr/bin/env python3
"""Turns the RESULT (and ENGINE) lines of bench/run-all.sh into the markdown tables of bench/README.md."""
import datetime
import os
import re
import subprocess
import sys

path, docs, finished, open_tasks, start_s, rss_mb = sys.argv[1:7]
rows = {}
engine = {}
for line in open(path, encoding="utf-8"):
    parts = line.split()
    if len(parts) == 8 and parts[0] == "RESULT":
        name = parts[1]
        rows[name] = dict(rps=float(parts[2]), p50=float(parts[3]), p95=float(parts[4]), p99=float(parts[5]),
                          errors=int(parts[6]), requests=int(parts[7]))
    m = re.match(r"ENGINE (\S+) (\d+) steps in ([\d.]+) s = ([\d.]+) steps/s", line)
    if m:
        engine[m.group(1)] = dict(steps=int(m.group(2)), rate=float(m.group(4)))

commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
print(f"{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, commit {commit}, {os.cpu_count()} cores / {mem:.0f} GiB, "
      f"PostgreSQL, {int(docs):,} documents ({int(finished):,} finished), {int(open_tasks):,} open tasks; "
      f"start {start_s} s, peak RSS under load {rss_mb} MiB")
print()


def line(kind, conc, r, *extra):
    cells = [kind, conc, f"{r['rps']:.1f}", f"{r['p50']:.1f}", f"{r['p95']:.1f}", f"{r['p99']:.1f}", str(r["errors"]),
             str(r["requests"])] + list(extra)
    print("| " + " | ".join(cells) + " |")


openloop = [(n, r) for n, r in rows.items() if n.startswith("openloop-")]
if openloop:
    print("Open loop (constant arrival rate, latency from the intended send time; held = p99 <= 50 ms and 0 errors):")
    print()
    print("| scenario | target req/s | achieved req/s | p50 ms | p95 ms | p99 ms | errors | requests | held |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in openloop:
        kind, _, rate = name.rpartition("-")
        line(kind, rate, r, "yes" if r["p99"] <= 50 and r["errors"] == 0 else "no")
    print()

print("| scenario | sessions | req/s | p50 ms | p95 ms | p99 ms | errors | requests | baseline | ratio |")
print("|---|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    if name.startswith("baseline") or name.startswith("openloop-"):
        continue
    kind, _, conc = name.rpartition("-")
    btext, ratio = "", ""
    if kind in ("todo-api", "todo-html"):
        t, q = rows.get(f"baseline-todo-table-{conc}"), rows.get(f"baseline-todo-query-{conc}")
        if t:
            btext = f"table p99 {t['p99']:.1f} ms" + (f", engine p99 {q['p99']:.1f} ms" if q else "")
            ratio = f"{r['rps'] / t['rps']:.0%} of the table's req/s"
    elif kind.startswith("document"):
        b = rows.get(f"baseline-history-{conc}")
        if b:
            btext, ratio = f"p99 {b['p99']:.1f} ms", f"p99 ×{r['p99'] / max(b['p99'], 0.1):.1f}"
    elif kind == "steps-api":
        b = rows.get(f"baseline-steps-{conc}")
        e = engine.get(name)
        if e:
            kind = f"steps-api (engine: {e['steps']} steps, {e['rate']:.1f} steps/s)"
        if b:
            rate = e["rate"] if e else r["rps"]
            btext, ratio = f"{b['rps']:.1f} steps/s", f"{rate / b['rps']:.2f}"
    line(kind, conc, r, btext, ratio)
for name, r in rows.items():
    if name.startswith("baseline"):
        kind, _, conc = name.rpartition("-")
        line(kind, f"{conc} threads", r, "", "")
