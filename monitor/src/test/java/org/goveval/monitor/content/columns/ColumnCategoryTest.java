package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnCategoryTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "政务动态, NEWS",
        "部门动态, NEWS",
        "本地要闻, NEWS",
        "图片新闻, NEWS",
        "通知公告, NOTICE",
        "公示公告, NOTICE",
        "政策文件, POLICY",
        "规范性文件, POLICY",
        "政策解读, INTERPRETATION",
        "一图读懂·图解, INTERPRETATION",
        "人事信息, PERSONNEL",
        "规划计划, PLANNING",
        "互动交流, INTERACTION",
        "领导信箱, INTERACTION",
        "办事服务, SERVICE",
        "办事指南, SERVICE",
        "专题专栏, SPECIAL",
        "政务公开, OTHER",
        "走进临溪, OTHER"
    })
    void classifiesByName(String name, ColumnCategory expected) {
        assertThat(ColumnCategory.of(name)).isEqualTo(expected);
    }
}
