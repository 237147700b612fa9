package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.probe.ProbeResult;

/**
 * How the State Council verdict is reached for one site.
 *
 * @param portal the site is a government portal (政府门户网站): only portals earn bonus points
 * @param servicesAssessed false for a department without external services: the 办事服务 indicators are not
 *     checked and the rest is scaled to 100 (published rule: 75 points, times 4/3)
 * @param probes the site's availability probe history (from {@code goveval probe} or the scheduler); empty when
 *     there is none, which leaves 站点无法访问 to review: one scan is not a week of probes
 * @param reviews people's judgements of manual indicators, applied to the verdict
 * @param cstcTargets the CSTC weights to propose scores for; empty for every column of every mapped system
 */
public record GovCheckSettings(
        boolean portal,
        boolean servicesAssessed,
        List<ProbeResult> probes,
        List<ManualScore> reviews,
        List<CstcTarget> cstcTargets) {
    public GovCheckSettings {
        probes = List.copyOf(probes);
        reviews = List.copyOf(reviews);
        cstcTargets = List.copyOf(cstcTargets);
    }

    /** Not a portal (no bonus), services assessed, no probe history, no review, every CSTC column. */
    public static GovCheckSettings defaults() {
        return new GovCheckSettings(false, true, List.of(), List.of(), List.of());
    }

    public GovCheckSettings withPortal(boolean value) {
        return new GovCheckSettings(value, servicesAssessed, probes, reviews, cstcTargets);
    }

    public GovCheckSettings withServicesAssessed(boolean value) {
        return new GovCheckSettings(portal, value, probes, reviews, cstcTargets);
    }

    public GovCheckSettings withProbes(List<ProbeResult> value) {
        return new GovCheckSettings(
                portal, servicesAssessed, Objects.requireNonNull(value, "probes"), reviews, cstcTargets);
    }

    public GovCheckSettings withReviews(List<ManualScore> value) {
        return new GovCheckSettings(
                portal, servicesAssessed, probes, Objects.requireNonNull(value, "reviews"), cstcTargets);
    }

    public GovCheckSettings withCstcTargets(List<CstcTarget> value) {
        return new GovCheckSettings(
                portal, servicesAssessed, probes, reviews, Objects.requireNonNull(value, "cstcTargets"));
    }
}
