package org.goveval.sitefarm.internal.content;

/** Where in a page a planted link is written. */
public enum Slot {
    /** In {@code <head>}: stylesheets and scripts. */
    HEAD,
    /** The page's 相关链接 / 快速入口 box. */
    RELATED,
    /** The homepage's 友情链接 box. */
    FRIEND_LINKS,
    /** In an article's text: images. */
    BODY_IMAGE,
    /** An article's attachment list. */
    ATTACHMENTS
}
