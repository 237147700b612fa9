#!/usr/bin/python3
"""Reads what each tool of bench/scan-compare.sh left in WORKDIR/TOOL/ and compares it with the farm's truth.

    compare.py WORKDIR TOOL...

WORKDIR/manifests/*.json are the farm's manifests; WORKDIR/TOOL/measure.json is bench/lib/measure.py's
record of the run. By the tool's name:
  goveval*      WORKDIR/TOOL/reports/*.json   (goveval scan --report-dir)
  linkchecker*  WORKDIR/TOOL/out.csv          (linkchecker --verbose -o csv)
  wget*         WORKDIR/TOOL/logs/*.log       (wget --spider -r -nv -o LOG, one per site)

Definitions, the same for every tool:
  pages   the manifest pages (HTML pages of the farm, 404s excluded) the tool fetched; pages/s = pages / wall
  links   the distinct URLs the tool judged (pages, resources, attachments, broken ones; robots.txt excluded),
          as the tool itself lists them; links/s = links / wall
  broken  the distinct URLs the tool reports broken, compared with the union of the manifests' brokenLinks
Writes WORKDIR/results.json and WORKDIR/results.md and prints the table. Standard library only.
"""
import csv
import glob
import json
import os
import re
import sys


def load_manifests(workdir):
    pages, broken = set(), set()
    for path in sorted(glob.glob(os.path.join(workdir, "manifests", "*.json"))):
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
        pages.update(m["pages"])
        broken.update(link["url"] for link in m["brokenLinks"])
    return pages, broken


def goveval(tooldir):
    fetched, links, broken, own_pages, notes = set(), 0, set(), 0, []
    reports = sorted(glob.glob(os.path.join(tooldir, "reports", "*.json")))
    for path in reports:
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        fetched.update(r.get("crawledPages", []))
        own_pages += r["pagesCrawled"]
        links += r["linksChecked"]
        broken.update(b["url"] for b in r["brokenLinks"])
        for b in r["brokenLinks"]:
            if b.get("kind") != "HTTP_ERROR" or b.get("status") != 404:
                notes.append(f"{b['url']}: {b.get('kind')} {b.get('status')}")
        if r.get("blockedOrThrottled"):
            notes.append(f"{r['site']}: {len(r['blockedOrThrottled'])} blocked or throttled")
        if r.get("skippedLinks"):
            notes.append(f"{r['site']}: {len(r['skippedLinks'])} skipped links")
    return {"fetched": fetched, "links": links, "broken": broken, "own_pages": own_pages,
            "reports": len(reports), "notes": notes}


def linkchecker(tooldir):
    urls, broken, results, notes = set(), set(), {}, []
    path = os.path.join(tooldir, "out.csv")
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter=";")
        header = next(rows, None)
        if header is None:
            return {"fetched": set(), "links": 0, "broken": set(), "own_pages": 0, "reports": 0,
                    "notes": ["empty CSV"]}
        col = {name: i for i, name in enumerate(header)}
        needed = max(col["url"], col["valid"], col["result"])
        for row in rows:
            # rows of the start URLs lack the line and column fields: only the leading columns are reliable
            if len(row) <= needed:
                continue
            url = row[col["url"]]
            # mailto:, tel: and the --ignore-url'd search pages are listed as ignored or filtered (syntax only)
            skipped = row[col["result"]] in ("ignored", "filtered")
            if skipped or not url.startswith("http") or url.endswith("/robots.txt"):
                continue
            urls.add(url)
            if row[col["valid"]] == "False":
                broken.add(url)
                results[url] = row[col["result"]]
    for url, result in sorted(results.items()):
        if not result.startswith("404"):
            notes.append(f"{url}: {result[:120]}")
    return {"fetched": urls, "links": len(urls), "broken": broken, "own_pages": None, "reports": 1,
            "notes": notes}


URL_LINE = re.compile(r"URL: ?(\S+)")


def wget(tooldir):
    urls, broken, notes = set(), set(), []
    logs = sorted(glob.glob(os.path.join(tooldir, "logs", "*.log")))
    for path in logs:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        in_broken = False
        for line in lines:
            m = URL_LINE.search(line)
            if m and not line.startswith("http"):
                url = m.group(1)
                if not url.endswith("/robots.txt"):
                    urls.add(url)
            if re.match(r"Found \d+ broken links?\.", line):
                in_broken = True
                continue
            if in_broken:
                if line.startswith("http"):
                    broken.add(line.strip())
                elif line.startswith("FINISHED"):
                    in_broken = False
        if not any(line.startswith("FINISHED") for line in lines):
            notes.append(f"{os.path.basename(path)}: no FINISHED line")
    urls |= broken
    return {"fetched": urls, "links": len(urls), "broken": broken, "own_pages": None, "reports": len(logs),
            "notes": notes}


