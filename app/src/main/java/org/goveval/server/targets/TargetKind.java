package org.goveval.server.targets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goveval.evaluation.reference.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * What kind of unit a target is. The kinds follow the weight columns and ranking groups of the indicator
 * systems (DESIGN.md): local governments at three levels (province / city / county columns), State Council
 * departments (国务院组成部门, 国务院其他部门), national development zones (国家级经开区, 国家级高新区) and
 * government new media (the wechat / app / weibo columns), plus the departments of a local government.
 */
public enum TargetKind {
    /** 省级政府: a province, autonomous region or municipality. */
    PROVINCE("省级政府", DivisionLevel.PROVINCE, true, true),
    /** 地市政府: a prefecture-level city, prefecture, autonomous prefecture or league. */
    CITY("地市政府", DivisionLevel.PREFECTURE, true, true),
    /** 区县政府: a district, county, county-level city or banner. */
    COUNTY("区县政府", DivisionLevel.COUNTY, true, true),
    /** 政府部门: a department of a local government; its division is the government's. */
    DEPARTMENT("政府部门", null, true, true),
    /** 国务院部门: a department of the State Council, tie-ordered by the official order, not by a division. */
    MINISTRY("国务院部门", null, false, true),
    /** 国家级开发区: a national economic or high-tech development zone, tie-ordered by its division. */
    ZONE("国家级开发区", null, true, true),
    /** 政务新媒体: a government's WeChat account, app or Weibo; it may have no website at all. */
    NEW_MEDIA("政务新媒体", null, false, false);

    private final String label;
    private final @Nullable DivisionLevel level;
    private final boolean needsDivision;
    private final boolean needsWebsite;

    TargetKind(String label, @Nullable DivisionLevel level, boolean needsDivision, boolean needsWebsite) {
        this.label = label;
        this.level = level;
        this.needsDivision = needsDivision;
        this.needsWebsite = needsWebsite;
    }

    /** The Chinese name, accepted on import beside the constant's name. */
    public String label() {
        return label;
    }

    /** The level its division code must have, when the kind fixes one (the three local governments). */
    public Optional<DivisionLevel> divisionLevel() {
        return Optional.ofNullable(level);
    }

    /** Whether a division code (行政区划代码) is required: it orders ties in the ranking. */
    public boolean needsDivision() {
        return needsDivision;
    }

    /** Whether the target needs at least one website to be monitored. */
    public boolean needsWebsite() {
        return needsWebsite;
    }

    /** The kind named by its constant (any case) or its Chinese label. */
    public static Optional<TargetKind> parse(String text) {
        String key = text.strip();
        for (TargetKind kind : values()) {
            if (kind.name().equals(key.toUpperCase(Locale.ROOT)) || kind.label.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@code PROVINCE (省级政府), CITY (地市政府) …} for error messages. */
    static String listing() {
        return Arrays.stream(values()).map(k -> k.name() + " (" + k.label + ")").collect(Collectors.joining(", "));
    }
}
