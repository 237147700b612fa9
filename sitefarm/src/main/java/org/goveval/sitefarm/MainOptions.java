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
 * @param content serve the content farm (a pass and a fail site for the content checks) instead of the test
 *     farm; not with {@code sites}
 * @param weight the frame of the benchmark sites' pages (see {@link PageWeight}); only with {@code sites}
 */
record MainOptions(
        Optional<Integer> sites, int pages, long seed, Optional<Path> manifests, boolean content, PageWeight weight) {
    static final String USAGE =
            "usage: sitefarm [--sites N] [--pages M] [--seed S] [--page-weight light|typical] [--manifests DIR]\n"
                    + "                [--farm test|content]\n"
                    + "  without --sites: the test farm (defects, gbk, clean) or, with --farm content, the content farm\n"
                    + "  (pass, fail, bare, thin); with --sites: N benchmark sites, their pages about 3 KiB (light)\n"
                    + "  or about 30 KiB, as real portal pages (typical)";

    MainOptions(Optional<Integer> sites, int pages, long seed, Optional<Path> manifests) {
        this(sites, pages, seed, manifests, false, PageWeight.LIGHT);
    }

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
        if (content && sites.isPresent()) {
            throw new IllegalArgumentException("--farm content serves fixed sites: drop --sites");
        }
        if (weight != PageWeight.LIGHT && sites.isEmpty()) {
            throw new IllegalArgumentException(
                    "--page-weight applies to benchmark sites (--sites N), not to the test or content farm");
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
        boolean content = false;
        PageWeight weight = PageWeight.LIGHT;
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
                case "--farm" ->
                    content = switch (value) {
                        case "test" -> false;
                        case "content" -> true;
                        default -> throw new IllegalArgumentException("--farm is test or content: " + value);
                    };
                case "--page-weight" ->
                    weight = PageWeight.named(value)
                            .orElseThrow(
                                    () -> new IllegalArgumentException("--page-weight is light or typical: " + value));
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        return new MainOptions(sites, pages, seed, manifests, content, weight);
    }

    FarmSpec spec() {
        if (content) {
            return FarmSpec.contentFarm();
        }
        return sites.map(n -> FarmSpec.benchmark(n, pages, seed).withPageWeight(weight))
                .orElseGet(FarmSpec::testFarm);
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
