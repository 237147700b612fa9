#!/usr/bin/env bash
# Memory of `goveval scan` on one big site: serves ONE benchmark site of PAGES pages (default 100,000) on
# 127.0.0.1 and scans it in a HEAP heap (default 512m), reporting success or OutOfMemoryError, wall time,
# peak RSS, the findings against the manifest and the heap after each GC over time.
#
#   bench/big-site.sh [PAGES]
#
# Environment: GOVEVAL_JAVA_OPTS (more JVM options for the scan), JAR=FILE (measure this goveval jar, e.g. an earlier build; default: the one ./goveval builds),
# HEAP=512m, TIME_LIMIT=1200 (seconds: the scan is stopped after that, and its progress and
# heap trend are reported instead), SEED=1, PAGE_WEIGHT=light (or typical: pages of about 30 KiB, as real portal
# pages, instead of 3 KiB; sitefarm/README.md, "Page weight"), OUT=DIR (keep the outputs; else a temporary folder, deleted at the
# end unless KEEP=1), FARM_TIMEOUT=900 (seconds for the farm to start), FARM_JAVA_OPTS (JVM options of the
# farm, e.g. -Dsun.net.httpserver.nodelay=false: see below).
#
# The scan runs as ./goveval runs it with GOVEVAL_JAVA_OPTS="-Xmx$HEAP ..." (the extracted jar, the same
# collector) but without an AOT cache, whose start-up saving does not show in a run of minutes, from a copy of
# the jar, so that a rebuild by other work cannot change it mid-run; options:
# --allow-private (loopback), --no-delay (no politeness pause: a benchmark on our own server), --max-pages
# PAGES, the default concurrency (2 requests in flight to the host). -XX:+ExitOnOutOfMemoryError makes an
# OOM end the scan at once (exit status 3) rather than leave it limping.
set -euo pipefail

pages=${1:-100000}
heap=${HEAP:-512m}
limit=${TIME_LIMIT:-1200}
seed=${SEED:-1}
page_weight=${PAGE_WEIGHT:-light}
# The farm sets TCP_NODELAY itself (the JDK's HttpServer leaves Nagle's algorithm on, and a keep-alive crawl
# would wait for delayed ACKs: see SiteFarm); FARM_JAVA_OPTS=-Dsun.net.httpserver.nodelay=false runs it as the
# JDK leaves it.
farm_opts=${FARM_JAVA_OPTS-}
root=$(cd "$(dirname "$0")/.." && pwd)
lib=$root/bench/lib
py=/usr/bin/python3

unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
die() { echo "big-site: $*" >&2; exit 2; }
[[ $page_weight == light || $page_weight == typical ]] || die "PAGE_WEIGHT is light or typical: $page_weight"
[[ $pages =~ ^[0-9]+$ && $limit =~ ^[0-9]+$ ]] || die "PAGES and TIME_LIMIT are numbers"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: run bench/setup.sh first"

if [[ -n ${OUT:-} ]]; then
  work=$(mkdir -p "$OUT" && cd "$OUT" && pwd)
  [[ -z $(ls -A "$work") ]] || die "OUT=$work is not empty"
else
  work=$(mktemp -d /tmp/big-site.XXXXXX)
fi

farm_pid=
scan_pid=
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $scan_pid ]] && kill -0 "$scan_pid" 2>/dev/null; then
    kill -- -"$scan_pid" 2>/dev/null || true
    wait "$scan_pid" 2>/dev/null || true
  fi
  if [[ -n $farm_pid ]] && kill -0 "$farm_pid" 2>/dev/null; then
    kill "$farm_pid" 2>/dev/null || true
    wait "$farm_pid" 2>/dev/null || true
  fi
  if [[ -z ${OUT:-} && ${KEEP:-0} != 1 ]]; then
    rm -rf "$work"
  else
    echo "big-site: outputs kept in $work" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -n ${JAR:-} ]]; then
  cp "$JAR" "$work/goveval.jar"
