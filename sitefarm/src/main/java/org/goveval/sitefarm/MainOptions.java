package org.goveval.sitefarm;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@link SiteFarmMain}.
 *
 * @param sites how many benchmark sites; empty for the test farm
 * @param pages about how many pages each benchmark site has
 * @param seed the benchmark farm's seed
 * @param manifests where to write the manifests; empty for a new temporary folder
 */
record MainOptions(Optional<Integer> sites, int pages, long seed, Optional<Path> manifests) {
    static final String USAGE = "usage: sitefarm [--sites N] [--pages M] [--seed S] [--manifests DIR]\n"
            + "  without --sites: the test farm (defects, gbk, clean); with it: N benchmark sites";

    static final int DEFAULT_PAGES = 30;
    static final long DEFAULT_SEED = 1;

    MainOptions {
        sites.ifPresent(n -> {
            if (n < 1) {
                throw new IllegalArgumentException("--sites must be positive: " + n);
            }
        });
        if (pages < 1) {
            throw new IllegalArgumentException("--pages must be positive: " + pages);
        }
    }

    /**
     * Reads the options.
     *
     * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one
     */
    static MainOptions parse(String... args) {
        Optional<Integer> sites = Optional.empty();
        int pages = DEFAULT_PAGES;
        long seed = DEFAULT_SEED;
        Optional<Path> manifests = Optional.empty();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--sites" -> sites = Optional.of(number(option, value));
                case "--pages" -> pages = number(option, value);
                case "--seed" -> seed = longNumber(option, value);
                case "--manifests" -> manifests = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        return new MainOptions(sites, pages, seed, manifests);
    }

    FarmSpec spec() {
        return sites.map(n -> FarmSpec.benchmark(n, pages, seed)).orElseGet(FarmSpec::testFarm);
    }

    private static int number(String option, String value) {
        return Math.toIntExact(longNumber(option, value));
    }

    private static long longNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: " + value, e);
        }
    }
}
