package org.goveval.sitefarm.internal.routes;

import java.time.Duration;
import java.util.List;
import org.goveval.sitefarm.internal.content.ThinPages;
import org.goveval.sitefarm.manifest.LinkKind;

/**
 * Sends nothing for {@code hang}, then a thin page; when the farm closes first, the connection is closed
 * without an answer.
 */
public record HangRoute(Stall stall, Duration hang, ThinPages thin) implements Route {

    @Override
    public Reply answer(Request request) throws InterruptedException {
        if (stall.await(hang)) {
            return Reply.abort();
        }
        return Reply.html(200, thin.page("查询超时", List.of("系统繁忙。"), List.of()), thin.encoding());
    }

    @Override
    public Truth truth() {
        return new Truth.Broken(LinkKind.TIMEOUT, null);
    }
}
