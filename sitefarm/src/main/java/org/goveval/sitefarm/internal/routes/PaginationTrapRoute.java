package org.goveval.sitefarm.internal.routes;

import java.util.List;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/** {@code /search/result.html?page=N}: search results whose page N always links page N+1. */
public record PaginationTrapRoute(ThinPages thin) implements Route {
    public static final String PATH = "/search/result.html";

    public static String href(long page) {
        return PATH + "?page=" + page;
    }

    @Override
    public Reply answer(Request request) {
        long page = Math.max(1, request.longParameter("page").orElse(1L));
        long next = page == Long.MAX_VALUE ? page : page + 1;
        List<Link> links = List.of(Link.a(href(next), "下一页"), Link.a("/", "首页"));
        return Reply.html(200, thin.page("搜索结果", List.of("第" + page + "页，共找到相关结果若干条。"), links), thin.encoding());
    }

    @Override
    public Truth truth() {
        return new Truth.Trap();
    }
}
