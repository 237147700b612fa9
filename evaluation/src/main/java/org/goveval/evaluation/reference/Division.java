package org.goveval.evaluation.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One administrative division with its GB/T 2260 code.
 *
 * @param code six digits, e.g. {@code 350102}
 * @param parentCode the code of the division above, or the empty string for a province
 */
public record Division(String code, String name, DivisionLevel level, String parentCode) {
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    public Division {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a division code has six digits, found '" + code + "'");
        }
        if (level == DivisionLevel.PROVINCE != parentCode.isEmpty()) {
            throw new IllegalArgumentException("division " + code + ": only a province has no parent");
        }
    }

    public Optional<String> parent() {
        return parentCode.isEmpty() ? Optional.empty() : Optional.of(parentCode);
    }

    /** The code of the province this division belongs to. */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    public Optional<Region> region() {
        return Region.ofCode(code);
    }
}
