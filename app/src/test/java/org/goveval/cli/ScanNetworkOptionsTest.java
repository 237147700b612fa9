package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network check's options of {@code goveval scan}: bad values exit with status 2 before any request. */
class ScanNetworkOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aDnsServerMustBeAnAddress() throws IOException {
        CliRun run = CliRun.of("scan", "http://127.0.0.1:9/", "--dns-server", "dns.example.gov.cn");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("goveval: not an IP address with an optional port: dns.example.gov.cn");
    }

    @Test
    void aTrustStoreMustBeReadable() throws IOException {
        Path missing = dir.resolve("missing.p12");
        CliRun run = CliRun.of("scan", "http://127.0.0.1:9/", "--trust-store", missing.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("goveval: cannot read the trust store " + missing + ": ");
    }
}
