package org.goveval.bench;

import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.PageDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a page's bytes to text, per page, on the benchmark farm's pages ({@link ParseBenchmark.Pages}: three
 * UTF-8 sites and one GBK site): the JDK's {@code new String(bytes, charset)} against {@link PageDecoder#text},
 * which decodes UTF-8 and GB18030 itself. Why it matters: decoding was 8–13 % of the scan engine's CPU on pages
 * of typical weight (BENCHMARKS.md). {@code java -jar bench/target/benchmarks.jar DecodeBenchmark
 * -jvmArgsAppend -Dgoveval.bench.pageWeight=typical}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {

    /** Each thread takes the pages in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        FetchResult take(ParseBenchmark.Pages pages) {
            List<ParseBenchmark.Page> all = pages.pages;
            return all.get(Math.floorMod(next++, all.size())).answer();
        }
    }

    /** Finding the charset alone, which both of the others do first. */
    @Benchmark
    public PageDecoder.PageCharset charset(ParseBenchmark.Pages pages, Cursor cursor) {
        return PageDecoder.charset(cursor.take(pages));
    }

    @Benchmark
    public String jdk(ParseBenchmark.Pages pages, Cursor cursor) {
        FetchResult answer = cursor.take(pages);
        PageDecoder.PageCharset charset = PageDecoder.charset(answer);
        Charset decoding = charset.charset();
        byte[] body = answer.body();
        return new String(body, charset.bomLength(), body.length - charset.bomLength(), decoding);
    }

    @Benchmark
    public String goveval(ParseBenchmark.Pages pages, Cursor cursor) {
        FetchResult answer = cursor.take(pages);
        PageDecoder.PageCharset charset = PageDecoder.charset(answer);
        byte[] body = answer.body();
        return PageDecoder.text(body, charset.bomLength(), body.length - charset.bomLength(), charset.charset());
    }

    /** What a scan does: the characters decoded into one array for the parser's reader, no String made. */
    @Benchmark
    public Reader govevalReader(ParseBenchmark.Pages pages, Cursor cursor) {
        FetchResult answer = cursor.take(pages);
        PageDecoder.PageCharset charset = PageDecoder.charset(answer);
        byte[] body = answer.body();
        return PageDecoder.reader(body, charset.bomLength(), body.length - charset.bomLength(), charset.charset());
    }
}
