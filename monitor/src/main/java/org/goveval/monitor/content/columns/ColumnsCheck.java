package org.goveval.monitor.content.columns;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;

/**
 * Columns (栏目) and home-page updates. Columns are the links of the home page's navigation, its 更多 links
 * (named by the block they close), the links of a site map, and the sub-columns in the navigation of
 * first-level column pages. Each column's index page is read for its main list: how many items it shows,
 * the newest date among them, whether it is blank, and whether it is stale by the rule of its category
 * ({@link ColumnRules}). Dates are judged against the date each page was fetched, in the rules' zone.
 *
 * <p>While the crawl runs the check keeps a small summary of each page up to two links from the home page
 * (never the document or the body), at most {@link ContentLimits#pageSummaries()}; the copy of a page a finding
 * may cite is stored as it is seen, at most {@link ContentLimits#evidenceCopies()}. Columns the crawl did not
 * reach (or summarise) are fetched afterwards, politely and within robots.txt. At most {@link
 * ColumnRules#maxColumns()} columns are reported. A limit reached is a {@link Cap#LIMIT_REACHED} finding.
 */
public final class ColumnsCheck implements SiteCheck {
    /** Columns sit one link from the home page, sub-columns and site-map entries two. */
    static final int SUMMARY_DEPTH = 2;
    /** The scan's page cap. */
    static final long MAX_PAGE_BYTES = 10L * 1024 * 1024;

