#!/usr/bin/python3
"""linkchecker (Debian 12: 10.2.1) without its per-host request spacing, for benchmarks on loopback only.

linkchecker spaces the requests to one host by a random 0.1-0.6 s (Aggregate.wait_for_host), whatever
`maxrequestspersecond` says, unless the server answers with a "LinkChecker" header, which the farm does not
send. It even sleeps while holding the lock that every checker thread needs, so one waiting thread stalls
all others. The benchmark compares tools without politeness delays, so this wrapper replaces that method with
a no-op and then runs linkchecker's own command line unchanged (same arguments, same output).
"""
import sys

from linkcheck.director import aggregator


def _no_wait(self, host):
    """No spacing between requests to a host."""


aggregator.Aggregate.wait_for_host = _no_wait

from linkcheck.command.linkchecker import linkchecker  # noqa: E402  (after the patch, on purpose)

if __name__ == "__main__":
    sys.argv[0] = "linkchecker"
    sys.exit(linkchecker())
