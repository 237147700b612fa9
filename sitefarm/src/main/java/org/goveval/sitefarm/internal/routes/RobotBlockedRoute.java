package org.goveval.sitefarm.internal.routes;

import org.goveval.sitefarm.internal.content.RenderedPage;
import org.goveval.sitefarm.internal.content.ThinPages;
import org.goveval.sitefarm.manifest.LinkKind;

/** 403 to every User-Agent but a browser's ({@link BrowserAgents#isBrowser}), which gets the page. */
public record RobotBlockedRoute(RenderedPage page, ThinPages thin) implements Route {

    @Override
    public Reply answer(Request request) {
        if (BrowserAgents.isBrowser(request.userAgent())) {
            return Reply.html(200, page, thin.encoding());
        }
        return Reply.html(403, thin.forbidden(), thin.encoding());
    }

    @Override
    public Truth truth() {
        return new Truth.Broken(LinkKind.BLOCKED, 403);
    }
}
