package org.goveval.evaluation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader against a small valid system (the format of {@code docs/indicator-systems.md}) and against
 * targeted edits of it, one per rule the loader enforces. Line numbers in the expectations refer to
 * {@link #VALID}; an edit that inserts lines says so.
 */
class IndicatorSystemLoaderTest {
    private static final String FILE = "test-system.yaml";

    /*
     * Lines:  1 id          12 - id: info           19 - id: info.open.statutory   33 - id: info.guide
     *         2 year        14   declared           25     weights                 35     weights
     *         4 issuer      16 - id: info.open      27 - id: info.open.data        36     assessment
     *         6 columns                             31     weights                 37 - id: innov
     *         9 base                                                              39     bonus, 40 weights
     *        10 bonus                                                             41     assessment
     *        11 indicators                                                        43, 46 case categories
     */
    static final String VALID = """
            id: test-system
            year: 2020
            name: 测试体系
            issuer: 测试中心
            source: "test fixture"
            columns:
              province: 省
              county: 县
            base: 100
            bonus: 2
            indicators:
              - id: info
                name: 信息发布
                declared: {province: 100, county: 100}
                children:
                  - id: info.open
                    name: 政府信息公开
                    children:
                      - id: info.open.statutory
                        name: 法定主动公开
                        summary: 网站主动公开概况信息
                        points:
                          - 是否开设相关栏目
                          - 发布内容是否准确、及时、规范
                        weights: {province: 50, county: 80}
                        assessment: [manual, monitor]
                      - id: info.open.data
                        name: 数据开放
                        notes:
                          - 【注：县级不评估】
                        weights: {province: 30, county: —}
                        assessment: [monitor]
                  - id: info.guide
                    name: 办事指南
                    weights: {province: 20, county: 20}
                    assessment: [manual]
              - id: innov
                name: 优秀创新案例
                bonus: true
                weights: {province: 2, county: 2}
                assessment: [expert, vote]
                caseCategories:
                  - id: intensive
                    name: 集约化建设
                    description: 推进集约化的创新实践
                  - id: service
                    name: 政务服务
            """;

    // ---------------------------------------------------------------- the valid system

    @Test
    void fixtureLinesAreTheOnesTheExpectationsUse() {
        List<String> lines = VALID.lines().toList();
        assertThat(lines).hasSize(47);
        assertThat(lines.get(33 - 1)).isEqualTo("      - id: info.guide");
        assertThat(lines.get(35 - 1)).isEqualTo("        weights: {province: 20, county: 20}");
        assertThat(lines.get(46 - 1)).isEqualTo("      - id: service");
    }

    @Test
    void validSystemHeader() {
        IndicatorSystem s = IndicatorSystemLoader.parse(FILE, VALID);
        assertThat(s.id()).isEqualTo("test-system");
        assertThat(s.year()).isEqualTo(2020);
        assertThat(s.name()).isEqualTo("测试体系");
        assertThat(s.issuer()).isEqualTo("测试中心");
        assertThat(s.source()).isEqualTo("test fixture");
        assertThat(s.columns()).containsExactly(new WeightColumn("province", "省"), new WeightColumn("county", "县"));
        assertThat(s.base()).isEqualByComparingTo("100");
        assertThat(s.bonus()).isEqualByComparingTo("2");
    }

    @Test
    void validSystemTree() {
        IndicatorSystem s = IndicatorSystemLoader.parse(FILE, VALID);
        assertThat(s.indicators()).extracting(Indicator::id).containsExactly("info", "innov");
        assertThat(s.indicators().stream().flatMap(Indicator::flatten))
                .extracting(Indicator::id, Indicator::name, Indicator::level, Indicator::bonus, Indicator::isLeaf)
                .containsExactly(
                        tuple("info", "信息发布", 1, false, false),
                        tuple("info.open", "政府信息公开", 2, false, false),
                        tuple("info.open.statutory", "法定主动公开", 3, false, true),
                        tuple("info.open.data", "数据开放", 3, false, true),
                        tuple("info.guide", "办事指南", 2, false, true),
                        tuple("innov", "优秀创新案例", 1, true, true));
        assertThat(s.leaves())
                .extracting(Indicator::id)
                .containsExactly("info.open.statutory", "info.open.data", "info.guide", "innov");
        assertThat(s.indicator("info").orElseThrow().children())
                .extracting(Indicator::id)
                .containsExactly("info.open", "info.guide");
        assertThat(s.indicator("info.open").orElseThrow().children())
                .extracting(Indicator::id)
                .containsExactly("info.open.statutory", "info.open.data");
    }

    static Stream<Arguments> leafWeights() {
        return Stream.of(
                Arguments.of("info.open.statutory", "province", "50"),
                Arguments.of("info.open.statutory", "county", "80"),
                Arguments.of("info.open.data", "province", "30"),
                Arguments.of("info.open.data", "county", null),
                Arguments.of("info.guide", "province", "20"),
                Arguments.of("info.guide", "county", "20"),
                Arguments.of("innov", "province", "2"),
                Arguments.of("innov", "county", "2"));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("leafWeights")
    void validSystemLeafWeights(String id, String column, String expected) {
        Indicator leaf = IndicatorSystemLoader.parse(FILE, VALID).indicator(id).orElseThrow();
        if (expected == null) {
            assertThat(leaf.weight(column)).isEmpty();
            assertThat(leaf.weights()).doesNotContainKey(column);
        } else {
            assertThat(leaf.weight(column))
                    .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo(expected));
        }
    }

    @Test
    void validSystemTotalsAndDashColumn() {
        IndicatorSystem s = IndicatorSystemLoader.parse(FILE, VALID);
        assertThat(s.indicator("info.open.data").orElseThrow().weights()).containsOnlyKeys("province");
        assertThat(s.indicator("info.open.data").orElseThrow().assessedIn("county"))
                .isFalse();
        assertThat(s.indicator("info.open").orElseThrow().weights()).isEmpty();
        assertThat(s.indicator("info").orElseThrow().weights()).isEmpty();
        assertThat(s.indicator("info").orElseThrow().totalWeight("province")).isEqualByComparingTo("100");
        assertThat(s.indicator("info").orElseThrow().totalWeight("county")).isEqualByComparingTo("100");
        assertThat(s.indicator("info.open").orElseThrow().totalWeight("county")).isEqualByComparingTo("80");
        assertThat(s.maximum("province")).isEqualByComparingTo("102");
        assertThat(s.maximum("county")).isEqualByComparingTo("102");
    }

    @Test
    void validSystemAssessmentPointsNotesDeclaredAndCategories() {
        IndicatorSystem s = IndicatorSystemLoader.parse(FILE, VALID);
        Indicator statutory = s.indicator("info.open.statutory").orElseThrow();
        assertThat(statutory.summary()).isEqualTo("网站主动公开概况信息");
        assertThat(statutory.points()).containsExactly("是否开设相关栏目", "发布内容是否准确、及时、规范");
        assertThat(statutory.notes()).isEmpty();
        assertThat(statutory.assessment()).containsExactlyInAnyOrder(Assessment.MANUAL, Assessment.MONITOR);

        Indicator data = s.indicator("info.open.data").orElseThrow();
        assertThat(data.summary()).isEmpty();
        assertThat(data.points()).isEmpty();
        assertThat(data.notes()).containsExactly("【注：县级不评估】");
        assertThat(data.assessment()).containsExactly(Assessment.MONITOR);

        assertThat(s.indicator("info.guide").orElseThrow().assessment()).containsExactly(Assessment.MANUAL);

        Indicator info = s.indicator("info").orElseThrow();
        assertThat(info.declared()).containsOnlyKeys("province", "county");
        assertThat(info.declared().get("province")).isEqualByComparingTo("100");
        assertThat(info.declared().get("county")).isEqualByComparingTo("100");
        assertThat(s.indicator("info.open").orElseThrow().declared()).isEmpty();

        Indicator innov = s.indicator("innov").orElseThrow();
        assertThat(innov.assessment()).containsExactlyInAnyOrder(Assessment.EXPERT, Assessment.VOTE);
        assertThat(innov.caseCategories())
                .containsExactly(
                        new CaseCategory("intensive", "集约化建设", "推进集约化的创新实践"), new CaseCategory("service", "政务服务", ""));
        assertThat(s.firstLevelsAssessedIn("county")).extracting(Indicator::id).containsExactly("info", "innov");
    }

    @ParameterizedTest(name = "county: \"{0}\"")
    @ValueSource(strings = {"—", "——", "-", "－"})
    void everySpellingOfNotAssessedLeavesTheColumnOut(String dash) {
        String text = replace("county: —}", "county: \"" + dash + "\"}").apply(VALID);
        Indicator data = IndicatorSystemLoader.parse(FILE, text)
                .indicator("info.open.data")
                .orElseThrow();
        assertThat(data.weights()).containsOnlyKeys("province");
    }

    // ---------------------------------------------------------------- every loader error

    /** An expected problem; {@code exact} false means the message need only contain {@code message}. */
    record Expected(int line, String field, String message, boolean exact) {}

    static Expected p(int line, String field, String message) {
        return new Expected(line, field, message, true);
    }

    static Expected containing(int line, String field, String part) {
        return new Expected(line, field, part, false);
    }

    /** Replaces text that occurs exactly once in the fixture. */
    static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalStateException("the fixture must contain exactly once: " + from);
            }
            return text.replace(from, to);
        };
    }

    @SafeVarargs
    static UnaryOperator<String> replaceAll(UnaryOperator<String>... edits) {
        return text -> {
            String result = text;
            for (UnaryOperator<String> edit : edits) {
                result = edit.apply(result);
            }
            return result;
        };
    }

    static UnaryOperator<String> cutFrom(String from, String tail) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalStateException("not in the fixture: " + from);
            }
            return text.substring(0, at) + tail;
        };
    }

    static final String NOT_MAPPING = "expected a mapping (key: value lines)";
    static final String REQUIRED = "is required";
    static final String UNKNOWN = "unknown field";
    static final String ID_SEGMENT = "each id segment is lowercase letters, digits and '-', found ";
    static final String UNKNOWN_COLUMN = "unknown weight column (the system's columns are [province, county])";
    static final String UNKNOWN_ASSESSMENT = " (monitor, manual, request, expert or vote)";

    /**
     * Both columns sum to 101 while base stays 100; the printed total of {@code info} is raised with them, so
     * that the column sums are the only problems.
     */
    static final UnaryOperator<String> COLUMN_SUMS_OFF_BASE = replaceAll(
            replace("weights: {province: 20, county: 20}", "weights: {province: 21, county: 21}"),
            replace("declared: {province: 100, county: 100}", "declared: {province: 101, county: 101}"));

    static Arguments error(String name, UnaryOperator<String> edit, Expected... problems) {
        return Arguments.of(name, edit, List.of(problems));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // YAML and file level
                error(
                        "YAML syntax: over-indented key",
                        replace("  county: 县", "   county: 县"),
                        containing(8, "(syntax)", "mapping values are not allowed here")),
                error(
                        "YAML syntax: unclosed flow mapping",
                        replace(
                                "county: 20}\n        assessment: [manual]",
                                "county: 20\n        assessment: [manual]"),
                        containing(36, "(syntax)", "expected ',' or '}'")),
                error("empty file", text -> "", p(0, "(file)", "the file is empty")),
                error("file of comments only", text -> "# nothing here\n\n", p(0, "(file)", "the file is empty")),
                error("top level is a list", text -> "- id: test-system\n- year: 2020\n", p(1, "", NOT_MAPPING)),

                // required top-level fields (a removed line is replaced by a comment, so lines do not move)
                error("missing id", replace("id: test-system\n", "# id removed\n"), p(2, "id", REQUIRED)),
                error("missing year", replace("year: 2020\n", "#\n"), p(1, "year", REQUIRED)),
                error("missing name", replace("name: 测试体系\n", "#\n"), p(1, "name", REQUIRED)),
                error("missing source", replace("source: \"test fixture\"\n", "#\n"), p(1, "source", REQUIRED)),
                error(
                        "missing columns",
                        replace("columns:\n  province: 省\n  county: 县\n", "#\n#\n#\n"),
                        p(1, "columns", REQUIRED)),
                error("missing base", replace("base: 100\n", "#\n"), p(1, "base", REQUIRED)),
                error("missing bonus", replace("bonus: 2\n", "#\n"), p(1, "bonus", REQUIRED)),
                error("missing indicators", cutFrom("indicators:", ""), p(1, "indicators", REQUIRED)),
                error(
                        "empty indicators",
                        cutFrom("indicators:", "indicators: []\n"),
                        p(1, "indicators", "must list at least one first-level indicator")),

                // wrong top-level values
                error(
                        "system id with uppercase",
                        replace("id: test-system", "id: Test-System"),
                        p(1, "id", "must be lowercase letters, digits and '-', found 'Test-System'")),
                error(
                        "year not a number",
                        replace("year: 2020", "year: 二〇二〇"),
                        p(2, "year", "expected a number, found '二〇二〇'")),
                // any message will do here, but it must be a Problem on line 2, not an ArithmeticException
                error("year not a whole number", replace("year: 2020", "year: 2020.5"), containing(2, "year", "")),
                error(
                        "base not a number",
                        replace("base: 100", "base: ten"),
                        p(9, "base", "expected a number, found 'ten'")),
                error("unknown top-level field", replace("issuer: 测试中心", "issuers: 测试中心"), p(4, "issuers", UNKNOWN)),
                error("duplicate top-level key", replace("issuer: 测试中心", "name: 另一个名称"), p(4, "name", "duplicate key")),

                // required indicator fields
                error(
                        "indicator without id",
                        replace(
                                "      - id: info.guide\n        name: 办事指南\n",
                                "      - name: 办事指南\n        # id removed\n"),
                        p(33, "indicators[info.?].id", REQUIRED)),
                error(
                        "indicator without name",
                        replace("        name: 办事指南\n", "        #\n"),
                        p(33, "indicators[info.guide].name", REQUIRED)),
                error(
                        "leaf without weights",
                        replace("        weights: {province: 20, county: 20}\n", "        #\n"),
                        p(33, "indicators[info.guide].weights", REQUIRED)),
                error(
                        "leaf without assessment",
                        replace("        assessment: [manual]\n", "        #\n"),
                        p(33, "indicators[info.guide].assessment", REQUIRED)),
                error(
                        "indicator item not a mapping",
                        cutFrom("  - id: innov", "  - innov\n"),
                        p(37, "indicators[?]", NOT_MAPPING)),

                // unknown and duplicate fields in indicators
                error(
                        "misspelt weights",
                        replace(
                                "        weights: {province: 20, county: 20}",
                                "        weight: {province: 20, county: 20}"),
                        p(33, "indicators[info.guide].weights", REQUIRED),
                        p(35, "indicators[info.guide].weight", UNKNOWN)),
                error(
                        "unknown field in a case category",
                        replace("description:", "descripton:"),
                        p(45, "indicators[innov].caseCategories[0].descripton", UNKNOWN)),
                error(
                        "duplicate key in an indicator (one line inserted)",
                        replace("        name: 办事指南\n", "        name: 办事指南\n        name: 办事指南\n"),
                        p(35, "indicators[info.guide].name", "duplicate key")),

                // ids
                error(
                        "duplicate second-level id",
                        replace("      - id: info.guide", "      - id: info.open"),
                        p(33, "indicators[info.open].id", "duplicate id (first used on line 16)")),
                error(
                        "duplicate first-level id",
                        replace("  - id: innov", "  - id: info"),
                        p(37, "indicators[info].id", "duplicate id (first used on line 12)")),
                error(
                        "child id not prefixed by its parent",
                        replace("      - id: info.guide", "      - id: guide"),
                        p(33, "indicators[guide].id", "must start with its parent's id 'info.'")),
                error(
                        "third-level id prefixed by the grandparent only",
                        replace("- id: info.open.data", "- id: info.data"),
                        p(27, "indicators[info.data].id", "must start with its parent's id 'info.open.'")),
                error(
                        "uppercase id segment",
                        replace("      - id: info.guide", "      - id: info.Guide"),
                        p(33, "indicators[info.Guide].id", ID_SEGMENT + "'Guide'")),
                error(
                        "underscore in a first-level id",
                        replace("  - id: innov", "  - id: innov_case"),
                        p(37, "indicators[innov_case].id", ID_SEGMENT + "'innov_case'")),
                error(
                        "two segments added at once",
                        replace("      - id: info.guide", "      - id: info.open.guide"),
                        p(33, "indicators[info.open.guide].id", ID_SEGMENT + "'open.guide'")),

                // weights
                error(
                        "unknown weight column",
                        replace(
                                "{province: 20, county: 20}\n        assessment: [manual]",
                                "{province: 20, county: 20, city: 10}\n        assessment: [manual]"),
                        p(35, "indicators[info.guide].weights.city", UNKNOWN_COLUMN)),
                error(
                        "unknown column in declared",
                        replace(
                                "declared: {province: 100, county: 100}",
                                "declared: {province: 100, county: 100, city: 100}"),
                        p(14, "indicators[info].declared.city", UNKNOWN_COLUMN)),
                error(
                        "missing weight column entry",
                        replace(
                                "{province: 20, county: 20}\n        assessment: [manual]",
                                "{province: 20}\n        assessment: [manual]"),
                        p(35, "indicators[info.guide].weights.county", REQUIRED)),
                error(
                        "negative weight",
                        replace(
                                "{province: 20, county: 20}\n        assessment: [manual]",
                                "{province: -2, county: 20}\n        assessment: [manual]"),
                        p(35, "indicators[info.guide].weights.province", "weights cannot be negative, found -2")),
                error(
                        "non-numeric weight",
                        replace(
                                "{province: 20, county: 20}\n        assessment: [manual]",
                                "{province: two, county: 20}\n        assessment: [manual]"),
                        p(35, "indicators[info.guide].weights.province", "expected a number, found 'two'")),
                error(
                        "leaf not assessed in any column",
                        replace(
                                "{province: 20, county: 20}\n        assessment: [manual]",
                                "{province: —, county: —}\n        assessment: [manual]"),
                        p(33, "indicators[info.guide].weights", "not assessed in any column")),
                error(
                        "weights on an inner node",
                        replace(
                                "    declared: {province: 100, county: 100}",
                                "    weights: {province: 100, county: 100}"),
                        p(
                                12,
                                "indicators[info].weights",
                                "only a scored indicator (one without children) has weights")),
                error(
                        "assessment on an inner node",
                        replace("    declared: {province: 100, county: 100}", "    assessment: [manual]"),
                        p(
                                12,
                                "indicators[info].assessment",
                                "only a scored indicator (one without children) has assessment")),

                // sums
                error(
                        "base other than 100: one problem on its line, the column sums are not compared with it",
                        replace("base: 100", "base: 90"),
                        p(
                                9,
                                "base",
                                "must be 100: every weight column's non-bonus weights sum to 100 (the bonus comes on top)")),
                error(
                        "column sums differ from base",
                        COLUMN_SUMS_OFF_BASE,
                        p(
                                1,
                                "columns.province",
                                "the non-bonus weights of column 'province' sum to 101, but base is 100"),
                        p(1, "columns.county", "the non-bonus weights of column 'county' sum to 101, but base is 100")),
                error(
                        "one leaf weight changed: column sum and declared",
                        replace("{province: 50, county: 80}", "{province: 50, county: 70}"),
                        p(1, "columns.county", "the non-bonus weights of column 'county' sum to 90, but base is 100"),
                        p(12, "indicators[info].declared.county", "printed as 100 but its leaves sum to 90")),
                error(
                        "bonus sums differ from bonus",
                        replace("bonus: 2\n", "bonus: 3\n"),
                        p(1, "columns.province", "the bonus weights of column 'province' sum to 2, but bonus is 3"),
                        p(1, "columns.county", "the bonus weights of column 'county' sum to 2, but bonus is 3")),
                error(
                        "declared differs from the sum",
                        replace("declared: {province: 100, county: 100}", "declared: {province: 100, county: 90}"),
                        p(12, "indicators[info].declared.county", "printed as 90 but its leaves sum to 100")),

                // assessment
                error(
                        "unknown assessment",
                        replace("assessment: [manual]\n", "assessment: [manul]\n"),
                        p(
                                36,
                                "indicators[info.guide].assessment[0]",
                                "unknown assessment 'manul'" + UNKNOWN_ASSESSMENT)),
                error(
                        "unknown second assessment",
                        replace("assessment: [expert, vote]", "assessment: [expert, votes]"),
                        p(41, "indicators[innov].assessment[1]", "unknown assessment 'votes'" + UNKNOWN_ASSESSMENT)),
                error(
                        "empty assessment list",
                        replace("assessment: [manual]\n", "assessment: []\n"),
                        p(33, "indicators[info.guide].assessment", "must name at least one way of assessing")),

                // levels and bonus
                error(
                        "bonus on a second-level indicator (one line inserted)",
                        replace("        name: 办事指南\n", "        name: 办事指南\n        bonus: true\n"),
                        p(33, "indicators[info.guide].bonus", "only a first-level indicator can be a bonus")),
                error(
                        "bonus not true or false",
                        replace("    bonus: true", "    bonus: yes"),
                        p(39, "indicators[innov].bonus", "expected true or false, found 'yes'")),
                error(
                        "children under a third-level indicator",
                        replace("""
                                    weights: {province: 50, county: 80}
                                    assessment: [manual, monitor]
                        """, """
                                    children:
                                      - id: info.open.statutory.list
                                        name: 栏目
                                        weights: {province: 50, county: 80}
                                        assessment: [manual, monitor]
                        """),
                        p(19, "indicators[info.open.statutory].children", "a third-level indicator has no children")),

                // case categories
                error(
                        "duplicate case category id",
                        replace("      - id: service", "      - id: intensive"),
                        p(46, "indicators[innov].caseCategories[1].id", "duplicate case category id 'intensive'")),
                error(
                        "case category without name",
                        replace("        name: 政务服务\n", "        #\n"),
                        p(46, "indicators[innov].caseCategories[1].name", REQUIRED)),

                // one mistake must not be reported as several
                error(
                        "only child without id: no spurious weights/assessment problem on its parent",
                        replaceAll(
                                replace(
                                        "          - id: info.open.statutory\n            name: 法定主动公开\n",
                                        "          - name: 法定主动公开\n            # id removed\n"),
                                replace(
                                        "          - id: info.open.data\n            name: 数据开放\n            notes:\n"
                                                + "              - 【注：县级不评估】\n            weights: {province: 30, county: —}\n"
                                                + "            assessment: [monitor]\n",
                                        "")),
                        p(19, "indicators[info.open.?].id", REQUIRED)),
                error(
                        "parent without id: its children's ids are not reported as unprefixed",
                        replace(
                                "      - id: info.open\n        name: 政府信息公开\n",
                                "      - name: 政府信息公开\n        # id removed\n"),
                        p(16, "indicators[info.?].id", REQUIRED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void everyLoaderError(String name, UnaryOperator<String> edit, List<Expected> expected) {
        String text = edit.apply(VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.parse(FILE, text));
        assertThat(e).as("parse must throw IndicatorSystemException").isNotNull();
        assertProblems(e.problems(), FILE, expected);
    }

    static void assertProblems(List<Problem> actual, String file, List<Expected> expected) {
        assertThat(actual)
                .as("problems")
                .extracting(Problem::line, Problem::field)
                .containsExactlyElementsOf(
                        expected.stream().map(x -> tuple(x.line(), x.field())).toList());
        for (int i = 0; i < expected.size(); i++) {
            Problem problem = actual.get(i);
            Expected x = expected.get(i);
            assertThat(problem.file()).isEqualTo(file);
            if (x.exact()) {
                assertThat(problem.message()).as(problem.toString()).isEqualTo(x.message());
            } else {
                assertThat(problem.message())
                        .as(problem.toString())
                        .isNotBlank()
                        .contains(x.message());
            }
        }
    }

    @Test
    void exceptionMessageListsEveryProblemAsFileLineFieldMessage() {
        String text = COLUMN_SUMS_OFF_BASE.apply(VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.parse(FILE, text));
        assertThat(e.getMessage())
                .isEqualTo(
                        "test-system.yaml:1: columns.province: the non-bonus weights of column 'province' sum to 101, but base is 100"
                                + System.lineSeparator()
                                + "test-system.yaml:1: columns.county: the non-bonus weights of column 'county' sum to 101, but base is 100");
    }

    // ---------------------------------------------------------------- several problems at once

    private static final UnaryOperator<String> FOUR_MISTAKES = replaceAll(
            replace("issuer: 测试中心", "issuers: 测试中心"),
            replace(
                    "{province: 20, county: 20}\n        assessment: [manual]",
                    "{province: -2, county: 20}\n        assessment: [manual]"),
            replace("assessment: [expert, vote]", "assessment: [expert, votes]"),
            replace("      - id: service", "      - id: intensive"));

    private static final List<Tuple> FOUR_PROBLEMS_IN_FILE_ORDER = List.of(
            tuple(4, "issuers", UNKNOWN),
            tuple(35, "indicators[info.guide].weights.province", "weights cannot be negative, found -2"),
            tuple(41, "indicators[innov].assessment[1]", "unknown assessment 'votes'" + UNKNOWN_ASSESSMENT),
            tuple(46, "indicators[innov].caseCategories[1].id", "duplicate case category id 'intensive'"));

    @Test
    void severalProblemsAreAllReportedInOneException() {
        String text = FOUR_MISTAKES.apply(VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.parse(FILE, text));
        assertThat(e.problems())
                .extracting(Problem::line, Problem::field, Problem::message)
                .containsExactlyInAnyOrderElementsOf(FOUR_PROBLEMS_IN_FILE_ORDER);
    }

    @Test
    void severalProblemsAreReportedInFileOrder() {
        String text = FOUR_MISTAKES.apply(VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.parse(FILE, text));
        assertThat(e.problems())
                .extracting(Problem::line, Problem::field, Problem::message)
                .containsExactlyElementsOf(FOUR_PROBLEMS_IN_FILE_ORDER);
    }

    // ---------------------------------------------------------------- files

    private static Path write(Path dir, String fileName, String text) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void loadsAFileNamedAfterItsId(@TempDir Path dir) throws IOException {
        Path file = write(dir, "test-system.yaml", VALID);
        assertThat(IndicatorSystemLoader.load(file)).isEqualTo(IndicatorSystemLoader.parse(FILE, VALID));
    }

    @Test
    void fileNameMustMatchTheId(@TempDir Path dir) throws IOException {
        Path file = write(dir, "other-system.yaml", VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.load(file));
        assertThat(e.problems())
                .containsExactly(new Problem(
                        file.toString(), 1, "id", "the file of system 'test-system' must be named test-system.yaml"));
    }

    /** Every bundled file opens with comment lines, so the id is rarely on line 1. */
    @Test
    void fileNameMismatchIsReportedOnTheLineOfTheId(@TempDir Path dir) throws IOException {
        Path file = write(dir, "other-system.yaml", "# a header comment\n# another\n" + VALID);
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.load(file));
        assertThat(e.problems())
                .containsExactly(new Problem(
                        file.toString(), 3, "id", "the file of system 'test-system' must be named test-system.yaml"));
    }

    @Test
    void problemsOfALoadedFileNameThePath(@TempDir Path dir) throws IOException {
        Path file =
                write(dir, "test-system.yaml", replace("base: 100", "base: ten").apply(VALID));
        IndicatorSystemException e =
                catchThrowableOfType(IndicatorSystemException.class, () -> IndicatorSystemLoader.load(file));
        assertThat(e.problems())
                .containsExactly(new Problem(file.toString(), 9, "base", "expected a number, found 'ten'"));
    }

    @Test
    void aDirectorySystemReplacesTheBundledOneOfTheSameId(@TempDir Path dir) throws IOException {
        write(
                dir,
                "cstc-2020-new-media.yaml",
                replace("id: test-system", "id: cstc-2020-new-media").apply(VALID));
        write(dir, "test-system.yaml", VALID);
        write(dir, "README.txt", "not a system");
        IndicatorSystems bundled = IndicatorSystems.bundled();

        IndicatorSystems merged = bundled.withDirectory(dir);

        IndicatorSystem replaced = merged.get("cstc-2020-new-media").orElseThrow();
        assertThat(replaced.name()).isEqualTo("测试体系");
        assertThat(replaced.columns()).extracting(WeightColumn::id).containsExactly("province", "county");
        assertThat(merged.all())
                .extracting(IndicatorSystem::id)
                .containsExactly(
                        "cstc-2020-digital-government",
                        "cstc-2020-new-media",
                        "cstc-2020-website-local",
                        "cstc-2020-website-ministry",
                        "test-system");
        assertThat(merged.get("cstc-2020-website-local")).isEqualTo(bundled.get("cstc-2020-website-local"));
        // the bundled set itself is unchanged
        assertThat(bundled.get("cstc-2020-new-media").orElseThrow().columns())
                .extracting(WeightColumn::id)
                .containsExactly("wechat", "app", "weibo");
        assertThat(bundled.get("test-system")).isEmpty();
    }

    @Test
    void aBrokenFileInTheDirectoryIsRejected(@TempDir Path dir) throws IOException {
        Path file = write(
                dir, "test-system.yaml", replace("bonus: 2\n", "bonus: 3\n").apply(VALID));
        assertThatThrownBy(() -> IndicatorSystems.bundled().withDirectory(dir))
                .isInstanceOfSatisfying(
                        IndicatorSystemException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::file, Problem::line, Problem::field)
                                .containsExactly(
                                        tuple(file.toString(), 1, "columns.province"),
                                        tuple(file.toString(), 1, "columns.county")));
    }

    @Test
    void weightsAreExactDecimals() {
        String text = replaceAll(
                        replace("{province: 50, county: 80}", "{province: 49.5, county: 80}"),
                        replace("{province: 30, county: —}", "{province: 30.50, county: —}"))
                .apply(VALID);
        Indicator statutory = IndicatorSystemLoader.parse(FILE, text)
                .indicator("info.open.statutory")
                .orElseThrow();
        assertThat(statutory.weight("province")).contains(new BigDecimal("49.5"));
        assertThat(IndicatorSystemLoader.parse(FILE, text)
                        .indicator("info.open.data")
                        .orElseThrow()
                        .weight("province"))
                .contains(new BigDecimal("30.50"));
    }
}
