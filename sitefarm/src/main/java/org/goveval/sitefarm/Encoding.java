package org.goveval.sitefarm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte encoding of a site's pages. */
public enum Encoding {
    /** UTF-8, declared in a {@code <meta charset>} and in every Content-Type header. */
    UTF_8,
    /**
     * GBK bytes under a gb2312 label: {@code <meta http-equiv="Content-Type" content="text/html; charset=gb2312">},
     * while titles contain GBK-only characters (镕, 堃, 喆). A decoder must read such pages as GB18030 to get them
     * right; some pages also carry a gb2312 Content-Type header, others no charset or no header at all.
     */
    GBK;

    /** The charset the bytes are really written in. */
    public Charset charset() {
        return this == UTF_8 ? StandardCharsets.UTF_8 : Charset.forName("GBK");
    }

    /** The charset name pages declare, in their meta tag and headers. */
    public String declaredName() {
        return this == UTF_8 ? "utf-8" : "gb2312";
    }
}
