package org.goveval.monitor.content.functions;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Uses the site search once, politely: finds the form on the home page (or behind its 搜索 link), sends a term
 * taken from the home page the way the form would (GET), and reads the answer. The home page is read while the
 * crawl sees it ({@link #plan}); the search is sent after the crawl ({@link #run}).
 */
final class SearchProbe {
    /** Largest result page read: result pages are ordinary pages. */
    static final long MAX_BODY = 2L * 1024 * 1024;

    private final SiteContext context;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param present a form or entry was found; null when the home page was not seen
     * @param works results came back; null when the scan could not try
     */
    record Outcome(
            @Nullable Boolean present,
            @Nullable Boolean works,
            @Nullable String term,
            @Nullable Integer results) {}

    SearchProbe(SiteContext context) {
        this.context = context;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * What the home page says about its search, read while the crawl sees the page (the page is not kept): the
     * term, and either its search form (as the query it would send, unless it posts) or a link to a search page.
     *
     * @param form whether the home page has a search form
     * @param query the URL a GET form sends the term to; empty for a POST form or without a form
     * @param entry the link to a search page, when there is no form
     */
    record Plan(String term, boolean form, boolean post, Optional<URI> query, Optional<URI> entry) {}

    /** Reads the home page's search; {@code page} is its final URL, which the form's action is resolved against. */
    static Plan plan(URI page, Document home) {
        String term = SiteSearch.term(home);
        Optional<SiteSearch.Form> form = SiteSearch.form(home);
        if (form.isEmpty()) {
            return new Plan(term, false, false, Optional.empty(), SiteSearch.entry(home));
        }
        boolean post = form.get().post();
        Optional<URI> query = post ? Optional.empty() : Optional.of(SiteSearch.query(form.get(), page, term));
        return new Plan(term, true, post, query, Optional.empty());
    }

    Outcome run(Plan plan, Evidence homeEvidence) {
        String term = plan.term();
        if (!plan.form()) {
            if (plan.entry().isEmpty()) {
                findings.add(finding("SEARCH_MISSING", Finding.Severity.ERROR, "首页未提供站内搜索。", homeEvidence));
                return new Outcome(false, null, null, null);
            }
            Optional<FetchResult> entryPage = fetch(plan.entry().get());
            Optional<Document> searchPage = entryPage.flatMap(context.parse());
            Optional<SiteSearch.Form> form = searchPage.flatMap(SiteSearch::form);
            if (form.isEmpty()) {
                return review(term, "首页有搜索入口，但入口页上未找到可提交的搜索表单，需人工核实。", homeEvidence);
            }
            if (form.get().post()) {
                return review(term, "搜索表单以 POST 提交，未自动检验，需人工核实搜索是否可用。", homeEvidence);
            }
            return send(term, SiteSearch.query(form.get(), entryPage.get().finalUri(), term), homeEvidence);
        }
        if (plan.post() || plan.query().isEmpty()) {
            return review(term, "搜索表单以 POST 提交，未自动检验，需人工核实搜索是否可用。", homeEvidence);
        }
        return send(term, plan.query().get(), homeEvidence);
    }

    private Outcome send(String term, URI query, Evidence homeEvidence) {
        if (!context.robots().apply(query).allowed()) {
            return review(term, "robots.txt 不允许访问搜索结果页（" + query + "），未检验搜索是否可用。", homeEvidence);
        }
        FetchResult answer = context.fetch().apply(FetchRequest.get(query, MAX_BODY));
        return judge(term, query, answer);
    }

    private Outcome judge(String term, URI query, FetchResult answer) {
        String url = query.toString();
        if (answer.failure().isPresent()) {
            Evidence evidence = context.evidence().evidence(answer, url, answer.failureDetail());
            findings.add(finding(
                    "SEARCH_NOT_CHECKED",
                    Finding.Severity.NEEDS_REVIEW,
                    "搜索“" + term + "”未得到响应（" + answer.failure().get() + "），需人工核实。",
                    evidence));
            return new Outcome(true, null, term, null);
        }
        Optional<Document> results = context.parse().apply(answer);
        if (results.isEmpty()) {
            Evidence evidence = context.evidence().evidence(answer, url, "HTTP " + answer.status());
            findings.add(finding(
                    "SEARCH_NO_RESULTS",
                    Finding.Severity.ERROR,
                    "搜索“" + term + "”返回 HTTP " + answer.status() + "，搜索功能不可用。",
                    evidence));
            return new Outcome(true, false, term, 0);
        }
        SiteSearch.Answer read = SiteSearch.judge(results.get(), answer.finalUri(), term);
        if (!read.works()) {
            Evidence evidence = context.evidence().evidence(answer, url, read.snippet());
            findings.add(finding(
                    "SEARCH_NO_RESULTS", Finding.Severity.ERROR, "以首页信息标题“" + term + "”搜索，未返回任何结果，站内搜索不可用。", evidence));
        }
        return new Outcome(true, read.works(), term, read.results());
    }

    private Optional<FetchResult> fetch(URI url) {
        if (!context.robots().apply(url).allowed()) {
            return Optional.empty();
        }
        return Optional.of(context.fetch().apply(FetchRequest.get(url, MAX_BODY)));
    }

    private Outcome review(String term, String message, Evidence evidence) {
        findings.add(finding("SEARCH_NOT_CHECKED", Finding.Severity.NEEDS_REVIEW, message, evidence));
        return new Outcome(true, null, term, null);
    }

    private static Finding finding(String code, Finding.Severity severity, String message, Evidence evidence) {
        return new Finding(FunctionsCheck.NAME, code, severity, message, List.of(evidence));
    }
}
