package org.goveval.server.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platforms of government new media (政务新媒体) as the evaluations list them. A file may name a platform by
 * its constant or its Chinese label, so that a working group's own spreadsheet imports as it is.
 */
public enum MediaPlatform {
    WECHAT("微信"),
    WEIBO("微博"),
    APP("移动客户端"),
    MINI_PROGRAM("小程序"),
    DOUYIN("抖音"),
    KUAISHOU("快手"),
    TOUTIAO("今日头条"),
    OTHER("其他");

    private final String label;

    MediaPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By constant (any case) or Chinese label; 微信公众号 and 客户端 are common spellings too. */
    public static Optional<MediaPlatform> parse(String text) {
        String t = text.strip();
        if (t.equals("微信公众号") || t.equals("公众号")) {
            return Optional.of(WECHAT);
        }
        if (t.equals("客户端") || t.equals("APP") || t.equals("app")) {
            return Optional.of(APP);
        }
        return Arrays.stream(values())
                .filter(p -> p.label.equals(t) || p.name().equals(t.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** For error messages: every accepted name. */
    public static String accepted() {
        return Arrays.stream(values()).map(p -> p.name() + " (" + p.label + ")").collect(Collectors.joining(", "));
    }
}
