#!/usr/bin/env bash
# Sets the scan engine (EngineBenchmark: a whole links-only scan replayed from memory) beside the parse-bound
# limit (ParseBenchmark on the same pages, two threads), fork by fork, and prints the ratio.
#
#   bench/engine-vs-parse.sh [ROUNDS]          (default 6; build first: ./mvnw -q -B -pl bench -am package -DskipTests)
#
# Why rounds of single forks: on these 2-core machines a benchmark's fastest fork runs up to half again as fast
# as its slowest (the JIT compiles jsoup's parser differently from one JVM to the next), more than any change being measured,
# so one or two forks of each prove nothing. Each round runs one fork of every benchmark, one after the other
# (which side goes first alternating), so that a slow hour of the machine weighs on both sides; the ratio is
# taken between medians of fork means. The six-round run in BENCHMARKS.md ran the parser first every round.
# Every benchmark gets the engine's long warm-up (15 x 2 s, then 10 x 2 s measured: the parser too was still
# speeding up after ParseBenchmark's own 3 x 2 s) and the Serial collector the engine and every scan run with
# (bin/scan-gc-opts). bench/engine-parse-ratio.sh measures both sides in each JVM instead, which narrows the
# spread of the ratio; this script stays for the JMH figures themselves.
#
# Environment: BENCH_JAR (default bench/target/benchmarks.jar), OUT (default /tmp/engine-vs-parse-<time>; JMH's
# JSON results and logs, one pair per round), JAVA (default: the JDK bin/find-jdk finds), HEAP (default
# "-Xms1g -Xmx1g": a fixed heap, since the engine's pace depends on it and the JVM's default follows the
# machine's memory).
set -euo pipefail

rounds=${1:-6}
# shellcheck source=bench/lib/bench-jar.sh
source "$(dirname "$0")/lib/bench-jar.sh"
bench_jar_setup engine-vs-parse ROUNDS "$rounds"

# -foe: JMH otherwise exits 0 when a benchmark throws (e.g. EngineBenchmark's "not recorded")
common=(-f 1 -wi 15 -w 2 -i 10 -r 2 -foe true -jvmArgsAppend "-XX:+UseSerialGC $heap")
parse() {
  "$java" -jar "$jar" 'ParseBenchmark\.(parseAndExtract|readParseAndExtract)$' -t 2 "${common[@]}" \
    -rf json -rff "$out/parse-$1.json" > "$out/parse-$1.log" 2>&1 ||
    die "ParseBenchmark failed in round $1: see $out/parse-$1.log"
}
engine() {
  "$java" -jar "$jar" 'EngineBenchmark' "${common[@]}" \
    -rf json -rff "$out/engine-$1.json" > "$out/engine-$1.log" 2>&1 ||
    die "EngineBenchmark failed in round $1: see $out/engine-$1.log"
}
for round in $(seq 1 "$rounds"); do
  echo "engine-vs-parse: round $round of $rounds ($(date -u +%H:%M:%S))" >&2
  # the order alternates, so that whatever running second does to a benchmark falls on both sides
  if (( round % 2 )); then parse "$round"; engine "$round"; else engine "$round"; parse "$round"; fi
done

python3 - "$out" "$rounds" <<'EOF'
import json, statistics, sys

out, rounds = sys.argv[1], int(sys.argv[2])
forks = {}  # benchmark -> pages/s of each fork (mean of its measured iterations)
for round_ in range(1, rounds + 1):
    for kind in ("parse", "engine"):
        for result in json.load(open(f"{out}/{kind}-{round_}.json")):
            name = result["benchmark"].rsplit(".", 1)[-1]
            # the engine counts pages in a secondary metric; ParseBenchmark's operation is one page
            metric = result["secondaryMetrics"]["pages"] if name == "scanFromMemory" else result["primaryMetric"]
            for fork in metric["rawData"]:
                forks.setdefault(name, []).append(statistics.fmean(fork))

for name in ("parseAndExtract", "readParseAndExtract", "scanFromMemory"):
    if len(forks.get(name, [])) != rounds:
        sys.exit(f"engine-vs-parse: {len(forks.get(name, []))} forks of {name} in {out}, not {rounds}")
medians = {name: statistics.median(values) for name, values in forks.items()}
for name, values in forks.items():
    print(f"{name:20} median {medians[name]:8,.0f} pages/s   fork means "
          + " ".join(f"{v:,.0f}" for v in values))
engine = medians["scanFromMemory"]
for bound in ("parseAndExtract", "readParseAndExtract"):
    print(f"engine / {bound}: {100 * engine / medians[bound]:.0f} %")
EOF
echo "engine-vs-parse: results in $out" >&2
