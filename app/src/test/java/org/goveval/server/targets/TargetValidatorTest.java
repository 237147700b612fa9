package org.goveval.server.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.server.campaign.MediaAccounts;
import org.goveval.server.campaign.MediaPlatform;
import org.goveval.server.targets.TargetEntry.Website;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class TargetValidatorTest {
    static final String GOOD = """
            名称,类型,行政区划代码,部门序号,排名分组,网站,门户
            浙江省人民政府,PROVINCE,330000,,province,https://www.zj.gov.cn/,是
            杭州市人民政府,地市政府,330100,,sub-provincial；省会城市,https://www.hangzhou.gov.cn/; http://hz.example.cn/,是;否
            外交部,ministry,,2,ministry-component,https://www.mfa.gov.cn/,否
            "西湖区人民政府",COUNTY,330106,,county,https://www.hzxh.gov.cn/,yes

            浙江发布,NEW_MEDIA,330000,,,,
            """;

    static final List<TargetEntry> GOOD_TARGETS = List.of(
            new TargetEntry(
                    "浙江省人民政府",
                    TargetKind.PROVINCE,
                    "330000",
                    null,
                    List.of("province"),
                    List.of(new Website("https://www.zj.gov.cn/", true))),
            new TargetEntry(
                    "杭州市人民政府",
                    TargetKind.CITY,
                    "330100",
                    null,
                    List.of("sub-provincial", "provincial-capital"),
                    List.of(
                            new Website("https://www.hangzhou.gov.cn/", true),
                            new Website("http://hz.example.cn/", false))),
            new TargetEntry(
                    "外交部",
                    TargetKind.MINISTRY,
                    null,
                    2,
                    List.of("ministry-component"),
                    List.of(new Website("https://www.mfa.gov.cn/", false))),
            new TargetEntry(
                    "西湖区人民政府",
                    TargetKind.COUNTY,
                    "330106",
                    null,
                    List.of("county"),
                    List.of(new Website("https://www.hzxh.gov.cn/", true))),
            new TargetEntry("浙江发布", TargetKind.NEW_MEDIA, "330000", null, List.of(), List.of()));

    static final TargetValidator VALIDATOR = new TargetValidator(Divisions.bundled());

    static TargetValidator.Validation validate(String file, byte[] bytes, Set<String> existing) {
        return VALIDATOR.validate(TargetFileReader.read(file, bytes), existing);
    }

    /**
     * The server's own message bundles, as Spring Boot loads them (spring.messages.basename=messages, UTF-8, no
     * fallback to the machine's locale): Chinese is the base bundle, English messages_en.
     */
    static final MessageSource MESSAGES = messages();

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static String chinese(ImportProblem problem) {
        return problem.describe(MESSAGES, Locale.SIMPLIFIED_CHINESE);
    }

    static String english(ImportProblem problem) {
        return problem.describe(MESSAGES, Locale.ENGLISH);
    }

    /** The problems of a file that must not import, in Chinese (the server's default). */
    static List<String> problems(String csv, Set<String> existing) {
        return problems(csv, existing, Locale.SIMPLIFIED_CHINESE);
    }

    static List<String> problems(String csv, Set<String> existing, Locale locale) {
        TargetValidator.Validation validation = validate("targets.csv", csv.getBytes(StandardCharsets.UTF_8), existing);
        assertThat(validation.targets()).isEmpty();
        return validation.problems().stream()
                .map(p -> p.describe(MESSAGES, locale))
                .toList();
    }

    @Test
    void aGoodFileGivesExactlyItsTargetsInFileOrder() {
        TargetValidator.Validation validation =
                validate("targets.csv", GOOD.getBytes(StandardCharsets.UTF_8), Set.of("另一个单位"));
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.targets()).containsExactlyElementsOf(GOOD_TARGETS);
    }

    @Test
    void newMediaAccountsArePlatformNameAndOptionalAccountId() {
        String csv = """
                名称,类型,行政区划代码,网站,新媒体账号
                浙江省人民政府,PROVINCE,330000,https://www.zj.gov.cn/,微信公众号:浙江发布:zjfb；weibo：浙江发布; APP:浙里办:x:y
                浙江发布,NEW_MEDIA,,,抖音:浙江发布
                """;
        TargetValidator.Validation validation = validate("targets.csv", csv.getBytes(StandardCharsets.UTF_8), Set.of());
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.targets())
                .extracting(TargetEntry::accounts)
                .containsExactly(
                        List.of(
                                new MediaAccounts.Account(MediaPlatform.WECHAT, "浙江发布", "zjfb"),
                                new MediaAccounts.Account(MediaPlatform.WEIBO, "浙江发布", null),
                                new MediaAccounts.Account(MediaPlatform.APP, "浙里办", "x:y")),
                        List.of(new MediaAccounts.Account(MediaPlatform.DOUYIN, "浙江发布", null)));
        String bad = """
                名称,类型,行政区划代码,网站,新媒体账号
                浙江发布,NEW_MEDIA,,,视频号:浙江发布;微信;微信:浙江发布;微信：浙江发布:b
                """ + "浙江发布二,NEW_MEDIA,,,微博:" + "长".repeat(201) + "\n";
        assertThat(problems(bad, Set.of()))
                .containsExactly(
                        "targets.csv:2: 新媒体账号: “视频号”不是已知的新媒体平台（可用：WECHAT (微信), WEIBO (微博),"
                                + " APP (移动客户端), MINI_PROGRAM (小程序), DOUYIN (抖音), KUAISHOU (快手),"
                                + " TOUTIAO (今日头条), OTHER (其他)）",
                        "targets.csv:2: 新媒体账号: “微信”不是“平台:名称”或“平台:名称:账号”",
                        "targets.csv:2: 新媒体账号: “微信：浙江发布:b”重复列出",
                        "targets.csv:3: 新媒体账号: “微博:" + "长".repeat(201) + "”的名称或账号超过 200 个字符");
    }

    @Test
    void everyProblemOfABadFileIsNamedByLineAndColumn() {
        String bad = """
                名称,类型,行政区划代码,部门序号,排名分组,网站,门户
                浙江省人民政府,PROVINCE,330100,,province,https://www.zj.gov.cn/,是
                某市人民政府,CITY,999999,x,nowhere,ftp://a.example/,maybe
                ,COUNTY,33010,0,county,https://a.example/;https://a.example/,

                浙江省人民政府,PROVINCE,330000,,province;province,https://b.example/,是;否;是
                示例县人民政府,PARTY,,,,,,extra
                已有单位,MINISTRY,,,,,是
                =HYPERLINK(1),COUNTY,,,,not a url,
                """;
        assertThat(problems(bad, Set.of("已有单位")))
                .containsExactly(
                        "targets.csv:2: 行政区划代码: 330100 是杭州市，属地级行政区划；省级政府需要省级行政区划",
                        "targets.csv:3: 行政区划代码: 999999 不是已知的行政区划代码",
                        "targets.csv:3: 部门序号: “x”不是大于或等于 1 的整数",
                        "targets.csv:3: 排名分组: 未知的排名分组“nowhere”（可用：municipality, province,"
                                + " sub-provincial, provincial-capital, prefecture, county, ministry-component,"
                                + " ministry-other, economic-zone, high-tech-zone）",
                        "targets.csv:3: 网站: “ftp://a.example/”不是完整的 http 或 https 网址",
                        "targets.csv:3: 门户: “maybe”不是 是/否、yes/no 或 true/false",
                        "targets.csv:4: 名称: 必填",
                        "targets.csv:4: 行政区划代码: “33010”不是六位数字",
                        "targets.csv:4: 部门序号: “0”不是大于或等于 1 的整数",
                        "targets.csv:4: 网站: “https://a.example/”重复列出",
                        "targets.csv:6: 排名分组: “province”重复列出",
                        "targets.csv:6: 门户: 1 个网站有 3 个门户标记：请只填一个（适用于全部网站），或每个网站一个",
                        "targets.csv:6: 名称: “浙江省人民政府”与第 2 行重名",
                        "targets.csv:7: 第 8 列有值，但表头没有给这一列命名",
                        "targets.csv:7: 类型: 未知的类型“PARTY”（可用：PROVINCE (省级政府), CITY (地市政府),"
                                + " COUNTY (区县政府), DEPARTMENT (政府部门), MINISTRY (国务院部门),"
                                + " ZONE (国家级开发区), NEW_MEDIA (政务新媒体)）",
                        "targets.csv:8: 网站: 国务院部门至少需要一个网站",
                        "targets.csv:8: 门户: 填写了门户标记，但没有网站",
                        "targets.csv:8: 名称: “已有单位”已是本评估活动的评估对象",
                        "targets.csv:9: 名称: “=HYPERLINK(1)”以 =、+、- 或 @ 开头，电子表格会把它当作公式执行",
                        "targets.csv:9: 行政区划代码: 区县政府必须填写行政区划代码",
                        "targets.csv:9: 网站: “not a url”不是完整的 http 或 https 网址");
        // the same file in English (messages_en), word for word as before the messages were translated
        assertThat(problems(bad, Set.of("已有单位"), Locale.ENGLISH))
                .containsExactly(
                        "targets.csv:2: 行政区划代码: 330100 is 杭州市, a prefecture-level division;"
                                + " a PROVINCE target needs a province-level one",
                        "targets.csv:3: 行政区划代码: 999999 is not a known division code",
                        "targets.csv:3: 部门序号: 'x' is not a whole number of 1 or more",
                        "targets.csv:3: 排名分组: unknown ranking group 'nowhere' (known: municipality, province,"
                                + " sub-provincial, provincial-capital, prefecture, county, ministry-component,"
                                + " ministry-other, economic-zone, high-tech-zone)",
                        "targets.csv:3: 网站: 'ftp://a.example/' is not an absolute http or https URL",
                        "targets.csv:3: 门户: 'maybe' is not 是/否, yes/no or true/false",
                        "targets.csv:4: 名称: required",
                        "targets.csv:4: 行政区划代码: '33010' is not six digits",
                        "targets.csv:4: 部门序号: '0' is not a whole number of 1 or more",
                        "targets.csv:4: 网站: 'https://a.example/' is listed twice",
                        "targets.csv:6: 排名分组: 'province' is listed twice",
                        "targets.csv:6: 门户: 3 marks for 1 websites: give one for all, or one per website",
                        "targets.csv:6: 名称: '浙江省人民政府' is also on line 2",
                        "targets.csv:7: a value in column 8, which has no name in the header",
                        "targets.csv:7: 类型: unknown kind 'PARTY' (known: PROVINCE (省级政府), CITY (地市政府),"
                                + " COUNTY (区县政府), DEPARTMENT (政府部门), MINISTRY (国务院部门),"
                                + " ZONE (国家级开发区), NEW_MEDIA (政务新媒体))",
                        "targets.csv:8: 网站: at least one website is needed for a MINISTRY target",
                        "targets.csv:8: 门户: a portal mark but no website",
                        "targets.csv:8: 名称: '已有单位' is already a target of this campaign",
                        "targets.csv:9: 名称: '=HYPERLINK(1)' starts with =, +, - or @, which a spreadsheet runs as"
                                + " a formula",
                        "targets.csv:9: 行政区划代码: required for a COUNTY target",
                        "targets.csv:9: 网站: 'not a url' is not an absolute http or https URL");
    }

    @Test
    void englishHeadersWorkAndProblemsNameTheColumnsAsTheFileDoes() {
        String csv = """
                Name,KIND,division_code,Official-Order,ranking groups,websites,portal
                浙江省人民政府,province,330000,,province,https://www.zj.gov.cn/,true
                杭州市人民政府,city,330000,,,https://www.hangzhou.gov.cn/,
                """;
        assertThat(problems(csv, Set.of(), Locale.ENGLISH))
                .containsExactly("targets.csv:3: division_code: 330000 is 浙江省, a province-level division;"
                        + " a CITY target needs a prefecture-level one");
        assertThat(problems(csv, Set.of()))
                .containsExactly("targets.csv:3: division_code: 330000 是浙江省，属省级行政区划；地市政府需要地级行政区划");
    }

    @Test
    void aWrongHeaderIsReportedAloneOnLineOne() {
        String csv = """
                名称,name,kind,备注,门户
                浙江省人民政府,PROVINCE,330000,,是
                """;
        assertThat(problems(csv, Set.of()))
                .containsExactly(
                        "targets.csv:1: name: 名称列出现了两次（第 1 列和第 2 列）",
                        "targets.csv:1: 备注: 未知的列（可用：名称, 类型, 行政区划代码, 部门序号, 排名分组, 网站, 门户, 新媒体账号，或其英文名称）",
                        "targets.csv:1: 网站: 缺少必需的列");
        assertThat(problems(csv, Set.of(), Locale.ENGLISH))
                .containsExactly(
                        "targets.csv:1: name: the column 名称 is named twice (columns 1 and 2)",
                        "targets.csv:1: 备注: unknown column (known: 名称, 类型, 行政区划代码, 部门序号, 排名分组, 网站,"
                                + " 门户, 新媒体账号, or their English names)",
                        "targets.csv:1: 网站: required column is missing");
        assertThat(problems("", Set.of()))
                .containsExactly("targets.csv:1: 缺少表头：第一行须写出各列名称（名称, 类型, 行政区划代码, 部门序号, 排名分组, 网站, 门户, 新媒体账号）");
        assertThat(problems("", Set.of(), Locale.ENGLISH))
                .containsExactly("targets.csv:1: no header: the first line must name the columns (名称, 类型, 行政区划代码,"
                        + " 部门序号, 排名分组, 网站, 门户, 新媒体账号)");
        assertThat(problems("名称,类型,网站\r\n\r\n", Set.of())).containsExactly("targets.csv:1: 表头下没有评估对象");
        assertThat(problems("名称,类型,网站\r\n\r\n", Set.of(), Locale.ENGLISH))
                .containsExactly("targets.csv:1: no targets below the header");
    }
}
