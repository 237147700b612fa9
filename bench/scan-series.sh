#!/usr/bin/env bash
# Repeats bench/scan-compare.sh and states, run by run, how goveval's pace compares with linkchecker's.
#
#   bench/scan-series.sh [RUNS] [SITES] [PAGES]        (defaults 5 50 200; run bench/setup.sh once before)
#
# One run of scan-compare.sh measures each tool once; goveval's CPU time for the same scan varies by a quarter
# or more between back-to-back runs on this kind of machine (BENCHMARKS.md), so a single ratio proves little.
# This script runs RUNS of them, each on a fresh farm, with the order of the tools reversed on every other run
# (so that neither tool always meets the farm first), keeps every run's outputs under OUT (default
# bench-series-<time> in /tmp), and prints per run and in all: the pages/s of each tool and the ratio of each
# goveval tool's pages/s to linkchecker's in the same run, with the smallest and the median ratio.
#
# Environment: TOOLS (default "goveval-links linkchecker-nodelay"; one linkchecker tool must be in it), OUT,
# and everything scan-compare.sh reads (CONC, SEED, JAR, AOT, GOVEVAL_JAVA_OPTS, FARM_JAVA_OPTS, ...).
set -euo pipefail

runs=${1:-5}
sites=${2:-50}
pages=${3:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${TOOLS:-"goveval-links linkchecker-nodelay"}

die() { echo "scan-series: $*" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"
[[ " $tools " == *" linkchecker"* ]] || die "TOOLS must name linkchecker or linkchecker-nodelay: the ratio is to it"

out=${OUT:-/tmp/bench-series-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
[[ -z $(ls -A "$out") ]] || die "OUT=$out is not empty"

reversed=$(printf '%s\n' $tools | tac | paste -sd ' ')
for ((i = 1; i <= runs; i++)); do
  order=$tools
  ((i % 2 == 0)) && order=$reversed
  echo "scan-series: run $i of $runs, tools in this order: $order" >&2
  OUT="$out/run-$i" TOOLS="$order" "$root/bench/scan-compare.sh" "$sites" "$pages" >"$out/run-$i.log" 2>&1 ||
    die "run $i failed: see $out/run-$i.log"
done

/usr/bin/python3 "$root/bench/lib/series.py" "$out" | tee "$out/series.md"
