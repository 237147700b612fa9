package org.goveval.monitor.content.network;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The IPv6 half of the network check: the host's AAAA records, then the home page and the sampled second-level
 * pages fetched from the first AAAA address. A page is reachable when it answers with a status below 400.
 */
final class Ipv6Probe {
    /**
     * What was found.
     *
     * @param dnsAt when the AAAA question was asked
     * @param dnsDetail the resolver's answer in short ("NOERROR", "NXDOMAIN", or why there was none)
     * @param dnsFailed no usable DNS answer: nothing about IPv6 is known
     * @param home the home page over IPv6; null without an AAAA record
     * @param pages the sampled second-level pages over IPv6, in URL order; empty without an AAAA record
     * @param sampled how many second-level pages were in the sample
     */
    record Facts(
            Instant dnsAt,
            String dnsDetail,
            boolean dnsFailed,
            List<InetAddress> addresses,
            HttpProbe.@Nullable Seen home,
            List<HttpProbe.Seen> pages,
            int sampled) {
        Facts {
            addresses = List.copyOf(addresses);
            pages = List.copyOf(pages);
        }

        boolean homeReachable() {
            return home != null && reachable(home);
        }

        int reachablePages() {
            return (int) pages.stream().filter(Ipv6Probe::reachable).count();
        }
    }

    private Ipv6Probe() {}

    static boolean reachable(HttpProbe.Seen seen) {
        return seen.response() != null && seen.response().status() < 400;
    }

    static Facts run(DnsLookup dns, SiteProbes probes, URI home, List<URI> sample, Instant dnsAt)
            throws InterruptedException {
        DnsLookup.Answer answer = dns.aaaa(home.getHost());
        return switch (answer) {
            case DnsLookup.Answer.Failed failed ->
                new Facts(dnsAt, failed.detail(), true, List.of(), null, List.of(), sample.size());
            case DnsLookup.Answer.Found found -> {
                if (found.addresses().isEmpty()) {
                    yield new Facts(dnsAt, found.detail(), false, List.of(), null, List.of(), sample.size());
                }
                InetAddress address = found.addresses().get(0);
                HttpProbe.Seen homeSeen = probes.getAt(home, address);
                List<HttpProbe.Seen> pages = new ArrayList<>();
                for (URI page : sample) {
                    pages.add(probes.getAt(page, address));
                }
                yield new Facts(dnsAt, found.detail(), false, found.addresses(), homeSeen, pages, sample.size());
            }
        };
    }
}
