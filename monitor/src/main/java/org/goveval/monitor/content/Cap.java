package org.goveval.monitor.content;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A limit on how many things a check keeps while the crawl runs, shared by the observing threads. A check asks
 * {@link #tryTake()} before it stores one more item; once the limit is reached it keeps going without storing,
 * and the cap counts what it had to drop, so that the report can say the check saw only part of the site
 * ({@link #finding}).
 */
public final class Cap {
    /** The finding code of a check that reached one of its caps. */
    public static final String LIMIT_REACHED = "LIMIT_REACHED";

    private final String setting;
    private final String what;
    private final int limit;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param setting the name of the setting the limit comes from ({@link ContentLimits}), for the report
     * @param what what is kept, in Chinese, for the finding's message
     * @param limit how many may be kept; 0 keeps nothing
     */
    public Cap(String setting, String what, int limit) {
        this.setting = Objects.requireNonNull(setting, "setting");
        this.what = Objects.requireNonNull(what, "what");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.limit = limit;
    }

    /**
     * Takes one place: true when the item may be stored; false, and one more counted as dropped, when the limit
     * is reached.
     */
    public boolean tryTake() {
        int before = taken.getAndUpdate(n -> n < limit ? n + 1 : n);
        if (before < limit) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    public String setting() {
        return setting;
    }

    public int limit() {
        return limit;
    }

    /** How many places were taken: at most {@link #limit()}. */
    public int taken() {
        return taken.get();
    }

    /** How many items were refused (an item offered again after a refusal counts again). */
    public long dropped() {
        return dropped.get();
    }

    /** Whether the limit stopped the check from keeping something. */
    public boolean reached() {
        return dropped() > 0;
    }

    /**
     * The {@value #LIMIT_REACHED} finding of {@code check} when this cap {@link #reached()}: NEEDS_REVIEW,
     * because the check judged only part of the site and a person must know it.
     *
     * @param consequence what the check could not judge because of it, in Chinese, one clause
     */
    public Optional<Finding> finding(String check, String consequence, URI site, Instant at) {
        if (!reached()) {
            return Optional.empty();
        }
        String message = "检查“" + check + "”达到上限 " + setting + "=" + limit + "（" + what + "），另有 " + dropped() + " 项未保留："
                + consequence + "，该部分结果只覆盖了网站的一部分，需人工核查。";
        Evidence evidence = new Evidence(
                site.toString(), at.toString(), null, setting + "=" + limit + ", dropped " + dropped(), null);
        return Optional.of(
                new Finding(check, LIMIT_REACHED, Finding.Severity.NEEDS_REVIEW, message, List.of(evidence)));
    }

    /** The finding, with the site and time of {@code context}; see {@link #finding(String, String, URI, Instant)}. */
    public Optional<Finding> finding(String check, String consequence, SiteContext context) {
        return finding(check, consequence, context.site(), context.clock().instant());
    }

    @Override
    public String toString() {
        return setting + " " + taken() + "/" + limit + (reached() ? ", dropped " + dropped() : "");
    }
}
