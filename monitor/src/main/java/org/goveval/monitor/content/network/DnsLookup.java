package org.goveval.monitor.content.network;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks a DNS resolver for a host's AAAA records through dnsjava: one query for the absolute name (no search
 * list, no cache), the records of the answer section taken whatever their owner (a recursive resolver answers a
 * CNAME chain in one message).
 */
final class DnsLookup {
    /** What the resolver said. */
    sealed interface Answer {
        /** The resolver answered: NOERROR with these addresses (maybe none), or NXDOMAIN (none). */
        record Found(List<InetAddress> addresses, String detail) implements Answer {
            public Found {
                addresses = List.copyOf(addresses);
            }
        }

        /** No usable answer: a timeout, SERVFAIL, REFUSED, a name that is not a DNS name. */
        record Failed(String detail) implements Answer {}
    }

    private final Resolver resolver;
    private final String server;

    DnsLookup(Resolver resolver, String server) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.server = Objects.requireNonNull(server, "server");
    }

    /** The resolver the settings name, or the system's. */
    static DnsLookup of(NetworkSettings settings) {
        if (settings.dnsServer().isPresent()) {
            SimpleResolver simple = new SimpleResolver(settings.dnsServer().get());
            simple.setTimeout(settings.dnsTimeout());
            return new DnsLookup(simple, settings.dnsServer().get().toString());
        }
        ExtendedResolver system = new ExtendedResolver();
        system.setTimeout(settings.dnsTimeout());
        return new DnsLookup(system, "the system's resolvers");
    }

    /** Where the queries go, for evidence. */
    String server() {
        return server;
    }

    Answer aaaa(String host) {
        Name name;
        try {
            name = Name.fromString(host.endsWith(".") ? host : host + ".");
        } catch (TextParseException e) {
            return new Answer.Failed("not a DNS name: " + host);
        }
        Message response;
        try {
            response = resolver.send(Message.newQuery(org.xbill.DNS.Record.newRecord(name, Type.AAAA, DClass.IN)));
        } catch (IOException e) {
            return new Answer.Failed("no answer from " + server + ": " + e.getMessage());
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new Answer.Found(List.of(), "NXDOMAIN");
        }
        if (rcode != Rcode.NOERROR) {
            return new Answer.Failed(server + " answered " + Rcode.string(rcode));
        }
        List<InetAddress> addresses = response.getSection(Section.ANSWER).stream()
                .filter(AAAARecord.class::isInstance)
                .map(record -> ((AAAARecord) record).getAddress())
                .toList();
        return new Answer.Found(addresses, "NOERROR");
    }
}
