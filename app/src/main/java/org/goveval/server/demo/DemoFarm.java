package org.goveval.server.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.SiteSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's websites: a {@code sitefarm} on loopback (ephemeral ports, started with the server, stopped with
 * it), so that the demo campaign can be monitored on a machine without network. Its sites are the scanner's
 * test sites ({@code defects}, {@code gbk}, {@code clean}) and the content checks' ({@code pass}, {@code
 * fail}), each with a manifest of what it plants.
 */
@Component
public class DemoFarm implements AutoCloseable {
    private final @Nullable RunningFarm farm;

    public DemoFarm(@Value("${goveval.demo.enabled}") boolean enabled) {
        if (!enabled) {
            farm = null;
            return;
        }
        List<SiteSpec> sites = new ArrayList<>(FarmSpec.testFarm().sites());
        sites.addAll(FarmSpec.contentFarm().sites());
        farm = SiteFarm.start(FarmSpec.of(sites), Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    public Optional<RunningFarm> farm() {
        return Optional.ofNullable(farm);
    }

    @Override
    public void close() {
        if (farm != null) {
            farm.close();
        }
    }
}
