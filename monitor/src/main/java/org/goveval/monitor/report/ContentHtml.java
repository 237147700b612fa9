package org.goveval.monitor.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.govcheck.Deduction;
import org.goveval.monitor.content.govcheck.GovCheck;
import org.goveval.monitor.content.govcheck.IndicatorProposal;
import org.goveval.monitor.content.govcheck.Veto;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The content part of the HTML report: the State Council verdict first (what a supervisor signs), then each
 * check's facts and every finding with its evidence. Every text from the site is escaped.
 */
final class ContentHtml {
    private ContentHtml() {}

    /** Whether the report holds any content check at all (a links-only scan has none). */
    static boolean present(ScanReport r) {
        return r.govCheck() != null
                || r.marks() != null
                || r.network() != null
                || r.functions() != null
                || r.homepageUpdates() != null
                || !r.columns().isEmpty()
                || !r.findings().isEmpty();
    }

    static void render(StringBuilder html, ScanReport r) {
        if (!present(r)) {
            return;
        }
        verdict(html, r.govCheck());
        findings(html, r.findings());
        columns(html, r.columns(), r.homepageUpdates());
        marks(html, r.marks());
        network(html, r.network());
        functions(html, r.functions());
        wording(html, r.wordingErrors(), r.hiddenLinks(), r.poisonedLinks());
        proposals(html, r.cstcProposals());
    }

    private static void verdict(StringBuilder html, @Nullable GovCheck check) {
        if (check == null) {
            return;
        }
        html.append("<h2>国办检查指标结论 State Council checks</h2><p class=\"verdict ")
                .append(esc(check.verdict().toLowerCase(Locale.ROOT)))
                .append("\">结论：<strong>")
                .append(esc(verdictName(check.verdict())))
                .append("</strong>");
        if (check.score() != null) {
            html.append("，得分 <strong>")
                    .append(String.format(Locale.ROOT, "%.1f", check.score()))
                    .append("</strong>");
        }
        html.append("</p>\n");
        if (!check.vetoes().isEmpty()) {
            html.append("<h3>单项否决 Vetoes</h3><table><tr><th>指标</th><th>原因</th><th>证据</th></tr>\n");
            for (Veto veto : check.vetoes()) {
                row(html, esc(veto.indicator()), esc(veto.reason()), evidence(veto.evidence()));
            }
            html.append("</table>\n");
        }
        if (!check.deductions().isEmpty()) {
            html.append(
                    "<h3>扣分与加分 Deductions and bonus</h3><table><tr><th>指标</th><th>分值</th><th>原因</th><th>证据</th></tr>\n");
            for (Deduction d : check.deductions()) {
                String points = d.points() >= 0
                        ? String.format(Locale.ROOT, "−%.1f", d.points())
                        : String.format(Locale.ROOT, "+%.1f", -d.points());
                row(html, esc(d.indicator()), points, esc(d.reason()), evidence(d.evidence()));
            }
            html.append("</table>\n");
        }
        if (!check.manualReview().isEmpty()) {
            html.append("<h3>需人工核查 Needs a person</h3><ul>");
            check.manualReview()
                    .forEach(item -> html.append("<li>").append(esc(item)).append("</li>"));
            html.append("</ul>\n");
        }
    }

    private static String verdictName(String verdict) {
        return switch (verdict) {
            case "PASS" -> "合格 (PASS)";
            case "FAIL" -> "不合格 (FAIL)";
            case "NEEDS_REVIEW" -> "待人工核查 (NEEDS_REVIEW)";
            default -> verdict;
        };
    }

    private static void findings(StringBuilder html, List<Finding> findings) {
        html.append("<h2>内容检查发现的问题 Content findings</h2>\n");
        if (findings.isEmpty()) {
            html.append("<p>无。</p>\n");
            return;
        }
        html.append("<table><tr><th>检查</th><th>程度</th><th>问题</th><th>证据</th></tr>\n");
        for (Finding f : findings) {
            row(
                    html,
                    esc(f.check()) + "<br><small>" + esc(f.code()) + "</small>",
                    esc(severityName(f.severity())),
                    esc(f.message()),
                    evidence(f.evidence()));
        }
        html.append("</table>\n");
    }

