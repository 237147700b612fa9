package org.goveval.evaluation.reference;

import java.util.Optional;

/**
 * The seven geographic regions of mainland China used in evaluation reports, derived from the province
 * (the first two digits of a division code).
 */
public enum Region {
    NORTH("华北", "11", "12", "13", "14", "15"),
    NORTHEAST("东北", "21", "22", "23"),
    EAST("华东", "31", "32", "33", "34", "35", "36", "37", "71"),
    CENTRAL("华中", "41", "42", "43"),
    SOUTH("华南", "44", "45", "46", "81", "82"),
    SOUTHWEST("西南", "50", "51", "52", "53", "54"),
    NORTHWEST("西北", "61", "62", "63", "64", "65", "66");

    private final String label;
    private final String[] provincePrefixes;

    Region(String label, String... provincePrefixes) {
        this.label = label;
        this.provincePrefixes = provincePrefixes;
    }

    /** The Chinese name, e.g. 华东. */
    public String label() {
        return label;
    }

    /** The region of the province a 6-digit division code belongs to. */
    public static Optional<Region> ofCode(String code) {
        if (code.length() < 2) {
            return Optional.empty();
        }
        String prefix = code.substring(0, 2);
        for (Region region : values()) {
            for (String p : region.provincePrefixes) {
                if (p.equals(prefix)) {
                    return Optional.of(region);
                }
            }
        }
        return Optional.empty();
    }
}
