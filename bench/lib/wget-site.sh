#!/bin/sh
# One `wget --spider -r` over one farm site, for xargs -P: wget-site.sh DIR URL. The log goes to
# DIR/PORT.log; wget's temporary files to DIR/tmp-PORT (removed afterwards). Exit status 8 (broken links
# found) is what a site with planted 404s must give: it is reported as 0 so that xargs does not stop.
set -u
dir=$1 url=$2
case $url in
  http://127.0.0.1:*) ;;
  *) echo "wget-site.sh: refusing a non-loopback URL: $url" >&2; exit 255 ;;
esac
port=${url#http://127.0.0.1:}
port=${port%%/*}
# -r without -H never leaves the start host; -e robots=on is the default, stated for clarity
wget --spider -r -l inf -nd -nv --no-proxy -e robots=on -o "$dir/$port.log" -P "$dir/tmp-$port" "$url"
rc=$?
rm -rf "$dir/tmp-$port"
[ "$rc" -eq 8 ] && rc=0
exit "$rc"
