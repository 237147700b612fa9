package org.goveval.sitefarm.manifest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the marks check must report for the site's home page: each mark exactly as found (null where the
 * footer leaves it out) and the codes of its findings.
 *
 * @param siteCode 网站标识码 as the footer shows it
 * @param icp ICP 备案号
 * @param publicSecurityRecord 公安机关备案号
 * @param conacBadge the absolute URL of the 党政机关网站标识's script
 * @param sponsor 主办单位
 * @param findings the codes of the marks check's findings, sorted
 */
public record MarksTruth(
        @Nullable String siteCode,
        @Nullable String icp,
        @Nullable String publicSecurityRecord,
        @Nullable String conacBadge,
        @Nullable String sponsor,
        List<String> findings) {
    public MarksTruth {
        findings = findings.stream().sorted().toList();
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static MarksTruth empty() {
        return new MarksTruth(null, null, null, null, null, List.of());
    }
}
