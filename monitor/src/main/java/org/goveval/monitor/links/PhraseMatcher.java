package org.goveval.monitor.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Whether a text contains any of a few fixed phrases, in one pass over the text: asking {@link String#contains}
 * once per phrase walks the text once per phrase, and the soft-404 check asks this of every crawled page.
 * Each position is first tested against a 64-bit mask of the phrases' first characters, so most positions cost
 * one shift; only a position whose character starts a phrase is compared with those phrases.
 */
final class PhraseMatcher {
    /** The distinct first characters, sorted, and the phrases starting with each. */
    private final char[] firsts;

    private final String[][] byFirst;
    /** Bit {@code c % 64} set for every first character {@code c}. */
    private final long firstMask;

    PhraseMatcher(List<String> phrases) {
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("an empty phrase matches every text");
            }
            grouped.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(phrase);
        }
        firsts = new char[grouped.size()];
        byFirst = new String[grouped.size()][];
        long mask = 0;
        int i = 0;
        for (var entry : grouped.entrySet()) {
            firsts[i] = entry.getKey();
            byFirst[i] = entry.getValue().toArray(String[]::new);
            mask |= 1L << (entry.getKey() & 63);
            i++;
        }
        firstMask = mask;
    }

    boolean foundIn(String text) {
        return foundIn(text.toCharArray(), text.length());
    }

    /** Whether one of the phrases occurs in the first {@code length} characters of {@code text}. */
    boolean foundIn(char[] text, int length) {
        for (int at = 0; at < length; at++) {
            char c = text[at];
            if ((firstMask & (1L << (c & 63))) == 0) {
                continue;
            }
            int group = Arrays.binarySearch(firsts, c);
            if (group < 0) {
                continue;
            }
            for (String phrase : byFirst[group]) {
                if (startsAt(text, length, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(char[] text, int length, int at, String phrase) {
        if (at + phrase.length() > length) {
            return false;
        }
        for (int i = 1; i < phrase.length(); i++) {
            if (text[at + i] != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
