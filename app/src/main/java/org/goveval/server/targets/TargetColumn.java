package org.goveval.server.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a targets file, in the order an export writes them. A header may use the Chinese name or the
 * English one (any case; spaces, underscores and hyphens alike).
 */
enum TargetColumn {
    NAME("名称", "name", true),
    KIND("类型", "kind", true),
    DIVISION_CODE("行政区划代码", "division code", false),
    OFFICIAL_ORDER("部门序号", "official order", false),
    RANKING_GROUPS("排名分组", "ranking groups", false),
    WEBSITES("网站", "websites", true),
    PORTAL("门户", "portal", false),
    MEDIA_ACCOUNTS("新媒体账号", "media accounts", false);

    private final String chinese;
    private final String english;
    private final boolean required;

    TargetColumn(String chinese, String english, boolean required) {
        this.chinese = chinese;
        this.english = english;
        this.required = required;
    }

    /** The header an export writes. */
    String chinese() {
        return chinese;
    }

    String english() {
        return english;
    }

    /** Whether the header must have this column (the others may be left out, as if blank on every line). */
    boolean required() {
        return required;
    }

    static Optional<TargetColumn> byHeader(String header) {
        String text = header.strip();
        String english = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        for (TargetColumn column : values()) {
            if (column.chinese.equals(text) || column.english.equals(english)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
