# shellcheck shell=bash
# Sourced by the scripts that run bench/target/benchmarks.jar in JVMs of their own (engine-vs-parse.sh,
# engine-parse-ratio.sh). `bench_jar_setup NAME COUNT_NAME COUNT` checks COUNT (a positive number) and the jar,
# makes OUT a new or empty folder, and sets:
#   root  the repository          jar   BENCH_JAR, default bench/target/benchmarks.jar
#   out   OUT, default /tmp/NAME-<time>
#   java  JAVA, default the JDK bin/find-jdk finds
#   heap  HEAP, default "-Xms1g -Xmx1g": a fixed heap, since the replayed engine's pace depends on the young
#         generation's size and the JVM's default follows the machine's memory (BENCHMARKS.md)
#   heap  also carries -Dgoveval.bench.pageWeight=PAGE_WEIGHT (light, the default, or typical: the farm's
#         pages about 3 or 30 KiB; BenchFarm)
# and defines `die MESSAGE`.

bench_jar_setup() {
  bench_name=$1
  local count_name=$2 count=$3
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  jar=${BENCH_JAR:-$root/bench/target/benchmarks.jar}
  out=${OUT:-/tmp/$bench_name-$(date -u +%Y%m%dT%H%M%SZ)}
  java=${JAVA:-$("$root/bin/find-jdk")/bin/java}
  heap=${HEAP:--Xms1g -Xmx1g}
  local weight=${PAGE_WEIGHT:-light}
  [[ $weight == light || $weight == typical ]] || die "PAGE_WEIGHT is light or typical: $weight"
  heap="$heap -Dgoveval.bench.pageWeight=$weight"
  [[ $count =~ ^[1-9][0-9]*$ ]] || die "$count_name must be a positive number"
  [[ -f $jar ]] || die "no $jar: build it with ./mvnw -q -B -pl bench -am package -DskipTests"
  mkdir -p "$out"
  [[ -z $(ls -A "$out") ]] || die "OUT=$out is not empty"
}

die() { echo "${bench_name:-bench}: $*" >&2; exit 2; }
