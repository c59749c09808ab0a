#!/usr/bin/env python3
"""Prints a table of the last criterion run: benchmark, median time, throughput in MB/s.

Usage: python3 benches/summary.py [target/criterion] [FILTER]
"""
import json, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else "target/criterion"
pat = sys.argv[2] if len(sys.argv) > 2 else ""
rows = []
for dirpath, _, files in os.walk(root):
    if os.path.basename(dirpath) != "new" or "benchmark.json" not in files:
        continue
    b = json.load(open(os.path.join(dirpath, "benchmark.json")))
    e = json.load(open(os.path.join(dirpath, "estimates.json")))
    name = b.get("full_id") or b.get("title")
    if pat not in name:
        continue
    ns = e["median"]["point_estimate"]
    tp = (b.get("throughput") or {}).get("Bytes")
    mbs = tp / (ns / 1e9) / 1e6 if tp else float("nan")
    rows.append((name, ns, tp or 0, mbs))
for name, ns, tp, mbs in sorted(rows):
    t = f"{ns/1e6:10.3f} ms" if ns >= 1e5 else f"{ns/1e3:10.1f} µs"
    print(f"{name:<55} {t} {tp:>11} B {mbs:10.1f} MB/s")
