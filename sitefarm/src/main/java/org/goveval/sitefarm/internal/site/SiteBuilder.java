package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.goveval.sitefarm.SiteSpec;
import org.goveval.sitefarm.internal.content.Article;
import org.goveval.sitefarm.internal.content.Column;
import org.goveval.sitefarm.internal.content.ColumnFacts;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.ColumnPaging;
import org.goveval.sitefarm.internal.content.FooterMarks;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.Listing;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.PlantedLink;
import org.goveval.sitefarm.internal.content.SiteContent;
import org.goveval.sitefarm.internal.content.SitePlan;
import org.goveval.sitefarm.internal.content.SiteRenderer;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.content.SubColumn;
import org.goveval.sitefarm.internal.content.SubColumns;
import org.goveval.sitefarm.internal.content.ThinPages;
import org.goveval.sitefarm.internal.routes.PageRoute;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.Router;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.ContentTruth;
import org.goveval.sitefarm.manifest.FunctionsTruth;
import org.goveval.sitefarm.manifest.MarksTruth;
import org.goveval.sitefarm.manifest.WordingTruth;

/**
 * Assembles one site: the planned pages, then whatever defects plant (routes, links on pages, planted article
 * URLs in column lists, special pages), then the standard routes. A path can be routed only once.
 */
public final class SiteBuilder {
    private final SiteSpec spec;
    private final SitePlan plan;
    private final FarmContext farm;
    private final ThinPages thin;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final List<Router.PatternRoute> patterns = new ArrayList<>();
    private final Map<String, List<PlantedLink>> planted = new HashMap<>();
    private final Map<ColumnKind, List<Listing>> phantoms = new EnumMap<>(ColumnKind.class);
    private final List<Special> specials = new ArrayList<>();
    private final List<ColumnTruth> extraColumns = new ArrayList<>();
    private final Set<URI> expectedDead = new HashSet<>();
    private final Map<URI, Truth> externals = new HashMap<>();
    private final Map<String, String> duplicates = new LinkedHashMap<>();
    private WordingTruth wording = WordingTruth.empty();
    private long lastId;
    private FunctionsTruth functions = FunctionsTruth.empty();

    private record Special(PageModel page, Function<PageRoute, Route> behaviour) {}

    public SiteBuilder(SiteSpec spec, SitePlan plan, FarmContext farm) {
        this.spec = spec;
        this.plan = plan;
        this.farm = farm;
        this.thin = new ThinPages(plan.info(), spec.encoding());
        this.lastId = plan.maxId() + 100;
    }

    public SiteSpec spec() {
        return spec;
    }

    public SitePlan plan() {
        return plan;
    }

    public FarmContext farm() {
        return farm;
    }

    public ThinPages thin() {
        return thin;
    }

    public URI origin() {
        return farm.origin(spec.name());
    }

    public String columnPath(ColumnKind kind) {
        return plan.column(kind).path();
    }

    public Article article(ColumnKind kind, int index) {
        return plan.article(kind, index);
    }

    /** Routes a path; a path routed twice is a generator bug. */
    public void route(String path, Route route) {
        if (routes.putIfAbsent(path, route) != null) {
            throw new IllegalStateException("site " + spec.name() + ": path routed twice: " + path);
        }
    }

    public void pattern(Predicate<String> matches, Route route) {
        patterns.add(new Router.PatternRoute(matches, route));
    }

    public void plant(String pagePath, Slot slot, Link link) {
        planted.computeIfAbsent(pagePath, path -> new ArrayList<>()).add(new PlantedLink(slot, link));
    }

