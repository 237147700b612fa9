package org.goveval.monitor.content.marks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the identification marks 《政府网站发展指引》 requires in a site's footer: 网站标识码, ICP 备案号,
 * 公安机关备案号, the 党政机关网站标识 (conac badge) and 主办单位. Text marks are read from the footer's text
 * (elements named footer, foot, bottom or copyright; the whole page when there is none); the badge from
 * the page's links, images and scripts, including the inline script that writes the badge's script tag.
 */
final class MarksReader {
    private static final String FOOTER =
            "footer, [class~=(?i)(footer|foot|bottom|copyright)], [id~=(?i)(footer|foot|bottom|copyright)]";

    /** A label, then the code as written (possibly malformed); the value is empty when only the label is there. */
    private static final Pattern SITE_CODE = Pattern.compile("网站标识码\\s*[：:]?\\s*([A-Za-z0-9]*)");
    /** 浙ICP备12345678号-1, 京ICP证030173号. */
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证][\\s\\u00a0]*\\d+[\\s\\u00a0]*号(?:-\\d+)?");
    /** Anything else that names an ICP filing, read as found: judged malformed by {@link MarksRules}. */
    private static final Pattern ICP_LOOSE = Pattern.compile("\\p{IsHan}?ICP[^\\s\\u3000\\u00a0|｜，,;；]{0,20}");
    /** 浙公网安备 33010202000001号. */
    private static final Pattern PUBLIC_SECURITY = Pattern.compile("\\p{IsHan}公网安备[\\s\\u00a0]*\\d+[\\s\\u00a0]*号");

    private static final Pattern PUBLIC_SECURITY_LOOSE =
            Pattern.compile("\\p{IsHan}?公网安备[\\s\\u00a0]*[^\\s\\u3000\\u00a0|｜，,;；]{0,24}");
    private static final Pattern SPONSOR = Pattern.compile("主办(?:单位)?\\s*[：:]\\s*([^\\s\\u3000\\u00a0|｜，,;；]+)");
    /** Labels that may follow the sponsor without a space between. */
    private static final Pattern AFTER_SPONSOR = Pattern.compile("(承办|协办|技术支持|网站标识码|地址|电话|联系|ICP|\\p{IsHan}ICP|备案)");

    private static final Pattern SITE_CODE_PARAMETER =
            Pattern.compile("[?&]sitecode=([A-Za-z0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONAC_IN_SCRIPT =
            Pattern.compile("[\"']([^\"'\\s]*conac[^\"'\\s]*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private MarksReader() {}

    static MarksReading read(Document document) {
        String footer = footerText(document);
        return new MarksReading(
                siteCode(footer),
                first(footer, ICP, ICP_LOOSE),
                first(footer, PUBLIC_SECURITY, PUBLIC_SECURITY_LOOSE),
                conacBadge(document).orElse(null),
                sponsor(footer),
                footer,
                errorReportCodes(document));
    }

    private static String footerText(Document document) {
        Elements footers = document.select(FOOTER);
        // nested matches (a footer inside a footer) would repeat text: keep the outermost
        StringBuilder text = new StringBuilder();
        for (Element footer : footers) {
            if (footer.parents().stream().noneMatch(footers::contains)) {
                text.append(footer.text()).append(' ');
            }
        }
        return text.isEmpty()
                ? document.body() == null ? "" : document.body().text()
                : text.toString().strip();
    }

    private static @Nullable String siteCode(String footer) {
        Matcher matcher = SITE_CODE.matcher(footer);
        return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
    }

    /**
     * The first match of the strict pattern, else of the loose one (cut after its first 号, where a filing
     * number ends), white space collapsed; null when neither matches.
     */
    private static @Nullable String first(String text, Pattern strict, Pattern loose) {
        Matcher matcher = strict.matcher(text);
        String found;
        if (matcher.find()) {
            found = matcher.group();
        } else {
            matcher = loose.matcher(text);
            if (!matcher.find()) {
                return null;
            }
            found = matcher.group();
            int end = found.indexOf('号');
            found = end < 0 ? found : found.substring(0, end + 1);
        }
        return found.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static @Nullable String sponsor(String footer) {
        Matcher matcher = SPONSOR.matcher(footer);
        if (!matcher.find()) {
            return null;
        }
        String value = matcher.group(1);
        Matcher next = AFTER_SPONSOR.matcher(value);
        if (next.find() && next.start() > 0) {
            value = value.substring(0, next.start());
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * The badge's source: a link to bszs.conac.cn, an image or script from conac, or a URL with conac in it
     * inside an inline script (the badge's usual {@code document.write(unescape("%3Cscript src=…"))}).
     */
    static Optional<String> conacBadge(Document document) {
        for (String query : List.of("a[href*=conac.cn]", "img[src*=conac]", "script[src*=conac]")) {
            Element element = document.selectFirst(query);
            if (element != null) {
                String attribute = element.normalName().equals("a") ? "href" : "src";
                return Optional.of(
                        element.absUrl(attribute).isEmpty() ? element.attr(attribute) : element.absUrl(attribute));
            }
        }
        for (Element script : document.select("script:not([src])")) {
            String code = unescape(script.data());
            Matcher matcher = CONAC_IN_SCRIPT.matcher(code);
            while (matcher.find()) {
                String url = matcher.group(1);
                if (url.contains("/")) {
                    return Optional.of(org.jsoup.internal.StringUtil.resolve(document.location(), url));
                }
            }
        }
        return Optional.empty();
    }

    /** Decodes JavaScript's {@code %XX} escapes (what {@code unescape} undoes), leaving everything else. */
    private static String unescape(String code) {
        return ESCAPE.matcher(code)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString((char) Integer.parseInt(m.group(1), 16))));
    }

    /** The codes the 找错 badge names: its {@code sitecode} attribute, or a {@code sitecode=} parameter of a link or script. */
    private static List<String> errorReportCodes(Document document) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element element : document.select("[sitecode]")) {
            String code = element.attr("sitecode").strip();
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        for (Element element : document.select("a[href], script[src], img[src], iframe[src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            Matcher matcher = SITE_CODE_PARAMETER.matcher(url);
            if (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        return List.copyOf(codes);
    }
}
