package org.goveval.sitefarm.internal.defects;

import org.goveval.sitefarm.Defect;
import org.goveval.sitefarm.internal.site.SiteBuilder;

/** Plants a site's defects, each in its fixed place (see each family's class for the URLs and places). */
public final class Planters {
    private Planters() {}

    /** Plants every defect of the site's spec, in the order of {@link Defect}, then its content defects. */
    public static void plant(SiteBuilder site) {
        for (Defect defect : Defect.values()) {
            if (site.spec().defects().contains(defect)) {
                plant(defect, site);
            }
        }
        WordingDefects.plant(site);
    }

    private static void plant(Defect defect, SiteBuilder site) {
        switch (defect) {
            case ARTICLE_404 -> HttpErrorDefects.article404(site);
            case ATTACHMENT_404 -> HttpErrorDefects.attachment404(site);
            case ATTACHMENT_500 -> HttpErrorDefects.attachment500(site);
            case IMAGE_404 -> HttpErrorDefects.image404(site);
            case STYLESHEET_404 -> HttpErrorDefects.stylesheet404(site);
            case SCRIPT_404 -> HttpErrorDefects.script404(site);
            case SOFT_404 -> HttpErrorDefects.soft404(site);
            case PARTNER_404 -> HttpErrorDefects.partner404(site);
            case DNS_FAILURE -> NetworkDefects.dnsFailure(site);
            case CONNECTION_FAILED -> NetworkDefects.connectionFailed(site);
            case TIMEOUT -> NetworkDefects.timeout(site);
            case TLS_ERROR -> NetworkDefects.tlsError(site);
            case REDIRECT_LOOP -> RedirectDefects.loop(site);
            case TOO_MANY_REDIRECTS -> RedirectDefects.tooMany(site);
            case MOVED_PERMANENTLY -> RedirectDefects.moved(site);
            case THROTTLED -> AccessDefects.throttled(site);
            case BLOCKED_TO_ROBOTS -> AccessDefects.blockedToRobots(site);
            case HEAD_NOT_ALLOWED -> AccessDefects.headNotAllowed(site);
            case RETRY_AFTER_ONCE -> AccessDefects.retryAfterOnce(site);
            case SLOW_OK -> AccessDefects.slowOk(site);
            case PARTNER_LINK -> LinkDefects.partnerLink(site);
            case DUPLICATE_PAGES -> LinkDefects.duplicatePages(site);
            case ROBOTS_DISALLOWED_LINKS -> LinkDefects.robotsDisallowed(site);
            case CALENDAR_TRAP -> TrapDefects.calendar(site);
            case SESSION_ID_TRAP -> TrapDefects.sessionId(site);
            case PAGINATION_TRAP -> TrapDefects.pagination(site);
            case REPEATED_SEGMENT_TRAP -> TrapDefects.repeatedSegment(site);
        }
    }
}
