#!/usr/bin/env bash
# Wall-clock latency of `goveval score` and `goveval rank` once the jar is built (issue 2: under 2 s).
# Runs each command RUNS times (default 10) on the published 2020 prefecture table (131 rows) and prints
# the mean and the slowest run. A benchmark, not a test: numbers go to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
table=evaluation/src/main/resources/goveval/published/cstc-2020/prefecture-cities.csv
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./goveval --version >/dev/null # builds the jar if needed, outside the measurement

measure() { # $1 = label, rest = command
  local label=$1; shift
  local total=0 worst=0
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    total=$(( total + ms ))
    (( ms > worst )) && worst=$ms
  done
  printf '%-6s mean %4d ms  slowest %4d ms  (%d runs)\n' "$label" $(( total / runs )) "$worst" "$runs"
}

measure score ./goveval score --system cstc-2020-website-local --level city --in "$table" --out "$out/scored.csv"
measure rank ./goveval rank --in "$table" --out "$out/ranked.csv"
