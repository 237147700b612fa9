package org.goveval.monitor.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.goveval.monitor.net.Resolution.Allowed;
import org.goveval.monitor.net.Resolution.Refusal;
import org.goveval.monitor.net.Resolution.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {
    /** IP literals must be judged without asking the resolver. */
    private static final HostResolver NEVER = host -> {
        throw new AssertionError("the resolver was asked for " + host);
    };

    private final StubResolver resolver = StubResolver.loopbackOnly()
            .with("www.example.gov.cn", "202.108.22.5")
            .with("intranet.test", "10.1.2.3")
            .with("metadata.test", "169.254.169.254")
            .with("v6.example.gov.cn", "2400:da00::6666")
            .with("dual.test", "202.108.22.5", "192.168.0.1");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/                  | 127.0.0.1 is loopback (127.0.0.0/8)
            http://127.255.255.254:8080/       | 127.255.255.254 is loopback (127.0.0.0/8)
            http://0.0.0.0/                    | 0.0.0.0 is this network (0.0.0.0/8)
            http://0.1.2.3/                    | 0.1.2.3 is this network (0.0.0.0/8)
            http://10.0.0.1/                   | 10.0.0.1 is private (10.0.0.0/8)
            https://10.255.255.255/            | 10.255.255.255 is private (10.0.0.0/8)
            http://172.16.0.1/                 | 172.16.0.1 is private (172.16.0.0/12)
            http://172.31.255.255/             | 172.31.255.255 is private (172.16.0.0/12)
            http://192.168.1.1/                | 192.168.1.1 is private (192.168.0.0/16)
            http://100.64.0.1/                 | 100.64.0.1 is carrier-grade NAT (100.64.0.0/10)
            http://100.127.255.255/            | 100.127.255.255 is carrier-grade NAT (100.64.0.0/10)
            http://169.254.169.254/latest/     | 169.254.169.254 is link-local (169.254.0.0/16)
            http://224.0.0.1/                  | 224.0.0.1 is multicast (224.0.0.0/4)
            http://239.255.255.255/            | 239.255.255.255 is multicast (224.0.0.0/4)
            http://255.255.255.255/            | 255.255.255.255 is broadcast (255.255.255.255/32)
            http://[::1]:8080/                 | [::1] is loopback (::1/128)
            http://[::]/                       | [::] is unspecified (::/128)
            http://[fe80::1]/                  | [fe80::1] is link-local (fe80::/10)
            http://[febf:ffff::1]/             | [febf:ffff::1] is link-local (fe80::/10)
            http://[fec0::1]/                  | [fec0::1] is site-local (fec0::/10)
            http://[fc00::1]/                  | [fc00::1] is unique-local (fc00::/7)
            http://[fdff:ffff::1]/             | [fdff:ffff::1] is unique-local (fc00::/7)
            http://[ff02::1]/                  | [ff02::1] is multicast (ff00::/8)
            http://[::ffff:127.0.0.1]/         | [::ffff:127.0.0.1] is loopback (127.0.0.0/8)
            http://[::ffff:10.0.0.1]/          | [::ffff:10.0.0.1] is private (10.0.0.0/8)
            http://[::ffff:a9fe:a9fe]/         | [::ffff:a9fe:a9fe] is link-local (169.254.0.0/16)
            http://[::ffff:c0a8:101]/          | [::ffff:c0a8:101] is private (192.168.0.0/16)
            """)
    void refusesLiteralsInBlockedRanges(String url, String detail) {
        assertThat(new AddressPolicy(NEVER, false).check(URI.create(url)))
                .isEqualTo(new Refused(Refusal.BLOCKED, detail));
    }

    @ParameterizedTest
    @CsvSource({
        "http://9.255.255.255/, 9.255.255.255",
        "http://11.0.0.0/, 11.0.0.0",
        "http://100.63.255.255/, 100.63.255.255",
        "http://100.128.0.0/, 100.128.0.0",
        "http://128.0.0.1/, 128.0.0.1",
        "http://169.253.255.255/, 169.253.255.255",
        "http://169.255.0.0/, 169.255.0.0",
        "http://172.15.255.255/, 172.15.255.255",
        "http://172.32.0.0/, 172.32.0.0",
        "http://192.167.255.255/, 192.167.255.255",
        "http://192.169.0.0/, 192.169.0.0",
        "http://223.255.255.255/, 223.255.255.255",
        "http://255.255.255.254/, 255.255.255.254",
        "https://202.108.22.5:8443/index.html, 202.108.22.5",
        "http://[2400:da00::6666]/, 2400:da00::6666",
        "http://[fbff:ffff::1]/, fbff:ffff::1",
        "http://[fe00::1]/, fe00::1",
        "http://[::ffff:8.8.8.8]/, 8.8.8.8",
    })
    void allowsLiteralsOutsideTheBlockedRanges(String url, String address) {
        assertThat(new AddressPolicy(NEVER, false).check(URI.create(url)))
                .isEqualTo(new Allowed(StubResolver.ip(address)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://www.example.gov.cn/       | ALLOWED | 202.108.22.5
            https://v6.example.gov.cn/a?b=c  | ALLOWED | 2400:da00::6666
            http://WWW.EXAMPLE.GOV.CN/       | ALLOWED | 202.108.22.5
            http://intranet.test/            | BLOCKED | intranet.test (10.1.2.3) is private (10.0.0.0/8)
            http://metadata.test/            | BLOCKED | metadata.test (169.254.169.254) is link-local (169.254.0.0/16)
            http://localhost:8080/           | BLOCKED | localhost (127.0.0.1) is loopback (127.0.0.0/8)
            http://dual.test/                | BLOCKED | dual.test (192.168.0.1) is private (192.168.0.0/16)
            """)
    void judgesEveryAddressANameResolvesTo(String url, String verdict, String expected) {
        Resolution resolution = new AddressPolicy(resolver, false).check(URI.create(url));

        assertThat(resolution)
                .isEqualTo(
                        verdict.equals("ALLOWED")
                                ? new Allowed(StubResolver.ip(expected))
                                : new Refused(Refusal.BLOCKED, expected));
        assertThat(resolver.lookups()).isEqualTo(1);
    }

    @Test
    void judgesAnIpv4MappedAddressAResolverReturnsInItsIpv6Form() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 10, 0, 0, 1};
        InetAddress address = Inet6Address.getByAddress("mapped.test", mapped, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);

        Resolution resolution =
                new AddressPolicy(host -> List.of(address), false).check(URI.create("http://mapped.test/"));

        assertThat(resolution)
                .isEqualTo(new Refused(Refusal.BLOCKED, "mapped.test (0:0:0:0:0:ffff:a00:1) is private (10.0.0.0/8)"));
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedAsUnresolved() {
        Resolution resolution = new AddressPolicy(resolver, false).check(URI.create("http://nowhere.invalid/"));

        assertThat(resolution)
                .isEqualTo(new Refused(
                        Refusal.UNRESOLVED,
                        "nowhere.invalid does not resolve: nowhere.invalid: not in the stub resolver"));
    }

    @Test
    void aResolverThatAnswersNothingCountsAsUnresolved() {
        HostResolver empty = host -> List.of();

        assertThat(new AddressPolicy(empty, true).check(URI.create("http://empty.test/")))
                .isEqualTo(new Refused(Refusal.UNRESOLVED, "empty.test has no address"));
    }

    @ParameterizedTest
    @CsvSource({
        "ftp://www.example.gov.cn/file.txt",
        "mailto:webmaster@example.gov.cn",
        "/relative/path.html",
        "http:///no-host",
        "http://under_score.example.gov.cn/",
        "file:///etc/passwd",
        "javascript:alert(1)",
    })
    void refusesWhatIsNotAnAbsoluteHttpUrlWithAHost(String url) {
        AddressPolicy permissive = new AddressPolicy(NEVER, true);

        assertThat(permissive.check(URI.create(url)))
                .isEqualTo(new Refused(Refusal.INVALID_URL, "not an absolute http or https URL with a host: " + url));
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        assertThat(new AddressPolicy(NEVER, false).check(URI.create("HTTPS://202.108.22.5/")))
                .isEqualTo(new Allowed(StubResolver.ip("202.108.22.5")));
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080/, 127.0.0.1",
        "http://[::1]/, ::1",
        "http://intranet.test/, 10.1.2.3",
        "http://dual.test/, 202.108.22.5",
        "http://169.254.169.254/, 169.254.169.254",
    })
    void allowPrivateAllowsEveryAddress(String url, String first) {
        assertThat(new AddressPolicy(resolver, true).check(URI.create(url)))
                .isEqualTo(new Allowed(StubResolver.ip(first)));
    }

    @Test
    void allowPrivateStillNeedsANameThatResolves() {
        assertThat(new AddressPolicy(resolver, true).check(URI.create("http://nowhere.invalid/")))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Refusal.UNRESOLVED));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1/32, http://127.0.0.1:8080/, ALLOWED",
        "127.0.0.1/32, http://127.0.0.2/, BLOCKED",
        "127.0.0.1/32, http://10.1.2.3/, BLOCKED",
        "10.20.0.0/16, http://10.20.255.1/, ALLOWED",
        "10.20.0.0/16, http://10.21.0.1/, BLOCKED",
        "10.20.0.0/16, http://intranet.test/, BLOCKED",
        "10.1.2.0/23, http://intranet.test/, ALLOWED",
        "fd00:1::/32, http://[fd00:1:2::3]/, ALLOWED",
        "fd00:1::/32, http://[fd00:2::3]/, BLOCKED",
    })
    void allowingOpensOneBlockAndNothingElse(String cidr, String url, String verdict) {
        Resolution resolution =
                new AddressPolicy(resolver, false).allowing(cidr).check(URI.create(url));

        assertThat(resolution).isInstanceOf(verdict.equals("ALLOWED") ? Allowed.class : Refused.class);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0", "10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/x", "intranet.test/8", "300.0.0.0/8"})
    void allowingRejectsWhatIsNotACidrBlock(String cidr) {
        AddressPolicy policy = new AddressPolicy(resolver, false);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy.allowing(cidr))
                .withMessageContaining(cidr);
        assertThat(resolver.lookups()).isZero();
    }
}
