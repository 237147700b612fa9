package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.regex.Pattern;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/**
 * {@code {folder}images/x.html}, {@code {folder}images/images/x.html}, …: every level answers 200 and links
 * the relative {@code images/x.html}, which resolves one level deeper.
 */
public record RepeatedSegmentTrapRoute(ThinPages thin, String folder) implements Route {
    public static final String RELATIVE_HREF = "images/x.html";
    private static final Pattern LEVELS = Pattern.compile("(images/)+x\\.html");

    public boolean matches(String rawPath) {
        return rawPath.startsWith(folder)
                && LEVELS.matcher(rawPath.substring(folder.length())).matches();
    }

    @Override
    public Reply answer(Request request) {
        List<Link> links = List.of(Link.a(RELATIVE_HREF, "图片新闻"), Link.a("/", "首页"));
        return Reply.html(200, thin.page("图片新闻", List.of("暂无图片。"), links), thin.encoding());
    }

    @Override
    public Truth truth() {
        return new Truth.Trap();
    }
}
