package org.goveval.monitor.links;

import java.net.URI;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Recognises "soft 404s": pages answered with status 200 that really say the page does not exist. Two
 * signals, either one enough:
 *
 * <ol>
 *   <li>the page's title, or the text of a short page, contains a not-found phrase (页面不存在, 您访问的页面已删除,
 *       404 Not Found …; list in {@link #PATTERNS});
 *   <li>the page looks like the site's own answer for a URL that cannot exist: once per host the detector asks
 *       for a random missing URL; if that answers 200, a page whose text is nearly the same (character 4-gram
 *       Jaccard similarity ≥ 0.9), or that was redirected to the same place, is a soft 404.
 * </ol>
 *
 * Thread-safe: the probe runs once per host (again after a failed probe), concurrent callers wait for it.
 */
public final class Soft404Detector {
    /** Phrases with which Chinese government platforms (TRS, Hanweb, self-built) say "not found". */
    static final List<String> PATTERNS = List.of(
            "页面不存在",
            "页面未找到",
            "找不到页面",
            "找不到您要访问的页面",
            "您访问的页面不存在",
            "您所访问的页面不存在",
            "页面已删除",
            "已被删除",
            "信息已删除",
            "该信息已删除",
            "文章不存在",
            "信息不存在",
            "页面已失效",
            "页面无法访问",
            "404 not found",
            "page not found",
            "not found");

    /** The phrases as they appear in a text without white space (see {@link #saysNotFound}). */
    private static final PhraseMatcher COMPACT_PATTERNS =
            new PhraseMatcher(PATTERNS.stream().map(p -> p.replace(" ", "")).toList());

    private static final PhraseMatcher TITLE_PATTERNS = new PhraseMatcher(PATTERNS);

    /** A page with more visible text than this is an article, even if it mentions a phrase above. */
    static final int SHORT_PAGE_CHARACTERS = 600;

    static final double SIMILARITY = 0.9;

    /** Shingling stops here: enough to compare templates, bounded in memory for huge pages. */
    static final int MAX_COMPARED_CHARACTERS = 20_000;

    /**
     * What a host answers for a URL that cannot exist: no shingles when it answers with a real error status.
     *
     * @param redirectedTo where the host sent the probe, when it redirected it
     */
    private record MissingPage(Optional<URI> redirectedTo, Set<String> shingles, int length) {}

    /**
     * What fetching a missing URL gave.
     *
     * @param answered false when the fetch failed (network error, 5xx, 429): nothing is learnt, nothing cached
     * @param page the page when the host answered 2xx HTML; empty for a real error status
     */
    public record MissingAnswer(boolean answered, Optional<PageText> page) {
        public static MissingAnswer failed() {
            return new MissingAnswer(false, Optional.empty());
        }
    }

    private final Function<URI, MissingAnswer> fetchMissing;
    /** The file name asked for on every host, random for each detector so that no site can have it. */
    private final String missingName = "goveval-missing-"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".html";

    private final Map<String, FutureTask<MissingPage>> missingByHost = new ConcurrentHashMap<>();

    /**
     * @param fetchMissing fetches a URL that cannot exist on a host ({@code /goveval-missing-<16 hex digits>.html},
     *     the same name on every host); called about once per host
     */
    public Soft404Detector(Function<URI, MissingAnswer> fetchMissing) {
        this.fetchMissing = fetchMissing;
    }

    /** A page as text: its final URL, title and visible text. */
    public record PageText(URI finalUri, String title, String text) {}

    /**
     * Whether a page answered 2xx is a soft 404.
     *
     * @param requested the URL asked for (the page may have been redirected to {@code page.finalUri()}); its
     *     host is the one asked for a missing URL
     * @param homepage whether the page is the scanned site's home page: it is judged by its own words only,
     *     since sites that send missing pages to the home page would otherwise condemn it
     */
    public boolean isSoft404(PageText page, URI requested, boolean homepage) {
        if (saysNotFound(page)) {
            return true;
        }
        if (homepage) {
            return false;
        }
        Optional<MissingPage> probed = missing(requested);
        if (probed.isEmpty()) {
            return false;
        }
        MissingPage missing = probed.get();
        boolean redirected = !page.finalUri().equals(requested);
        if (redirected && missing.redirectedTo().filter(page.finalUri()::equals).isPresent()) {
            return true; // sent where the host sends every missing URL
        }
        if (missing.shingles().isEmpty()) {
            return false;
        }
        // Jaccard similarity of 0.9 needs lengths within 10 % of each other: skip the shingling otherwise, and
        // count before copying, since most pages fail this test
        int length = countWithoutSpace(page.text(), MAX_COMPARED_CHARACTERS);
        if (Math.min(length, missing.length()) < SIMILARITY * Math.max(length, missing.length())) {
            return false;
        }
        return jaccard(shingles(compared(page.text())), missing.shingles()) >= SIMILARITY;
    }

    /** The answer of the URL's host for a missing URL, probed once; empty when the probe failed this time. */
    private Optional<MissingPage> missing(URI onHost) {
        String key = hostKey(onHost);
        // nearly every page is compared with its host's answer: the probe and its URL are made only once
        FutureTask<MissingPage> existing = missingByHost.get(key);
        if (existing == null) {
            FutureTask<MissingPage> task = new FutureTask<>(() -> probe(URI.create(key + "/" + missingName)));
            existing = missingByHost.putIfAbsent(key, task);
            if (existing == null) {
                task.run(); // outside the map's lock: the probe is network I/O
                existing = task;
            }
        }
        try {
            MissingPage page = existing.get();
            if (page == null) {
                missingByHost.remove(key, existing); // a failed probe is tried again later
                return Optional.empty();
            }
            return Optional.of(page);
        } catch (ExecutionException e) {
            missingByHost.remove(key, existing);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String compared(String text) {
        return withoutSpace(text, MAX_COMPARED_CHARACTERS); // a huge page is not copied whole
    }

    static boolean saysNotFound(PageText page) {
        if (TITLE_PATTERNS.foundIn(page.title().toLowerCase(Locale.ROOT))) {
            return true;
        }
        char[] compact = new char[Math.min(page.text().length(), SHORT_PAGE_CHARACTERS)];
        int length = compactLowerCase(page.text(), compact);
        // a longer page is an article, which may mention a phrase
        return length >= 0 && COMPACT_PATTERNS.foundIn(compact, length);
    }

    /**
     * Copies the text without ASCII white space and with ASCII letters in lower case into {@code out}, and
     * returns how many characters it copied; -1, stopping early, when more than fit. Only ASCII letters need
     * lowering: the phrases are lower-case ASCII or Chinese, and the only other characters that lower-case to
     * ASCII (U+0130 to i, U+212A to k) lower-case to no letter of a phrase. Lowering the whole string first, as
     * this once did, made U+0130 two characters and so could push a text of 600 over the limit; no longer.
     */
    static int compactLowerCase(String text, char[] out) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (n == out.length) {
                return -1;
            }
            out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return n;
    }

    /** The probe's outcome, or null when it failed (a FutureTask cannot hold an Optional more simply). */
    private @Nullable MissingPage probe(URI missingProbe) {
        MissingAnswer answer = fetchMissing.apply(missingProbe);
        if (!answer.answered()) {
            return null;
        }
        return answer.page()
                .map(p -> {
                    String text = compared(p.text());
                    Optional<URI> redirectedTo = Optional.of(p.finalUri()).filter(u -> !u.equals(missingProbe));
                    return new MissingPage(redirectedTo, shingles(text), text.length());
                })
                .orElse(new MissingPage(Optional.empty(), Set.of(), 0));
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static Set<String> shingles(String text) {
        String compact = withoutSpace(text);
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 4 <= compact.length(); i++) {
            result.add(compact.substring(i, i + 4));
        }
        return result;
    }

    /** The text without ASCII white space (what the regex {@code \s} matches). */
    static String withoutSpace(String text) {
        return withoutSpace(text, Integer.MAX_VALUE);
    }

    /** The first {@code limit} characters of the text without ASCII white space. */
    static String withoutSpace(String text, int limit) {
        if (countWithoutSpace(text, Integer.MAX_VALUE) == text.length()) {
            return text.length() > limit ? text.substring(0, limit) : text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How many characters of the text are not ASCII white space, counting up to {@code limit}. */
    private static int countWithoutSpace(String text, int limit) {
        int count = 0;
        for (int i = 0; i < text.length() && count < limit; i++) {
            if (!isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / union.size();
    }
}
