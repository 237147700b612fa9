package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/**
 * Any path carrying {@code ;jsessionid=}: a thin copy of the page that links itself again under a new random
 * session id on every render, as a cookie-less session CMS does.
 */
public record SessionTrapRoute(ThinPages thin) implements Route {
    public static final String MARK = ";jsessionid=";

    public static boolean matches(String rawPath) {
        return rawPath.contains(MARK);
    }

    /** The path with a session id. */
    public static String withSession(String path, String sessionId) {
        return path + MARK + sessionId;
    }

    @Override
    public Reply answer(Request request) {
        String base = request.rawPath().substring(0, request.rawPath().indexOf(MARK));
        List<Link> links = List.of(Link.a(withSession(base, newSessionId()), "继续办理"), Link.a("/", "首页"));
        return Reply.html(200, thin.page("在线办理", List.of("会话已建立，请继续办理。"), links), thin.encoding());
    }

    private static String newSessionId() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public Truth truth() {
        return new Truth.Trap();
    }
}
