package org.goveval.sitefarm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a farm serves.
 *
 * @param sites the sites, names unique; a partner must be another site of the farm, answering real 404s
 * @param slowOk how long the slow page ({@link Defect#SLOW_OK}) takes: a delay no scanner may count as a
 *     failure. 300 ms by default
 * @param hang how long the timeout endpoint ({@link Defect#TIMEOUT}) stalls before it answers; {@link
 *     RunningFarm#close()} cuts it short. 60 s by default, far above any scanner's timeout
 * @param networkFaces serve each site also by name ({@code NAME.farm.test}): an https face with a certificate of
 *     the farm's authority and, unless the site plants {@link ContentDefect#NO_IPV6}, IPv6 faces on {@code
 *     [::1]} (see {@link RunningFarm#network}); off by default
 * @param latency how long every site takes before it answers any request, as a busy server does; the request
 *     is in flight meanwhile, so a client's concurrency shows in the request log. Zero by default
 */
public record FarmSpec(List<SiteSpec> sites, Duration slowOk, Duration hang, boolean networkFaces, Duration latency) {

    public static final Duration DEFAULT_SLOW_OK = Duration.ofMillis(300);
    public static final Duration DEFAULT_HANG = Duration.ofSeconds(60);

    public FarmSpec {
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(slowOk, "slowOk");
        Objects.requireNonNull(hang, "hang");
        Objects.requireNonNull(latency, "latency");
        sites = List.copyOf(sites);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("sites cannot be empty");
        }
        if (slowOk.isNegative() || slowOk.compareTo(hang) >= 0) {
            throw new IllegalArgumentException("slowOk must lie in [0, hang): " + slowOk + ", hang " + hang);
        }
        if (latency.isNegative() || latency.compareTo(hang) >= 0) {
            throw new IllegalArgumentException("latency must lie in [0, hang): " + latency + ", hang " + hang);
        }
        checkNamesAndPartners(sites);
    }

    /** A farm answering at once (the form before {@code latency} existed). */
    public FarmSpec(List<SiteSpec> sites, Duration slowOk, Duration hang, boolean networkFaces) {
        this(sites, slowOk, hang, networkFaces, Duration.ZERO);
    }

    /** The given sites with the default {@code slowOk} and {@code hang}. */
    public static FarmSpec of(List<SiteSpec> sites) {
        return new FarmSpec(sites, DEFAULT_SLOW_OK, DEFAULT_HANG, false);
    }

    /**
     * The sites the content checks' tests run against, all UTF-8, TRS layout, real 404s, no link defect, with
     * the pages content checks read ({@link SiteSpec#withContentPages()}), and served by name over https and
     * (all but {@code fail}) IPv6:
     *
     * <ul>
     *   <li>{@code pass}: no content defect, a site a supervisor would pass with full marks;
     *   <li>{@code fail}: every defect that flaws a part of the site ({@link ContentDefect#flaws()}): it fails;
     *   <li>{@code bare}: the parts a site must have taken away ({@link ContentDefect#absences()}): five blank
     *       columns, ten columns not updated for over a year, no interaction channel, no service, three footer
     *       marks left out; it fails on other vetoes than {@code fail};
     *   <li>{@code thin}: the marks left out, a malformed site code, one blank and one stale column: no veto,
     *       it passes with points deducted.
     * </ul>
     */
    public static FarmSpec contentFarm() {
        SiteSpec pass = SiteSpec.of("pass", 27, 20250101L).withContentPages();
        SiteSpec fail = SiteSpec.of("fail", 27, 20250102L)
                .withContentDefects(ContentDefect.flaws())
                .withContentPages();
        SiteSpec bare = SiteSpec.of("bare", 27, 20250103L)
                .withContentDefects(ContentDefect.absences())
                .withContentPages();
        SiteSpec thin = SiteSpec.of("thin", 27, 20250104L)
                .withContentDefects(EnumSet.of(
                        ContentDefect.NO_CONAC_BADGE,
                        ContentDefect.NO_PUBLIC_SECURITY_RECORD,
                        ContentDefect.NO_SPONSOR,
                        ContentDefect.SITE_CODE_MALFORMED,
                        ContentDefect.BLANK_COLUMN,
                        ContentDefect.STALE_NOTICE_COLUMN))
                .withContentPages();
        return of(List.of(pass, fail, bare, thin)).withNetworkFaces();
    }

    /**
     * The three sites the scanner's tests run against: {@code defects} (UTF-8, TRS, real 404s, every {@link
     * Defect}, partner {@code clean}), {@code gbk} (GBK under a gb2312 label, Hanweb layout, SOFT_200, one
     * soft 404) and {@code clean} (UTF-8, Hanweb layout, no defect).
     */
    public static FarmSpec testFarm() {
        SiteSpec defects =
                SiteSpec.of("defects", 18, 20241220L).withPartner("clean").withDefects(Defect.all());
        SiteSpec gbk = SiteSpec.of("gbk", 18, 20241221L)
                .withEncoding(Encoding.GBK)
                .withLayout(Layout.HANWEB)
                .withSoft404Style(Soft404Style.SOFT_200)
                .withDefects(EnumSet.of(Defect.SOFT_404));
        SiteSpec clean = SiteSpec.of("clean", 12, 20241222L).withLayout(Layout.HANWEB);
        return of(List.of(defects, gbk, clean));
    }

    /**
     * Many ordinary sites for comparing tools: each plants only broken links every link checker can see, all
     * answering HTTP 404 (two dead article links, a dead image, a dead attachment); nothing slow, no trap, no
     * external link. Layouts alternate, every fourth site is GBK.
     *
     * @param pagesPerSite about how many HTML pages each site has (homepage, 9 columns, the rest articles)
     */
    public static FarmSpec benchmark(int sites, int pagesPerSite, long seed) {
        if (sites < 1) {
            throw new IllegalArgumentException("sites must be positive: " + sites);
        }
        Set<Defect> plain = EnumSet.of(Defect.ARTICLE_404, Defect.IMAGE_404, Defect.ATTACHMENT_404);
        int articles = Math.max(SiteSpec.MIN_ARTICLES, pagesPerSite - 10);
        List<SiteSpec> specs = new ArrayList<>();
        for (int i = 1; i <= sites; i++) {
            SiteSpec site = SiteSpec.of(String.format(Locale.ROOT, "site-%03d", i), articles, seed * 1_000 + i)
                    .withLayout(i % 2 == 1 ? Layout.TRS : Layout.HANWEB)
                    .withEncoding(i % 4 == 0 ? Encoding.GBK : Encoding.UTF_8)
                    .withDefects(plain);
            specs.add(site);
        }
        return of(specs);
    }

    public FarmSpec withSlowOk(Duration newSlowOk) {
        return new FarmSpec(sites, newSlowOk, hang, networkFaces, latency);
    }

    public FarmSpec withHang(Duration newHang) {
        return new FarmSpec(sites, slowOk, newHang, networkFaces, latency);
    }

    /** This farm with named https and IPv6 faces for every site (see {@code networkFaces}). */
    public FarmSpec withNetworkFaces() {
        return new FarmSpec(sites, slowOk, hang, true, latency);
    }

    /** This farm with every answer delayed by {@code newLatency} (see {@code latency}). */
    public FarmSpec withLatency(Duration newLatency) {
        return new FarmSpec(sites, slowOk, hang, networkFaces, newLatency);
    }

    /**
     * This farm with every site's pages in another frame (see {@link PageWeight}); refused, naming the site, if a
     * site carries content defects or content pages, whose truths are written for the light frame.
     */
    public FarmSpec withPageWeight(PageWeight weight) {
        return new FarmSpec(
                sites.stream().map(site -> site.withPageWeight(weight)).toList(), slowOk, hang, networkFaces, latency);
    }

    private static void checkNamesAndPartners(List<SiteSpec> sites) {
        Set<String> names = new HashSet<>();
        for (SiteSpec site : sites) {
            if (!names.add(site.name())) {
                throw new IllegalArgumentException("duplicate site name: " + site.name());
            }
        }
        Map<String, SiteSpec> byName = sites.stream().collect(Collectors.toMap(SiteSpec::name, Function.identity()));
        for (SiteSpec site : sites) {
            site.partner().ifPresent(partner -> {
                SiteSpec other = byName.get(partner);
                if (other == null) {
                    throw new IllegalArgumentException(
                            "site " + site.name() + ": partner " + partner + " is not in the farm");
                }
                if (other.soft404Style() != Soft404Style.REAL_404) {
                    throw new IllegalArgumentException(
                            "site " + site.name() + ": partner " + partner + " must answer real 404s");
                }
            });
        }
    }
}
