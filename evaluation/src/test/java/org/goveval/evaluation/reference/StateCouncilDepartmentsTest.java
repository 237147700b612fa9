package org.goveval.evaluation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled State Council departments ({@code goveval/reference/state-council-departments.csv}); the
 * expectations are copied from that file and from the category table of its SOURCE file.
 */
class StateCouncilDepartmentsTest {
    private static final StateCouncilDepartments DEPARTMENTS = StateCouncilDepartments.bundled();

    @Test
    void sixtyFiveDepartmentsNumberedOneToSixtyFive() {
        assertThat(DEPARTMENTS.all()).hasSize(65);
        assertThat(DEPARTMENTS.all())
                .extracting(StateCouncilDepartment::order)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 65).boxed().toList());
        assertThat(DEPARTMENTS.all()).extracting(StateCouncilDepartment::name).doesNotHaveDuplicates();
    }

    @Test
    void firstEntriesInOfficialOrder() {
        assertThat(DEPARTMENTS.all().subList(0, 10))
                .containsExactly(
                        new StateCouncilDepartment(1, "国务院办公厅", "国务院办公厅"),
                        new StateCouncilDepartment(2, "外交部", "国务院组成部门"),
                        new StateCouncilDepartment(3, "国防部", "国务院组成部门"),
                        new StateCouncilDepartment(4, "国家发展和改革委员会", "国务院组成部门"),
                        new StateCouncilDepartment(5, "教育部", "国务院组成部门"),
                        new StateCouncilDepartment(6, "科学技术部", "国务院组成部门"),
                        new StateCouncilDepartment(7, "工业和信息化部", "国务院组成部门"),
                        new StateCouncilDepartment(8, "国家民族事务委员会", "国务院组成部门"),
                        new StateCouncilDepartment(9, "公安部", "国务院组成部门"),
                        new StateCouncilDepartment(10, "国家安全部", "国务院组成部门"));
        assertThat(DEPARTMENTS.all().getLast()).isEqualTo(new StateCouncilDepartment(65, "国家知识产权局", "国务院部委管理的国家局"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "外交部,                         2,  国务院组成部门",
        "' 审计署 ',                     27, 国务院组成部门",
        "中国人民银行,                   26, 国务院组成部门",
        "国务院国有资产监督管理委员会,   28, 国务院直属特设机构",
        "海关总署,                       29, 国务院直属机构",
        "国务院研究室,                   40, 国务院办事机构",
        "中央广播电视总台,               46, 国务院直属事业单位",
        "国家煤矿安全监察局,             62, 国务院部委管理的国家局",
    })
    void byName(String name, int order, String category) {
        StateCouncilDepartment d = DEPARTMENTS.byName(name).orElseThrow();
        assertThat(d.order()).isEqualTo(order);
        assertThat(d.name()).isEqualTo(name.strip());
        assertThat(d.category()).isEqualTo(category);
    }

    @Test
    void byNameOfAnUnlistedName() {
        assertThat(DEPARTMENTS.byName("国家矿山安全监察局")).isEmpty(); // the post-October-2020 name
        assertThat(DEPARTMENTS.byName("国家语言文字工作委员会")).isEmpty(); // an extra name of 教育部
        assertThat(DEPARTMENTS.byName("")).isEmpty();
    }

    @Test
    void categoriesInTheDocumentedOrder() {
        assertThat(DEPARTMENTS.all().stream()
                        .map(StateCouncilDepartment::category)
                        .distinct()
                        .toList())
                .containsExactly("国务院办公厅", "国务院组成部门", "国务院直属特设机构", "国务院直属机构", "国务院办事机构", "国务院直属事业单位", "国务院部委管理的国家局");
    }

    @ParameterizedTest(name = "{0}: rows {2}–{3}")
    @CsvSource({
        "国务院办公厅,           1,  1,  1",
        "国务院组成部门,         26, 2,  27",
        "国务院直属特设机构,     1,  28, 28",
        "国务院直属机构,         10, 29, 38",
        "国务院办事机构,         2,  39, 40",
        "国务院直属事业单位,     9,  41, 49",
        "国务院部委管理的国家局, 16, 50, 65",
    })
    void eachCategoryIsOneContiguousRun(String category, int count, int first, int last) {
        List<Integer> orders = DEPARTMENTS.all().stream()
                .filter(d -> d.category().equals(category))
                .map(StateCouncilDepartment::order)
                .toList();
        assertThat(orders)
                .hasSize(count)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(first, last).boxed().toList());
    }

    @Test
    void ordersMustRunFromOne() {
        assertThatThrownBy(() -> new StateCouncilDepartments(List.of(
                        new StateCouncilDepartment(1, "外交部", "国务院组成部门"),
                        new StateCouncilDepartment(3, "国防部", "国务院组成部门"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("department orders must run 1, 2, 3 …; row 2 has 3");
        assertThatThrownBy(() -> new StateCouncilDepartment(0, "外交部", "国务院组成部门"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
