package org.goveval.sitefarm.internal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a real portal page carries around its content beyond the light frame ({@code PageWeight.TYPICAL}): the
 * site meta tags, an inline style sheet, a top bar, a second-level menu under the navigation, the "热点信息" and
 * "办事服务" side lists, the "相关链接" selects and an inline statistics script.
 *
 * <p>Every link written here points to an article the site serves, to the homepage, or nowhere a scanner goes
 * ({@code javascript:}, a fragment); the related sites are {@code <option>} values, as real portals list them,
 * under the reserved {@code .example} top-level domain, so that nothing on a farm page names a real host.
 */
final class TypicalFrame implements FrameExtras {
    /** Articles per column in the second-level menu: real menus show five to eight entries. */
    private static final int MENU_ENTRIES = 6;

    private static final int HOT_ENTRIES = 8;

    private static final List<String> MINISTRIES = List.of(
            "外交部",
            "国防部",
            "国家发展和改革委员会",
            "教育部",
            "科学技术部",
            "工业和信息化部",
            "国家民族事务委员会",
            "公安部",
            "民政部",
            "司法部",
            "财政部",
            "人力资源和社会保障部",
            "自然资源部",
            "生态环境部",
            "住房和城乡建设部",
            "交通运输部",
            "水利部",
            "农业农村部",
            "商务部",
            "文化和旅游部",
            "国家卫生健康委员会",
            "退役军人事务部",
            "应急管理部",
            "中国人民银行",
            "审计署",
            "国家市场监督管理总局");

    private static final List<String> PROVINCES = List.of(
            "北京市",
            "天津市",
            "河北省",
            "山西省",
            "内蒙古自治区",
            "辽宁省",
            "吉林省",
            "黑龙江省",
            "上海市",
            "江苏省",
            "浙江省",
            "安徽省",
            "福建省",
            "江西省",
            "山东省",
            "河南省",
            "湖北省",
            "湖南省",
            "广东省",
            "广西壮族自治区",
            "海南省",
            "重庆市",
            "四川省",
            "贵州省",
            "云南省",
            "西藏自治区",
            "陕西省",
            "甘肃省",
            "青海省",
            "宁夏回族自治区",
            "新疆维吾尔自治区");

    private static final List<String> SERVICES = List.of(
            "生育收养", "户籍办理", "民族宗教", "教育科研", "入伍服役", "就业创业", "设立变更", "准营准办", "抵押质押", "职业资格", "行政缴费", "婚姻登记", "优待抚恤",
            "规划建设", "住房保障", "社会保障", "证件办理", "交通出行", "医疗卫生", "离职退休", "死亡殡葬", "公安消防", "司法公证", "知识产权", "环保绿化", "文化体育",
            "农林牧渔", "投资审批", "税收财务", "人力资源");

    private static final List<String> SELECTORS = List.of(
            "body",
            ".topbar",
            ".header",
            ".sitename",
            ".search input",
            ".nav",
            ".nav a",
            ".submenu",
            ".submenu ul",
            ".submenu li",
            ".submenu a",
            ".main",
            ".list li",
            ".list .date",
            ".article h1",
            ".article .info",
            ".article .content p",
            ".related",
            ".side",
            ".side h3",
            ".side li",
            ".links",
            ".links select",
            ".footer",
            ".footer p",
            ".icp",
            ".police",
            ".wza",
            ".page",
            ".page a");

    private static final List<String> DECLARATIONS = List.of(
            "margin:0 auto",
            "padding:0 10px",
            "font-size:14px",
            "line-height:28px",
            "color:#333",
            "background:#fff",
            "border-bottom:1px solid #e5e5e5",
            "overflow:hidden",
            "text-overflow:ellipsis",
            "white-space:nowrap",
            "float:left",
            "width:1200px",
            "height:40px",
            "display:block",
            "font-family:\"Microsoft YaHei\",SimSun");

