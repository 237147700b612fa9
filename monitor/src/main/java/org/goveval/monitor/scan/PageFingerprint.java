package org.goveval.monitor.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.goveval.monitor.links.Link;

/**
 * Identifies a page by what a crawl learns from it: its visible text and the set of URLs it links to. Two
 * URLs with the same fingerprint are the same page; crawling the second teaches nothing new.
 */
final class PageFingerprint {
    private PageFingerprint() {}

    static String of(String text, List<Link> links) {
        MessageDigest digest = sha256();
        digest.update(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
        for (String target :
                new TreeSet<>(links.stream().map(l -> l.target().toString()).toList())) {
            digest.update((byte) '\n');
            digest.update(target.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
