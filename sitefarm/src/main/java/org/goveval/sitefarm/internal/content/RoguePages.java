package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pages of the farm's re-registered domain: the domain of a former partner, expired and bought by a
 * gambling operator, as government sites still link to it. It serves gambling pages, a pornographic page,
 * shopping pages and a lottery announcement that is neither (a state lottery outlet is legal). UTF-8.
 */
public final class RoguePages {
    /** What a page serves, as the monitor's report names it; {@code NONE} for a page that is neither. */
    public enum Serves {
        GAMBLING,
        PORNOGRAPHY,
        NONE
    }

    /** One page: its path, what it serves, its head and its text. */
    public record Page(String path, Serves serves, String title, String keywords, String text) {
        public Page {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(serves, "serves");
        }
    }

    public static final String HOME = "/";
    public static final String LOTTERY = "/lottery.html";

    private static final String GAMBLING_TEXT = "威尼斯人娱乐城官方网站：百家乐、六合彩、时时彩、老虎机、真人视讯，首存送彩金，注册送18元，24小时在线。";
    private static final String GAMBLING_KEYWORDS = "百家乐,六合彩,时时彩,网上赌场";

    private static final List<Page> PAGES = List.of(
            new Page(HOME, Serves.GAMBLING, "澳门威尼斯人娱乐城_百家乐_真人视讯", GAMBLING_KEYWORDS, GAMBLING_TEXT),
            gambling("/bet/1.html"),
            gambling("/bet/3.html"),
            gambling("/bet/7.html"),
            new Page("/av/4.html", Serves.PORNOGRAPHY, "成人视频在线观看", "成人视频,激情视频,裸聊", "免费成人视频、激情视频、裸聊、一夜情，每日更新。"),
            shop("/shop/2.html"),
            shop("/shop/5.html"),
            shop("/shop/6.html"),
            shop("/shop/8.html"),
            shop("/shop/9.html"),
            new Page(LOTTERY, Serves.NONE, "中国福利彩票双色球开奖公告", "福利彩票,双色球", "第2024150期双色球开奖公告。中奖者请持彩票到就近的福利彩票投注站兑奖。"));

    private RoguePages() {}

    public static List<Page> all() {
        return PAGES;
    }

    public static Optional<Page> at(String path) {
        return PAGES.stream().filter(page -> page.path().equals(path)).findFirst();
    }

    /** The page at a planned path. */
    public static Page page(String path) {
        return at(path).orElseThrow(() -> new IllegalArgumentException("no rogue page at " + path));
    }

    /** The page as served. */
    public static String html(Page page) {
        HtmlWriter html = new HtmlWriter();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "zh-CN").open("head");
        html.empty("meta", "charset", "utf-8").element("title", page.title());
        html.empty("meta", "name", "keywords", "content", page.keywords());
        html.close("head").open("body").element("h1", page.title()).element("p", page.text());
        html.close("body").close("html");
        return html.finish(page.title()).html();
    }

    private static Page gambling(String path) {
        return new Page(path, Serves.GAMBLING, "百家乐_真人视讯_网上赌场", GAMBLING_KEYWORDS, GAMBLING_TEXT);
    }

    private static Page shop(String path) {
        return new Page(path, Serves.NONE, "品牌特价商城", "服装,特价,包邮", "品牌服装特价，全场包邮，七天无理由退换。");
    }
}
