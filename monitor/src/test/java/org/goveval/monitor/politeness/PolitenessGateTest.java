package org.goveval.monitor.politeness;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PolitenessGateTest {
    private static final long MS = 1_000_000;

    /**
     * Counts the requests of a group (a host, an address) in flight as seen from the test: raised after
     * {@code enter} returns and lowered before {@code close}, so it never exceeds what the gate lets in.
     */
    private static final class InFlight {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();
        /** Opens once two requests of the group are in flight together. */
        final CountDownLatch reachedTwo = new CountDownLatch(1);

        final ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();

        /**
         * One request's work: holds the permit until a second request of the group has been admitted beside
         * it (so that the limit is reached for sure, not by luck of timing), then works for {@code work}.
         */
        void work(Admission permit, Duration work) throws InterruptedException {
            starts.add(permit.admittedAtNanos());
            int inFlight = now.incrementAndGet();
            max.accumulateAndGet(inFlight, Math::max);
            if (inFlight == 2) {
                reachedTwo.countDown();
            }
            reachedTwo.await(10, SECONDS);
            Thread.sleep(work);
            now.decrementAndGet();
        }

        List<Long> sortedStarts() {
            return starts.stream().sorted().toList();
        }
    }

    @Test
    void thirtyRequestsToThreeHostsKeepTheHostLimitAndTheDelay() throws Exception {
        PolitenessGate gate = new PolitenessGate(PolitenessSettings.defaults());
        List<URI> hosts = List.of(uri("https://a.gov.cn/"), uri("https://b.gov.cn/"), uri("https://c.gov.cn/"));
        Map<URI, InFlight> seen =
                Map.of(hosts.get(0), new InFlight(), hosts.get(1), new InFlight(), hosts.get(2), new InFlight());

        runAll(30, i -> {
            URI host = hosts.get(i % 3);
            try (Admission permit = gate.enter(host.resolve("/page" + i), address(i % 3))) {
                seen.get(host).work(permit, Duration.ofMillis(100));
            }
        });

        for (URI host : hosts) {
            InFlight inFlight = seen.get(host);
            assertThat(inFlight.reachedTwo.getCount())
                    .as("two in flight at once on %s", host)
                    .isZero();
            assertThat(inFlight.max).as("most in flight on %s", host).hasValue(2);
            assertThat(gaps(inFlight.sortedStarts()))
                    .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(250 * MS));
            assertThat(gate.stats(host)).isEqualTo(new HostStats(10, 0, 2, 0, Duration.ofMillis(250)));
        }
    }

    @Test
    void hostsSharingAnAddressShareItsLimit() throws Exception {
        PolitenessGate gate = new PolitenessGate(new PolitenessSettings(2, Duration.ZERO, 2, Duration.ZERO));
        InetAddress shared = address(9);
        List<URI> hosts = List.of(uri("http://a.county.gov.cn/"), uri("http://b.county.gov.cn/"));
        InFlight onAddress = new InFlight();

        // Each host may have 2 in flight, 4 together: the address limit is the one that binds.
        runAll(20, i -> {
            try (Admission permit = gate.enter(hosts.get(i % 2).resolve("/p" + i), shared)) {
                onAddress.work(permit, Duration.ofMillis(20));
            }
        });

        assertThat(onAddress.reachedTwo.getCount()).isZero();
        assertThat(onAddress.max).as("most in flight on the shared address").hasValue(2);
        assertThat(gate.stats(hosts.get(0)).admitted()).isEqualTo(10);
        assertThat(gate.stats(hosts.get(1)).admitted()).isEqualTo(10);
    }

    @Test
    void crawlDelayRaisesTheHostDelayUpToTheCap() throws Exception {
        PolitenessGate gate =
                new PolitenessGate(new PolitenessSettings(2, Duration.ofMillis(50), 4, Duration.ofMillis(200)));
        URI host = uri("https://a.gov.cn/");
        URI other = uri("https://b.gov.cn/");

        gate.setCrawlDelay(host, Duration.ofMillis(120));
        assertThat(gate.stats(host).delay()).isEqualTo(Duration.ofMillis(120));
        List<Long> at120 = enterOneAfterAnother(gate, host, 3);

        gate.setCrawlDelay(host.resolve("/any/page"), Duration.ofSeconds(5));
        assertThat(gate.stats(host).delay()).as("5 s capped at maxCrawlDelay").isEqualTo(Duration.ofMillis(200));
        List<Long> at200 = enterOneAfterAnother(gate, host, 3);

        gate.setCrawlDelay(host, Duration.ofMillis(10));
        assertThat(gate.stats(host).delay()).as("never below minDelayPerHost").isEqualTo(Duration.ofMillis(50));
        assertThat(gate.stats(other).delay()).as("other hosts keep the minimum").isEqualTo(Duration.ofMillis(50));

        assertThat(gaps(at120)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(120 * MS));
        assertThat(at200.get(0) - at120.get(2)).isGreaterThanOrEqualTo(200 * MS);
        assertThat(gaps(at200)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(200 * MS));
        assertThatIllegalArgumentException().isThrownBy(() -> gate.setCrawlDelay(host, Duration.ofMillis(-1)));
    }

    @Test
    void interruptedWhileWaitingThrowsAndLeaksNoSlot() throws Exception {
        PolitenessGate gate = new PolitenessGate(new PolitenessSettings(1, Duration.ZERO, 1, Duration.ZERO));
        URI host = uri("https://a.gov.cn/");
        URI sameAddressHost = uri("https://b.gov.cn/");
        InetAddress address = address(1);
        Admission holder = gate.enter(host, address);
        CountDownLatch interrupted = new CountDownLatch(1);

        Thread waiter = Thread.ofVirtual().start(() -> {
            try (Admission unexpected = gate.enter(host, address)) {
                fail("admitted while the only slot is held: " + unexpected);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        awaitCondition(() -> gate.stats(host).waiting() == 1);
        waiter.interrupt();

        assertThat(interrupted.await(10, SECONDS)).isTrue();
        assertThat(gate.stats(host)).isEqualTo(new HostStats(1, 1, 1, 0, Duration.ZERO));
        holder.close();
        holder.close(); // a second close frees nothing more
        // Both the host slot and the address slot are free again: these would block for ever otherwise.
        assertThat(enterAndCloseOnAnotherThread(gate, host, address)).isTrue();
        assertThat(enterAndCloseOnAnotherThread(gate, sameAddressHost, address)).isTrue();
        assertThat(gate.stats(host)).isEqualTo(new HostStats(2, 0, 1, 0, Duration.ZERO));
    }

    @Test
    void interruptedBeforeEnteringThrowsAndTakesNothing() {
        PolitenessGate gate = new PolitenessGate(PolitenessSettings.noDelay());
        URI host = uri("https://a.gov.cn/");

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> gate.enter(host, address(1))).isInstanceOf(InterruptedException.class);

        assertThat(Thread.interrupted()).isFalse();
        assertThat(gate.stats(host).admitted()).isZero();
    }

    @Test
    void hostsTakeTurnsOnASharedAddress() throws Exception {
        PolitenessGate gate = new PolitenessGate(new PolitenessSettings(2, Duration.ZERO, 1, Duration.ZERO));
        URI busy = uri("https://busy.gov.cn/");
        URI quiet = uri("https://quiet.gov.cn/");
        InetAddress shared = address(7);
        ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
        Admission holder = gate.enter(busy, shared);

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                done.add(threads.submit(() -> enterRecordClose(gate, busy, shared, order, "busy")));
            }
            awaitCondition(() -> gate.stats(busy).waiting() == 5);
            done.add(threads.submit(() -> enterRecordClose(gate, quiet, shared, order, "quiet")));
            awaitCondition(() -> gate.stats(quiet).waiting() == 1);

            holder.close();
            for (Future<?> f : done) {
                f.get(10, SECONDS);
            }
        }

        // First come first served would put the quiet host last, behind all five of the busy one.
        assertThat(order).containsExactly("busy", "quiet", "busy", "busy", "busy", "busy");
    }

    @Test
    void aHeldHostStartsNothingUntilTheHoldIsOverAndOtherHostsGoOn() throws Exception {
        PolitenessGate gate = new PolitenessGate(PolitenessSettings.noDelay());
        URI held = uri("https://a.gov.cn/");
        URI other = uri("https://b.gov.cn/");
        gate.enter(held, address(1)).close();

        long holdAt = System.nanoTime();
        gate.holdHost(held.resolve("/any/page"), Duration.ofMillis(400));
        gate.holdHost(held, Duration.ofMillis(10)); // a shorter hold never shortens a longer one
        gate.holdHost(held, Duration.ZERO);
        long otherAt;
        try (Admission permit = gate.enter(other, address(1))) {
            otherAt = permit.admittedAtNanos();
        }
        long heldAt;
        try (Admission permit = gate.enter(held, address(1))) {
            heldAt = permit.admittedAtNanos();
        }

        assertThat(heldAt - holdAt).isGreaterThanOrEqualTo(400 * MS);
        assertThat(otherAt - holdAt).as("another host is not held").isLessThan(400 * MS);
    }

    @Test
    void rejectsBadArguments() {
        PolitenessGate gate = new PolitenessGate(PolitenessSettings.defaults());

        assertThatIllegalArgumentException().isThrownBy(() -> gate.enter(URI.create("/relative"), address(1)));
        assertThatThrownBy(() -> gate.enter(uri("https://a.gov.cn/"), null)).isInstanceOf(NullPointerException.class);
        assertThat(gate.stats(uri("https://unseen.gov.cn/")))
                .isEqualTo(new HostStats(0, 0, 0, 0, Duration.ofMillis(250)));
    }

    private static Object enterRecordClose(
            PolitenessGate gate, URI host, InetAddress address, ConcurrentLinkedQueue<String> order, String name)
            throws InterruptedException {
        try (Admission permit = gate.enter(host, address)) {
            order.add(name); // the address admits one request at a time, so this is the admission order
            return permit;
        }
    }

    private static List<Long> enterOneAfterAnother(PolitenessGate gate, URI host, int count)
            throws InterruptedException {
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (Admission permit = gate.enter(host, address(1))) {
                starts.add(permit.admittedAtNanos());
            }
        }
        return starts;
    }

    private static boolean enterAndCloseOnAnotherThread(PolitenessGate gate, URI host, InetAddress address)
            throws Exception {
        try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> entered = thread.submit(() -> {
                gate.enter(host, address).close();
                return true;
            });
            return entered.get(10, SECONDS);
        }
    }

    private interface Request {
        void run(int index) throws Exception;
    }

    /** Runs the requests on one virtual thread each and rethrows the first failure. */
    private static void runAll(int count, Request request) throws Exception {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            done.add(threads.submit(() -> {
                request.run(index);
                return null;
            }));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(20, SECONDS))
                .as("all requests done")
                .isTrue();
        for (Future<?> f : done) {
            f.get();
        }
    }

    private static List<Long> gaps(List<Long> sortedStarts) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sortedStarts.size(); i++) {
            gaps.add(sortedStarts.get(i) - sortedStarts.get(i - 1));
        }
        return gaps;
    }

    /** Polls a condition on the gate's state, as Awaitility would; fails after 10 s. */
    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("condition not met within 10 s");
            }
            Thread.sleep(1);
        }
    }

    private static URI uri(String uri) {
        return URI.create(uri);
    }

    private static InetAddress address(int lastOctet) {
        try {
            return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) lastOctet});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
