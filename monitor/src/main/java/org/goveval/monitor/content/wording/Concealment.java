package org.goveval.monitor.content.wording;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How CSS hides an element, read from its declarations (an inline {@code style} or a {@code <style>} rule).
 * Lengths in px, or in em/rem counted as 16 px; percentages and other units are not judged.
 */
enum Concealment {
    /** {@code display:none}. */
    DISPLAY_NONE(true),
    /** {@code visibility:hidden} or {@code collapse}. */
    VISIBILITY_HIDDEN(true),
    /** The HTML {@code hidden} attribute. */
    HIDDEN_ATTRIBUTE(true),
    /** {@code opacity:0}. */
    OPACITY_ZERO(true),
    /** A width or height of at most 1 px with {@code overflow:hidden}. */
    ZERO_SIZE(false),
    /**
     * Positioned ({@code absolute}/{@code fixed}) at least {@value #FAR} px off the top or left edge, or pushed
     * there by a negative margin.
     */
    OFF_SCREEN(false),
    /** {@code text-indent} of at least {@value #FAR} px to the left. */
    TEXT_INDENT(false),
    /** {@code font-size:0}. */
    FONT_SIZE_ZERO(false),
    /** Text colour equal to the background colour (inline styles of the link and its ancestors only). */
    SAME_COLOR(false);

    /** How far off the page counts as off-screen: no layout puts visible content 500 px left of or above it. */
    static final int FAR = 500;

    private static final Pattern LENGTH = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(px|em|rem)?");
    private static final Map<String, String> NAMED_COLORS =
            Map.of("white", "#ffffff", "black", "#000000", "red", "#ff0000", "transparent", "transparent");

    private final boolean togglable;

    Concealment(boolean togglable) {
        this.togglable = togglable;
    }

    /**
     * Whether menus toggled by a script or by hover also hide links this way: then a person must judge
     * (NEEDS_REVIEW); the other ways are tricks no menu needs (ERROR).
     */
    boolean togglable() {
        return togglable;
    }

    /** The concealment the declarations make, the first in this enum's order; empty when none. */
    static Optional<Concealment> of(Map<String, String> css) {
        if ("none".equals(css.get("display"))) {
            return Optional.of(DISPLAY_NONE);
        }
        String visibility = css.getOrDefault("visibility", "");
        if (visibility.equals("hidden") || visibility.equals("collapse")) {
            return Optional.of(VISIBILITY_HIDDEN);
        }
        if (number(css.get("opacity")).filter(value -> value <= 0.0).isPresent()) {
            return Optional.of(OPACITY_ZERO);
        }
        if (isZeroSize(css)) {
            return Optional.of(ZERO_SIZE);
        }
        if (isOffScreen(css)) {
            return Optional.of(OFF_SCREEN);
        }
        if (px(css.get("text-indent")).filter(value -> value <= -FAR).isPresent()) {
            return Optional.of(TEXT_INDENT);
        }
        if (px(css.get("font-size")).filter(value -> value <= 0.0).isPresent()) {
            return Optional.of(FONT_SIZE_ZERO);
        }
        return Optional.empty();
    }

    private static boolean isZeroSize(Map<String, String> css) {
        boolean clipped = css.getOrDefault("overflow", "").equals("hidden");
        boolean tiny = px(css.get("width")).filter(v -> v <= 1).isPresent()
                || px(css.get("height")).filter(v -> v <= 1).isPresent();
        return clipped && tiny;
    }

    private static boolean isOffScreen(Map<String, String> css) {
        String position = css.getOrDefault("position", "");
        boolean positioned = position.equals("absolute") || position.equals("fixed");
        if (positioned && (far(css.get("left")) || far(css.get("top")))) {
            return true;
        }
        return far(css.get("margin-left")) || far(css.get("margin-top"));
    }

    private static boolean far(String value) {
        return px(value).filter(v -> v <= -FAR).isPresent();
    }

    /** A length in px; a bare 0 counts. */
    static Optional<Double> px(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = LENGTH.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2);
        if (unit == null) {
            return number == 0 ? Optional.of(0.0) : Optional.empty();
        }
        return Optional.of(unit.equals("px") ? number : number * 16);
    }

    private static Optional<Double> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Declarations of a style attribute or rule body: property names and values in lower case, {@code
     * !important} dropped, later declarations of a property winning.
     */
    static Map<String, String> declarations(String style) {
        Map<String, String> css = new LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            value = value.replace("!important", "").strip();
            css.put(property, value);
        }
        return css;
    }

    /** A colour as {@code #rrggbb} (or as written when it is neither hex nor a known name). */
    static String color(String value) {
        String color = value.strip().toLowerCase(Locale.ROOT);
        color = NAMED_COLORS.getOrDefault(color, color);
        if (color.matches("#[0-9a-f]{3}")) {
            return "#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3)
                    + color.charAt(3);
        }
        return color;
    }
}
