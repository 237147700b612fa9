package org.goveval.monitor.content;

/**
 * How much each content check may keep while the crawl runs, so that a scan of a very large site stays within
 * a small heap (a 100,000-page site in 512 MB: see BENCHMARKS.md). A check that reaches a limit keeps judging
 * with what it kept and reports one {@link Cap#LIMIT_REACHED} finding for it (NEEDS_REVIEW), naming the limit and
 * how much it dropped; {@link #evidenceCopies} is the exception, see there. Each limit must be positive.
 *
 * @param pageSummaries columns: pages up to two links from the home page summarised for column discovery and
 *     judgement (names, counts, dates; never the document)
 * @param evidenceCopies per check: copies of pages stored while crawling because a finding may cite them; later
 *     pages are cited by URL, time, status and snippet without a copy. Not a {@code LIMIT_REACHED}: nothing is
 *     left unjudged
 * @param messages functions: distinct public messages (留言) read from message tables
 * @param serviceGuides functions: 办事指南 pages read
 * @param entryLinks functions, per kind (interaction, privacy, site map, accessibility): distinct entry links
 * @param attachments functions: distinct links to attachments and forms
 * @param images functions: distinct image sources judged for their alt text
 * @param formFields functions: distinct form fields judged for their label
 * @param wordingHits wording: pages listed with evidence, site-wide, beyond the first page of each term (every
 *     term found keeps its first page, so the dictionary bounds those)
 * @param hiddenLinks hiddenLinks: distinct targets of hidden links
 * @param poisonedLinks poisonedLinks: linked pages judged gambling or pornographic
 */
public record ContentLimits(
        int pageSummaries,
        int evidenceCopies,
        int messages,
        int serviceGuides,
        int entryLinks,
        int attachments,
        int images,
        int formFields,
        int wordingHits,
        int hiddenLinks,
        int poisonedLinks) {
    public ContentLimits {
        positive("pageSummaries", pageSummaries);
        positive("evidenceCopies", evidenceCopies);
        positive("messages", messages);
        positive("serviceGuides", serviceGuides);
        positive("entryLinks", entryLinks);
        positive("attachments", attachments);
        positive("images", images);
        positive("formFields", formFields);
        positive("wordingHits", wordingHits);
        positive("hiddenLinks", hiddenLinks);
        positive("poisonedLinks", poisonedLinks);
    }

    /**
     * Limits no real site should reach, at a few MB each at most (about 40 MB if every one were full):
     * <ul>
     *   <li>5,000 page summaries (about 1 KB each): a portal's columns, sub-columns and site maps are a few
     *       hundred pages; a column page beyond the limit is fetched again after the crawl.
     *   <li>256 evidence copies per check: more findings than a report can usefully show with copies.
     *   <li>10,000 messages (about 0.5 KB each): a busy city portal publishes a few thousand a year.
     *   <li>5,000 service guides (about 0.3 KB each): portals link hundreds; the thousands live on the 政务服务
     *       site, scanned on its own.
     *   <li>50 entry links per kind: a site links its 留言 or 隐私 page from a handful of places.
     *   <li>20,000 attachments, images and form fields each (about 0.3 KB each): a site's templates repeat
     *       them; distinct ones in the tens of thousands mean generated names, not more to judge.
     *   <li>2,000 wording hits: 100 terms listed on 20 pages each.
     *   <li>500 hidden-link targets and 500 poisoned linked pages: one is already a serious finding; hundreds
     *       mean a hacked site, which a person must look at anyway.
     * </ul>
     */
    public static ContentLimits defaults() {
        return new ContentLimits(5_000, 256, 10_000, 5_000, 50, 20_000, 20_000, 20_000, 2_000, 500, 500);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
