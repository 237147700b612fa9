package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.FunctionsTruth;
import org.goveval.sitefarm.manifest.MarksTruth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The content farm's {@code bare} site (the parts a site must have taken away: five blank columns, ten columns
 * not updated for over a year, no interaction channel, no service, three footer marks) and {@code thin} (the
 * marks left out, a malformed site code, one blank and one stale column): what their pages show and the truth
 * their manifests state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbsentPartsTest {
    /** A link a visitor would take for an interaction channel (the functions check's words). */
    private static final Pattern CHANNEL = Pattern.compile("留言|咨询|信箱|写信|来信|投诉|问政|建言献策|我要问");

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

    private RunningFarm farm;

    @BeforeAll
    void start() {
        farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK);
    }

    @AfterAll
    void stop() {
        farm.close();
    }

    private static Document page(String url) {
        return Jsoup.parse(new String(Http.get(URI.create(url)).body(), StandardCharsets.UTF_8), url);
    }

    @Test
    void theFailSitePlantsEveryFlawAndNoAbsence() {
        assertThat(farm.site("fail").spec().contentDefects()).isEqualTo(ContentDefect.flaws());
        assertThat(farm.site("bare").spec().contentDefects()).isEqualTo(ContentDefect.absences());
        assertThat(ContentDefect.flaws()).doesNotContainAnyElementsOf(ContentDefect.absences());
        assertThat(ContentDefect.flaws().size() + ContentDefect.absences().size())
                .isEqualTo(ContentDefect.values().length);
    }

    @Test
    void bareHasFiveBlankColumnsAndTenOverAYearOldTwoOfThemKeyColumns() {
        ColumnsTruth columns = farm.site("bare").manifest().content().columns();
        assertThat(columns.columns())
                .filteredOn(ColumnTruth::blank)
                .extracting(ColumnTruth::name, ColumnTruth::category, ColumnTruth::items, ColumnTruth::latestDate)
                .containsExactlyInAnyOrder(
                        tuple("招标公告", "NOTICE", 0, null),
                        tuple("政府规章", "POLICY", 0, null),
                        tuple("图解政策", "INTERPRETATION", 0, null),
                        tuple("人事任免", "PERSONNEL", 0, null),
                        tuple("统计数据", "OTHER", 0, null));
        List<ColumnTruth> stale =
                columns.columns().stream().filter(ColumnTruth::stale).toList();
        assertThat(stale)
                .extracting(ColumnTruth::name)
                .containsExactlyInAnyOrder(
                        "通知公告", "政策文件", "政策解读", "政策问答", "人事信息", "干部任免", "招聘信息", "规划计划", "专项规划", "年度计划");
        assertThat(stale)
                .allSatisfy(column ->
                        assertThat(LocalDate.parse(column.latestDate())).isBefore(TODAY.minusYears(1)));
        assertThat(stale)
                .filteredOn(c -> List.of("NEWS", "NOTICE", "POLICY").contains(c.category()))
                .hasSize(2);
        assertThat(columns.columns()).noneMatch(c -> c.blank() && c.stale());
        assertThat(columns.columns()).extracting(ColumnTruth::category).doesNotContain("INTERACTION", "SERVICE");
        assertThat(columns.homepage().updatedWithinTwoWeeks()).isTrue();
        assertThat(columns.findings()).hasSize(15).allMatch(f -> f.startsWith("COLUMN_"));
        // the blank columns list nothing: the sub-navigation names them, their index pages show no row
        for (ColumnTruth blank :
                columns.columns().stream().filter(ColumnTruth::blank).toList()) {
            assertThat(page(blank.url()).select("ul.list li")).as(blank.name()).isEmpty();
        }
    }

    @Test
    void bareOffersNoChannelAndNoServiceAnywhere() {
        FarmSite bare = farm.site("bare");
        Document home = page(bare.homepage().toString());
        assertThat(home.select("div.nav a").eachText())
                .containsExactly("首页", "政务动态", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "专题专栏");
        for (String url : bare.manifest().pages()) {
            assertThat(page(url).select("a").stream()
                            .map(a -> a.text().strip())
                            .filter(text ->
                                    text.length() <= 12 && CHANNEL.matcher(text).find())
                            .toList())
                    .as(url)
                    .isEmpty();
        }
        assertThat(bare.manifest().titles().values()).noneMatch(title -> title.contains("办事指南"));
        FunctionsTruth functions = bare.manifest().content().functions();
        assertThat(functions.interactionPresent()).isFalse();
        assertThat(functions.messagesListed()).isZero();
        assertThat(functions.messagesAnsweredShare()).isNull();
        assertThat(functions.serviceGuides()).isZero();
        assertThat(functions.incompleteGuides()).isEmpty();
        assertThat(functions.brokenAttachments()).isEmpty();
        assertThat(functions.searchWorks()).isTrue();
        assertThat(functions.siteMap()).isTrue();
    }

    @Test
    void bareAndThinLeaveThreeMarksOutOfTheFooterAndThinCutsTheSiteCode() {
        for (String name : List.of("bare", "thin")) {
            FarmSite site = farm.site(name);
            Document home = page(site.homepage().toString());
            String footer = home.select("div.footer").text();
            assertThat(footer).as(name).doesNotContain("主办单位", "公网安备").contains("承办单位：", "ICP备");
            assertThat(home.select("img[src*=ga.png], span#_ideConac")).as(name).isEmpty();
            assertThat(home.select("div.footer script").html()).as(name).doesNotContainIgnoringCase("conac");
            MarksTruth marks = site.manifest().content().marks();
            assertThat(marks.publicSecurityRecord()).isNull();
            assertThat(marks.conacBadge()).isNull();
            assertThat(marks.sponsor()).isNull();
        }
        assertThat(farm.site("bare").manifest().content().marks().findings())
                .containsExactly("CONAC_BADGE_MISSING", "PUBLIC_SECURITY_RECORD_MISSING", "SPONSOR_MISSING");
        MarksTruth thin = farm.site("thin").manifest().content().marks();
        assertThat(thin.siteCode()).matches("\\d{9}");
        assertThat(thin.findings())
                .containsExactly(
                        "CONAC_BADGE_MISSING",
                        "PUBLIC_SECURITY_RECORD_MISSING",
                        "SITE_CODE_MALFORMED",
                        "SITE_CODE_MISMATCH",
                        "SPONSOR_MISSING");
    }

    @Test
    void thinHasOneBlankAndOneStaleColumnAndEveryFunction() {
        ColumnsTruth columns = farm.site("thin").manifest().content().columns();
        assertThat(columns.columns())
                .filteredOn(c -> c.blank() || c.stale())
                .extracting(ColumnTruth::name, ColumnTruth::category, ColumnTruth::blank, ColumnTruth::stale)
                .containsExactlyInAnyOrder(tuple("规范性文件", "POLICY", true, false), tuple("通知公告", "NOTICE", false, true));
        FunctionsTruth thin = farm.site("thin").manifest().content().functions();
        FunctionsTruth pass = farm.site("pass").manifest().content().functions();
        assertThat(thin.interactionPresent()).isTrue();
        assertThat(thin.messagesListed()).isEqualTo(pass.messagesListed());
        assertThat(thin.messagesAnsweredShare()).isEqualTo(pass.messagesAnsweredShare());
        assertThat(thin.serviceGuides()).isEqualTo(3);
        assertThat(thin.incompleteGuides()).isEmpty();
        assertThat(thin.brokenAttachments()).isEmpty();
    }

    @Test
    void aSiteCannotTakeAPartAwayAndFlawItToo() {
        assertThatThrownBy(() -> SiteSpec.of("x", 27, 1L)
                        .withContentDefects(EnumSet.of(ContentDefect.NO_SERVICE, ContentDefect.BROKEN_FORM_DOWNLOAD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("site x: NO_SERVICE takes away what BROKEN_FORM_DOWNLOAD flaws");
        assertThatThrownBy(() -> SiteSpec.of("x", 27, 1L)
                        .withContentDefects(
                                EnumSet.of(ContentDefect.NO_INTERACTION_CHANNEL, ContentDefect.OVERDUE_MESSAGES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("site x: NO_INTERACTION_CHANNEL takes away what OVERDUE_MESSAGES flaws");
        assertThatThrownBy(() -> SiteSpec.of("x", 27, 1L)
                        .withDefects(EnumSet.of(Defect.THROTTLED))
                        .withContentDefects(EnumSet.of(ContentDefect.NO_INTERACTION_CHANNEL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("site x: NO_INTERACTION_CHANNEL removes a column that link defects are planted on");
    }
}
