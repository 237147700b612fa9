package org.goveval.sitefarm;

/** The URL layout of a site, after the two content-management systems most Chinese government sites run on. */
public enum Layout {
    /**
     * TRS-style: column pages {@code /col/col{N}/index.html}, articles
     * {@code /art/{yyyy}/{m}/{d}/art_{N}_{id}.html}; list links are absolute paths.
     */
    TRS,
    /**
     * Hanweb/WCM-style: column pages {@code /xxgk/{code}/index.html}, articles
     * {@code /xxgk/{code}/{yyyyMM}/t{yyyyMMdd}_{id}.html}; column lists link their articles relatively
     * ({@code ./202412/t20241220_123.html}) and articles link back with {@code ../index.html}.
     */
    HANWEB
}