    private static String severityName(Finding.Severity severity) {
        return switch (severity) {
            case VETO -> "单项否决";
            case ERROR -> "扣分";
            case WARNING -> "提示";
            case NEEDS_REVIEW -> "需人工核查";
        };
    }

    private static void columns(StringBuilder html, List<ColumnReport> columns, @Nullable HomepageUpdates updates) {
        html.append("<h2>栏目更新 Columns</h2>\n");
        if (updates != null) {
            html.append("<p>首页更新：")
                    .append(esc(yesNo(updates.updatedWithinTwoWeeks(), "近两周有更新", "近两周无更新")))
                    .append("，最新日期 ")
                    .append(esc(orDash(updates.latestDate())))
                    .append("（判断依据 ")
                    .append(esc(updates.basis()))
                    .append("）</p>\n");
        }
        if (columns.isEmpty()) {
            html.append("<p>未发现栏目。</p>\n");
            return;
        }
        html.append("<table><tr><th>栏目</th><th>类别</th><th>最新日期</th><th>条目</th><th>状态</th></tr>\n");
        for (ColumnReport c : columns) {
            String state = c.blank() ? "<strong>空白栏目</strong>" : c.stale() ? "<strong>更新不及时</strong>" : "正常";
            row(
                    html,
                    link(c.url(), c.name()),
                    esc(c.category().name()),
                    esc(orDash(c.latestDate())),
                    Integer.toString(c.items()),
                    state);
        }
        html.append("</table>\n");
    }

    private static void marks(StringBuilder html, @Nullable Marks marks) {
        if (marks == null) {
            return;
        }
        html.append("<h2>标识规范 Identification marks</h2><table>\n");
        facts(html, "网站标识码", marks.siteCode());
        facts(html, "ICP备案号", marks.icp());
        facts(html, "公安机关备案号", marks.publicSecurityRecord());
        facts(html, "党政机关网站标识", marks.conacBadge());
        facts(html, "主办单位", marks.sponsor());
        html.append("</table>\n");
    }

    private static void network(StringBuilder html, @Nullable NetworkReport n) {
        if (n == null) {
            return;
        }
        html.append("<h2>IPv6 与 HTTPS Network</h2><table>\n");
        facts(html, "支持IPv6", yesNo(n.ipv6Supported(), "是", "否"));
        facts(html, "二级页面IPv6可达比例", n.ipv6PageShare() == null ? null : percent(n.ipv6PageShare()));
        facts(html, "HTTPS可用", yesNo(n.httpsAvailable(), "是", "否"));
        facts(html, "HTTP跳转HTTPS", yesNo(n.httpRedirectsToHttps(), "是", "否"));
        facts(
                html,
                "证书剩余天数",
                n.certificateDaysLeft() == null ? null : n.certificateDaysLeft().toString());
        facts(html, "HSTS", yesNo(n.hsts(), "是", "否"));
        html.append("</table>\n");
    }

    private static void functions(StringBuilder html, @Nullable FunctionsReport f) {
        if (f == null) {
            return;
        }
        html.append("<h2>功能 Functions</h2><table>\n");
        facts(html, "站内搜索", yesNo(f.searchPresent(), "有", "无"));
        facts(html, "搜索有结果", yesNo(f.searchWorks(), "是", "否"));
        facts(html, "互动渠道", yesNo(f.interactionPresent(), "有", "无"));
        facts(
                html,
                "公开留言",
                f.messagesListed() == null ? null : f.messagesListed().toString());
        facts(html, "留言答复率", f.messagesAnsweredShare() == null ? null : percent(f.messagesAnsweredShare()));
        facts(
                html,
                "超过3个月未答复",
                f.unansweredOverThreeMonths() == null
                        ? null
                        : f.unansweredOverThreeMonths().toString());
        facts(html, "办事指南", f.serviceGuides() == null ? null : f.serviceGuides().toString());
        facts(
                html,
                "要素不全的办事指南",
                f.incompleteServiceGuides() == null
                        ? null
                        : f.incompleteServiceGuides().toString());
        facts(html, "隐私声明", yesNo(f.privacyStatement(), "有", "无"));
        facts(html, "网站地图", yesNo(f.siteMap(), "有", "无"));
        html.append("</table>\n");
    }

