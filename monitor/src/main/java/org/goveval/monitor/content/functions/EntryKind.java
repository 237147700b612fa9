package org.goveval.monitor.content.functions;

import java.util.regex.Pattern;

/** Links that lead to a function, recognised by their text (or, for a site map, by its usual file name). */
enum EntryKind {
    /** 留言, 咨询, 信箱, 写信, 来信, 投诉, 问政: where the public writes to the government. */
    INTERACTION("互动交流", Pattern.compile("留言|咨询|信箱|写信|来信|投诉|问政|建言献策|我要问")),
    PRIVACY("隐私声明", Pattern.compile("隐私")),
    SITE_MAP("网站地图", Pattern.compile("网站地图|站点地图|(?i)\\bsite\\s?map\\b")),
    /** 无障碍, 长者模式, 适老化, 关怀版, 读屏: the accessibility or elder-friendly mode. */
    ACCESSIBILITY("无障碍", Pattern.compile("无障碍|长者|适老|关怀版|读屏|大字版|(?i)accessib"));

    /** Longest link text taken for an entry: 我要写信, 领导信箱, 隐私声明 are short; article titles are not. */
    static final int MAX_TEXT = 12;

    private final String label;
    private final Pattern text;

    EntryKind(String label, Pattern text) {
        this.label = label;
        this.text = text;
    }

    /** The function's name in Chinese, for messages. */
    String label() {
        return label;
    }

    /** Whether a link with this text (anchor text, title, image alt) and href enters this function. */
    boolean matches(String linkText, String href) {
        if (linkText.length() > MAX_TEXT) {
            return false; // an article title that mentions 留言 is no entry
        }
        if (this == SITE_MAP && href.matches("(?i).*/(sitemap|wzdt|map)(\\.s?html?|/|/index\\.s?html?)$")) {
            return true;
        }
        return text.matcher(linkText).find();
    }
}
