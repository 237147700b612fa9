package org.goveval.sitefarm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clock every test farm runs on. */
final class Fixtures {
    /** 2024-12-20, 10:00 in Beijing. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    private Fixtures() {}
}
