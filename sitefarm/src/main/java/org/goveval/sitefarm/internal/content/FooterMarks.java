package org.goveval.sitefarm.internal.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.manifest.MarksTruth;

/**
 * The identification marks a site's footer shows, as its content defects leave them: the 网站标识码 cut to 9
 * digits ({@link ContentDefect#SITE_CODE_MALFORMED}; the 纠错 badge keeps the real code), the ICP filing, the
 * 公安机关备案号, the 主办单位 or the 党政机关网站标识 left out ({@link ContentDefect#ICP_MISSING}, {@link
 * ContentDefect#NO_PUBLIC_SECURITY_RECORD}, {@link ContentDefect#NO_SPONSOR}, {@link
 * ContentDefect#NO_CONAC_BADGE}).
 *
 * @param siteCode the code the footer text shows
 * @param icp the ICP filing, unless left out
 * @param police the public-security filing, unless left out
 * @param sponsor the 主办单位, unless left out
 * @param conacScript the path of the conac badge's script the footer writes, unless left out
 */
public record FooterMarks(
        String siteCode,
        Optional<String> icp,
        Optional<String> police,
        Optional<String> sponsor,
        Optional<String> conacScript) {
    public FooterMarks {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(police, "police");
        Objects.requireNonNull(sponsor, "sponsor");
        Objects.requireNonNull(conacScript, "conacScript");
    }

    public static FooterMarks of(SiteContent content) {
        SiteInfo info = content.info();
        Set<ContentDefect> defects = content.contentDefects();
        boolean malformed = defects.contains(ContentDefect.SITE_CODE_MALFORMED);
        return new FooterMarks(
                malformed ? info.siteCode().substring(0, 9) : info.siteCode(),
                unless(defects, ContentDefect.ICP_MISSING, info.icp()),
                unless(defects, ContentDefect.NO_PUBLIC_SECURITY_RECORD, info.police()),
                unless(defects, ContentDefect.NO_SPONSOR, info.host()),
                unless(defects, ContentDefect.NO_CONAC_BADGE, info.conacScriptPath()));
    }

    private static Optional<String> unless(Set<ContentDefect> defects, ContentDefect defect, String value) {
        return defects.contains(defect) ? Optional.empty() : Optional.of(value);
    }

    /**
     * What the marks check must report: every mark as the footer shows it (the conac badge as the URL of the
     * script the inline badge code writes), null where the footer leaves it out, and its findings' codes, sorted.
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
        if (marks.police().isEmpty()) {
            findings.add("PUBLIC_SECURITY_RECORD_MISSING");
        }
        if (marks.conacScript().isEmpty()) {
            findings.add("CONAC_BADGE_MISSING");
        }
        if (marks.sponsor().isEmpty()) {
            findings.add("SPONSOR_MISSING");
        }
        return new MarksTruth(
                marks.siteCode(),
                marks.icp().orElse(null),
                marks.police().orElse(null),
                marks.conacScript().map(path -> origin + path).orElse(null),
                marks.sponsor().orElse(null),
                findings.stream().sorted().toList());
    }
}
