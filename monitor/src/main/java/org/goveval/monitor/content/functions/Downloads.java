package org.goveval.monitor.content.functions;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.Verdict;

/**
 * Attachments and forms (pdf, doc, xls, zip …) that do not download, by the crawl's link verdicts. Each
 * finding cites the page that links the file and the file's own answer, both fetched again for the record
 * (for the first {@link #MAX_REFETCHED} broken files; later ones carry the verdict only).
 */
final class Downloads {
    static final int MAX_REFETCHED = 20;
    /** Enough of a file's answer to show what it is. */
    static final long PEEK_BYTES = 4096;

    private final SiteContext context;
    private final Cited cited;

    Downloads(SiteContext context, Cited cited) {
        this.context = context;
        this.cited = cited;
    }

    /** The broken attachment URLs, sorted; a finding for each. */
    List<String> broken(Map<String, String> attachments, List<Finding> findings) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> attachment : attachments.entrySet()) {
            String url = attachment.getKey();
            Optional<LinkCheck> check = context.facts().verdict(url);
            if (check.isEmpty() || check.get().verdict() != Verdict.BROKEN) {
                continue;
            }
            String kind = check.get().kind().map(Enum::name).orElse("BROKEN");
            String status = check.get().status().map(s -> "HTTP " + s).orElse(kind);
            List<Evidence> evidence = new ArrayList<>();
            String source = context.facts().sourcesOf(url).stream().findFirst().orElse(attachment.getValue());
            if (broken.size() < MAX_REFETCHED) {
                evidence.add(cited.page(source, "附件链接：" + url));
                evidence.add(fileEvidence(url, status));
            } else {
                evidence.add(new Evidence(
                        url,
                        context.clock().instant().toString(),
                        check.get().status().orElse(null),
                        status,
                        null));
            }
            broken.add(url);
            findings.add(new Finding(
                    FunctionsCheck.NAME,
                    "ATTACHMENT_BROKEN",
                    Finding.Severity.ERROR,
                    "附件或表格无法下载（" + status + "）：" + url,
                    evidence));
        }
        return broken;
    }

    private Evidence fileEvidence(String url, String status) {
        URI uri = URI.create(url);
        if (!context.robots().apply(uri).allowed()) {
            return new Evidence(url, context.clock().instant().toString(), null, status, null);
        }
        FetchResult result = context.fetch().apply(FetchRequest.get(uri, PEEK_BYTES));
        String seen =
                result.failure().map(f -> f + " " + result.failureDetail()).orElse("HTTP " + result.status());
        return context.evidence().evidence(result, url, seen);
    }
}
