package org.goveval.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.goveval.evaluation.ranking.Contender;
import org.goveval.evaluation.ranking.Ranked;
import org.goveval.evaluation.ranking.Ranking;
import org.goveval.evaluation.ranking.RankingRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking one group of a national campaign: about 14,000 government websites with one-decimal totals, so
 * that ties are frequent. Run: {@code java -jar bench/target/benchmarks.jar RankingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RankingBenchmark {
    @Param({"900", "14000"})
    int targets;

    private List<Contender<Integer>> contenders;

    @Setup
    public void setUp() {
        Random random = new Random(20201215);
        contenders = new ArrayList<>(targets);
        for (int i = 0; i < targets; i++) {
            BigDecimal total = BigDecimal.valueOf(400 + random.nextInt(700), 1);
            contenders.add(new Contender<>(i, total, 110000L + random.nextInt(550000)));
        }
    }

    @Benchmark
    public List<Ranked<Integer>> denseRanking() {
        return Ranking.rank(contenders, RankingRule.DENSE);
    }
}
