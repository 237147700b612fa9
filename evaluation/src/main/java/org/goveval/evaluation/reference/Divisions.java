package org.goveval.evaluation.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;

/**
 * China's administrative divisions at province, prefecture and county level (GB/T 2260 codes), from the
 * dataset described in {@code goveval/reference/divisions.SOURCE.md}.
 */
public final class Divisions {
    static final String RESOURCE = "goveval/reference/divisions.csv";

    private final Map<String, Division> byCode;

    Divisions(List<Division> divisions) {
        Map<String, Division> map = new LinkedHashMap<>();
        for (Division d : divisions) {
            if (map.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code());
            }
        }
        this.byCode = map;
    }

    /** The dataset shipped with goveval. */
    public static Divisions bundled() {
        CsvTable table = CsvTable.fromResource(RESOURCE);
        table.requireColumns("code", "name", "level", "parent_code");
        List<Division> list = new ArrayList<>();
        for (Row row : table.rows()) {
            list.add(row.parse(
                    "code",
                    text -> new Division(
                            text, row.get("name"), DivisionLevel.ofKey(row.get("level")), row.get("parent_code"))));
        }
        return new Divisions(list);
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * Every division matching a name, by code. Exact names match first; when none does, a short form
     * matches the official name: the name without its last character of kind (市, 区, 县, 省, 州),
     * e.g. {@code 凉山州} finds 凉山彝族自治州 and {@code 广西} finds 广西壮族自治区.
     */
    public List<Division> find(String name) {
        String query = name.strip();
        List<Division> exact =
                byCode.values().stream().filter(d -> d.name().equals(query)).toList();
        if (!exact.isEmpty() || query.isEmpty()) {
            return exact;
        }
        String stem = ShortNames.stem(query);
        return byCode.values().stream()
                .filter(d -> d.name().startsWith(stem) && ShortNames.sameKind(query, d.name()))
                .sorted(Comparator.comparing(Division::code))
                .toList();
    }

    /** The divisions whose name matches and whose parent's name matches too (鼓楼区 of 福州市). */
    public List<Division> find(String name, String parentName) {
        return find(name).stream()
                .filter(d -> d.parent()
                        .flatMap(this::byCode)
                        .map(p -> p.name().equals(parentName.strip())
                                || find(parentName).contains(p))
                        .orElse(false))
                .toList();
    }

    /** The names from the province down to this division, e.g. 福建省 福州市 鼓楼区. */
    public List<String> path(Division division) {
        List<String> names = new ArrayList<>();
        Optional<Division> current = Optional.of(division);
        while (current.isPresent()) {
            names.add(0, current.get().name());
            current = current.get().parent().flatMap(this::byCode);
        }
        return names;
    }
}
