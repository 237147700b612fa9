package org.goveval.monitor.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.goveval.monitor.links.Link;

/**
 * Identifies a page by what a crawl learns from it: its visible text and the set of URLs it links to. Two
 * URLs with the same fingerprint are the same page; crawling the second teaches nothing new.
 */
final class PageFingerprint {
    private static final int SLICE = 16 * 1024;

    /** Cloned for each page: looking SHA-256 up among the security providers costs more than hashing a page. */
    private static final MessageDigest PROTOTYPE = sha256();

    private PageFingerprint() {}

    static String of(String text, List<Link> links) {
        MessageDigest digest = fresh();
        updateUtf8(digest, collapsed(text));
        // the distinct targets in order (a sorted array: a TreeSet's nodes cost more than the sort)
        String[] targets = new String[links.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = links.get(i).target().toString();
        }
        Arrays.sort(targets);
        for (int i = 0; i < targets.length; i++) {
            if (i > 0 && targets[i].equals(targets[i - 1])) {
                continue;
            }
            digest.update((byte) '\n');
            digest.update(targets[i].getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds the text's UTF-8 bytes to the digest a slice at a time: the text of a huge page (megabytes of
     * Chinese, three bytes a character) is never copied whole. {@link String#getBytes} is the JDK's fast path
     * (a CharsetEncoder over a CharBuffer took longer than the hashing); a slice never ends
     * between the two halves of a surrogate pair, so the bytes are those of the whole text encoded at once,
     * lone surrogates becoming '?'.
     */
    static void updateUtf8(MessageDigest digest, String text) {
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + SLICE);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            digest.update(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }

    /**
     * The text stripped ({@link String#strip}) with every run of ASCII white space ({@code \s}: space, tab,
     * line feed, vertical tab, form feed, carriage return) made one space. Page text comes from jsoup already
     * collapsed, so this rarely copies anything.
     */
    static String collapsed(String text) {
        String stripped = text.strip();
        int i = firstToCollapse(stripped);
        if (i < 0) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length()).append(stripped, 0, i);
        boolean inSpace = false;
        for (; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** The first white space that is not one plain space, or -1. */
    private static int firstToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256(); // a provider whose digest cannot be cloned
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