def read_tool(tooldir, name):
    if name.startswith("goveval"):
        return goveval(tooldir)
    if name.startswith("linkchecker"):
        return linkchecker(tooldir)
    if name.startswith("wget"):
        return wget(tooldir)
    raise SystemExit(f"compare.py: unknown tool kind {name}")


def mib(kb):
    return kb / 1024.0


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    workdir, tools = argv[0], argv[1:]
    manifest_pages, expected = load_manifests(workdir)
    rows = []
    for name in tools:
        tooldir = os.path.join(workdir, name)
        with open(os.path.join(tooldir, "measure.json"), encoding="utf-8") as f:
            meas = json.load(f)
        got = read_tool(tooldir, name)
        pages = len(got["fetched"] & manifest_pages)
        wall = meas["wall_s"]
        found = got["broken"] & expected
        rows.append({
            "tool": name,
            "wall_s": wall,
            "pages": pages,
            "manifest_pages": len(manifest_pages),
            "tool_page_count": got["own_pages"],
            "pages_per_s": pages / wall,
            "links": got["links"],
            "links_per_s": got["links"] / wall,
            "peak_rss_sum_mib": mib(meas["peak_rss_sum_kb"]),
            "max_rss_one_process_mib": mib(meas["max_rss_one_process_kb"]),
            "cpu_s": meas["user_s"] + meas["sys_s"],
            "farm_cpu_s": meas["farm_cpu_s"],
            "other_cpu_s": meas["other_cpu_s"],
            "loadavg_before": meas["loadavg_before"],
            "exit_status": meas["exit_status"],
            "broken_expected": len(expected),
            "broken_found": len(found),
            "broken_missing": sorted(expected - got["broken"]),
            "broken_extra": sorted(got["broken"] - expected),
            "same_findings": got["broken"] == expected,
            "stopped": meas["exit_status"] == 124,  # timeout(1) stopped it: partial results
            "notes": got["notes"][:20],
        })
    with open(os.path.join(workdir, "results.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=1)
    head = ("| tool | wall s | pages | pages/s | links | links/s | peak RSS sum MiB | max RSS 1 proc MiB "
            "| CPU s | farm CPU s | other CPU s | broken found / manifest | extra | same findings |")
    lines = [head, "|" + " --- |" * 14]
    for r in rows:
        lines.append(
            f"| {r['tool']}{' (stopped)' if r['stopped'] else ''} | {r['wall_s']:.1f} | {r['pages']}/{r['manifest_pages']} | {r['pages_per_s']:.0f} "
            f"| {r['links']} | {r['links_per_s']:.0f} | {r['peak_rss_sum_mib']:.0f} "
            f"| {r['max_rss_one_process_mib']:.0f} | {r['cpu_s']:.1f} | {r['farm_cpu_s']} | {r['other_cpu_s']} "
            f"| {r['broken_found']}/{r['broken_expected']} | {len(r['broken_extra'])} "
            f"| {'yes' if r['same_findings'] else 'NO'} |")
    table = "\n".join(lines)
    with open(os.path.join(workdir, "results.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    print(table)
    for r in rows:
        if r["tool_page_count"] is not None and r["tool_page_count"] != r["pages"]:
            print(f"{r['tool']}: reports {r['tool_page_count']} pages crawled "
                  f"({r['tool_page_count'] - r['pages']} beyond the manifest pages, e.g. the planted 404 pages)")
        # linkchecker exits with 1 when it found broken links, as it must here
        if r["stopped"]:
            print(f"{r['tool']}: stopped at TOOL_TIMEOUT after {r['wall_s']:.0f} s; its figures are partial")
        elif r["exit_status"] != 0 and not (r["tool"].startswith("linkchecker") and r["exit_status"] == 1):
            print(f"{r['tool']}: exit status {r['exit_status']}")
        for what in ("broken_missing", "broken_extra"):
            if r[what]:
                print(f"{r['tool']}: {what.replace('_', ' ')} ({len(r[what])}): " + ", ".join(r[what][:5])
                      + (" ..." if len(r[what]) > 5 else ""))
        for note in r["notes"]:
            print(f"{r['tool']}: {note}")


if __name__ == "__main__":
    main(sys.argv[1:])
