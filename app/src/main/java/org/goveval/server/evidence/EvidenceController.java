package org.goveval.server.evidence;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.monitoring.Scans;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A scan's evidence copies for logged-in users: what was fetched (a page escaped by Thymeleaf) and the body as
 * fetched. Crawled HTML is untrusted, so the body is only ever sent as plain text that the browser may not
 * sniff into HTML, under a sandbox CSP: even a browser that rendered it would give it no script and a unique
 * origin, never ours.
 */
@Controller
public class EvidenceController {
    /** Names are SHA-256 hex (see {@link DatabaseEvidenceStore}); anything else is not a copy. */
    private static final String NAME = "{name:[0-9a-f]+}";

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})");

    private final EvidenceCopies copies;
    private final Scans scans;
    private final Campaigns campaigns;

    public EvidenceController(EvidenceCopies copies, Scans scans, Campaigns campaigns) {
        this.copies = copies;
        this.scans = scans;
        this.campaigns = campaigns;
    }

    @GetMapping("/scans/{scan}/evidence/" + NAME)
    String copy(@PathVariable long scan, @PathVariable String name, Model model) {
        EvidenceCopies.Copy copy = copies.copy(scan, name).orElseThrow(() -> notFound(scan, name));
        model.addAttribute("copy", copy);
        model.addAttribute(
                "targetId",
                scans.scan(scan)
                        .flatMap(s -> campaigns.website(s.websiteId()))
                        .map(Campaigns.Website::targetId)
                        .orElse(null));
        return "evidence";
    }

    @GetMapping("/scans/{scan}/evidence/" + NAME + "/body")
    ResponseEntity<byte[]> body(@PathVariable long scan, @PathVariable String name) {
        EvidenceCopies.Copy copy = copies.copy(scan, name).orElseThrow(() -> notFound(scan, name));
        byte[] body = copies.body(scan, name).orElseThrow(() -> notFound(scan, name));
        MediaType type = charset(copy.contentType())
                .map(charset -> new MediaType(MediaType.TEXT_PLAIN, charset))
                .orElse(MediaType.TEXT_PLAIN);
        return ResponseEntity.ok()
                .contentType(type)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evidence-" + name + ".txt\"")
                .body(body);
    }

    /** The charset the site declared, when Java knows it, so that the text reads as it did (GBK sites). */
    static Optional<Charset> charset(@org.jspecify.annotations.Nullable String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Charset.isSupported(m.group(1)) ? Optional.of(Charset.forName(m.group(1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseStatusException notFound(long scan, String name) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no evidence copy " + name + " in scan " + scan);
    }
}
