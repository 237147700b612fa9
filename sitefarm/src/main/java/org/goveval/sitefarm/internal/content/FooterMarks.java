package org.goveval.sitefarm.internal.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.manifest.MarksTruth;

/**
 * The identification marks a site's footer shows, as its content defects leave them: the 网站标识码 cut to 9
 * digits ({@link ContentDefect#SITE_CODE_MALFORMED}; the 纠错 badge keeps the real code), the ICP filing left
 * out ({@link ContentDefect#ICP_MISSING}).
 *
 * @param siteCode the code the footer text shows
 * @param icp the ICP filing, unless left out
 */
public record FooterMarks(String siteCode, Optional<String> icp) {
    public FooterMarks {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(icp, "icp");
    }

    public static FooterMarks of(SiteContent content) {
        SiteInfo info = content.info();
        boolean malformed = content.contentDefects().contains(ContentDefect.SITE_CODE_MALFORMED);
        boolean noIcp = content.contentDefects().contains(ContentDefect.ICP_MISSING);
        return new FooterMarks(
                malformed ? info.siteCode().substring(0, 9) : info.siteCode(),
                noIcp ? Optional.empty() : Optional.of(info.icp()));
    }

    /**
     * What the marks check must report: every mark as the footer shows it (the conac badge as the URL of the
     * script the inline badge code writes), and its findings' codes, sorted.
     */
    public static MarksTruth truth(SiteContent content, URI origin) {
        FooterMarks marks = of(content);
        SiteInfo info = content.info();
        List<String> findings = new ArrayList<>();
        if (!marks.siteCode().equals(info.siteCode())) {
            findings.add("SITE_CODE_MALFORMED");
            findings.add("SITE_CODE_MISMATCH");
        }
        if (marks.icp().isEmpty()) {
            findings.add("ICP_MISSING");
        }
        return new MarksTruth(
                marks.siteCode(),
                marks.icp().orElse(null),
                info.police(),
                origin + info.conacScriptPath(),
                info.host(),
                findings.stream().sorted().toList());
    }
}
