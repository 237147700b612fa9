#!/usr/bin/python3
"""Summarises bench/big-site.sh: the scan report against the manifest, the measurement and the heap trend.

    bigsite.py WORKDIR

Reads WORKDIR/manifests/site-001.json, WORKDIR/report.json (if the scan finished), WORKDIR/measure.json,
WORKDIR/scan.err (the progress line), WORKDIR/gc.log (-Xlog:gc) and WORKDIR/trace.txt (measure.py --trace:
the CPU used by the scan and by the farm over time). Standard library only.
"""
import json
import os
import re
import sys

GC = re.compile(r"^\[(?P<t>[\d.]+)s\].*GC\(\d+\) (?P<what>Pause [A-Za-z ]+?)(?: \([^)]*\))* "
                r"(?P<before>\d+)M->(?P<after>\d+)M\((?P<cap>\d+)M\)")


def main(workdir):
    with open(os.path.join(workdir, "measure.json"), encoding="utf-8") as f:
        meas = json.load(f)
    with open(os.path.join(workdir, "manifests", "site-001.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    pages = set(manifest["pages"])
    expected = {b["url"] for b in manifest["brokenLinks"]}
    print(f"scan exit status {meas['exit_status']}, wall {meas['wall_s']:.1f} s, "
          f"CPU {meas['user_s'] + meas['sys_s']:.1f} s, peak RSS {meas['max_rss_one_process_kb'] / 1024:.0f} MiB "
          f"(largest RSS of the scan's JVM, /usr/bin/time -v)")
    report_path = os.path.join(workdir, "report.json")
    if os.path.exists(report_path):
        with open(report_path, encoding="utf-8") as f:
            r = json.load(f)
        crawled = set(r["crawledPages"])
        broken = {b["url"] for b in r["brokenLinks"]}
        print(f"report: {r['pagesCrawled']} pages crawled ({len(crawled & pages)} of the manifest's {len(pages)}), "
              f"{r['linksChecked']} links checked in {r['durationMillis'] / 1000:.1f} s: "
              f"{len(crawled & pages) / (r['durationMillis'] / 1000):.0f} manifest pages/s")
        print(f"broken links: {len(broken & expected)} of {len(expected)} in the manifest, "
              f"{len(broken - expected)} not in it; same findings: {'yes' if broken == expected else 'NO'}")
        missed = sorted(pages - crawled)
        if missed:
            print(f"manifest pages not crawled: {len(missed)}, e.g. {missed[0]}")
        findings = r.get("findings") or []
        by_code = {}
        for finding in findings:
            key = f"{finding['check']} {finding['code']}"
            by_code[key] = by_code.get(key, 0) + 1
        print(f"content findings: {len(findings)}"
              + (": " + ", ".join(f"{k} x{n}" for k, n in sorted(by_code.items())) if by_code else ""))
        for finding in findings:
            if finding["code"] == "LIMIT_REACHED":
                print(f"  LIMIT_REACHED: {finding['message']}")
    else:
        print("no report: the scan did not finish")
    err_path = os.path.join(workdir, "scan.err")
    if os.path.exists(err_path):
        with open(err_path, encoding="utf-8", errors="replace") as f:
            # the progress line is redrawn after carriage returns: every redraw is a line here
            progress = [line.strip() for line in f.read().splitlines() if line.startswith("pages")]
        if progress:
            print(f"last progress line: {progress[-1]}")
    gc_path = os.path.join(workdir, "gc.log")
    if os.path.exists(gc_path):
        events = []
        with open(gc_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = GC.search(line)
                # young, mixed and full collections; the remark and cleanup pauses of a concurrent cycle
                # report the occupancy, not what a collection left
                if m and (m["what"].startswith("Pause Young") or m["what"].startswith("Pause Full")):
                    events.append((float(m["t"]), m["what"], int(m["before"]), int(m["after"]), int(m["cap"])))
        if events:
            full = [e for e in events if "Full" in e[1]]
            end = events[-1][0]
            print(f"GC: {len(events)} pauses, {len(full)} full; heap capacity at most {max(e[4] for e in events)} MiB; "
                  f"heap after GC at most {max(e[3] for e in events)} MiB")
            print("heap after GC over time (the largest in each tenth of the run):")
            for k in range(10):
                lo, hi = end * k / 10, end * (k + 1) / 10
                window = [e for e in events if lo <= e[0] <= hi]
                if window:
                    print(f"  {lo:7.1f}-{hi:7.1f} s: {max(e[3] for e in window):4d} MiB after GC "
                          f"({len(window)} pauses)")

    trace_path = os.path.join(workdir, "trace.txt")
    if os.path.exists(trace_path):
        with open(trace_path, encoding="utf-8") as f:
            rows = [line.split() for line in f if line.strip()]
        rows = [(float(t), int(rss), float(cpu), float(farm)) for t, rss, cpu, farm in rows if farm != "-"]
        if len(rows) > 10:
            print("cores used by the scan and by the farm (each tenth of the run), scan RSS at its end:")
            step = len(rows) // 10
            for k in range(10):
                a, b = rows[k * step], rows[min((k + 1) * step, len(rows) - 1)]
                dt = b[0] - a[0]
                if dt > 0:
                    print(f"  {a[0]:7.1f}-{b[0]:7.1f} s: scan {(b[2] - a[2]) / dt:4.2f}, farm {(b[3] - a[3]) / dt:4.2f}, "
                          f"RSS {b[1] / 1024:5.0f} MiB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
