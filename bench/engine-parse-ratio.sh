#!/usr/bin/env bash
# The scan engine against the parse-bound limit in the same JVM (EngineParseRatio: the replayed scan and
# ParseBenchmark's two bounds in alternating windows), in several JVMs, and the median of their ratios.
#
#   bench/engine-parse-ratio.sh [JVMS]       (default 5; build first: ./mvnw -q -B -pl bench -am package -DskipTests)
#
# Why: bench/engine-vs-parse.sh compares forks of separate JMH benchmarks, and a fork's compiled parser may
# run half again as fast as another's; here both sides run on one JVM's compiled code, so each JVM gives a
# ratio of its own, and the machine's drift over minutes falls on both sides of every cycle. Each JVM warms up
# for WARMUP cycles and measures CYCLES (default 10 and 10; a cycle is one window of each of the three, WINDOW_SECONDS
# long, default 2, the order rotating), with the Serial collector scans run with (bin/scan-gc-opts).
#
# Environment: PAGE_WEIGHT (light, the default, or typical: the farm pages' frame, about 3 or 30 KiB a page),
# BENCH_JAR (default bench/target/benchmarks.jar), OUT (default /tmp/engine-parse-ratio-<time>),
# JAVA (default: the JDK bin/find-jdk finds), WARMUP, CYCLES, WINDOW_SECONDS, HEAP (default "-Xms1g -Xmx1g": a
# fixed heap, since the engine's pace depends on it and the JVM's default follows the machine's memory).
set -euo pipefail

jvms=${1:-5}
# shellcheck source=bench/lib/bench-jar.sh
source "$(dirname "$0")/lib/bench-jar.sh"
bench_jar_setup engine-parse-ratio JVMS "$jvms"

for run in $(seq 1 "$jvms"); do
  echo "engine-parse-ratio: JVM $run of $jvms ($(date -u +%H:%M:%S))" >&2
  # shellcheck disable=SC2086
  "$java" -XX:+UseSerialGC $heap -cp "$jar" org.goveval.bench.EngineParseRatio \
    "${WARMUP:-10}" "${CYCLES:-10}" "${WINDOW_SECONDS:-2}" > "$out/run-$run.log" 2>&1 ||
    die "EngineParseRatio failed in JVM $run: see $out/run-$run.log"
  grep -q '^ratio ' "$out/run-$run.log" || die "no ratio in $out/run-$run.log"
done

python3 - "$out" "$jvms" <<'PY'
import re, statistics, sys

out, jvms = sys.argv[1], int(sys.argv[2])
cols = {"ENGINE": [], "PARSE_AND_EXTRACT": [], "READ_PARSE_AND_EXTRACT": []}
ratios = {"PARSE_AND_EXTRACT": [], "READ_PARSE_AND_EXTRACT": []}
for run in range(1, jvms + 1):
    text = open(f"{out}/run-{run}.log").read()
    medians = {m[0]: float(m[1].replace(",", "")) for m in re.findall(r"^median (\S+)\s+([\d,]+) pages/s", text, re.M)}
    for side in cols:
        cols[side].append(medians[side])
    for bound in ratios:
        ratios[bound].append(100 * medians["ENGINE"] / medians[bound])
    print(f"JVM {run}: engine {medians['ENGINE']:,.0f}  parseAndExtract {medians['PARSE_AND_EXTRACT']:,.0f}  "
          f"readParseAndExtract {medians['READ_PARSE_AND_EXTRACT']:,.0f} pages/s  ->  "
          f"{ratios['PARSE_AND_EXTRACT'][-1]:.0f} % / {ratios['READ_PARSE_AND_EXTRACT'][-1]:.0f} %")
for bound, values in ratios.items():
    print(f"engine / {bound}: median over JVMs {statistics.median(values):.0f} % "
          f"(range {min(values):.0f}-{max(values):.0f} %)")
PY
echo "engine-parse-ratio: results in $out" >&2
