package org.goveval.monitor.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Entities;

/**
 * Renders a scan report as one self-contained HTML page a webmaster can act on: what is broken, where it is
 * linked from, since when, and how to fix it. Every text taken from the crawled site (URLs, details) is
 * untrusted and escaped.
 */
public final class ReportHtml {
    private ReportHtml() {}

    public static String render(ScanReport report) {
        StringBuilder html = new StringBuilder(16 * 1024);
        String heading = ContentHtml.present(report) ? "网站检测报告" : "网站链接检测报告";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>")
                .append(heading)
                .append(" ")
                .append(esc(report.site()))
                .append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
                .append(
                        "td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:14px}")
                .append("th{background:#f0f0f0}.kind{white-space:nowrap}.home{color:#b00;font-weight:bold}")
                .append("code{word-break:break-all}.verdict.fail strong{color:#b00}.verdict.pass strong{color:#070}")
                .append("q{color:#555}</style></head><body>\n");
        summary(html, report, heading);
        ContentHtml.render(html, report);
        findings(html, "失效链接 Broken links", report.brokenLinks(), report.startedAt());
        findings(html, "被拒绝或限流 Blocked or throttled", report.blockedOrThrottled(), report.startedAt());
        skipped(html, report.skippedLinks());
        advice(html, report);
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, ScanReport r, String heading) {
        html.append("<h1>")
                .append(heading)
                .append("</h1><p>网站 <code>")
                .append(esc(r.site()))
                .append("</code>，检测开始于 ")
                .append(esc(r.startedAt()))
                .append("，用时 ")
                .append(r.durationMillis() / 1000.0)
                .append(" 秒。</p>")
                .append("<p>抓取页面 ")
                .append(r.pagesCrawled())
                .append(" 个，检查链接 ")
                .append(r.linksChecked())
                .append(" 个，失效链接 <strong>")
                .append(r.brokenLinks().size())
                .append("</strong> 个（首页 ")
                .append(r.brokenLinks().stream()
                        .filter(BrokenLinkFinding::onHomepage)
                        .count())
                .append(" 个），被拒绝或限流 ")
                .append(r.blockedOrThrottled().size())
                .append(" 个。</p>\n");
        long older = r.brokenLinks().stream()
                .filter(b -> !b.brokenFor(r.startedAt()).isZero())
                .count();
        if (older > 0) {
            html.append("<p>失效链接中 ")
                    .append(older)
                    .append(" 个在此前的检测中已经发现、至今未修复，")
                    .append(r.brokenLinks().size() - older)
                    .append(" 个为本次新发现。</p>\n");
        }
        if (!r.truncatedPages().isEmpty()) {
            html.append("<p>以下页面超过读取上限，只检查了前面部分，之后的链接未被发现：");
            r.truncatedPages()
                    .forEach(page -> html.append("<br><code>").append(esc(page)).append("</code>"));
            html.append("</p>\n");
        }
        Map<String, Integer> byKind = new TreeMap<>();
        r.brokenLinks().forEach(b -> byKind.merge(b.kind(), 1, Integer::sum));
        if (!byKind.isEmpty()) {
            html.append("<ul>");
            byKind.forEach((k, n) -> html.append("<li>")
                    .append(esc(KindAdvice.of(k).title()))
                    .append("：")
                    .append(n)
                    .append("</li>"));
            html.append("</ul>\n");
        }
    }

    private static void findings(StringBuilder html, String title, List<BrokenLinkFinding> list, String startedAt) {
        html.append("<h2>").append(esc(title)).append("</h2>\n");
        if (list.isEmpty()) {
            html.append("<p>无。</p>\n");
            return;
        }
        html.append("<table><tr><th>链接</th><th>问题</th><th>状态码</th><th>所在页面</th><th>首次发现</th></tr>\n");
        for (BrokenLinkFinding f : list) {
            html.append("<tr><td><code>").append(esc(f.url())).append("</code>");
            if (f.onHomepage()) {
                html.append(" <span class=\"home\">首页</span>");
            }
            html.append("</td><td class=\"kind\">")
                    .append(esc(KindAdvice.of(f.kind()).title()));
            if (!f.detail().isEmpty()) {
                html.append("<br><small>").append(esc(f.detail())).append("</small>");
            }
            html.append("</td><td>")
                    .append(f.status() == null ? "—" : f.status().toString())
                    .append("</td><td>");
            pages(html, f.sourcePages());
            html.append("</td><td class=\"first-seen\">").append(esc(f.since(startedAt)));
            lasting(html, f, startedAt);
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** How long a link found broken by an earlier scan has been broken: what tells old neglect from news. */
    private static void lasting(StringBuilder html, BrokenLinkFinding f, String startedAt) {
        Duration broken = f.brokenFor(startedAt);
        if (broken.isZero()) {
            return; // first found by this scan
        }
        long days = broken.toDays();
        html.append("<br><small>")
                .append(days == 0 ? "已持续不足 1 天" : "已持续 " + days + " 天")
                .append("</small>");
    }

    private static void pages(StringBuilder html, List<String> pages) {
        for (String page : pages) {
            html.append("<a href=\"")
                    .append(esc(page))
                    .append("\">")
                    .append(esc(page))
                    .append("</a><br>");
        }
    }

    private static void skipped(StringBuilder html, List<SkippedLink> list) {
        if (list.isEmpty()) {
            return;
        }
        html.append("<h2>未检查 Not checked</h2><table><tr><th>链接</th><th>原因</th><th>所在页面</th></tr>\n");
        for (SkippedLink s : list) {
            html.append("<tr><td><code>")
                    .append(esc(s.url()))
                    .append("</code></td><td>")
                    .append(esc(s.reason()))
                    .append("</td><td>");
            pages(html, s.sourcePages());
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void advice(StringBuilder html, ScanReport r) {
        Map<String, KindAdvice.Advice> kinds = new LinkedHashMap<>();
        r.brokenLinks().forEach(b -> kinds.put(b.kind(), KindAdvice.of(b.kind())));
        r.blockedOrThrottled().forEach(b -> kinds.put(b.kind(), KindAdvice.of(b.kind())));
        if (kinds.isEmpty()) {
            return;
        }
        html.append("<h2>如何修复 How to fix</h2><dl>");
        kinds.values()
                .forEach(a -> html.append("<dt><strong>")
                        .append(esc(a.title()))
                        .append("</strong></dt><dd>")
                        .append(esc(a.meaning()))
                        .append(" ")
                        .append(esc(a.fix()))
                        .append("</dd>"));
        html.append("</dl>\n");
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
