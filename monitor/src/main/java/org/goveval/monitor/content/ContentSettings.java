package org.goveval.monitor.content;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.columns.HomepageComparison;
import org.goveval.monitor.content.columns.HomepageSnapshot;
import org.goveval.monitor.content.govcheck.GovCheckSettings;
import org.goveval.monitor.content.network.NetworkSettings;
import org.goveval.monitor.content.wording.WordingSettings;

/**
 * Which content checks a scan runs and how.
 *
 * @param enabled run the content checks; off, a scan checks links only
 * @param wording the wording, hidden-link and poisoned-link checks (user dictionaries, thresholds)
 * @param network how the network check (IPv6, HTTPS) resolves and connects
 * @param govCheck how the State Council verdict is reached (portal or not, probe history, reviews)
 * @param limits how much each check may keep on a very large site
 */
public record ContentSettings(
        boolean enabled,
        WordingSettings wording,
        NetworkSettings network,
        GovCheckSettings govCheck,
        ContentLimits limits,
        List<HomepageSnapshot> homepageHistory) {
    public ContentSettings {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(govCheck, "govCheck");
        Objects.requireNonNull(limits, "limits");
        homepageHistory = List.copyOf(homepageHistory);
    }

    /** Settings without earlier home-page snapshots. */
    public ContentSettings(
            boolean enabled,
            WordingSettings wording,
            NetworkSettings network,
            GovCheckSettings govCheck,
            ContentLimits limits) {
        this(enabled, wording, network, govCheck, limits, List.of());
    }

    public static ContentSettings defaults() {
        return new ContentSettings(
                true,
                WordingSettings.defaults(),
                NetworkSettings.defaults(),
                GovCheckSettings.defaults(),
                ContentLimits.defaults());
    }

    public static ContentSettings linksOnly() {
        return new ContentSettings(
                false,
                WordingSettings.defaults(),
                NetworkSettings.defaults(),
                GovCheckSettings.defaults(),
                ContentLimits.defaults());
    }

    public ContentSettings withWording(WordingSettings value) {
        return new ContentSettings(enabled, value, network, govCheck, limits, homepageHistory);
    }

    public ContentSettings withNetwork(NetworkSettings value) {
        return new ContentSettings(enabled, wording, value, govCheck, limits, homepageHistory);
    }

    public ContentSettings withGovCheck(GovCheckSettings value) {
        return new ContentSettings(enabled, wording, network, value, limits, homepageHistory);
    }

    public ContentSettings withLimits(ContentLimits value) {
        return new ContentSettings(enabled, wording, network, govCheck, value, homepageHistory);
    }

    /**
     * Earlier snapshots of this site's home page (from earlier scans or probes, kept by whoever runs the
     * monitor): the columns check compares the home page with them ({@link HomepageComparison}), which
     * catches a home page that shows new dates without changing, or changes without dates.
     */
    public ContentSettings withHomepageHistory(List<HomepageSnapshot> value) {
        return new ContentSettings(enabled, wording, network, govCheck, limits, value);
    }
}
