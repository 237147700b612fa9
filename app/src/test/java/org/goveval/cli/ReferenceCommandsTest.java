package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCommandsTest {

    @Test
    void listsTheBundledSystems() {
        CliRun run = CliRun.of("systems", "list");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().map(l -> l.split("\\s+")[0]).toList())
                .containsExactly(
                        "cstc-2020-digital-government",
                        "cstc-2020-new-media",
                        "cstc-2020-website-local",
                        "cstc-2020-website-ministry");
    }

    @Test
    void showsTheCountyTreeWithoutDataOpening() {
        CliRun run = CliRun.of("systems", "show", "cstc-2020-website-local", "--level", "county");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines)
                .contains(
                        "  weights: 县 110 in all",
                        "  [一级] info  信息发布  县 33",
                        "      [三级] info.open.statutory  法定主动公开  县 19",
                        "  [一级(加分项)] innov  优秀创新案例  县 10");
        assertThat(lines).noneMatch(l -> l.contains("] data")).contains("          1. 是否开设相关栏目/发布相关信息");
    }

    @Test
    void showsEveryColumnByDefault() {
        CliRun run = CliRun.of("systems", "show", "cstc-2020-website-local");
        assertThat(run.out().lines().toList())
                .contains("  [一级] data  数据开放  省 8 | 市 8 | 县 —", "  [一级] service  办事服务  省 21 | 市 28 | 县 29");
    }

    @Test
    void findsEveryGulouDistrict() {
        CliRun run = CliRun.of("divisions", "find", "鼓楼区");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "320106  鼓楼区  县级  parent 320100 南京市  华东  (江苏省 南京市 鼓楼区)",
                        "320302  鼓楼区  县级  parent 320300 徐州市  华东  (江苏省 徐州市 鼓楼区)",
                        "350102  鼓楼区  县级  parent 350100 福州市  华东  (福建省 福州市 鼓楼区)",
                        "410204  鼓楼区  县级  parent 410200 开封市  华中  (河南省 开封市 鼓楼区)");
    }

    @Test
    void anUnknownDivisionIsAnError() {
        CliRun run = CliRun.of("divisions", "find", "不存在县");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("goveval: no division is named '不存在县'");
    }

    @Test
    void fitsTheCountyWeights(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("weights.csv");
        Path residuals = dir.resolve("residuals.csv");
        CliRun run = CliRun.of(
                "fit-weights",
                "--in",
                "../evaluation/src/main/resources/goveval/published/cstc-2020/counties.csv",
                "--out",
                out.toString(),
                "--residuals",
                residuals.toString());
        assertThat(run.status()).isZero();
        List<String> weights = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(weights.get(0)).isEqualTo("indicator,weight");
        // the 2020 county weights of seed 003, each within one point
        double[] expected = {33, 6, 29, 8, 14, 10, 10};
        List<String> ids = List.of("info", "interp", "service", "interact", "manage", "promo", "innov");
        for (int i = 0; i < ids.size(); i++) {
            String[] cells = weights.get(i + 1).split(",");
            assertThat(cells[0]).isEqualTo(ids.get(i));
            assertThat(Double.parseDouble(cells[1])).as(ids.get(i)).isBetween(expected[i] - 1, expected[i] + 1);
        }
        List<String> rows = Files.readAllLines(residuals, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("name,published,fitted,residual,suspect");
        assertThat(rows).hasSize(125).allMatch(r -> r.endsWith(",false") || r.startsWith("name"));
        assertThat(run.out()).contains("suspect rows 0 of 124");
    }
}
