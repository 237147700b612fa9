package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreAndRankCommandTest {
    private static final String PUBLISHED = "../evaluation/src/main/resources/goveval/published/cstc-2020/";

    @TempDir
    Path dir;

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /**
     * The published 直辖市 indices scored with the 2020 province weights (信息发布 33, 数据开放 8, 解读回应 7,
     * 办事服务 21, 互动交流 8, 管理保障 14, 功能推广 9, 创新案例 10): 北京 0.82×33 + 0.93×8 + 0.87×7 + 0.84×21 +
     * 0.96×8 + 0.96×14 + 0.99×9 + 0.63×10 = 94.56 → 94.6, and so on. The input's own total and rank are
     * replaced; its other columns are kept in place.
     */
    @Test
    void scoresThePublishedMunicipalities() throws IOException {
        Path out = dir.resolve("scored.csv");
        CliRun run = CliRun.of(
                "score",
                "--system",
                "cstc-2020-website-local",
                "--level",
                "province",
                "--in",
                PUBLISHED + "municipalities.csv",
                "--out",
                out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(lines(out))
                .containsExactly(
                        "name,admin_code,parent,info,data,interp,service,interact,manage,promo,innov,total,rank,tier",
                        "北京市,110000,,0.82,0.93,0.87,0.84,0.96,0.96,0.99,0.63,94.6,1,优秀",
                        "上海市,310000,,0.80,0.95,0.91,0.95,0.84,0.92,0.94,0.40,92.4,2,优秀",
                        "重庆市,500000,,0.64,0.10,0.55,0.88,0.97,0.93,0.92,0.13,74.6,3,发展",
                        "天津市,120000,,0.49,0.75,0.66,0.61,0.69,0.83,0.19,0.19,60.4,4,发展");
    }

    @Test
    void scoresCountiesWithoutDataAndTiesByOrder() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                name,order,info,interp,service,interact,manage,promo,innov,note
                乙县,2,1,1,1,1,1,1,0.5,b
                甲县,1,1,1,1,1,1,1,0.5,a
                丙县,3,0.5,0.5,0.5,0.5,0.5,0.5,0,c
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of(
                "score",
                "--system",
                "cstc-2020-website-local",
                "--level",
                "county",
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--rule",
                "competition",
                "--tiers",
                "100:满分,90:高,0:低");
        assertThat(run.status()).isZero();
        assertThat(lines(out))
                .containsExactly(
                        "name,order,info,interp,service,interact,manage,promo,innov,note,total,rank,tier",
                        "甲县,1,1,1,1,1,1,1,0.5,a,105.0,1,满分",
                        "乙县,2,1,1,1,1,1,1,0.5,b,105.0,1,满分",
                        "丙县,3,0.5,0.5,0.5,0.5,0.5,0.5,0,c,50.0,3,低");
    }

    /** Ranking the published 省/自治区 totals, in reverse input order, gives the published table back. */
    @Test
    void ranksThePublishedProvincesWhateverTheInputOrder() throws IOException {
        List<String> published = lines(Path.of(PUBLISHED + "provinces.csv"));
        Path in = dir.resolve("shuffled.csv");
        List<String> reversed = new java.util.ArrayList<>(published.subList(1, published.size()));
        java.util.Collections.reverse(reversed);
        reversed.add(0, published.get(0));
        Files.write(in, reversed, StandardCharsets.UTF_8);
        Path out = dir.resolve("ranked.csv");
        CliRun run = CliRun.of("rank", "--in", in.toString(), "--out", out.toString());
        assertThat(run.status()).isZero();
        List<String> result = lines(out);
        assertThat(result.get(0))
                .isEqualTo(
                        "name,admin_code,parent,info,data,interp,service,interact,manage,promo,innov,total,rank,tier");
        for (int i = 1; i < published.size(); i++) {
            String[] p = published.get(i).split(",", -1);
            String[] r = result.get(i).split(",", -1);
            assertThat(r[0]).as("row " + i).isEqualTo(p[1]); // the published order, ties by division code
            assertThat(r[12]).as(p[1] + " rank").isEqualTo(p[0]); // the published rank
        }
        assertThat(result.get(1)).endsWith(",94.8,1,优秀");
        assertThat(result).hasSize(published.size());
    }
}
