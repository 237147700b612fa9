package org.goveval.monitor.links;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Checks links that are not crawled: resources, attachments and pages of other hosts. Resources and
 * attachments are asked for with HEAD first, and with GET when HEAD fails (many government servers and
 * firewalls reject HEAD); pages with GET, reading only enough of the body to recognise a soft 404.
 */
public final class LinkChecker {
    /** Enough of a page to read its title and a not-found message; the rest is not needed for a check. */
    public static final long PAGE_CHECK_BYTES = 64 * 1024;

    /** Endings of attachments and resources that are checked with HEAD first. */
    static final Set<String> RESOURCE_ENDINGS = Set.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "zip", "rar", "7z", "gz", "txt", "csv",
            "ofd", "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "css", "js", "mp3", "mp4", "avi", "flv",
            "swf", "apk", "exe");

    private static final int LONGEST_ENDING =
            RESOURCE_ENDINGS.stream().mapToInt(String::length).max().orElse(0);

    /** HEAD failures that GET cannot change: decided before any request left the machine. */
    private static final Set<FailureKind> FINAL_FAILURES =
            Set.of(FailureKind.DNS_FAILURE, FailureKind.BLOCKED_ADDRESS, FailureKind.INVALID_URL);

    private final Function<FetchRequest, FetchResult> fetch;
    private final Function<URI, RobotsDecision> robots;
    private final PageReader pages;

    /**
     * @param fetch performs a request (the polite fetcher)
     * @param robots what robots.txt of the URL's host says
     * @param pages decodes a fetched page and judges soft 404s
     */
    public LinkChecker(
            Function<FetchRequest, FetchResult> fetch, Function<URI, RobotsDecision> robots, PageReader pages) {
        this.fetch = fetch;
        this.robots = robots;
        this.pages = pages;
    }

    public LinkCheck check(URI url, LinkType type) {
        Optional<LinkCheck> refused = beforeFetch(url, robots.apply(url));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (type.isResource() || isAttachment(url)) {
            FetchResult head = fetch.apply(FetchRequest.head(url));
            if (head.failure().filter(FINAL_FAILURES::contains).isPresent()) {
                return judge(url, head, () -> false);
            }
            FetchResult answer = head.isSuccess() ? head : fetch.apply(FetchRequest.get(url, 0));
            if (answer.isSuccess() && isHtmlInsteadOfFile(url, answer)) {
                // a CMS that answers a missing attachment with its "页面不存在" page and status 200: read it
                FetchResult page = fetch.apply(FetchRequest.get(url, PAGE_CHECK_BYTES));
                return judge(url, page, () -> pages.isSoft404(page));
            }
            return judge(url, answer, () -> false);
        }
        FetchResult page = fetch.apply(FetchRequest.get(url, PAGE_CHECK_BYTES));
        return judge(url, page, () -> pages.isSoft404(page));
    }

    /**
     * The verdict robots.txt gives before any request for the URL itself: not fetched when disallowed, broken
     * when the host could not even be asked for its robots.txt.
     */
    public static Optional<LinkCheck> beforeFetch(URI url, RobotsDecision decision) {
        if (decision.allowed()) {
            return Optional.empty();
        }
        if (decision.unreachable().isPresent()) {
            return Optional.of(
                    ResponseClassifier.failure(url, decision.unreachable().get(), "robots.txt: " + decision.detail()));
        }
        return Optional.of(LinkCheck.of(url, Verdict.ROBOTS_DISALLOWED, Optional.empty(), decision.detail()));
    }

    /** The verdict on a fetched URL; a 2xx response is also checked for a soft 404 when {@code soft404} says so. */
    public static LinkCheck judge(URI url, FetchResult result, BooleanSupplier soft404) {
        Optional<LinkCheck> classified = ResponseClassifier.classify(url, result);
        if (classified.isPresent()) {
            return classified.get();
        }
        Optional<Integer> status = Optional.of(result.status());
        if (result.isSuccess() && soft404.getAsBoolean()) {
            return LinkCheck.broken(
                    url,
                    LinkKind.SOFT_404,
                    status,
                    "status " + result.status() + " but the page says it does not exist");
        }
        return LinkCheck.of(
                url, Verdict.OK, status, result.redirects().isEmpty() ? "" : "redirected to " + result.finalUri());
    }

    /**
     * Whether a URL named like a file (pdf, doc, png …) was answered with an HTML page: then the page may be
     * a not-found page served with 200, and is read like one.
     */
    static boolean isHtmlInsteadOfFile(URI url, FetchResult answer) {
        Optional<String> type = answer.mediaType();
        return isAttachment(url)
                && type.isPresent()
                && (type.get().equals("text/html") || type.get().equals("application/xhtml+xml"));
    }

    /** Whether the URL's path ends in an attachment or resource extension. */
    public static boolean isAttachment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        // from the end, no further than the longest ending: this runs for every link of every page, and a
        // dot further back than that starts an ending no list holds
        int end = path.length();
        for (int i = end - 1; i >= 0 && end - i <= LONGEST_ENDING + 1; i--) {
            char c = path.charAt(i);
            if (c == '.') {
                return RESOURCE_ENDINGS.contains(path.substring(i + 1).toLowerCase(Locale.ROOT));
            }
            if (c == '/') {
                return false;
            }
        }
        return false;
    }

    /** Decodes fetched pages and judges soft 404s (the scan supplies it, with its decoder and detector). */
    public interface PageReader {
        boolean isSoft404(FetchResult result);
    }
}
