package org.goveval.monitor.content.columns;

import java.util.List;
import java.util.Locale;

/** What a column is for, read from its name; decides how often it must be updated. */
public enum ColumnCategory {
    /** 动态, 要闻, 新闻: updated at least every 2 weeks. */
    NEWS,
    /** 通知公告: at least every 6 months. */
    NOTICE,
    /** 政策文件: at least every 6 months. */
    POLICY,
    /** 政策解读. */
    INTERPRETATION,
    /** 人事信息. */
    PERSONNEL,
    /** 规划计划. */
    PLANNING,
    /** 互动交流, 留言. */
    INTERACTION,
    /** 办事服务. */
    SERVICE,
    /** 专题专栏. */
    SPECIAL,
    OTHER;

    /**
     * Name keywords, tried in this order: the first category with a keyword in the name wins. The order
     * settles names that carry two (政策解读 is an interpretation, not a policy; 通知公告 before 公示 and 文件).
     */
    private static final List<Keywords> KEYWORDS = List.of(
            new Keywords(INTERPRETATION, "解读", "问答", "图解"),
            new Keywords(PERSONNEL, "人事", "任免", "招录", "招聘", "干部"),
            new Keywords(PLANNING, "规划", "计划", "总结"),
            new Keywords(INTERACTION, "互动", "留言", "咨询", "信箱", "征集", "调查", "投诉", "建言", "访谈"),
            new Keywords(SPECIAL, "专题", "专栏"),
            new Keywords(NOTICE, "通知", "公告", "公示", "通告"),
            new Keywords(NEWS, "动态", "要闻", "新闻", "资讯", "头条", "工作进展", "快讯", "政务信息"),
            new Keywords(POLICY, "政策", "文件", "法规", "规章", "文件库"),
            new Keywords(SERVICE, "办事", "服务", "指南", "事项"));

    private record Keywords(ColumnCategory category, String... words) {}

    /** The category a column's name says; {@link #OTHER} when no keyword matches. */
    public static ColumnCategory of(String name) {
        String text = name.toLowerCase(Locale.ROOT);
        for (Keywords keywords : KEYWORDS) {
            for (String word : keywords.words()) {
                if (text.contains(word)) {
                    return keywords.category();
                }
            }
        }
        return OTHER;
    }
}
