package org.goveval.sitefarm.internal.defects;

import java.net.URI;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.HangRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.manifest.LinkKind;

/** Links that fail below HTTP: no name, no listener, no answer, no TLS. */
final class NetworkDefects {
    /** The stalled path; {@code FarmSpec.hang} long. */
    static final String HANG_PATH = "/slow/hang.html";

    /** A retired portal under the reserved {@code .invalid} TLD (RFC 6761): it can never resolve. */
    static final String DNS_URL = "http://www.old-portal.invalid/index.html";

    private NetworkDefects() {}

    static void dnsFailure(SiteBuilder site) {
        site.external(URI.create(DNS_URL), new Truth.Broken(LinkKind.DNS_FAILURE, null));
        site.plant("/", Slot.FRIEND_LINKS, Link.a(DNS_URL, "原门户网站"));
    }

    static void connectionFailed(SiteBuilder site) {
        URI url = URI.create("http://127.0.0.1:" + site.farm().deadPort() + "/");
        site.external(url, new Truth.Broken(LinkKind.CONNECTION_FAILED, null));
        site.plant(site.columnPath(ColumnKind.INTERACTION), Slot.RELATED, Link.a(url.toString(), "原网上信访平台"));
    }

    static void timeout(SiteBuilder site) {
        site.route(HANG_PATH, new HangRoute(site.farm().stall(), site.farm().hang(), site.thin()));
        site.plant(site.columnPath(ColumnKind.SERVICE), Slot.RELATED, Link.a(HANG_PATH, "办件进度查询"));
    }

    /** An https link to the farm's plain-HTTP port: the handshake gets a plain-text 400 and fails at once. */
    static void tlsError(SiteBuilder site) {
        URI url = URI.create("https://127.0.0.1:" + site.farm().plainHttpPort() + "/zwfw/index.html");
        site.external(url, new Truth.Broken(LinkKind.TLS_ERROR, null));
        site.plant("/", Slot.FRIEND_LINKS, Link.a(url.toString(), "政务服务网"));
    }
}
