#!/usr/bin/env bash
# Scan throughput of `goveval scan` against linkchecker and `wget --spider -r` on one loopback site farm.
#
#   bench/scan-compare.sh [SITES] [PAGES]          (defaults 50 200; run bench/setup.sh once before)
#
# Serves SITES benchmark sites of PAGES pages each (`goveval sitefarm`, 127.0.0.1 only, planted HTTP 404s
# only), then runs every tool of TOOLS on all sites, one tool at a time, with at most CONC requests in flight
# and no politeness delay, and prints wall time, pages/s, links/s, peak memory and the broken links each
# tool found against the farm manifests. Results and method: BENCHMARKS.md, "Monitoring: scan throughput".
#
# Environment:
#   CONC=8      requests in flight at most, for every tool (goveval: --per-address CONC, as all farm sites
#               share 127.0.0.1, and its default 2 per host)
#   SEED=1      seed of the farm's content
#   PAGE_WEIGHT=light  the farm's page frame: light (about 3 KiB a page) or typical (about 30 KiB, as real
#               portal pages; sitefarm/README.md, "Page weight")
#   TOOLS       default "goveval linkchecker-nodelay wget goveval-polite"; any of
#                 goveval              goveval scan --no-delay, all sites in one run (--parallel-sites CONC,
#                                      --per-address CONC: the sites share 127.0.0.1, --per-host 2)
#                 goveval-links        the same with --links-only: no content checks, what the other
#                                      tools do (links only), so the like-for-like throughput figure
#                 goveval-polite       the same with goveval's default politeness (250 ms between request
#                                      starts per host): what a real scan does, not a throughput figure
#                 linkchecker-nodelay  linkchecker --threads CONC, its per-host spacing removed
#                                      (bench/lib/linkchecker_nodelay.py explains why that is needed);
#                                      both linkchecker runs --ignore-url the search form's result pages
#                 linkchecker          stock linkchecker --threads CONC: 0.1-0.6 s between requests per host,
#                                      slept while holding a lock all threads need: about 3 URLs/s, well
#                                      over an hour at 50 x 200, hence not in the default TOOLS
#                 wget                 wget --spider -r -l inf, one per site, CONC sites at a time (xargs -P)
#   TOOL_TIMEOUT=1800  seconds after which a tool is stopped (its partial results are marked "stopped")
#   WARMUP=1    first crawl every site once with wget, unmeasured, so that no tool meets a cold farm
#   OUT=DIR     keep every output (reports, logs, CSV, measurements, results.md) in DIR; without OUT they go
#               to a temporary folder that is deleted at the end unless KEEP=1
#   GOVEVAL_JAVA_OPTS  JVM options for the goveval scans (as ./goveval takes them), e.g. -Xmx512m
#   JAR=FILE    measure (and serve the farm from) this goveval jar, e.g. an earlier build; default: the jar
#               ./goveval builds from this tree
#   AOT=1       run goveval with an AOT cache as ./goveval does on JDK 25+ (made first, unmeasured, by
#               bin/aot-cache for the copy of the jar); AOT=0 without
#   FARM_JAVA_OPTS     JVM options of the farm, e.g. -Dsun.net.httpserver.nodelay=false (see below)
#
# Peak memory: "peak RSS sum" is the largest sum of the RSS of all the tool's processes at one instant
# (sampled every 100 ms: the figure for wget's parallel processes); "max RSS 1 proc" is /usr/bin/time -v's
# Maximum resident set size, the largest RSS of any one process. For one-process tools they agree.
#
# Every URL any tool is given is a farm homepage on 127.0.0.1 (checked below); the farm never links off
# loopback; linkchecker checks intern URLs only (no --check-extern) and wget -r without -H stays on the
# start host. Proxies are unset so that nothing is sent through one.
set -euo pipefail

sites=${1:-50}
pages=${2:-200}
conc=${CONC:-8}
seed=${SEED:-1}
page_weight=${PAGE_WEIGHT:-light}
tools=${TOOLS:-"goveval linkchecker-nodelay wget goveval-polite"}
tool_timeout=${TOOL_TIMEOUT:-1800}
# The farm sets TCP_NODELAY itself (the JDK's HttpServer leaves Nagle's algorithm on, and a keep-alive crawl
# would wait for delayed ACKs: see SiteFarm); FARM_JAVA_OPTS=-Dsun.net.httpserver.nodelay=false runs it as the
# JDK leaves it.
farm_opts=${FARM_JAVA_OPTS-}
root=$(cd "$(dirname "$0")/.." && pwd)
lib=$root/bench/lib
py=/usr/bin/python3

unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY ftp_proxy FTP_PROXY
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

die() { echo "scan-compare: $*" >&2; exit 2; }
[[ $page_weight == light || $page_weight == typical ]] || die "PAGE_WEIGHT is light or typical: $page_weight"

for cmd in linkchecker wget /usr/bin/time "$py"; do
  command -v "$cmd" >/dev/null || die "$cmd is missing: run bench/setup.sh first"
done
[[ $sites =~ ^[0-9]+$ && $pages =~ ^[0-9]+$ && $conc =~ ^[0-9]+$ && $tool_timeout =~ ^[0-9]+$ ]] ||
  die "SITES, PAGES, CONC and TOOL_TIMEOUT are numbers"
(( conc >= 1 )) || die "CONC must be at least 1"
for tool in $tools; do
  case $tool in goveval | goveval-links | goveval-polite | linkchecker | linkchecker-nodelay | wget) ;;
    *) die "unknown tool in TOOLS: $tool" ;;
  esac
done

if [[ -n ${OUT:-} ]]; then
  work=$(mkdir -p "$OUT" && cd "$OUT" && pwd)
  [[ -z $(ls -A "$work") ]] || die "OUT=$work is not empty"
else
  work=$(mktemp -d /tmp/scan-compare.XXXXXX)
fi
chmod 755 "$work" # linkchecker run as root drops to user nobody

farm_pid=
tool_pid=
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $tool_pid ]] && kill -0 "$tool_pid" 2>/dev/null; then
    kill -- -"$tool_pid" 2>/dev/null || true # the measured tool runs in its own process group (setsid)
    wait "$tool_pid" 2>/dev/null || true
  fi
  if [[ -n $farm_pid ]] && kill -0 "$farm_pid" 2>/dev/null; then
    kill "$farm_pid" 2>/dev/null || true # the JVM's shutdown hook closes the farm
    wait "$farm_pid" 2>/dev/null || true
  fi
  if [[ -z ${OUT:-} && ${KEEP:-0} != 1 ]]; then
    rm -rf "$work"
  else
    echo "scan-compare: outputs kept in $work" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The jar is copied: other work may rebuild app/target/goveval.jar while the farm and the scans run from it.
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
# the AOT cache ./goveval makes and uses (JDK 25+; see bin/aot-cache), made again for the copy: a cache is
# bound to its jar's path. AOT=0 runs goveval without one.
aot_opts=()
if [[ ${AOT:-1} == 1 ]]; then
  aot_start=$(date +%s.%N)
  "$root/bin/aot-cache" "$jar" "$work/goveval.aot" || true
  if [[ -f $work/goveval.aot ]]; then
    aot_opts=("-XX:AOTCache=$work/goveval.aot")
    awk -v s="$aot_start" -v e="$(date +%s.%N)" 'BEGIN {printf "scan-compare: AOT cache made in %.1f s (not measured)\n", e - s}'
  fi
fi

echo "scan-compare: $(date -u +%FT%TZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "sites $sites x pages $pages, seed $seed, $page_weight pages, concurrency $conc, tools: $tools"
{
  echo "date $(date -u +%FT%TZ)"
  echo "cpu $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
  echo "java $("$java" -version 2>&1 | head -n 1)"
  echo "linkchecker $(linkchecker --version 2>/dev/null | head -n 1)"
  echo "wget $(wget --version | head -n 1)"
  echo "sites $sites pages $pages seed $seed weight $page_weight conc $conc"
} >"$work/versions.txt"

# the collector ./goveval picks for a scan (Serial unless GOVEVAL_JAVA_OPTS names one; decision 0008)
# shellcheck disable=SC2086
gc_opts=$("$root/bin/scan-gc-opts" scan ${GOVEVAL_JAVA_OPTS:-})

