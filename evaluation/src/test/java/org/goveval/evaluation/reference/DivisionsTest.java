package org.goveval.evaluation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled divisions ({@code goveval/reference/divisions.csv}); the expected rows are copied from that file
 * and the counts from its {@code divisions.SOURCE.md}.
 */
class DivisionsTest {
    private static final Divisions DIVISIONS = Divisions.bundled();

    @Test
    void countsPerLevelAsDocumented() {
        Map<DivisionLevel, Long> counts =
                DIVISIONS.all().stream().collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DivisionLevel.PROVINCE, 31L, DivisionLevel.PREFECTURE, 333L, DivisionLevel.COUNTY, 2850L));
        assertThat(DIVISIONS.size()).isEqualTo(3214);
        assertThat(DIVISIONS.all()).hasSize(3214);
    }

    @Test
    void countiesDirectlyUnderAProvinceAsDocumented() {
        List<Division> underProvince = DIVISIONS.all().stream()
                .filter(d -> d.level() == DivisionLevel.COUNTY)
                .filter(d -> DIVISIONS.byCode(d.parentCode()).orElseThrow().level() == DivisionLevel.PROVINCE)
                .toList();
        assertThat(underProvince).hasSize(86 + 32);
        assertThat(underProvince.stream()
                        .filter(d ->
                                List.of("110000", "120000", "310000", "500000").contains(d.parentCode())))
                .hasSize(86);
    }

    @Test
    void allIsInCodeOrderAndEveryParentResolvesToTheLevelAbove() {
        List<String> codes = DIVISIONS.all().stream().map(Division::code).toList();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        assertThat(DIVISIONS.all().getFirst()).isEqualTo(new Division("110000", "北京市", DivisionLevel.PROVINCE, ""));
        for (Division d : DIVISIONS.all()) {
            if (d.level() == DivisionLevel.PROVINCE) {
                assertThat(d.parent()).as(d.code()).isEmpty();
            } else {
                Division parent = DIVISIONS.byCode(d.parentCode()).orElseThrow();
                assertThat(parent.level().ordinal())
                        .as(d.code())
                        .isLessThan(d.level().ordinal());
                assertThat(parent.provinceCode()).as(d.code()).isEqualTo(d.provinceCode());
            }
        }
    }

    @Test
    void findGulouReturnsEveryGulouDistrictInCodeOrder() {
        List<Division> found = DIVISIONS.find("鼓楼区");
        assertThat(found)
                .containsExactly(
                        new Division("320106", "鼓楼区", DivisionLevel.COUNTY, "320100"),
                        new Division("320302", "鼓楼区", DivisionLevel.COUNTY, "320300"),
                        new Division("350102", "鼓楼区", DivisionLevel.COUNTY, "350100"),
                        new Division("410204", "鼓楼区", DivisionLevel.COUNTY, "410200"));
        assertThat(found)
                .extracting(DIVISIONS::path)
                .containsExactly(
                        List.of("江苏省", "南京市", "鼓楼区"),
                        List.of("江苏省", "徐州市", "鼓楼区"),
                        List.of("福建省", "福州市", "鼓楼区"),
                        List.of("河南省", "开封市", "鼓楼区"));
    }

    @ParameterizedTest(name = "find({0}) = {1} {2}")
    @CsvSource({
        "凉山州,   513400, 凉山彝族自治州",
        "广西,     450000, 广西壮族自治区",
        "广西壮族自治区, 450000, 广西壮族自治区",
        "北京,     110000, 北京市",
        "福州市,   350100, 福州市",
        "' 福州市 ', 350100, 福州市",
        "仙桃市,   429004, 仙桃市",
    })
    void findByExactOrShortName(String query, String code, String name) {
        assertThat(DIVISIONS.find(query))
                .extracting(Division::code, Division::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, name));
    }

    @Test
    void findNothing() {
        assertThat(DIVISIONS.find("不存在市")).isEmpty();
        assertThat(DIVISIONS.find("")).isEmpty();
        assertThat(DIVISIONS.find("香港")).isEmpty();
    }

    @ParameterizedTest(name = "find({0}, {1}) = {2}")
    @CsvSource({
        "鼓楼区, 福州市, 350102",
        "鼓楼区, 福州,   350102",
        "鼓楼区, 南京市, 320106",
        "鼓楼区, 徐州市, 320302",
        "鼓楼区, 开封市, 410204",
        "东城区, 北京市, 110101",
        "仙桃市, 湖北省, 429004",
    })
    void findWithParent(String name, String parent, String code) {
        assertThat(DIVISIONS.find(name, parent)).extracting(Division::code).containsExactly(code);
    }

    @Test
    void findWithAParentThatHasNoSuchChild() {
        assertThat(DIVISIONS.find("鼓楼区", "厦门市")).isEmpty();
    }

    @ParameterizedTest(name = "path({0}) = {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "350102; 福建省 福州市 鼓楼区",
                "350100; 福建省 福州市",
                "350000; 福建省",
                "110101; 北京市 东城区",
                "429004; 湖北省 仙桃市",
                "513400; 四川省 凉山彝族自治州",
            })
    void pathFromTheProvinceDown(String code, String names) {
        assertThat(DIVISIONS.path(DIVISIONS.byCode(code).orElseThrow())).containsExactly(names.split(" "));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "110000, NORTH,     华北",
        "230100, NORTHEAST, 东北",
        "350102, EAST,      华东",
        "420100, CENTRAL,   华中",
        "440300, SOUTH,     华南",
        "510100, SOUTHWEST, 西南",
        "650000, NORTHWEST, 西北",
    })
    void regionOfACode(String code, Region region, String label) {
        Division division = DIVISIONS.byCode(code).orElseThrow();
        assertThat(division.region()).contains(region);
        assertThat(region.label()).isEqualTo(label);
        assertThat(Region.ofCode(code)).contains(region);
    }

    @ParameterizedTest(name = "parent of {0} {1} is {2} {3}")
    @CsvSource({
        "110101, 东城区,   110000, 北京市",
        "500101, 万州区,   500000, 重庆市",
        "429004, 仙桃市,   420000, 湖北省",
        "429021, 神农架林区, 420000, 湖北省",
        "419001, 济源市,   410000, 河南省",
        "659004, 五家渠市, 650000, 新疆维吾尔自治区",
        "350102, 鼓楼区,   350100, 福州市",
        "350100, 福州市,   350000, 福建省",
    })
    void parentOf(String code, String name, String parentCode, String parentName) {
        Division division = DIVISIONS.byCode(code).orElseThrow();
        assertThat(division.name()).isEqualTo(name);
        assertThat(division.parent()).contains(parentCode);
        assertThat(DIVISIONS.byCode(parentCode).orElseThrow().name()).isEqualTo(parentName);
    }

    @Test
    void byCodeOfAnUnknownCode() {
        assertThat(DIVISIONS.byCode("110100")).isEmpty(); // the dropped 市辖区 placeholder
        assertThat(DIVISIONS.byCode("810000")).isEmpty();
    }

    @Test
    void functionalZonesAreNotDivisions() {
        assertThat(DIVISIONS.byCode("320576")).isEmpty(); // 苏州工业园区
        assertThat(DIVISIONS.all())
                .extracting(Division::code)
                .noneMatch(c -> Integer.parseInt(c.substring(4)) >= 71 && Integer.parseInt(c.substring(4)) <= 80);
    }

    @Test
    void divisionRejectsACodeWithoutSixDigits() {
        assertThatThrownBy(() -> new Division("35010", "鼓楼区", DivisionLevel.COUNTY, "350100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a division code has six digits, found '35010'");
        assertThatThrownBy(() -> new Division("35010a", "鼓楼区", DivisionLevel.COUNTY, "350100"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void divisionRejectsAProvinceWithAParentAndAnythingElseWithout() {
        assertThatThrownBy(() -> new Division("350000", "福建省", DivisionLevel.PROVINCE, "100000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("division 350000: only a province has no parent");
        assertThatThrownBy(() -> new Division("350100", "福州市", DivisionLevel.PREFECTURE, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("division 350100: only a province has no parent");
    }

    @Test
    void divisionDerivedValues() {
        Division gulou = new Division("350102", "鼓楼区", DivisionLevel.COUNTY, "350100");
        assertThat(gulou.provinceCode()).isEqualTo("350000");
        assertThat(gulou.parent()).contains("350100");
        assertThat(gulou.region()).contains(Region.EAST);
    }

    @Test
    void duplicateCodesAreRejected() {
        Division a = new Division("350102", "鼓楼区", DivisionLevel.COUNTY, "350100");
        assertThatThrownBy(() -> new Divisions(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate division code 350102");
    }
}
