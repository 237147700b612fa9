package org.goveval.monitor.scan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
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
 *
 * <p>The SHA-256 of the text (white space collapsed) as its UTF-16 code units, low byte first, then of each
 * distinct target after a line feed as UTF-8, the targets ordered as {@link #distinctTargets} orders them.
 * Scheme {@value #SCHEME}. Until 2026-12 the targets were ordered by their text and the text went in as UTF-8
 * (scheme 1), then as UTF-16LE encoded by the JDK, which made a lone surrogate U+FFFD (scheme 2). A checkpoint
 * saved under another scheme keeps fingerprints that no page has now ({@link ScanCheckpoint}).
 */
final class PageFingerprint {
    /** Which way of fingerprinting made a checkpoint's fingerprints: they compare only within one. */
    static final int SCHEME = 3;

    private static final int SLICE = 16 * 1024;

    /** The ASCII white space ({@code \s}) but the plain space. */
    private static final char[] OTHER_SPACES = {'\t', '\n', 0x0B, '\f', '\r'};

    /** Cloned for each page: looking SHA-256 up among the security providers costs more than hashing a page. */
    private static final MessageDigest PROTOTYPE = sha256();

    private PageFingerprint() {}

    static String of(String text, List<Link> links) {
        MessageDigest digest = fresh();
        updateUnits(digest, collapsed(text));
        updateUtf8(digest, distinctTargets(links));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The distinct targets of the links, each after a line feed, in order of their hash code and, among equal
     * hash codes, of their text. Sorting the URLs' texts took a third of the fingerprint's time: a page's URLs
     * share their first twenty-odd characters, so every comparison walks them. A hash code is computed once
     * per string and kept in it, and a URI keeps its string, so the links every page repeats (the navigation)
     * cost one sort of numbers.
     */
    static String distinctTargets(List<Link> links) {
        int n = links.size();
        String[] targets = new String[n];
        // hash code above, index below: sorting the numbers sorts the links by hash code
        long[] keys = new long[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            targets[i] = links.get(i).target().toString();
            keys[i] = ((long) targets[i].hashCode() << 32) | i;
            length += targets[i].length() + 1;
        }
        Arrays.sort(keys);
        StringBuilder out = new StringBuilder(length);
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && hashOf(keys[to]) == hashOf(keys[from])) {
                to++;
            }
            String[] equalHashes = new String[to - from];
            for (int i = from; i < to; i++) {
                equalHashes[i - from] = targets[(int) keys[i]];
            }
            if (equalHashes.length > 1) {
                Arrays.sort(equalHashes); // the same URL many times, or (rarely) two URLs of one hash code
            }
            for (int i = 0; i < equalHashes.length; i++) {
                if (i == 0 || !equalHashes[i].equals(equalHashes[i - 1])) {
                    out.append('\n').append(equalHashes[i]);
                }
            }
            from = to;
        }
        return out.toString();
    }

    private static int hashOf(long key) {
        return (int) (key >>> 32);
    }

    /**
     * Feeds the text's UTF-16 code units to the digest, low byte first, a slice at a time: the text of a huge
     * page (megabytes of Chinese) is never copied whole. Chinese takes two bytes a character this way and
     * three in UTF-8; and the units are copied out of the String and into bytes by two bulk copies, where
     * {@link String#getBytes} encodes one character at a time (for UTF-16LE too) and took about a quarter of
     * the fingerprint's time (BENCHMARKS.md, "Reading a page for less, second part").
     */
    static void updateUnits(MessageDigest digest, String text) {
        int slice = Math.min(text.length(), SLICE);
        char[] units = new char[slice];
        ByteBuffer bytes = ByteBuffer.allocate(2 * slice).order(ByteOrder.LITTLE_ENDIAN);
        CharBuffer view = bytes.asCharBuffer();
        for (int from = 0; from < text.length(); from += slice) {
            int n = Math.min(slice, text.length() - from);
            text.getChars(from, from + n, units, 0);
            view.clear();
            view.put(units, 0, n);
            digest.update(bytes.array(), 0, 2 * n);
        }
    }

    /**
     * Feeds the text's UTF-8 bytes to the digest a slice at a time: for the targets, mostly ASCII. A slice never
     * ends between the two halves of a surrogate pair, so the bytes are those of the whole text encoded at
     * once, a lone surrogate becoming the encoder's replacement.
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

    /**
     * The first white space that is not one plain space, or -1: the first of the other white space
     * characters (one before it if a space stands there) or the first two spaces, whichever comes first. Found
     * with {@link String#indexOf}, which the JIT turns into vector instructions: a loop over every character
     * took a sixth of the fingerprint's time, for texts that mostly need no change.
     */
    static int firstToCollapse(String text) {
        int first = -1;
        for (char c : OTHER_SPACES) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first > 0 && text.charAt(first - 1) == ' ') {
            first--;
        }
        int doubled = text.indexOf("  ");
        if (doubled >= 0 && (first < 0 || doubled < first)) {
            first = doubled;
        }
        return first;
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
