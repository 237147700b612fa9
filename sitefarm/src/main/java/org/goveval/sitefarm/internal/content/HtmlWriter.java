package org.goveval.sitefarm.internal.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an HTML document and records every reference it writes, so that the manifest is computed from the
 * very links a page contains. Text and attribute values are escaped; elements are closed explicitly.
 */
public final class HtmlWriter {
    private final StringBuilder html = new StringBuilder(8192);
    private final List<Link> links = new ArrayList<>();

    /** Opens an element; {@code attributes} are name, value pairs. */
    public HtmlWriter open(String tag, String... attributes) {
        html.append('<').append(tag);
        attributes(attributes);
        html.append('>');
        return this;
    }

    public HtmlWriter close(String tag) {
        html.append("</").append(tag).append(">\n");
        return this;
    }

    /** A void element such as {@code meta} or {@code input}. */
    public HtmlWriter empty(String tag, String... attributes) {
        html.append('<').append(tag);
        attributes(attributes);
        html.append(">\n");
        return this;
    }

    /** An element with text content. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public HtmlWriter text(String text) {
        escape(text);
        return this;
    }

    /** Markup written as is: inline scripts and style sheets only, never text from a page model. */
    public HtmlWriter raw(String markup) {
        html.append(markup);
        return this;
    }

    public HtmlWriter a(String href, String text, String... attributes) {
        links.add(new Link(href, LinkTag.A, text));
        String[] all = prepend("href", href, attributes);
        return open("a", all).text(text).raw("</a>");
    }

    /** Opens an {@code <a>} around other content (a logo); close it with {@code close("a")}. */
    public HtmlWriter openLink(String href, String text) {
        links.add(new Link(href, LinkTag.A, text));
        return open("a", "href", href);
    }

    public HtmlWriter link(Link link) {
        return switch (link.tag()) {
            case A -> a(link.href(), link.text());
            case IMG -> img(link.href(), link.text());
            case STYLESHEET -> stylesheet(link.href());
            case SCRIPT -> script(link.href());
        };
    }

    public HtmlWriter img(String src, String alt) {
        links.add(new Link(src, LinkTag.IMG, alt));
        return empty("img", "src", src, "alt", alt);
    }

    /** An image without an alt attribute (an accessibility defect). */
    public HtmlWriter imgWithoutAlt(String src) {
        links.add(new Link(src, LinkTag.IMG, ""));
        return empty("img", "src", src);
    }

    public HtmlWriter stylesheet(String href) {
        links.add(new Link(href, LinkTag.STYLESHEET, ""));
        return empty("link", "rel", "stylesheet", "type", "text/css", "href", href);
    }

    /** A {@code <script src>}; {@code attributes} come before src, as the 纠错 badge writes them. */
    public HtmlWriter script(String src, String... attributes) {
        links.add(new Link(src, LinkTag.SCRIPT, ""));
        open("script", prepend("type", "text/javascript", append(attributes, "src", src)));
        return close("script");
    }

    public RenderedPage finish(String title) {
        return new RenderedPage(html.toString(), title, links);
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            html.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1]);
            html.append('"');
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }

    private static String[] prepend(String name, String value, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = name;
        all[1] = value;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static String[] append(String[] first, String name, String value) {
        String[] all = new String[first.length + 2];
        System.arraycopy(first, 0, all, 0, first.length);
        all[first.length] = name;
        all[first.length + 1] = value;
        return all;
    }
}
