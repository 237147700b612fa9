package org.goveval.monitor.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pages link to which URLs, kept small: a large site's navigation links appear on every page, so the
 * index stores each page URL once and, per target, the numbers of the pages linking to it (4 bytes per
 * occurrence instead of a string per page). Thread-safe.
 */
final class SourceIndex {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> pages = new ArrayList<>();
    private final Map<String, IntList> byTarget = new ConcurrentHashMap<>();

    void add(String target, String page) {
        add(target, idOf(page));
    }

    /** The page's number, for {@link #add(String, int)}: a page's links are many, its number is looked up once. */
    int idOf(String page) {
        return ids.computeIfAbsent(page, this::register);
    }

    void add(String target, int pageId) {
        byTarget.computeIfAbsent(target, k -> new IntList()).add(pageId);
    }

    private int register(String page) {
        synchronized (pages) {
            pages.add(page);
            return pages.size() - 1;
        }
    }

    /** The distinct pages linking to a target, sorted. */
    List<String> sourcesOf(String target) {
        IntList list = byTarget.get(target);
        if (list == null) {
            return List.of();
        }
        int[] sorted = list.distinctSorted();
        List<String> result = new ArrayList<>(sorted.length);
        synchronized (pages) {
            for (int id : sorted) {
                result.add(pages.get(id));
            }
        }
        result.sort(null);
        return result;
    }

    boolean linkedFromAny(String target, Set<String> sourcePages) {
        return sourcesOf(target).stream().anyMatch(sourcePages::contains);
    }

    Set<String> targets() {
        return byTarget.keySet();
    }

    /** Target → sorted source pages, for a checkpoint. */
    Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String target : byTarget.keySet()) {
            copy.put(target, sourcesOf(target));
        }
        return copy;
    }

    /** A growable array of ints; duplicates are removed only when read. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        synchronized void add(int value) {
            if (size > 0 && values[size - 1] == value) {
                return; // the same page linking twice in a row, the common case
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized int[] distinctSorted() {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
    }
}
