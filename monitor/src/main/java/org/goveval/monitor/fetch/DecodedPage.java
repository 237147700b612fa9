package org.goveval.monitor.fetch;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page body as text.
 *
 * @param text the decoded body, without a byte order mark; bytes invalid in the charset become U+FFFD
 * @param charset the charset used (GB18030 for pages labelled gb2312 or gbk)
 * @param source where the charset came from
 */
public record DecodedPage(String text, Charset charset, CharsetSource source) {
    public DecodedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