    private static final String STATISTICS = """
            var _govTrack = _govTrack || [];
            (function () {
              var params = {siteCode: "%s", channel: document.querySelector('meta[name="ColumnName"]'),
                  referrer: document.referrer, screen: window.screen.width + "x" + window.screen.height};
              for (var key in params) { if (params[key] && params[key].content) { params[key] = params[key].content; } }
              _govTrack.push(["pageview", params]);
              var tabs = document.querySelectorAll(".side h3");
              for (var i = 0; i < tabs.length; i++) {
                tabs[i].onmouseover = function () {
                  for (var j = 0; j < tabs.length; j++) { tabs[j].className = tabs[j] === this ? "on" : ""; }
                };
              }
              var selects = document.querySelectorAll(".links select");
              for (var k = 0; k < selects.length; k++) {
                selects[k].onchange = function () { if (this.value) { window.open(this.value); this.selectedIndex = 0; } };
              }
            })();
            """;

    /** The inline style sheet: a rule per selector, with its hover and narrow-screen variants. */
    private static final String STYLE = styleSheet();

    private final SiteContent content;

    /** Each column's newest articles for the menu, in navigation order; taken once, as every page shows them. */
    private final List<List<Article>> menuEntries;

    private final List<Article> hot;

    private final List<String> districts;

    TypicalFrame(SiteContent content) {
        this.content = content;
        List<List<Article>> entries = new ArrayList<>();
        for (Column column : content.plan().columns()) {
            List<Article> articles = content.plan().articlesOf(column.kind());
            entries.add(List.copyOf(articles.subList(0, Math.min(MENU_ENTRIES, articles.size()))));
        }
        this.menuEntries = List.copyOf(entries);
        List<Article> newest = new ArrayList<>(content.plan().articles());
        newest.sort(
                Comparator.comparing(Article::date).thenComparing(Article::id).reversed());
        this.hot = List.copyOf(newest.subList(0, Math.min(HOT_ENTRIES, newest.size())));
        this.districts = districtsOf(content.info().city());
        if (!content.info().siteCode().chars().allMatch(c -> c >= '0' && c <= '9')) {
            // it goes into the inline script unescaped
            throw new IllegalStateException(
                    "a site code must be digits: " + content.info().siteCode());
        }
    }

    /** Meta tags and the inline style sheet, after the title. */
    @Override
    public void head(HtmlWriter html) {
        SiteInfo info = content.info();
        html.empty("meta", "http-equiv", "X-UA-Compatible", "content", "IE=edge,chrome=1");
        html.empty("meta", "name", "renderer", "content", "webkit");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1.0");
        html.empty("meta", "name", "SiteDomain", "content", info.city() + ".gov.example");
        html.empty("meta", "name", "SiteIDCode", "content", info.siteCode());
        html.empty("meta", "name", "Keywords", "content", info.siteName() + ",政务公开,政务服务,政民互动");
        html.empty("meta", "name", "Description", "content", info.siteName() + "门户网站");
        html.open("style", "type", "text/css").raw(STYLE).close("style");
    }

    /** The bar above the header: date, reading aids, the mobile version. */
    @Override
    public void topBar(HtmlWriter html) {
        html.open("div", "class", "topbar");
        html.element("span", "今天是" + content.plan().today(), "class", "today");
        html.a("javascript:void(0)", "长者模式", "class", "elder").text("　");
        html.a("javascript:void(0)", "繁體版", "class", "fanti").text("　");
        html.a("#footer", "联系我们").text("　");
        html.a("/", "手机版");
        html.close("div");
    }

