package org.goveval.sitefarm.internal.content;

/** The nine columns (栏目) every generated site has, in navigation order. */
public enum ColumnKind {
    NEWS("政务动态", "zwdt", DateStyle.ISO),
    NOTICE("通知公告", "tzgg", DateStyle.BRACKET),
    POLICY("政策文件", "zcwj", DateStyle.CHINESE),
    INTERPRETATION("政策解读", "zcjd", DateStyle.ISO),
    PERSONNEL("人事信息", "rsxx", DateStyle.BRACKET),
    PLAN("规划计划", "ghjh", DateStyle.CHINESE),
    INTERACTION("互动交流", "hdjl", DateStyle.ISO),
    SERVICE("办事服务", "bsfw", DateStyle.BRACKET),
    SPECIAL("专题专栏", "ztzl", DateStyle.ISO);

    private final String label;
    private final String code;
    private final DateStyle dateStyle;

    ColumnKind(String label, String code, DateStyle dateStyle) {
        this.label = label;
        this.code = code;
        this.dateStyle = dateStyle;
    }

    /** The column's name as the navigation shows it. */
    public String label() {
        return label;
    }

    /** The pinyin initials the Hanweb layout uses in paths. */
    public String code() {
        return code;
    }

    /** How the column's list shows dates. */
    public DateStyle dateStyle() {
        return dateStyle;
    }
}
