package org.goveval.monitor.content.marks;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The marks as read from a page, before they are judged: each as found (null where absent), the text they
 * were read from, and the site codes named by the 我为政府网站找错 (纠错) badge.
 *
 * @param footer the text the marks were read from: the footer's, else the whole page's (untrusted)
 * @param errorReportCodes the distinct codes of the 找错 badge's {@code sitecode} attribute or parameter
 */
record MarksReading(
        @Nullable String siteCode,
        @Nullable String icp,
        @Nullable String publicSecurityRecord,
        @Nullable String conacBadge,
        @Nullable String sponsor,
        String footer,
        List<String> errorReportCodes) {
    MarksReading {
        Objects.requireNonNull(footer, "footer");
        errorReportCodes = List.copyOf(errorReportCodes);
    }

    Marks marks() {
        return new Marks(siteCode, icp, publicSecurityRecord, conacBadge, sponsor);
    }
}
