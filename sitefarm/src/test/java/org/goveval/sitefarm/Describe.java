package org.goveval.sitefarm;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.goveval.sitefarm.manifest.ManifestLink;

/**
 * Writes manifest URLs of a TRS site without its ports and generated numbers, so that tests can state the
 * expected manifest exactly: {@code /art/{政务动态}} is an article URL of the 政务动态 column.
 */
final class Describe {
    private static final Pattern COLUMN = Pattern.compile("/col/col(\\d+)/index\\.html");
    private static final Pattern ARTICLE = Pattern.compile("/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_(\\d+)_\\d+\\.html");

    private final String origin;
    private final String partner;
    private final Map<String, String> columns;

    Describe(FarmSite site, FarmSite partner) {
        this.origin = "http://" + site.homepage().getRawAuthority();
        this.partner = "http://" + partner.homepage().getRawAuthority();
        this.columns = site.manifest().titles().entrySet().stream()
                .filter(entry -> COLUMN.matcher(entry.getKey()).find())
                .collect(Collectors.toMap(
                        entry -> number(COLUMN, entry.getKey()),
                        entry -> entry.getValue().substring(0, entry.getValue().indexOf('_'))));
    }

    String url(String url) {
        String text = url.replace(partner, "{partner}").replace(origin, "");
        text = text.replaceAll("https://127\\.0\\.0\\.1:\\d+", "https://{loopback}")
                .replaceAll("http://127\\.0\\.0\\.1:\\d+", "{loopback}");
        text = replace(COLUMN, text, "/col/{%s}");
        text = replace(ARTICLE, text, "/art/{%s}");
        return text.replaceAll("/art/\\d{4}/\\d{1,2}/\\d{1,2}/P0\\d+\\.(\\w+)", "/art/{file}.$1")
                .replaceAll("banner_\\d+", "banner_{id}")
                .replaceAll("photo_\\d+", "photo_{id}")
                .replaceAll(";jsessionid=[0-9A-F]{32}", ";jsessionid={id}");
    }

    /** {@code KIND STATUS URL <- [sources]}, and {@code home} when on the homepage. */
    String link(ManifestLink link) {
        String sources = link.sourcePages().stream().map(this::url).collect(Collectors.joining(", "));
        return link.kind() + " " + link.status() + " " + url(link.url()) + " <- [" + sources + "]"
                + (link.onHomepage() ? " home" : "");
    }

    static Describe of(RunningFarm farm, String site) {
        FarmSite self = farm.site(site);
        String partnerName = self.spec().partner().orElse(site);
        return new Describe(self, farm.site(partnerName));
    }

    private String replace(Pattern pattern, String text, String format) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = columns.getOrDefault(matcher.group(1), "?" + matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.format(Locale.ROOT, format, name)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String number(Pattern pattern, String url) {
        Matcher matcher = pattern.matcher(url);
        if (!matcher.find()) {
            throw new IllegalArgumentException(url);
        }
        return matcher.group(1);
    }
}
