"""Summarises a bench/scan-series.sh folder: OUT/run-N/results.json, one per run of scan-compare.sh.

Prints a Markdown table, one row per run: each tool's wall time, pages/s and CPU seconds, whether it found
exactly the planted broken links, and the ratio of each goveval tool's pages/s to the linkchecker tool's in
that same run; then the smallest, median and largest ratio. Standard library only.
"""
import json
import os
import re
import statistics
import sys


def runs(folder):
    found = []
    for name in os.listdir(folder):
        m = re.fullmatch(r"run-(\d+)", name)
        path = os.path.join(folder, name, "results.json")
        if m and os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                found.append((int(m.group(1)), json.load(f)))
    return sorted(found)


def main(argv):
    if len(argv) != 1:
        raise SystemExit(__doc__)
    series = runs(argv[0])
    if not series:
        raise SystemExit(f"series.py: no run-N/results.json in {argv[0]}")
    tools = [r["tool"] for r in series[0][1]]
    baseline = next((t for t in tools if t.startswith("linkchecker")), None)
    if baseline is None:
        raise SystemExit("series.py: no linkchecker tool in the runs: no ratio to compute")
    ours = [t for t in tools if t.startswith("goveval")]
    head = ["run"]
    for t in tools:
        head += [f"{t} wall s", f"{t} pages/s", f"{t} CPU s", f"{t} found"]
    head += [f"{t} ÷ {baseline}" for t in ours]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    ratios = {t: [] for t in ours}
    for n, rows in series:
        by = {r["tool"]: r for r in rows}
        if set(by) != set(tools):
            raise SystemExit(f"series.py: run {n} measured {sorted(by)}, run {series[0][0]} {sorted(tools)}")
        cells = [str(n)]
        for t in tools:
            r = by[t]
            exact = "exact" if r["same_findings"] else f"{r['broken_found']}/{r['broken_expected']}"
            if r["broken_extra"]:
                exact += f" +{len(r['broken_extra'])}"
            cells += [f"{r['wall_s']:.1f}", f"{r['pages_per_s']:.0f}", f"{r['cpu_s']:.1f}", exact]
        for t in ours:
            ratio = by[t]["pages_per_s"] / by[baseline]["pages_per_s"]
            ratios[t].append(ratio)
            cells.append(f"{ratio:.1f}×")
        lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))
    print()
    for t in ours:
        rs = ratios[t]
        print(f"{t} ÷ {baseline} over {len(rs)} runs: smallest {min(rs):.1f}×, median "
              f"{statistics.median(rs):.1f}×, largest {max(rs):.1f}×")


if __name__ == "__main__":
    main(sys.argv[1:])
