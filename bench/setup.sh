#!/usr/bin/env bash
# Installs what bench/scan-compare.sh and bench/big-site.sh compare goveval with and measure it by, from the
# Debian archive: linkchecker (Debian 12: 10.2.1, obeys robots.txt), wget, and GNU time (/usr/bin/time -v,
# for peak memory). Idempotent: does nothing when all are present. Not run by CI; only by people who run the
# benchmarks. python3 (the system /usr/bin/python3, standard library only) comes with linkchecker.
set -euo pipefail

missing=()
for pkg in linkchecker wget time; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if (( ${#missing[@]} == 0 )); then
  echo "setup: linkchecker, wget and time are installed"
  exit 0
fi

sudo=()
if (( $(id -u) != 0 )); then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 2; }
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