    /** Each column's newest articles under its navigation entry, as drop-down menus show them. */
    @Override
    public void menu(HtmlWriter html) {
        html.open("div", "class", "submenu");
        List<Column> columns = content.plan().columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            html.open("div", "class", "sub", "id", "sub" + column.number()).open("ul");
            for (Article article : menuEntries.get(c)) {
                html.open("li")
                        .a(article.path(), article.title(), "title", article.title())
                        .close("li");
            }
            html.close("ul")
                    .a(column.path(), "更多" + column.label(), "class", "more")
                    .close("div");
        }
        html.close("div");
    }

    /** The side lists and the related sites, between the page's content and the footer. */
    @Override
    public void beforeFooter(HtmlWriter html) {
        side(html);
        relatedSites(html);
    }

    /** The top bar's 联系我们 points to the footer by its id. */
    @Override
    public String[] footerAttributes() {
        return new String[] {"class", "footer", "id", "footer"};
    }

    /** The statistics and tab-switching script real portals inline at the end of the body. */
    @Override
    public void endOfBody(HtmlWriter html) {
        html.open("script", "type", "text/javascript")
                .raw(String.format(Locale.ROOT, STATISTICS, content.info().siteCode()))
                .close("script");
    }

    /** The side lists after the page's content: the site's newest articles and the services a portal lists. */
    private void side(HtmlWriter html) {
        html.open("div", "class", "side").element("h3", "热点信息", "class", "on").open("ul");
        for (Article article : hot) {
            html.open("li")
                    .a(article.path(), article.title())
                    .element("span", article.date().toString(), "class", "date");
            html.close("li");
        }
        html.close("ul").element("h3", "办事服务").open("ul", "class", "services");
        for (int i = 0; i < SERVICES.size(); i++) {
            // an icon and a name per entry, as the service grids of portals are drawn
            html.open("li", "class", "s" + (i % 6)).open("i", "class", "icon").close("i");
            html.element("span", SERVICES.get(i), "class", "name").close("li");
        }
        html.close("ul").close("div");
    }

    /** The "相关链接" selects: ministries, provinces, the city's districts, as option values. */
    private void relatedSites(HtmlWriter html) {
        html.open("div", "class", "links").element("span", "相关链接", "class", "title");
        select(html, "国务院部门网站", MINISTRIES, "", "bm");
        select(html, "省级政府网站", PROVINCES, "", "sf");
        select(html, "市县政府网站", districts, "人民政府", "qx");
        html.close("div");
    }

    /** The city's districts and counties, named after the city. */
    private static List<String> districtsOf(String city) {
        List<String> districts = new ArrayList<>();
        for (String suffix : List.of("东区", "西区", "南区", "北区", "高新区", "经开区", "新区")) {
            districts.add(city + suffix);
        }
        for (int i = 1; i <= 8; i++) {
            districts.add(city + "第" + i + "县");
        }
        return List.copyOf(districts);
    }

    private static String styleSheet() {
        StringBuilder css = new StringBuilder(8 * 1024);
        for (int i = 0; i < SELECTORS.size(); i++) {
            css.append(SELECTORS.get(i)).append('{');
            for (int d = 0; d < 4; d++) {
                css.append(DECLARATIONS.get((i * 3 + d * 5) % DECLARATIONS.size()))
                        .append(';');
            }
            css.append("}\n");
            // four declarations by a stride through the list (the fourth repeats the first, as hand-kept sheets
            // do), then the variants real style sheets repeat for most rules
            css.append(SELECTORS.get(i)).append(":hover{color:#c00;text-decoration:underline}\n");
            css.append("@media (max-width:768px){").append(SELECTORS.get(i)).append("{width:100%;float:none}}\n");
        }
        return css.toString();
    }

    /** One select: a title, then each name (with {@code suffix}) valued by an address under {@code .example}. */
    private static void select(HtmlWriter html, String title, List<String> names, String suffix, String hostPrefix) {
        html.open("select", "class", "related").element("option", title, "value", "");
        for (int i = 0; i < names.size(); i++) {
            String host = hostPrefix + (i + 1) + ".gov.example";
            html.element("option", names.get(i) + suffix, "value", "https://" + host + "/");
        }
        html.close("select");
    }
}
