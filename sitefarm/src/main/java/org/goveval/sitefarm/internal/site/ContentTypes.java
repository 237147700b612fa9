package org.goveval.sitefarm.internal.site;

import java.util.Optional;
import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.internal.content.Article;
import org.goveval.sitefarm.internal.routes.Reply;

/**
 * The Content-Type header of each real page. UTF-8 sites always send {@code text/html; charset=utf-8}. GBK
 * sites send {@code text/html; charset=gb2312} on the homepage, column and special pages, {@code text/html}
 * without charset on articles with an even id and no Content-Type at all on articles with an odd id, so that a
 * decoder must fall back on the meta tag (and read it as GB18030).
 */
record ContentTypes(Encoding encoding) {

    Optional<String> forIndex() {
        return Optional.of(Reply.htmlType(encoding));
    }

    Optional<String> forArticle(Article article) {
        if (encoding == Encoding.UTF_8) {
            return forIndex();
        }
        return article.id() % 2 == 0 ? Optional.of("text/html") : Optional.empty();
    }
}
