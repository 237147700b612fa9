package org.goveval.monitor.content.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * The terms the wording checks look for: the starter dictionary shipped with goveval ({@code
 * goveval/dictionaries/*.tsv} on the class path) and the user's own files, matched with Aho–Corasick (one pass
 * over a page's text whatever the number of terms).
 *
 * <p>Files are UTF-8 TSV: a header line {@value #HEADER}, then one entry per line; blank lines and lines
 * starting with {@code #} are skipped; {@code replacedIn} and {@code source} may be left off. A term listed again
 * in a later file with a category of the same family (wording errors; linked-page vocabulary; allowed texts)
 * replaces the earlier entry, so a user file can change a starter suggestion; listed twice in one file, it is an
 * error. Any problem in any file rejects the whole load ({@link DictionaryException}).
 *
 * <p>Overlapping matches resolve to the longest: {@code 各级农业部门} (allowed) wins over {@code 农业部}.
 */
public final class WordingDictionary {
    /** The header every dictionary file starts with. */
    public static final String HEADER = "term\tcategory\tsuggestion\treplacedIn\tsource";

    /** The starter dictionary's files, in load order. */
    static final List<String> STARTER = List.of("wording.tsv", "linked-content.tsv");

    private static final String RESOURCES = "/goveval/dictionaries/";

    private final List<DictionaryEntry> entries;
    private final PayloadTrie<DictionaryEntry> wording;
    private final PayloadTrie<DictionaryEntry> linked;

    private WordingDictionary(List<DictionaryEntry> entries) {
        this.entries = List.copyOf(entries);
        this.wording = trie(entries, category -> category.isWordingError() || category == DictionaryCategory.ALLOWED);
        this.linked = trie(entries, category -> category.isLinkedContent() || category == DictionaryCategory.ALLOWED);
    }

    /** A dictionary file's name (for messages) and text. */
    record Source(String name, String text) {}

    /** The starter dictionary alone. */
    public static WordingDictionary starter() {
        return load(List.of());
    }

    /**
     * The starter dictionary, then each user file in order.
     *
     * @throws DictionaryException if any file cannot be read or has a bad row; nothing is loaded then
     */
    public static WordingDictionary load(List<Path> userFiles) {
        Objects.requireNonNull(userFiles, "userFiles");
        List<Source> sources = new ArrayList<>();
        for (String name : STARTER) {
            sources.add(new Source(name, resource(name)));
        }
        List<String> problems = new ArrayList<>();
        for (Path file : userFiles) {
            try {
                sources.add(new Source(file.toString(), utf8(Files.readAllBytes(file))));
            } catch (CharacterCodingException e) {
                problems.add(file + ":0:file: not UTF-8");
            } catch (IOException e) {
                problems.add(file + ":0:file: cannot read: " + e.getMessage());
            }
        }
        return parse(sources, problems);
    }

    /** Parses sources in order; {@code problems} already found (unreadable files) reject the load too. */
    static WordingDictionary parse(List<Source> sources, List<String> problems) {
        List<String> all = new ArrayList<>(problems);
        Map<String, DictionaryEntry> byTerm = new LinkedHashMap<>();
        for (Source source : sources) {
            parse(source, all).forEach(entry -> {
                byTerm.remove(key(entry)); // re-insert: a later file's entry takes the later place too
                byTerm.put(key(entry), entry);
            });
        }
        if (!all.isEmpty()) {
            throw new DictionaryException(all);
        }
        return new WordingDictionary(new ArrayList<>(byTerm.values()));
    }

    private static List<DictionaryEntry> parse(Source source, List<String> problems) {
        List<DictionaryEntry> entries = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = source.text().split("\r?\n", -1);
        boolean header = false;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            String where = source.name() + ":" + (i + 1) + ":";
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!row.strip().equals(HEADER)) {
                    problems.add(where + "header: expected '" + HEADER.replace("\t", "\\t") + "'");
                    return List.of();
                }
                continue;
            }
            Optional<DictionaryEntry> entry = DictionaryRow.parse(row, where, problems);
            if (entry.isPresent()) {
                Integer first = lines.putIfAbsent(key(entry.get()), i + 1);
                if (first != null) {
                    problems.add(where + "term: '" + entry.get().term() + "' is listed already on line " + first);
                } else {
                    entries.add(entry.get());
                }
            }
        }
        if (!header) {
            problems.add(source.name() + ":1:header: missing (empty file)");
        }
        return entries;
    }

    /** Every entry, in load order. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    /** Wording-error and allowed terms in the text, longest first where they overlap, in text order. */
    List<TermMatch> wordingMatches(String text) {
        return matches(wording, text);
    }

    /** Linked-content (gambling, pornography, reporting) and allowed terms in the text, in text order. */
    List<TermMatch> linkedMatches(String text) {
        return matches(linked, text);
    }

    private static List<TermMatch> matches(PayloadTrie<DictionaryEntry> trie, String text) {
        List<TermMatch> found = new ArrayList<>();
        for (PayloadEmit<DictionaryEntry> emit : trie.parseText(text)) {
            int end = emit.getEnd() + 1; // the library's end is inclusive
            found.add(new TermMatch(emit.getPayload(), emit.getStart(), end, text.substring(emit.getStart(), end)));
        }
        found.sort(Comparator.comparingInt(TermMatch::start));
        return found;
    }

    private static PayloadTrie<DictionaryEntry> trie(List<DictionaryEntry> entries, Predicate<DictionaryCategory> use) {
        Map<String, DictionaryEntry> byTerm = new LinkedHashMap<>(); // one payload per keyword: the later wins
        entries.stream()
                .filter(entry -> use.test(entry.category()))
                .forEach(entry -> byTerm.put(entry.term().toLowerCase(Locale.ROOT), entry));
        PayloadTrie.PayloadTrieBuilder<DictionaryEntry> builder =
                PayloadTrie.<DictionaryEntry>builder().ignoreCase().ignoreOverlaps();
        byTerm.values().forEach(entry -> builder.addKeyword(entry.term(), entry));
        return builder.build();
    }

    /**
     * Terms compare case-insensitively, as they match, within their family: wording errors, linked-page
     * vocabulary, allowed texts. So a term may be a sensitive word and a pornographic one.
     */
    private static String key(DictionaryEntry entry) {
        DictionaryCategory category = entry.category();
        String family = category.isWordingError() ? "wording" : category.isLinkedContent() ? "linked" : "allowed";
        return family + ":" + entry.term().toLowerCase(Locale.ROOT);
    }

    private static String resource(String name) {
        try (InputStream in = WordingDictionary.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the starter dictionary is missing from the class path: " + name);
            }
            return utf8(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter dictionary " + name, e);
        }
    }

    /** Strict UTF-8 (a GBK file must fail, not load as mojibake), without a byte-order mark. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
