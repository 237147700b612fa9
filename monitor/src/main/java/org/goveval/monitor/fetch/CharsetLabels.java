package org.goveval.monitor.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a charset label from a header, a meta tag or the detector into the charset browsers use for it.
 *
 * <p>The labels of the GB2312/GBK family map to GB18030, its superset, as in the WHATWG Encoding Standard:
 * pages labelled gb2312 routinely contain GBK-only characters (镕, 堃, 喆), which Java's GB2312 decoder
 * garbles.
 */
final class CharsetLabels {
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final Set<String> GBK_FAMILY = Set.of(
            "gb2312",
            "gbk",
            "x-gbk",
            "gb_2312",
            "gb_2312-80",
            "csgb2312",
            "csiso58gb231280",
            "iso-ir-58",
            "chinese",
            "cp936",
            "ms936",
            "windows-936",
            "x-mswin-936",
            "gb18030");

    private CharsetLabels() {}

    /** The charset for a label, or empty when the label is unknown or malformed. */
    static Optional<Charset> charsetFor(String label) {
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (GBK_FAMILY.contains(name)) {
            return Optional.of(GB18030);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