# --- the farm --------------------------------------------------------------------------------------------
farm_start=$(date +%s.%N)
: >"$work/farm.tsv" # exists before the farm's shell creates it, for the wait below
# shellcheck disable=SC2086
setsid "$java" $farm_opts -jar "$jar" sitefarm --sites "$sites" --pages "$pages" --seed "$seed" \
  --page-weight "$page_weight" --manifests "$work/manifests" >"$work/farm.tsv" 2>"$work/farm.err" &
farm_pid=$!
deadline=$(( $(date +%s) + ${FARM_TIMEOUT:-900} ))
while (( $(wc -l <"$work/farm.tsv") < sites )); do
  kill -0 "$farm_pid" 2>/dev/null || { cat "$work/farm.err" >&2; die "the farm stopped before serving"; }
  (( $(date +%s) < deadline )) || die "the farm did not start within ${FARM_TIMEOUT:-900} s"
  sleep 0.2
done
farm_ready=$(date +%s.%N)
farm_rss=$(awk '/VmRSS/ {print $2}' "/proc/$farm_pid/status")
mapfile -t urls < <(cut -f2 "$work/farm.tsv")
for url in "${urls[@]}"; do
  [[ $url =~ ^http://127\.0\.0\.1:[0-9]+/$ ]] || die "not a loopback farm homepage: $url"
done
printf '%s\n' "${urls[@]}" >"$work/urls.txt"
awk -v s="$farm_start" -v r="$farm_ready" -v k="$farm_rss" \
  'BEGIN {printf "scan-compare: farm serving after %.1f s, RSS %.0f MiB\n", r - s, k / 1024}' | tee -a "$work/versions.txt"

if [[ ${WARMUP:-1} == 1 ]]; then
  mkdir -p "$work/warmup"
  xargs -a "$work/urls.txt" -P "$conc" -n 1 "$lib/wget-site.sh" "$work/warmup" || true
  rm -rf "$work/warmup"
fi

# --- the tools -------------------------------------------------------------------------------------------
measure() { # NAME STDOUT-FILE COMMAND...: runs the command in its own process group, measured
  local name=$1 stdout=$2
  shift 2
  echo "scan-compare: running $name ..." >&2
  # timeout exits with 124 when it had to stop the tool; compare.py marks the results as partial
  setsid "$py" "$lib/measure.py" --json "$work/$name/measure.json" --farm-pid "$farm_pid" -- \
    timeout "$tool_timeout" "$@" >"$stdout" 2>"$work/$name/stderr" &
  tool_pid=$!
  wait "$tool_pid" || echo "scan-compare: $name exited with status $? (see $work/$name/stderr)" >&2
  tool_pid=
  kill -0 "$farm_pid" 2>/dev/null || die "the farm stopped while $name ran: its results are void"
}

for tool in $tools; do
  mkdir -p "$work/$tool"
  case $tool in
    goveval | goveval-links | goveval-polite)
      delay=(--no-delay)
      [[ $tool == goveval-polite ]] && delay=()
      [[ $tool == goveval-links ]] && delay+=(--links-only)
      # shellcheck disable=SC2086
      measure "$tool" "$work/$tool/stdout" "$java" "${aot_opts[@]}" $gc_opts ${GOVEVAL_JAVA_OPTS:-} -jar "$jar" scan \
        --allow-private "${delay[@]}" --per-host 2 --per-address "$conc" --parallel-sites "$conc" \
        --report-dir "$work/$tool/reports" "${urls[@]}"
      ;;
    linkchecker | linkchecker-nodelay)
      lc=(linkchecker)
      [[ $tool == linkchecker-nodelay ]] && lc=("$py" "$lib/linkchecker_nodelay.py")
      # linkchecker follows GET form actions: the homepage's search form leads into the farm's endless
      # search-result pager (page N links N+1), which no other tool enters; --ignore-url keeps it out
      measure "$tool" "$work/$tool/out.csv" "${lc[@]}" --threads "$conc" --no-warnings --no-status --verbose \
        --ignore-url '^http://127\.0\.0\.1:[0-9]+/search/result\.html' -o csv "${urls[@]}"
      ;;
    wget)
      mkdir -p "$work/wget/logs"
      measure wget "$work/wget/stdout" xargs -a "$work/urls.txt" -P "$conc" -n 1 "$lib/wget-site.sh" \
        "$work/wget/logs"
      ;;
  esac
done

# shellcheck disable=SC2086
"$py" "$lib/compare.py" "$work" $tools | tee "$work/summary.txt"
