package org.goveval.sitefarm.internal.routes;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/**
 * {@code /search/result.html}: with a {@code q} parameter (what the home page's search form sends) the site
 * search, which lists the articles whose title contains the term — or, when {@code dead}, answers 没有找到相关结果
 * whatever the term; without {@code q}, the pagination trap (see {@link PaginationTrapRoute}), so that the link
 * tests' trap entrance {@code ?page=1} behaves as before. No page links a search with {@code q}: the manifest
 * walk never sees one.
 *
 * @param entries what the search finds, newest first
 * @param charset how the form's query is encoded: the site's page charset, as browsers send it
 */
public record SearchRoute(ThinPages thin, List<Entry> entries, boolean dead, Charset charset) implements Route {
    /** A page the search can find. */
    public record Entry(String title, String path) {
        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(path, "path");
        }
    }

    public SearchRoute {
        Objects.requireNonNull(thin, "thin");
        entries = List.copyOf(entries);
        Objects.requireNonNull(charset, "charset");
    }

    @Override
    public Reply answer(Request request) {
        Optional<String> term = parameter(request.rawQuery(), "q");
        if (term.isEmpty()) {
            return new PaginationTrapRoute(thin).answer(request);
        }
        String q = term.get().strip();
        List<Link> found = new ArrayList<>();
        if (!dead && !q.isEmpty()) {
            entries.stream()
                    .filter(entry -> entry.title().contains(q))
                    .forEach(entry -> found.add(Link.a(entry.path(), entry.title())));
        }
        if (found.isEmpty()) {
            return Reply.html(
                    200,
                    thin.page("搜索结果", List.of("抱歉，没有找到与“" + q + "”相关的结果。", "建议您检查输入的关键词是否有误。"), List.of()),
                    thin.encoding());
        }
        String count = "共找到" + found.size() + "条与“" + q + "”相关的结果。";
        return Reply.html(200, thin.page("搜索结果", List.of(count), found), thin.encoding());
    }

    /** The first value of a query parameter, decoded in the site's charset. */
    private Optional<String> parameter(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset));
            }
        }
        return Optional.empty();
    }

    @Override
    public Truth truth() {
        return new Truth.Trap();
    }
}
