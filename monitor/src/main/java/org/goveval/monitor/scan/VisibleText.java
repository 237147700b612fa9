package org.goveval.monitor.scan;

import java.util.Arrays;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jspecify.annotations.Nullable;

/**
 * An element's visible text, equal to jsoup's {@link Element#text()}, in about a quarter less time inside a
 * scan: a scan takes it for every page it crawls (the fingerprint and the soft-404 check read it), where
 * jsoup's took 8–9 % of the engine's CPU on pages of typical weight and this takes 6–7 % (BENCHMARKS.md).
 *
 * <p>The rules are jsoup 1.24's, rule for rule: a space before a block element, a {@code <br>} or a text
 * boundary holding text, and after a block, a text boundary or an inline element holding a block, when text
 * or an inline element follows; white space collapsed outside elements that preserve it (looked for among the
 * text's six nearest ancestors), invisible characters (zero-width space, soft hyphen) dropped, the result
 * trimmed. What is cheaper: one walk that carries the nearest ancestor preserving white space
 * instead of looking up the ancestors of every text, and runs of plain characters copied whole instead of one
 * code point at a time. {@code VisibleTextTest} holds it to jsoup's own on the farm's pages and on thousands
 * of generated documents, so a jsoup upgrade that changes the rules fails there.
 */
final class VisibleText {
    /** How many of a text's nearest ancestors jsoup looks at for one preserving white space. */
    private static final int PRESERVE_REACH = 6;

    private final StringBuilder out;

    private VisibleText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** The text of {@code root}, as {@code root.text()} gives it. */
    static String of(Element root) {
        VisibleText text = new VisibleText(1024);
        text.walk(root);
        return text.out.toString().trim();
    }

    /**
     * Visits every element and text below {@code root} in document order: an element's leading separator on
     * the way in, its trailing one on the way out. Iterative, as jsoup's own walk is: a hostile page can nest
     * elements deeper than a thread's stack.
     */
    private void walk(Element root) {
        // per open element, by depth (the root's is 0): the element, its next child, and the depth of the
        // nearest element at or above it whose tag preserves white space (far below 0 when there is none)
        Element[] open = new Element[64];
        int[] nextChild = new int[64];
        int[] preserving = new int[64];
        int depth = 0;
        open[0] = root;
        preserving[0] = nearestPreserving(root);
        leading(root);
        while (depth >= 0) {
            Element element = open[depth];
            int i = nextChild[depth];
            if (i == element.childNodeSize()) {
                if (needsTrailingSeparator(element)) {
                    // the parent's next child is this element's next sibling: no lookup of its index
                    Node next = depth == 0
                            ? element.nextSibling()
                            : nextChild[depth - 1] < open[depth - 1].childNodeSize()
                                    ? open[depth - 1].childNode(nextChild[depth - 1])
                                    : null;
                    trailing(next);
                }
                open[depth--] = null;
                continue;
            }
            nextChild[depth] = i + 1;
            Node child = element.childNode(i);
            if (child instanceof TextNode text) {
                // jsoup looks for a preserving tag among the text's six nearest ancestors, its parent first
                boolean preserve = preserving[depth] > depth - PRESERVE_REACH || text instanceof CDataNode;
                appendText(text.getWholeText(), preserve);
            } else if (child instanceof Element inner) {
                leading(inner);
                if (++depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    nextChild = Arrays.copyOf(nextChild, depth * 2);
                    preserving = Arrays.copyOf(preserving, depth * 2);
                }
                open[depth] = inner;
                nextChild[depth] = 0;
                preserving[depth] = inner.tag().preserveWhitespace() ? depth : preserving[depth - 1];
            }
        }
    }

    private void leading(Element element) {
        if (out.length() > 0 && needsLeadingSeparator(element) && !endsWithSpace()) {
            out.append(' ');
        }
    }

    /** After an element that needs a trailing separator: a space when text or an inline element follows. */
    private void trailing(@Nullable Node next) {
        if ((next instanceof TextNode
                        || next instanceof Element following && following.tag().isInline())
                && !endsWithSpace()) {
            out.append(' ');
        }
    }

    private void appendText(String text, boolean preserve) {
        if (preserve) {
            out.append(text);
            return;
        }
        // jsoup's StringUtil.appendNormalisedWhitespace, by runs: strip leading white space when the text so
        // far ends in a space, collapse every run of white space to one space, drop invisible characters
        boolean stripLeading = endsWithSpace();
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isWhite(c)) {
                if (!(stripLeading && !reachedNonWhite) && !lastWasWhite) {
                    out.append(' ');
                    lastWasWhite = true;
                }
                i++;
            } else if (isInvisible(c)) {
                i++;
            } else {
                int start = i;
                do {
                    i++;
                } while (i < length && isPlain(text.charAt(i)));
                out.append(text, start, i);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    private boolean endsWithSpace() {
        return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    private static boolean needsLeadingSeparator(Element element) {
        Tag tag = element.tag();
        return tag.isBlock()
                || element.normalName().equals("br")
                || (tag.is(Tag.TextBoundary) && element.childNodeSize() > 0 && element.hasText());
    }

    private static boolean needsTrailingSeparator(Element element) {
        Tag tag = element.tag();
        return tag.is(Tag.TextBoundary) || !tag.isInline() || hasBlockChild(element);
    }

    private static boolean hasBlockChild(Element element) {
        int children = element.childNodeSize();
        for (int i = 0; i < children; i++) {
            if (element.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** The depth, counted from {@code root} at 0, of the nearest preserving element at or above it in reach. */
    private static int nearestPreserving(Element root) {
        Element element = root;
        for (int up = 0; up < PRESERVE_REACH && element != null; up++) {
            if (element.tag().preserveWhitespace()) {
                return -up;
            }
            element = element.parent();
        }
        return Integer.MIN_VALUE / 2;
    }

    /** jsoup's {@code StringUtil.isActuallyWhitespace}: what it collapses. */
    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** jsoup's {@code StringUtil.isInvisibleChar}: zero-width space and soft hyphen, dropped. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u00AD';
    }

    private static boolean isPlain(char c) {
        // every character above the soft hyphen but the zero-width space is plain: one test for most text
        return c > '\u00AD' ? c != '\u200B' : c > ' ' && c != '\u00A0' && c != '\u00AD' || isOtherPlain(c);
    }

    /** Plain characters at or below the space: control characters jsoup neither collapses nor drops. */
    private static boolean isOtherPlain(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
}
