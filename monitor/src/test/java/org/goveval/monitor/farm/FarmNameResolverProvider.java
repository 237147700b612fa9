package org.goveval.monitor.farm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.stream.Stream;
import org.goveval.sitefarm.SiteNetwork;

/**
 * The test JVM's name resolution (the JDK's resolver SPI, registered in {@code META-INF/services}): the farm's
 * names ({@code SITE.farm.test}) resolve to 127.0.0.1 without any DNS query, so that whatever asks the JDK
 * for one gets loopback (the crawl itself connects only to the addresses its SSRF guard's resolver gave, a
 * stub in these tests); every other name goes to the JDK's own resolver as usual. It must come before dnsjava's provider on the class path (test classes come first under Surefire);
 * {@code NetworkFarmTest} fails with a clear message otherwise.
 */
public final class FarmNameResolverProvider extends InetAddressResolverProvider {
    static final byte[] LOOPBACK = {127, 0, 0, 1};

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (isFarmName(host)) {
                    return Stream.of(InetAddress.getByAddress(host, LOOPBACK));
                }
                return builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    static boolean isFarmName(String host) {
        return host.toLowerCase(Locale.ROOT).endsWith(SiteNetwork.DOMAIN);
    }

    @Override
    public String name() {
        return "goveval farm names";
    }
}
