package org.goveval.sitefarm.internal.content;

/**
 * What a page frame adds to the light one, at the places a portal template puts it ({@code PageWeight}); the light
 * frame adds nothing ({@link #NONE}), so {@link PageFrame} writes both without asking which it has.
 */
interface FrameExtras {
    FrameExtras NONE = new FrameExtras() {};

    /** After the title and the SiteName meta tag. */
    default void head(HtmlWriter html) {}

    /** First thing in the body, above the header. */
    default void topBar(HtmlWriter html) {}

    /** Right under the navigation. */
    default void menu(HtmlWriter html) {}

    /** After the page's own content, before the footer. */
    default void beforeFooter(HtmlWriter html) {}

    /** After the footer, last in the body. */
    default void endOfBody(HtmlWriter html) {}

    /** The footer's attributes. */
    default String[] footerAttributes() {
        return new String[] {"class", "footer"};
    }
}
