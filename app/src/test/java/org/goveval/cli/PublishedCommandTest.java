package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedCommandTest {

    @Test
    void verifiesEveryTable() {
        CliRun run = CliRun.of("published", "verify");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0))
                .startsWith("municipalities           4 rows  total from indices within 0.25 (worst 天津市)")
                .endsWith("ranks reproduced  order reproduced  ok");
        assertThat(lines.get(4)).contains("131 rows").endsWith("order not stated by the report  ok");
        assertThat(lines.get(6)).isEqualTo("all 2020 tables reproduced (tolerance ±0.65)");
    }

    @Test
    void showsATableAsPublishedWithRegionAndTier() {
        CliRun run = CliRun.of("published", "show", "municipalities");
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "2020年直辖市政府网站评估结果  (直辖市)",
                        "排名\t名称\t地区\t信息发布指数\t数据开放指数\t解读回应指数\t办事服务指数\t互动交流指数\t管理保障指数\t功能推广指数\t优秀创新案例指数\t总分\t等级",
                        "1\t北京市\t华北\t0.82\t0.93\t0.87\t0.84\t0.96\t0.96\t0.99\t0.63\t94.8\t优秀",
                        "2\t上海市\t华东\t0.80\t0.95\t0.91\t0.95\t0.84\t0.92\t0.94\t0.40\t92.5\t优秀",
                        "3\t重庆市\t西南\t0.64\t0.10\t0.55\t0.88\t0.97\t0.93\t0.92\t0.13\t74.6\t发展",
                        "4\t天津市\t华北\t0.49\t0.75\t0.66\t0.61\t0.69\t0.83\t0.19\t0.19\t60.1\t发展");
    }

    @Test
    void anUnknownTableIsNamed() {
        CliRun run = CliRun.of("published", "show", "nope");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("goveval: no published table 'nope' (tables: municipalities, provinces, "
                        + "sub-provincial-cities, provincial-capitals, prefecture-cities, counties)");
    }
}
