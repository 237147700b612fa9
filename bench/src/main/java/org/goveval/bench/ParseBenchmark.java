package org.goveval.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.Link;
import org.goveval.monitor.links.LinkExtractor;
import org.goveval.monitor.scan.PageContent;
import org.goveval.monitor.scan.PageReader;
import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse-and-extract per page, the in-process upper bound of a scan's pages/s: what the scanner must do with
 * every crawled page whatever the network (parse the HTML with jsoup, extract and resolve its links).
 *
 * <p>The pages are the real pages of a benchmark farm ({@link BenchFarm}: TRS and Hanweb
 * layouts, one GBK site, homepages, column pages and articles, about 800 pages), served on 127.0.0.1 in
 * {@code @Setup} and fetched once with {@code java.net.http}; the farm is closed before measuring. One
 * operation is one page (the pages are taken in turn), so the score is pages per second (summed over the threads). Run
 * single-threaded ({@code -t 1}, the default) and with two threads ({@code -t 2}, the benchmark machine's
 * cores): {@code java -jar bench/target/benchmarks.jar ParseBenchmark -t 2}.
 *
 * <p>Three bounds, from the loosest: {@code parseAndExtract} from the decoded HTML (what the issue names);
 * {@code parseExtractAndText}, which also takes the visible text; {@code readParseAndExtract}, which starts from
 * the fetched bytes as a scan does (charset, decoding, parsing, text, links). {@link EngineBenchmark} runs a
 * whole scan of the same pages.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// the heap EngineBenchmark runs with, so that the two compare on any machine
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {

    /** A fetched page: its URL, its decoded HTML, and the answer as a scan gets it (bytes and headers). */
    record Page(URI uri, String html, FetchResult answer) {}

    /** The farm's pages, fetched once and shared read-only by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Pages {
        List<Page> pages = List.of();

        @Setup(Level.Trial)
        public void fetch() throws IOException, InterruptedException {
            Clock clock = Clock.fixed(Instant.parse("2024-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
            List<Page> fetched = new ArrayList<>();
            long bytes = 0;
            try (RunningFarm farm = SiteFarm.start(BenchFarm.spec(), clock);
                    HttpClient http = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build()) {
                for (FarmSite site : farm.sites()) {
                    // the farm writes GBK bytes under a gb2312 label; GB18030 reads them right
                    Charset charset = site.spec().encoding() == Encoding.GBK
                            ? Charset.forName("GB18030")
                            : site.spec().encoding().charset();
                    for (String url : site.manifest().pages()) {
                        URI uri = URI.create(url);
                        if (!"127.0.0.1".equals(uri.getHost())) {
                            throw new IllegalStateException("not a loopback farm URL: " + url);
                        }
                        HttpResponse<byte[]> response = http.send(
                                HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(url + " answered " + response.statusCode());
                        }
                        bytes += response.body().length;
                        Map<String, List<String>> headers = new HashMap<>();
                        response.headers()
                                .map()
                                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                        FetchResult answer = new FetchResult(
                                uri,
                                uri,
                                List.of(),
                                200,
                                headers,
                                response.body(),
                                false,
                                Optional.empty(),
                                "",
                                1,
                                clock.instant(),
                                Duration.ZERO);
                        fetched.add(new Page(uri, new String(response.body(), charset), answer));
                    }
                }
            }
            pages = List.copyOf(fetched);
            System.out.printf(
                    Locale.ROOT,
                    "%nParseBenchmark: %d farm pages (%s), %.1f KiB per page on average%n",
                    pages.size(),
                    BenchFarm.describe(),
                    bytes / 1024.0 / pages.size());
        }
    }

    /**
     * Each thread walks the pages in turn, from its own starting point. The extractor (and its normaliser's
     * memory of resolved links) is new for every pass over the pages, as it is new for every scan: a scan
     * parses each page once, so only links repeated across pages (the navigation) are found in that memory,
     * not every link of a page seen in the previous pass.
     */
    @State(Scope.Thread)
    public static class Cursor {
        LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());
        int next;
        int taken;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().threadId() * 97);
        }

        Page take(Pages pages) {
            List<Page> all = pages.pages;
            if (taken++ % all.size() == 0) {
                extractor = new LinkExtractor(new UrlNormalizer());
            }
            Page page = all.get(Math.floorMod(next, all.size()));
            next++;
            return page;
        }
    }

    /** What the issue names: {@code LinkExtractor.parse(html, uri)} and {@code extract(doc)}. */
    @Benchmark
    public List<Link> parseAndExtract(Pages pages, Cursor cursor) {
        return parseAndExtract(cursor.take(pages), cursor.extractor);
    }

    /**
     * What a scan must do with every page it crawls, whatever else it does, from the bytes it fetched: find the
     * charset, decode and parse ({@link PageReader#read}, which also takes the visible text), and extract the
     * links. The tightest in-process bound of the three.
     */
    @Benchmark
    public int readParseAndExtract(Pages pages, Cursor cursor) {
        return readParseAndExtract(cursor.take(pages), cursor.extractor);
    }

    /** One page of {@link #parseAndExtract(Pages, Cursor)}, also run by {@link EngineParseRatio}. */
    static List<Link> parseAndExtract(Page page, LinkExtractor extractor) {
        Document doc = LinkExtractor.parse(page.html(), page.uri());
        return extractor.extract(doc);
    }

    /**
     * One page of {@link #readParseAndExtract(Pages, Cursor)}, also run by {@link EngineParseRatio}: the text's
     * length and the number of links, so that neither can be dropped as unused.
     */
    static int readParseAndExtract(Page page, LinkExtractor extractor) {
        PageContent content = PageReader.read(page.answer()).orElseThrow();
        return content.text().length() + extractor.extract(content.document()).size();
    }

    /**
     * The same plus the page's visible text, which the scanner also computes for every page (duplicate
     * fingerprint, soft-404 phrases): a tighter in-process bound.
     */
    @Benchmark
    public void parseExtractAndText(Pages pages, Cursor cursor, Blackhole bh) {
        Page page = cursor.take(pages);
        Document doc = LinkExtractor.parse(page.html(), page.uri());
        bh.consume(cursor.extractor.extract(doc));
        bh.consume(doc.body() == null ? "" : doc.body().text());
    }
}