    /**
     * Adds an article URL that has no page to a column list, dated as the column's newest article so that it
     * heads the list, and returns its path. The caller routes it (or lets it fall through to the fallback).
     *
     * @param onHome whether the homepage's block of the column shows it too
     */
    public String phantomArticle(ColumnKind kind, String title, boolean onHome) {
        Article newest = plan.article(kind, 0);
        String path = unlistedArticlePath(kind);
        phantoms.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Listing(title, path, newest.date(), onHome));
        return path;
    }

    /** A fresh article URL of the column, dated as its newest article, that no list shows. */
    public String unlistedArticlePath(ColumnKind kind) {
        lastId += 1 + (lastId % 7);
        return plan.paths().articlePath(plan.column(kind), plan.article(kind, 0).date(), lastId);
    }

    /**
     * Adds a real page outside the columns ({@link PageModel.Special} or {@link PageModel.Written}), served by
     * {@code behaviour} applied to its plain page route.
     */
    public void special(PageModel page, Function<PageRoute, Route> behaviour) {
        specials.add(new Special(page, behaviour));
    }

    /**
     * Serves a page also under a second URL: a path of its own (routed to the same page when the site is built)
     * or the page's path with a query (which the router ignores). The manifest lists the copy as a duplicate
     * of the original, and its links as the original's only.
     *
     * @param copy the second path, with its query if any
     * @param original the page's path
     */
    public void duplicate(String copy, String original) {
        if (duplicates.putIfAbsent(copy, original) != null) {
            throw new IllegalStateException("site " + spec.name() + ": duplicate planted twice: " + copy);
        }
    }

    public void expectDead(URI url) {
        expectedDead.add(url);
    }

    public void external(URI url, Truth truth) {
        externals.put(url, truth);
    }

    /** Records what the functions check must report (set by the function pages' planter). */
    public void functionsTruth(FunctionsTruth truth) {
        functions = java.util.Objects.requireNonNull(truth, "truth");
    }

    /**
     * Records a page outside the navigation's columns that the columns check must also report as a column
     * (a function page the site map lists).
     */
    public void extraColumn(ColumnTruth column) {
        extraColumns.add(java.util.Objects.requireNonNull(column, "column"));
    }

    /** What the wording, hidden-link and poisoned-link checks must find, as the wording planter planted it. */
    public void wordingTruth(WordingTruth truth) {
        wording = java.util.Objects.requireNonNull(truth, "truth");
    }

    public BuiltSite build() {
        Map<ColumnKind, List<Listing>> listings = listings();
        List<SubColumn> subColumns = SubColumns.of(plan, spec.contentDefects(), listings);
        SiteContent content = new SiteContent(
                plan, spec.encoding(), listings, planted, spec.contentDefects(), subColumns, spec.pageWeight());
        SiteRenderer renderer = new SiteRenderer(content);
        ContentTypes types = new ContentTypes(spec.encoding());
        route("/", new PageRoute(renderer, new PageModel.Home(), types.forIndex()));
        routeColumns(content, renderer, types);
        for (Article article : plan.articles()) {
            route(
                    article.path(),
                    new PageRoute(renderer, new PageModel.ArticleView(article), types.forArticle(article)));
        }
        for (Special special : specials) {
            PageRoute page = new PageRoute(renderer, special.page(), types.forIndex());
            route(special.page().path(), special.behaviour().apply(page));
        }
        routeDuplicates();
        RobotsRules robots = RobotsRules.standard(spec.crawlDelay());
        StandardRoutes.register(this, robots);
        Router router = new Router(routes, patterns, StandardRoutes.fallback(spec.soft404Style(), thin));
        Map<URI, URI> copies = new LinkedHashMap<>();
        duplicates.forEach(
                (copy, original) -> copies.put(URI.create(origin() + copy), URI.create(origin() + original)));
        return new BuiltSite(
                spec, origin(), router, robots, expectedDead, externals, copies, contentTruth(content, router, robots));
    }

    /** Routes each duplicate's own path to its original's route (the same object: the same page). */
    private void routeDuplicates() {
        duplicates.forEach((copy, original) -> {
            Route page = routes.get(original);
            if (page == null) {
                throw new IllegalStateException("site " + spec.name() + ": duplicate of an unrouted page: " + original);
            }
            if (!copy.contains("?")) {
                route(copy, page);
            } else if (!copy.startsWith(original + "?")) {
                throw new IllegalStateException("site " + spec.name() + ": a query copy must keep the path: " + copy);
            }
        });
    }

    /** Every page of every column's list ({@code index.html}, {@code index_1.html} …) and the sub-columns. */
    private void routeColumns(SiteContent content, SiteRenderer renderer, ContentTypes types) {
        for (Column column : plan.columns()) {
            int pages = ColumnPaging.pages(content.listings(column.kind()).size());
            for (int page = 0; page < pages; page++) {
                PageModel.ColumnIndex index = new PageModel.ColumnIndex(column, page);
                route(index.path(), new PageRoute(renderer, index, types.forIndex()));
            }
        }
        for (SubColumn sub : content.subColumns()) {
            route(sub.path(), new PageRoute(renderer, new PageModel.SubColumnIndex(sub), types.forIndex()));
        }
    }

    /** What the content checks must find on this site; each part follows from the site's content defects. */
    private ContentTruth contentTruth(SiteContent content, Router router, RobotsRules robots) {
        ColumnsTruth columns = ColumnFacts.truth(content, origin(), extraColumns);
        MarksTruth marks = FooterMarks.truth(content, origin());
        return new ContentTruth(
                columns,
                marks,
                NetworkTruths.of(spec, Optional.ofNullable(farm.network().get(spec.name())), router, robots, origin()),
                functions,
                wording,
                GovCheckTruths.of(spec, columns, marks, functions, wording));
    }

    /** Each column's items: planted article URLs first, then articles, newest first. */
    private Map<ColumnKind, List<Listing>> listings() {
        Map<ColumnKind, List<Listing>> listings = new EnumMap<>(ColumnKind.class);
        for (ColumnKind kind : ColumnKind.values()) {
            List<Listing> items = new ArrayList<>(phantoms.getOrDefault(kind, List.of()));
            plan.articlesOf(kind)
                    .forEach(article -> items.add(new Listing(article.title(), article.path(), article.date(), true)));
            items.sort(Comparator.comparing(Listing::date).reversed());
            listings.put(kind, items);
        }
        return listings;
    }
}
