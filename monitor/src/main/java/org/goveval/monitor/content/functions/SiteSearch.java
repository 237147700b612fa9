package org.goveval.monitor.content.functions;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site search as a visitor uses it: the search form on a page, a term taken from the home page's first
 * dated item, the query URL the form would send (GET only), and what the answer says.
 */
final class SiteSearch {
    /** Longest term searched, in characters: long enough to be specific, short enough for any engine. */
    static final int MAX_TERM = 10;

    private static final Pattern FIELD_NAME = Pattern.compile(
            "(?i)^(q|query|keyword|keywords|searchword|searchwords|kw|wd|key|word|sw|qt|text|search|searchtext)$");
    private static final Pattern SEARCH_WORDS =
            Pattern.compile("搜索|检索|查询|关键字|关键词|search|sousuo", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_IN_ITEM =
            Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}|(?<!\\d)\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern NO_RESULT = Pattern.compile(
            "没有找到|未找到|找不到|无结果|无相关|暂无(相关)?(结果|数据|信息|记录)|没有(搜索|检索)到|没有相关|共\\s*0\\s*条|找到\\s*0\\s*条|\\b0\\s*条结果");
    private static final Pattern COUNT = Pattern.compile(
            "(?:共找到|共检索到|共搜索到|检索到|搜索到|找到|共有|共)\\s*(?:相关)?(?:结果|信息|记录|内容)?\\s*(\\d[\\d,]*)\\s*(?:条|个|篇|项)");
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "");
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    private SiteSearch() {}

    /** A search form and how it is sent. */
    record Form(Element element, boolean post) {}

    /** The page's search form, if it has one: a form with a search-named text field, action or button. */
    static Optional<Form> form(Document page) {
        for (Element form : page.select("form")) {
            if (textField(form).isEmpty()) {
                continue;
            }
            boolean named = form.select("input, textarea").stream()
                    .anyMatch(i -> FIELD_NAME.matcher(i.attr("name")).matches()
                            || SEARCH_WORDS.matcher(i.attr("placeholder")).find());
            boolean searchy = SEARCH_WORDS
                    .matcher(form.attr("action") + " " + form.attr("id") + " " + form.attr("class") + " "
                            + form.attr("name"))
                    .find();
            boolean button = form.select("input[type=submit], input[type=button], button, input[type=image]").stream()
                    .anyMatch(b -> SEARCH_WORDS
                            .matcher(b.attr("value") + b.text() + b.attr("alt"))
                            .find());
            if (named || searchy || button) {
                return Optional.of(new Form(form, form.attr("method").equalsIgnoreCase("post")));
            }
        }
        return Optional.empty();
    }

    /** A link to a search page (搜索, 站内检索), when the page has no form. */
    static Optional<URI> entry(Document page) {
        for (Element link : page.select("a[href]")) {
            String text = link.text().strip();
            if (text.length() <= 8 && (text.contains("搜索") || text.contains("检索"))) {
                Optional<URI> target = NORMALIZER.resolve(URI.create(page.location()), link.attr("href"));
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> textField(Element form) {
        return form.select("input, textarea").stream()
                .filter(i -> i.tagName().equals("textarea")
                        || TEXT_TYPES.contains(i.attr("type").toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * The term to search for: the start of the first dated item's title on the home page (an item a working
     * search must find), else the page's title.
     */
    static String term(Document home) {
        for (Element item : home.select("li:has(a[href]), tr:has(a[href])")) {
            if (!DATE_IN_ITEM
                    .matcher(item.ownText() + " "
                            + item.select("span, em, i, td, font").text())
                    .find()) {
                continue;
            }
            for (Element link : item.select("a[href]")) {
                String title =
                        link.hasAttr("title") && !link.attr("title").isBlank() ? link.attr("title") : link.text();
                String cleaned = title.replaceAll("(…+|\\.{2,})$", "").strip();
                if (cleaned.codePointCount(0, cleaned.length()) >= 4) {
                    return cut(cleaned);
                }
            }
        }
        return cut(home.title().split("[_|\\-—]")[0].strip());
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TERM) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TERM));
    }

    /** The URL a GET form sends with the term in its text field (hidden and preset fields kept). */
    static URI query(Form form, URI page, String term) {
        Element element = form.element();
        String action = element.attr("action").strip();
        URI target = action.isEmpty() ? page : page.resolve(action.replace(" ", "%20"));
        Charset charset = charset(element);
        Element text = textField(element).orElseThrow();
        StringJoiner query = new StringJoiner("&");
        for (Element field : element.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("submit")
                    || type.equals("button")
                    || type.equals("image")
                    || type.equals("reset")
                    || type.equals("file")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value = field == text ? term : value(field);
            query.add(URLEncoder.encode(field.attr("name"), charset) + "=" + URLEncoder.encode(value, charset));
        }
        String base = target.toString().replaceFirst("[?#].*$", "");
        String existing =
                Optional.ofNullable(target.getRawQuery()).map(q -> q + "&").orElse("");
        return URI.create(base + "?" + existing + query);
    }

    private static String value(Element field) {
        if (field.tagName().equals("select")) {
            Element option = field.selectFirst("option[selected]");
            option = option == null ? field.selectFirst("option") : option;
            return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
        }
        return field.tagName().equals("textarea") ? field.text() : field.attr("value");
    }

    /** The form's accept-charset, else the page's declared charset; gb2312 and GBK are sent as GB18030. */
    static Charset charset(Element form) {
        String declared = form.attr("accept-charset").strip();
        Document owner = form.ownerDocument();
        if (declared.isEmpty() && owner != null) {
            Element meta = owner.selectFirst("meta[charset]");
            if (meta != null) {
                declared = meta.attr("charset");
            } else {
                Element equiv = owner.selectFirst("meta[http-equiv~=(?i)content-type]");
                Matcher m =
                        Pattern.compile("(?i)charset=([\\w-]+)").matcher(equiv == null ? "" : equiv.attr("content"));
                declared = m.find() ? m.group(1) : "";
            }
        }
        String name = declared.split("[ ,]")[0].toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk")) {
            return Charset.forName("GB18030");
        }
        try {
            return name.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * What a result page says.
     *
     * @param noResult the page says nothing was found
     * @param declared the result count the page states, if any
     * @param items distinct links to pages of the site whose text contains the term
     * @param snippet the text that shows it
     */
    record Answer(boolean noResult, Optional<Integer> declared, int items, String snippet) {
        /** Results as the page counts them, else as listed; 0 when it says none. */
        int results() {
            return noResult ? 0 : declared.orElse(items);
        }

        boolean works() {
            return results() > 0;
        }
    }

    static Answer judge(Document results, URI resultsUrl, String term) {
        String text = results.body() == null ? "" : results.body().text();
        Matcher none = NO_RESULT.matcher(text);
        boolean noResult = none.find();
        Matcher count = COUNT.matcher(text);
        Optional<Integer> declared = Optional.empty();
        String snippet = text;
        if (count.find()) {
            declared = Optional.of(parseCount(count.group(1)));
            snippet = around(text, count.start(), count.end());
        }
        if (noResult) {
            snippet = around(text, none.start(), none.end());
        }
        Set<String> items = new LinkedHashSet<>();
        for (Element link : results.select("a[href]")) {
            String label = link.text() + " " + link.attr("title");
            Optional<URI> target = NORMALIZER.resolve(resultsUrl, link.attr("href"));
            if (label.contains(term)
                    && target.isPresent()
                    && sameHost(target.get(), resultsUrl)
                    && !target.get().getPath().equals(resultsUrl.getPath())) {
                items.add(target.get().toString());
            }
        }
        return new Answer(noResult && declared.filter(n -> n > 0).isEmpty(), declared, items.size(), snippet);
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String around(String text, int start, int end) {
        return org.goveval.monitor.content.Evidence.around(text, start, end - start, 30);
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }
}