    private static final Pattern NOT_A_COLUMN =
            Pattern.compile("首页|网站地图|站点地图|网站导航|无障碍|适老|长者|关怀|english|手机版|移动版|登录|注册|繁体|简体|联系我们|隐私|声明|帮助|rss");
    private static final Pattern FILE = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|jpe?g|png|gif|bmp|mp4|mp3|flv|txt|xml|js|css)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT = Pattern.compile("/?(index\\.(html?|shtml|jsp|aspx?|php))?");

    private final ColumnRules rules;
    private final EvidenceStore store;
    private final List<HomepageSnapshot> homepageHistory;
    private final Map<String, PageSummary> summaries = new ConcurrentHashMap<>();
    private final Cap summaryCap;
    private final Cap copies;

    /**
     * @param limits {@link ContentLimits#pageSummaries()} and {@link ContentLimits#evidenceCopies()} apply
     * @param store where the copies of pages a finding may cite go, as they are seen
     */
    public ColumnsCheck(ColumnRules rules, ContentLimits limits, EvidenceStore store) {
        this(rules, limits, store, List.of());
    }

    /**
     * @param homepageHistory earlier snapshots of the home page, to compare this scan's with (see {@link
     *     HomepageComparison}); empty for a one-off scan, judged by dates alone
     */
    public ColumnsCheck(
            ColumnRules rules, ContentLimits limits, EvidenceStore store, List<HomepageSnapshot> homepageHistory) {
        this.homepageHistory = List.copyOf(homepageHistory);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.store = Objects.requireNonNull(store, "store");
        this.summaryCap = new Cap("pageSummaries", "栏目判断保留的页面摘要", limits.pageSummaries());
        this.copies = new Cap("evidenceCopies", "抓取时保存的证据副本", limits.evidenceCopies());
    }

    @Override
    public String name() {
        return HomepageJudge.CHECK;
    }

    @Override
    public PageObserver observer() {
        return this::observe;
    }

    private void observe(CrawledPage page) {
        String url = page.url().toString();
        if (page.role() != CrawledPage.Role.CRAWLED
                || page.depth() > SUMMARY_DEPTH
                || summaries.containsKey(url)
                || !summaryCap.tryTake()) {
            return;
        }
        PageSummary summary = PageSummary.of(
                page.url(),
                page.depth(),
                page.homepage(),
                page.document(),
                today(page.result()),
                page.depth() <= 1,
                citable -> page.homepage() || (citable && copies.tryTake())
                        ? store.citable(page)
                        : CitablePage.uncopied(page.result(), url));
        summaries.putIfAbsent(url, summary);
    }

    @Override
    public void finish(SiteContext context, ContentResults results) throws InterruptedException {
        Optional<PageSummary> home = summaries.values().stream()
                .filter(PageSummary::homepage)
                .min(Comparator.comparingInt(PageSummary::depth)
                        .thenComparing(p -> p.url().toString()));
        if (home.isEmpty()) {
            return; // the home page was not read: the link check reports why
        }
        List<ColumnReport> reports = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        ColumnJudge judge = new ColumnJudge(rules);
        Cap columnCap = new Cap("maxColumns", "报告的栏目", rules.maxColumns());
        for (Map.Entry<String, String> column :
                discover(context, home.get(), columnCap).entrySet()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("columns check interrupted");
            }
            summary(context, column.getKey()).ifPresent(page -> {
                ColumnJudge.Judgement judged = judge.judge(column.getValue(), page);
                reports.add(judged.report());
                findings.addAll(judged.findings());
            });
        }
        List<PageSummary> secondLevel = summaries.values().stream()
                .filter(page -> page.depth() == 1 && !page.homepage() && sameSite(context, page.url()))
                .toList();
        HomepageJudge homeJudge = new HomepageJudge(rules);
        HomepageJudge.Judgement homepage =
                homeJudge.compared(homeJudge.judge(home.get(), secondLevel), homepageHistory, home.get());
        results.addColumns(reports);
        results.setHomepageUpdates(homepage.updates());
        results.addFindings(homepage.findings());
        results.addFindings(findings);
        summaryCap
                .finding(name(), "其余页面中的网站地图、子栏目和二级页面日期未计入（栏目页本身在抓取后重新获取）", context)
                .ifPresent(f -> results.addFindings(List.of(f)));
        columnCap.finding(name(), "其余栏目未判断是否空白或未更新", context).ifPresent(f -> results.addFindings(List.of(f)));
    }

    /**
     * Every column found, by URL, with the first name a page gives it (navigation first), as many as {@code cap}
     * allows: the first found.
     */
    private Map<String, String> discover(SiteContext context, PageSummary home, Cap cap) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>(); // a column offered again is dropped once
        Consumer<NamedLink> add = link -> {
            if (refused.contains(link.url()) || !isColumn(context, link)) {
                return;
            }
            if (found.containsKey(link.url()) || cap.tryTake()) {
                found.merge(link.url(), link.name(), (first, other) -> first.isEmpty() ? other : first);
            } else {
                refused.add(link.url());
            }
        };
        home.navigation().forEach(add);
        home.more().forEach(add);
        summaries.values().stream()
                .filter(PageSummary::siteMap)
                .sorted(Comparator.comparing(page -> page.url().toString()))
                .forEach(page -> page.siteMapLinks().forEach(add));
        for (String url : List.copyOf(found.keySet())) {
            PageSummary page = summaries.get(url);
            if (page != null && page.depth() == 1) {
                page.navigation().forEach(add);
            }
        }
        return found;
    }

    private boolean isColumn(SiteContext context, NamedLink link) {
        URI url = URI.create(link.url());
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        PageSummary page = summaries.get(link.url());
        return sameSite(context, url)
                && !context.homepages().contains(link.url())
                && !ROOT.matcher(path).matches()
                && !FILE.matcher(path).find()
                // a menu listing each column's newest articles names articles, not columns
                && !ItemDates.isDatedArticle(path)
                && !NOT_A_COLUMN.matcher(link.name().toLowerCase(Locale.ROOT)).find()
                && (page == null || (!page.homepage() && !page.siteMap()));
    }

    private static boolean sameSite(SiteContext context, URI url) {
        return url.getHost() != null
                && url.getHost().equalsIgnoreCase(context.site().getHost())
                && url.getPort() == context.site().getPort();
    }

    /** The column page's summary from the crawl, or from a fetch now; empty when it cannot be read. */
    private Optional<PageSummary> summary(SiteContext context, String url) {
        PageSummary crawled = summaries.get(url);
        if (crawled != null) {
            return Optional.of(crawled);
        }
        URI uri = URI.create(url);
        if (!context.robots().apply(uri).allowed()) {
            return Optional.empty();
        }
        FetchResult result = context.fetch().apply(FetchRequest.get(uri, MAX_PAGE_BYTES));
        Optional<Document> document = result.isSuccess() ? context.parse().apply(result) : Optional.empty();
        return document.map(d -> PageSummary.of(
                uri,
                -1,
                false,
                d,
                today(result),
                false,
                citable -> context.evidence().citable(result, url)));
    }

    private LocalDate today(FetchResult result) {
        return LocalDate.ofInstant(result.fetchedAt(), rules.zone());
    }

    /** A window in words: 2周, 6个月, 1年, 10天. */
    static String describe(Period window) {
        if (window.getYears() > 0 && window.getMonths() == 0 && window.getDays() == 0) {
            return window.getYears() + "年";
        }
        if (window.getYears() == 0 && window.getMonths() > 0 && window.getDays() == 0) {
            return window.getMonths() + "个月";
        }
        if (window.toTotalMonths() == 0 && window.getDays() % 7 == 0) {
            return window.getDays() / 7 + "周";
        }
        return window.toString();
    }
}