    private static void wording(
            StringBuilder html, List<WordingHit> hits, List<HiddenLink> hidden, List<PoisonedLink> poisoned) {
        if (!hits.isEmpty()) {
            html.append(
                    "<h2>错别字与敏感词 Wording errors</h2><table><tr><th>原文</th><th>类别</th><th>建议</th><th>证据</th></tr>\n");
            for (WordingHit h : hits) {
                row(html, esc(h.term()), esc(h.category()), esc(h.suggestion()), evidence(List.of(h.evidence())));
            }
            html.append("</table>\n");
        }
        if (!hidden.isEmpty()) {
            html.append("<h2>暗链 Hidden links</h2><table><tr><th>链接</th><th>隐藏方式</th><th>证据</th></tr>\n");
            for (HiddenLink h : hidden) {
                row(html, "<code>" + esc(h.url()) + "</code>", esc(h.how()), evidence(List.of(h.evidence())));
            }
            html.append("</table>\n");
        }
        if (!poisoned.isEmpty()) {
            html.append(
                    "<h2>被劫持的外部链接 Poisoned links</h2><table><tr><th>链接</th><th>类别</th><th>所在页面</th><th>证据</th></tr>\n");
            for (PoisonedLink p : poisoned) {
                row(
                        html,
                        "<code>" + esc(p.url()) + "</code>",
                        esc(p.category()),
                        list(p.sourcePages(), page -> link(page, page)),
                        evidence(List.of(p.evidence())));
            }
            html.append("</table>\n");
        }
    }

    private static void proposals(StringBuilder html, List<IndicatorProposal> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        html.append("<h2>评估指标建议得分 Proposed CSTC scores</h2><p>供评估人员确认，不是最终得分。</p>")
                .append("<table><tr><th>指标体系</th><th>指标</th><th>建议得分</th><th>规则</th><th>证据</th></tr>\n");
        for (IndicatorProposal p : proposals) {
            row(
                    html,
                    esc(p.system()),
                    esc(p.indicator()),
                    String.format(Locale.ROOT, "%.2f / %.2f", p.proposed(), p.max()),
                    esc(p.rule()),
                    evidence(p.evidence()));
        }
        html.append("</table>\n");
    }

    /** The evidence cell: each page linked, when it was fetched, its status, the snippet, the stored copy. */
    static String evidence(List<Evidence> evidence) {
        return list(
                evidence,
                e -> link(e.url(), e.url())
                        + "<br><small>" + esc(e.fetchedAt()) + (e.status() == null ? "" : " · HTTP " + e.status())
                        + (e.copy() == null
                                ? ""
                                : " · 存档 "
                                        + esc(e.copy()
                                                .substring(
                                                        0, Math.min(12, e.copy().length()))))
                        + "</small>"
                        + (e.snippet().isEmpty() ? "" : "<br><q>" + esc(e.snippet()) + "</q>"));
    }

    private static <T> String list(List<T> items, Function<T, String> render) {
        StringBuilder cell = new StringBuilder();
        for (T item : items) {
            if (!cell.isEmpty()) {
                cell.append("<hr>");
            }
            cell.append(render.apply(item));
        }
        return cell.toString();
    }

    private static void facts(StringBuilder html, String name, @Nullable String value) {
        html.append("<tr><th>")
                .append(esc(name))
                .append("</th><td>")
                .append(esc(orDash(value)))
                .append("</td></tr>\n");
    }

    private static void row(StringBuilder html, String... cells) {
        html.append("<tr>");
        for (String cell : cells) {
            html.append("<td>").append(cell).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** A link only for http(s) URLs: a hostile {@code javascript:} URL from a site is shown, never linked. */
    private static String link(String url, String text) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>";
        }
        return "<code>" + esc(text) + "</code>";
    }

    private static @Nullable String yesNo(@Nullable Boolean value, String yes, String no) {
        return value == null ? null : value ? yes : no;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "—" : value;
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
