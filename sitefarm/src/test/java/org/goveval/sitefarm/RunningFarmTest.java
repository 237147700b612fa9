package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goveval.sitefarm.manifest.Manifest;
import org.junit.jupiter.api.Test;

/** Starting, closing and running farms side by side. */
class RunningFarmTest {
    private static final Pattern LOOPBACK_PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");

    @Test
    void closeReleasesAHangingRequestAtOnce() throws Exception {
        RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
        URI hang = farm.site("defects").url("/slow/hang.html");
        CompletableFuture<HttpResponse<byte[]>> answer = Http.CLIENT.sendAsync(
                Http.request(hang).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        awaitLogged(farm, "defects", "/slow/hang.html");
        assertThat(answer).isNotDone();

        long start = System.nanoTime();
        farm.close();
        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        // the JDK client sends a GET once more when its connection closes before the answer, and that retry
        // may reach the farm while it closes: it must have been released too
        assertThat(farm.requestLog().requests("defects")).hasSizeBetween(1, 2).allSatisfy(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/slow/hang.html");
            assertThat(request.stalled()).isTrue();
            assertThat(request.finished()).isTrue();
        });
        assertThatThrownBy(() -> Http.get(farm.site("defects").homepage())).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aStalledRequestAnswersAfterTheHang() {
        FarmSpec spec = FarmSpec.testFarm().withSlowOk(Duration.ZERO).withHang(Duration.ofMillis(200));
        try (RunningFarm farm = SiteFarm.start(spec, Fixtures.CLOCK)) {
            assertThat(Http.get(farm.site("defects").url("/slow/hang.html")).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void twoFarmsStartedAtOnceServeSideBySideAndAgree() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<RunningFarm>> starting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
            }));
        }
        go.countDown();
        try (RunningFarm first = starting.get(0).get(10, TimeUnit.SECONDS);
                RunningFarm second = starting.get(1).get(10, TimeUnit.SECONDS)) {
            Set<Integer> ports = new HashSet<>();
            for (RunningFarm farm : List.of(first, second)) {
                for (FarmSite site : farm.sites()) {
                    assertThat(ports.add(site.homepage().getPort())).isTrue();
                    assertThat(Http.get(site.homepage()).statusCode()).isEqualTo(200);
                }
            }
            for (String name : List.of("defects", "gbk", "clean")) {
                assertThat(withoutPorts(first, name)).isEqualTo(withoutPorts(second, name));
            }
            assertThat(first.requestLog().requests()).hasSize(3);
            assertThat(second.requestLog().requests()).hasSize(3);
        }
    }

    /**
     * The manifest with every loopback port replaced by its role (a site's name, the dead port, the plain-HTTP
     * port), read back so that its lists are sorted again: equal for two farms that differ only in ports.
     */
    private static Manifest withoutPorts(RunningFarm farm, String name) {
        Manifest manifest = farm.site(name).manifest();
        Map<String, String> roles = new HashMap<>();
        farm.sites().forEach(site -> roles.put(Integer.toString(site.homepage().getPort()), site.name()));
        farm.site("defects").manifest().brokenLinks().forEach(link -> {
            String role = switch (link.kind()) {
                case CONNECTION_FAILED -> "dead";
                case TLS_ERROR -> "plain";
                default -> null;
            };
            if (role != null) {
                roles.put(Integer.toString(URI.create(link.url()).getPort()), role);
            }
        });
        Matcher matcher = LOOPBACK_PORT.matcher(manifest.toJson());
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, "127.0.0.1:" + roles.get(matcher.group(1)));
        }
        matcher.appendTail(out);
        return Manifest.fromJson(out.toString());
    }

    /** Polls the log until the request arrives; fails after five seconds. */
    static void awaitLogged(RunningFarm farm, String site, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (farm.requestLog().count(site, path) == 0) {
            assertThat(System.nanoTime())
                    .as("request to %s logged within 5 s", path)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
