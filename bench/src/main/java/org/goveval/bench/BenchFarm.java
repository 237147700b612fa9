package org.goveval.bench;

import java.util.Locale;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.PageWeight;

/**
 * The farm the in-process benchmarks read: four benchmark sites of about 200 pages, seed 1, their pages in the
 * frame the system property {@code goveval.bench.pageWeight} names ({@code light}, the default, about 3 KiB a
 * page; {@code typical}, about 30 KiB, as real portal pages). Why a property: how far the engine is from the
 * parse-bound limit depends on the pages' weight (BENCHMARKS.md), and JMH passes it to its forks with
 * {@code -jvmArgsAppend -Dgoveval.bench.pageWeight=typical}.
 */
final class BenchFarm {
    static final String WEIGHT_PROPERTY = "goveval.bench.pageWeight";

    private BenchFarm() {}

    static PageWeight weight() {
        String value = System.getProperty(WEIGHT_PROPERTY, "light");
        return PageWeight.named(value)
                .orElseThrow(() -> new IllegalArgumentException(WEIGHT_PROPERTY + " is light or typical: " + value));
    }

    static FarmSpec spec() {
        return FarmSpec.benchmark(4, 200, 1).withPageWeight(weight());
    }

    static String describe() {
        return weight().name().toLowerCase(Locale.ROOT) + " pages";
    }
}
