package org.goveval.sitefarm.internal.site;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.Soft404Style;
import org.goveval.sitefarm.internal.content.Article;
import org.goveval.sitefarm.internal.content.Attachment;
import org.goveval.sitefarm.internal.content.SiteInfo;
import org.goveval.sitefarm.internal.content.ThinPages;
import org.goveval.sitefarm.internal.routes.AssetRoute;
import org.goveval.sitefarm.internal.routes.PaginationTrapRoute;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.SearchRoute;
import org.goveval.sitefarm.internal.routes.StatusRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.LinkKind;

/**
 * What every site serves besides its pages: robots.txt, the shared stylesheet, script and images, the badge
 * scripts, article pictures and attachments, the search results behind the search box, and the not-found
 * fallback.
 */
public final class StandardRoutes {
    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static final String CSS = "body{font-family:\"Microsoft YaHei\",sans-serif;margin:0}"
            + ".nav a{margin:0 8px}.footer{text-align:center;color:#666}\n";
    private static final String JS = "function setFontSize(size){document.body.style.fontSize=size+'px';}\n";
    private static final String BADGE_JS = "/* badge */\n";

    private StandardRoutes() {}

    static void register(SiteBuilder site, RobotsRules robots) {
        site.route("/robots.txt", text("text/plain; charset=utf-8", robots.text()));
        site.route("/css/style.css", text("text/css; charset=utf-8", CSS));
        site.route("/js/common.js", text("application/javascript; charset=utf-8", JS));
        site.route("/images/logo.png", png());
        site.route("/images/ga.png", png());
        SiteInfo info = site.plan().info();
        site.route("/exposure/jiucuo.js", text("application/javascript; charset=utf-8", BADGE_JS));
        site.route(info.conacScriptPath(), text("application/javascript; charset=utf-8", BADGE_JS));
        for (Article article : site.plan().articles()) {
            article.picture().ifPresent(picture -> site.route(picture, png()));
            for (Attachment attachment : article.attachments()) {
                site.route(attachment.path(), attachment(attachment));
            }
        }
        site.route(PaginationTrapRoute.PATH, search(site));
    }

    /** The site search behind the search box (and the pagination trap behind {@code ?page=N}). */
    private static SearchRoute search(SiteBuilder site) {
        List<SearchRoute.Entry> entries = site.plan().articles().stream()
                .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::path))
                .map(article -> new SearchRoute.Entry(article.title(), article.path()))
                .toList();
        boolean dead = site.spec().contentDefects().contains(ContentDefect.DEAD_SEARCH);
        return new SearchRoute(
                site.thin(), entries, dead, site.spec().encoding().charset());
    }

    /** What unknown paths answer: the not-found template with 404, or with 200 on a SOFT_200 site. */
    static Route fallback(Soft404Style style, ThinPages thin) {
        return switch (style) {
            case REAL_404 -> StatusRoute.notFound(thin, new Truth.Broken(LinkKind.HTTP_ERROR, 404));
            case SOFT_200 -> StatusRoute.softNotFound(thin, new Truth.Broken(LinkKind.SOFT_404, 200));
        };
    }

    static AssetRoute attachment(Attachment attachment) {
        String why = "attachment (" + attachment.type().extension() + ") answers 200 "
                + attachment.type().contentType();
        return new AssetRoute(attachment.type().contentType(), attachment.type().body(), new Truth.Fine(why));
    }

    private static AssetRoute text(String contentType, String text) {
        return new AssetRoute(contentType, text.getBytes(StandardCharsets.UTF_8), new Truth.Asset());
    }

    /** A working 1x1 PNG image. */
    public static AssetRoute png() {
        return new AssetRoute("image/png", PNG, new Truth.Asset());
    }
}
