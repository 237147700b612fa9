package org.goveval.monitor.content.marks;

import org.jspecify.annotations.Nullable;

/**
 * The identification marks read from the home page; null where absent. A mark present but malformed is
 * given as found and reported as a finding.
 *
 * @param siteCode 网站标识码
 * @param icp ICP 备案号
 * @param publicSecurityRecord 公安机关备案号
 * @param conacBadge where the 党政机关网站标识 comes from (its image or script URL)
 * @param sponsor 主办单位
 */
public record Marks(
        @Nullable String siteCode,
        @Nullable String icp,
        @Nullable String publicSecurityRecord,
        @Nullable String conacBadge,
        @Nullable String sponsor) {}
