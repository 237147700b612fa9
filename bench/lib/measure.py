#!/usr/bin/python3
"""Runs one command and measures it: wall time, CPU, peak memory, and what else used the CPU meanwhile.

    measure.py --json OUT.json [--farm-pid PID] [--interval 0.1] [--trace FILE] -- COMMAND [ARG...]

The command runs under GNU time (`/usr/bin/time -v`), whose "Maximum resident set size" is the largest RSS
of any ONE process of the command (wait4 reports the maximum over the waited-for descendants, not a sum).
Meanwhile the whole process tree is sampled every INTERVAL seconds from /proc, and the largest SUM of the
RSS of all its processes at one instant is recorded too (what xargs -P parallel runs really hold at once).
CPU seconds of the farm process (--farm-pid) and of everything else on the machine are recorded, so a run
disturbed by other work can be recognised. --trace writes one line a second: seconds since the start, RSS sum
of the tree (KiB), CPU seconds of the tree's live processes, CPU seconds of the farm. Standard library only.
"""
import json
import os
import subprocess
import sys
import time

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
TICKS = os.sysconf("SC_CLK_TCK")


def children_map():
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # the command name may contain spaces and parentheses: the fields start after the last ')'
        fields = stat[stat.rindex(b")") + 2:].split()
        kids.setdefault(int(fields[1]), []).append(int(name))
    return kids


def tree(root):
    kids = children_map()
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        pids.append(pid)
    return pids


def tree_rss_kb(pids, skip):
    total = 0
    for pid in pids:
        if pid == skip:
            continue
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE_KB
        except OSError:
            pass
    return total


def cpu_busy_s():
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]  # idle + iowait
    return (sum(parts[:8]) - idle) / TICKS


def process_cpu_s(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def parse_time_file(path):
    values = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if ":" not in line:
                continue
            key, _, value = line.strip().rpartition(": ")
            values[key.strip()] = value.strip()
    return values


def main(argv):
    out, farm_pid, interval, trace_path = None, None, 0.1, None
    i = 0
    while i < len(argv) and argv[i] != "--":
        if argv[i] == "--json":
            out = argv[i + 1]
        elif argv[i] == "--farm-pid":
            farm_pid = int(argv[i + 1])
        elif argv[i] == "--trace":
            trace_path = argv[i + 1]
        elif argv[i] == "--interval":
            interval = float(argv[i + 1])
        else:
            sys.exit(f"measure.py: unknown option {argv[i]}")
        i += 2
    command = argv[i + 1:]
    if not out or not command:
        sys.exit(__doc__)
    time_file = out + ".time"
    load_before = os.getloadavg()
    busy0, farm0 = cpu_busy_s(), process_cpu_s(farm_pid) if farm_pid else None
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", time_file] + command)
    peak, next_trace = 0, start
    trace = open(trace_path, "w", encoding="utf-8") if trace_path else None
    while proc.poll() is None:
        pids = tree(proc.pid)
        rss = tree_rss_kb(pids, skip=proc.pid)
        peak = max(peak, rss)
        now = time.monotonic()
        if trace and now >= next_trace:
            cpu = sum(c for c in (process_cpu_s(p) for p in pids) if c is not None)
            farm = process_cpu_s(farm_pid) if farm_pid else None
            trace.write(f"{now - start:.1f} {rss} {cpu:.2f} {farm if farm is not None else '-'}\n")
            trace.flush()
            next_trace += 1.0
        time.sleep(interval)
    if trace:
        trace.close()
    wall = time.monotonic() - start
    busy1, farm1 = cpu_busy_s(), process_cpu_s(farm_pid) if farm_pid else None
    t = parse_time_file(time_file)
    user = float(t.get("User time (seconds)", "nan"))
    system = float(t.get("System time (seconds)", "nan"))
    farm_cpu = (farm1 - farm0) if farm0 is not None and farm1 is not None else None
    total_cpu = busy1 - busy0
    result = {
        "command": command,
        "exit_status": int(t.get("Exit status", proc.returncode)),
        "wall_s": round(wall, 3),
        "user_s": user,
        "sys_s": system,
        "max_rss_one_process_kb": int(t.get("Maximum resident set size (kbytes)", "0")),
        "peak_rss_sum_kb": peak,
        "sample_interval_s": interval,
        "farm_cpu_s": None if farm_cpu is None else round(farm_cpu, 2),
        "machine_cpu_s": round(total_cpu, 2),
        "other_cpu_s": None if farm_cpu is None else round(total_cpu - user - system - farm_cpu, 2),
        "loadavg_before": [round(x, 2) for x in load_before],
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    return result["exit_status"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
