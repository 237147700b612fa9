package org.goveval.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.goveval.monitor.report.ScanReport;

/**
 * The scan engine and the parse-bound limit measured in one JVM, in alternating windows: the ratio of their
 * pages per second with the same compiled jsoup on both sides.
 *
 * <p>Why not two JMH benchmarks: JMH runs each benchmark in JVMs of its own, and on the 2-core benchmark
 * machines one JVM's compiled parser runs up to half again as fast as another's, so a ratio between forks
 * carries that spread (BENCHMARKS.md). Here {@link EngineBenchmark}'s replayed scan of the four farm sites and
 * {@link ParseBenchmark}'s two bounds ({@code parseAndExtract} from decoded HTML, {@code readParseAndExtract}
 * from the fetched bytes) take turns in windows of a few seconds, the order rotating every cycle; each
 * window's pages/s is kept, and the ratio of the engine to each bound is the ratio of their medians. The
 * bound runs on as many platform threads as the engine's scans have carriers (the available processors). The
 * price: each side is compiled with the other's profile too, which is how a scan's parser is compiled anyway
 * (a scan parses every page it crawls and checks).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.goveval.bench.EngineParseRatio [WARMUP_CYCLES CYCLES
 * SECONDS]} (defaults 10, 10, 2); {@code bench/engine-parse-ratio.sh} runs it in several JVMs.
 */
public final class EngineParseRatio {
    enum Side {
        ENGINE,
        PARSE_AND_EXTRACT,
        READ_PARSE_AND_EXTRACT
    }

    /** Keeps the bounds' results alive, so that the JIT cannot drop the work. */
    private static final AtomicLong SINK = new AtomicLong();

    private EngineParseRatio() {}

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        if (warmup < 0 || cycles < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("usage: EngineParseRatio [WARMUP_CYCLES>=0 CYCLES>=1 SECONDS>0]");
        }
        long windowNanos = (long) (seconds * 1e9);
        int threads = Runtime.getRuntime().availableProcessors();

        EngineBenchmark.Recording recording = new EngineBenchmark.Recording();
        recording.record();
        ParseBenchmark.Pages pages = new ParseBenchmark.Pages();
        pages.fetch();

        Map<Side, List<Double>> rates = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            rates.put(side, new ArrayList<>());
        }
        Side[] sides = Side.values();
        for (int cycle = 0; cycle < warmup + cycles; cycle++) {
            StringBuilder line = new StringBuilder(cycle < warmup ? "warm-up " : "measure ").append(cycle + 1);
            for (int i = 0; i < sides.length; i++) {
                Side side = sides[(cycle + i) % sides.length]; // who goes first rotates
                double rate = switch (side) {
                    case ENGINE -> engineWindow(recording, windowNanos);
                    case PARSE_AND_EXTRACT, READ_PARSE_AND_EXTRACT -> boundWindow(side, pages, threads, windowNanos);
                };
                if (cycle >= warmup) {
                    rates.get(side).add(rate);
                }
                line.append(String.format(Locale.ROOT, "  %s %,.0f", side, rate));
            }
            System.out.println(line);
        }

        double engine = median(rates.get(Side.ENGINE));
        System.out.printf(Locale.ROOT, "threads %d, sink %d%n", threads, SINK.get());
        for (Side side : sides) {
            System.out.printf(Locale.ROOT, "median %-24s %,10.0f pages/s%n", side, median(rates.get(side)));
        }
        System.out.printf(
                Locale.ROOT,
                "ratio engine/PARSE_AND_EXTRACT %.1f %%, engine/READ_PARSE_AND_EXTRACT %.1f %%%n",
                100 * engine / median(rates.get(Side.PARSE_AND_EXTRACT)),
                100 * engine / median(rates.get(Side.READ_PARSE_AND_EXTRACT)));
    }

    /** Whole replayed scans of the four sites until the window is over: pages crawled per second. */
    private static double engineWindow(EngineBenchmark.Recording recording, long windowNanos) throws Exception {
        long start = System.nanoTime();
        long pages = 0;
        long elapsed;
        do {
            for (ScanReport report : EngineBenchmark.scanAll(recording::replay, recording.homes, recording.clock)) {
                pages += report.pagesCrawled();
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < windowNanos);
        return pages * 1e9 / elapsed;
    }

    /** The bound on {@code threads} platform threads, each walking the pages from its own place. */
    private static double boundWindow(Side side, ParseBenchmark.Pages pages, int threads, long windowNanos)
            throws InterruptedException {
        long[] counts = new long[threads];
        long[] ends = new long[threads];
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers.add(Thread.ofPlatform().start(() -> {
                ParseBenchmark.Cursor cursor = new ParseBenchmark.Cursor();
                cursor.next = index * 97;
                long sink = 0;
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long start = System.nanoTime();
                long n = 0;
                long now;
                do {
                    ParseBenchmark.Page page = cursor.take(pages);
                    sink += side == Side.PARSE_AND_EXTRACT
                            ? ParseBenchmark.parseAndExtract(page, cursor.extractor)
                                    .size()
                            : ParseBenchmark.readParseAndExtract(page, cursor.extractor);
                    n++;
                    now = System.nanoTime();
                } while (now - start < windowNanos);
                counts[index] = n;
                ends[index] = now - start;
                SINK.addAndGet(sink);
            }));
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double rate = 0;
        for (int t = 0; t < threads; t++) {
            rate += counts[t] * 1e9 / ends[t];
        }
        return rate;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
