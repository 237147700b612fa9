package org.goveval.monitor.farm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goveval.monitor.content.network.DnsStub;
import org.goveval.monitor.content.network.NetworkSettings;
import org.goveval.monitor.net.StubResolver;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteNetwork;

/**
 * What a scan of the farm's sites by name needs, all on loopback: a DNS stub answering A and AAAA for every
 * site's name, the SSRF guard's resolver with the same IPv4 names, and network settings pointing the check at
 * the stub and at each site's https port.
 */
record FarmByName(DnsStub dns, StubResolver guardResolver, NetworkSettings network) implements AutoCloseable {
    static FarmByName of(RunningFarm farm) {
        DnsStub dns = DnsStub.start();
        StubResolver guardResolver = StubResolver.loopbackOnly();
        Map<Integer, Integer> httpsPorts = new HashMap<>();
        for (FarmSite site : farm.sites()) {
            SiteNetwork network = farm.network(site.name());
            List<String> addresses = new ArrayList<>(network.ipv4Addresses());
            addresses.addAll(network.ipv6Addresses());
            dns.with(network.host(), addresses.toArray(String[]::new));
            guardResolver.with(network.host(), network.ipv4Addresses().toArray(String[]::new));
            httpsPorts.put(network.httpPort(), network.httpsPort());
        }
        NetworkSettings network = NetworkSettings.defaults()
                .withDnsServer(dns.address())
                .withHttpsPorts(httpsPorts)
                .withTimes(FarmMonitor.BUDGET, FarmMonitor.BUDGET, FarmMonitor.HOST_DELAY);
        return new FarmByName(dns, guardResolver, network);
    }

    @Override
    public void close() {
        dns.close();
    }
}