else
  GOVEVAL_AOT=0 "$root/goveval" --version >/dev/null
  cp "$root/app/target/goveval.jar" "$work/goveval.jar"
fi
JAVA_HOME=$("$root/bin/find-jdk")
export JAVA_HOME
java=$JAVA_HOME/bin/java
# run extracted, as ./goveval does (bin/extract-jar, decision 0010): the application jar beside its libraries
"$root/bin/extract-jar" "$work/goveval.jar" "$work/app" || die "could not extract $work/goveval.jar"
jar=$work/app/goveval.jar
echo "big-site: $(date -u +%FT%TZ), $(nproc) cores, one site of $pages pages, heap $heap, limit $limit s"

start=$(date +%s.%N)
# shellcheck disable=SC2086
setsid "$java" $farm_opts -jar "$jar" sitefarm --sites 1 --pages "$pages" --seed "$seed" --page-weight "$page_weight" \
  --manifests "$work/manifests" >"$work/farm.tsv" 2>"$work/farm.err" &
farm_pid=$!
deadline=$(( $(date +%s) + ${FARM_TIMEOUT:-900} ))
while [[ ! -s $work/farm.tsv ]]; do
  kill -0 "$farm_pid" 2>/dev/null || { cat "$work/farm.err" >&2; die "the farm stopped before serving"; }
  (( $(date +%s) < deadline )) || die "the farm did not start within ${FARM_TIMEOUT:-900} s"
  sleep 0.5
done
ready=$(date +%s.%N)
url=$(cut -f2 "$work/farm.tsv")
[[ $url =~ ^http://127\.0\.0\.1:[0-9]+/$ ]] || die "not a loopback farm homepage: $url"
awk -v s="$start" -v r="$ready" -v k="$(awk '/VmRSS/ {print $2}' "/proc/$farm_pid/status")" \
  'BEGIN {printf "big-site: farm serving after %.1f s, RSS %.0f MiB\n", r - s, k / 1024}'

# the collector ./goveval picks for a scan (Serial unless GOVEVAL_JAVA_OPTS names one; decision 0008)
# shellcheck disable=SC2086
gc_opts=$("$root/bin/scan-gc-opts" scan ${GOVEVAL_JAVA_OPTS:-})
opts="-Xmx$heap -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=$work/gc.log $gc_opts ${GOVEVAL_JAVA_OPTS:-}"
# shellcheck disable=SC2086
setsid "$py" "$lib/measure.py" --json "$work/measure.json" --farm-pid "$farm_pid" --trace "$work/trace.txt" -- \
  "$java" $opts -jar "$jar" scan "$url" --allow-private --no-delay --max-pages "$pages" \
  --json "$work/report.json" >"$work/scan.out" 2>"$work/scan.err" &
scan_pid=$!
waited=0
while kill -0 "$scan_pid" 2>/dev/null && (( waited < limit )); do
  sleep 5
  waited=$(( waited + 5 ))
done
if kill -0 "$scan_pid" 2>/dev/null; then
  echo "big-site: stopping the scan after $limit s; its progress and heap trend follow"
  kill -- -"$scan_pid" 2>/dev/null || true
fi
wait "$scan_pid" 2>/dev/null || true
scan_pid=
if [[ -f $work/measure.json ]]; then
  "$py" "$lib/bigsite.py" "$work" | tee "$work/summary.txt"
else
  echo "big-site: the scan was stopped before it could be measured; progress:"
  tr '\r' '\n' <"$work/scan.err" | grep '^pages' | tail -n 1
fi
grep -q 'OutOfMemoryError' "$work/scan.err" "$work/scan.out" && echo "big-site: OutOfMemoryError (see scan.err)"
awk '/VmRSS/ {printf "big-site: farm RSS at the end %.0f MiB\n", $2 / 1024}' "/proc/$farm_pid/status"
