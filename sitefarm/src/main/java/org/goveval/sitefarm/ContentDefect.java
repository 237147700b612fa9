package org.goveval.sitefarm;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be planted in a site's content for the content checks (columns, marks, network, functions,
 * wording, hidden and poisoned links). The manifest's {@code content} part records the truth that results.
 * A site without content defects is one a supervisor would pass.
 */
public enum ContentDefect {
    // Columns and home-page updates.
    /**
     * 政务动态 gets four sub-columns (部门动态, 乡镇动态, 工作动态, 图片新闻) listing its articles, and every news
     * date moves 20 days back: five news columns not updated for 2 weeks, the State Council's veto threshold.
     */
    STALE_NEWS_COLUMNS,
    /** 通知公告's dates move 200 days back: older than the 6 months a notice column may go without an update. */
    STALE_NOTICE_COLUMN,
    /** 政策文件 gets a sub-column 规范性文件 that lists nothing: a blank column. */
    BLANK_COLUMN,
    /** Every date of the site moves at least 20 days back: the home page shows nothing of the last 2 weeks. */
    HOMEPAGE_NOT_UPDATED,
    /**
     * Five more sub-columns that list nothing (政府规章, 招标公告, 图解政策, 人事任免, 统计数据): the State Council's
     * veto threshold for blank columns.
     */
    BLANK_COLUMNS,
    /**
     * 通知公告, 政策文件, 政策解读, 人事信息 and 规划计划 and five sub-columns listing their items (政策问答, 干部任免,
     * 招聘信息, 专项规划, 年度计划) show nothing newer than 400 days: ten columns not updated for over a year, past
     * every category's window, while the news and the home page stay fresh (only two of the ten are news, notice or
     * policy columns).
     */
    LONG_STALE_COLUMNS,

    // Identification marks.
    /** The footer shows a 9-digit 网站标识码; the 纠错 badge keeps the real 10-digit one, so they disagree too. */
    SITE_CODE_MALFORMED,
    /** The footer shows no ICP filing. */
    ICP_MISSING,
    /** The footer has no 党政机关网站标识 (neither the conac badge's script nor its placeholder). */
    NO_CONAC_BADGE,
    /** The footer shows no 公安机关备案号 (neither the number nor its icon). */
    NO_PUBLIC_SECURITY_RECORD,
    /** The footer names no 主办单位 (the 承办单位 stays). */
    NO_SPONSOR,

    // Network (IPv6, HTTPS).
    /** No AAAA record and no IPv6 listener: the site answers over IPv4 only. */
    NO_IPV6,
    /** The https certificate expires 10 days (and 12 hours) after the farm starts: under the 30-day warning. */
    CERTIFICATE_EXPIRING,
    /** http:// serves the pages itself instead of redirecting to https://. */
    NO_HTTPS_REDIRECT,
    /** https answers carry no Strict-Transport-Security header. */
    NO_HSTS,

    // Functions (search, interaction, service guides, downloads, privacy, site map, accessibility).
    /** The site search answers 没有找到相关结果 whatever the term. */
    DEAD_SEARCH,
    /** Two valid public messages of the last year left unanswered for more than 3 months (a veto). */
    OVERDUE_MESSAGES,
    /** Two of the three 办事指南 lack key elements (设定依据 and 联系电话; 办理流程). */
    INCOMPLETE_SERVICE_GUIDES,
    /** A guide's application form (申请表) link is dead (404). */
    BROKEN_FORM_DOWNLOAD,
    /**
     * No interaction channel at all: no 互动交流 column, no message list, no letter form, no entry saying 留言,
     * 咨询 or 信箱 anywhere. Takes away what {@link #OVERDUE_MESSAGES}, {@link #IMAGES_WITHOUT_ALT} and {@link
     * #UNLABELLED_FORM_FIELD} flaw.
     */
    NO_INTERACTION_CHANNEL,
    /**
     * No service at all: no 办事服务 column, no 办事指南, no form to download. Takes away what {@link
     * #INCOMPLETE_SERVICE_GUIDES} and {@link #BROKEN_FORM_DOWNLOAD} flaw.
     */
    NO_SERVICE,
    /** No privacy statement is linked. */
    NO_PRIVACY_STATEMENT,
    /** No site map is linked. */
    NO_SITE_MAP,
    /** Two images of the letter page have no alt attribute. */
    IMAGES_WITHOUT_ALT,
    /** The letter form's text area has no label. */
    UNLABELLED_FORM_FIELD,
    /** The 长者模式 (elder mode) link is dead (404). */
    BROKEN_ACCESSIBILITY_ENTRY,

    // Wording errors, hidden links, poisoned links.
    /**
     * A 学习园地 page under the 专题专栏 column with a wrong political expression of each kind, outdated official
     * names and a spam advertisement, beside outdated names used historically and an allowed text that must not
     * be reported.
     */
    WORDING_ERRORS,
    /**
     * A 文旅资讯 page under the 专题专栏 column hiding external links in eight ways (inline styles, a {@code
     * <style>} rule, the same colour as the background) to a re-registered domain, and hidden spam text; a skip
     * link, a menu of the site's own pages and a print-only rule must not be reported.
     */
    HIDDEN_LINKS,
    /** A 友情链接 on the homepage to a former partner's domain that now serves a gambling site. */
    POISONED_LINK,
    ;

    /** Every content defect. */
    public static Set<ContentDefect> all() {
        return EnumSet.allOf(ContentDefect.class);
    }

    /**
     * The defects that take a part of the site away entirely, or leave a mark out: a column, a channel, the
     * services, a footer mark. The content farm's {@code bare} and {@code thin} sites plant them; the {@code
     * fail} site plants every other defect, which flaw the parts these take away.
     */
    public static Set<ContentDefect> absences() {
        return EnumSet.of(
                BLANK_COLUMNS,
                LONG_STALE_COLUMNS,
                NO_CONAC_BADGE,
                NO_PUBLIC_SECURITY_RECORD,
                NO_SPONSOR,
                NO_INTERACTION_CHANNEL,
                NO_SERVICE);
    }

    /** Every defect but the {@link #absences()}: what the content farm's {@code fail} site plants. */
    public static Set<ContentDefect> flaws() {
        return EnumSet.complementOf(EnumSet.copyOf(absences()));
    }

    /**
     * The defects that flaw a part this one takes away: a site cannot plant both ({@link SiteSpec} refuses).
     */
    Set<ContentDefect> excludes() {
        return switch (this) {
            case NO_INTERACTION_CHANNEL -> EnumSet.of(OVERDUE_MESSAGES, IMAGES_WITHOUT_ALT, UNLABELLED_FORM_FIELD);
            case NO_SERVICE -> EnumSet.of(INCOMPLETE_SERVICE_GUIDES, BROKEN_FORM_DOWNLOAD);
            default -> EnumSet.noneOf(ContentDefect.class);
        };
    }

    /** Whether the defect takes one of the nine navigation columns away (link defects are planted there). */
    boolean removesColumn() {
        return this == NO_INTERACTION_CHANNEL || this == NO_SERVICE;
    }
}
