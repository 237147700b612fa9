package org.goveval.server.results;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.published.PublishedRow;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.reference.Region;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published result tables in the database: imported once from the evaluation module's verified 2020
 * tables (each row with its region and tier), then read by the results pages and the API.
 */
@Service
public class ResultsStore {
    /** A table as listed: id, title, ranking group, index column names. */
    public record TableInfo(
            String id, int position, String title, String groupName, String systemId, String indexNames) {
        public List<String> indexNameList() {
            return Arrays.asList(indexNames.split("\t"));
        }
    }

    /** A row as published, with region and tier. */
    @Schema(description = "A row of a published table, as published, with its region and tier")
    public record ResultRow(
            @Schema(description = "0-based place in the published order")
            int position,

            @Schema(description = "dense rank on the published total; equal totals share it")
            int rank,

            String name,

            @Schema(description = "administrative-division code (6 digits)") @Nullable
            String adminCode,

            @Schema(description = "the region (华北, 东北, 华东, 华中, 华南, 西南, 西北); null when the code has none") @Nullable
            String region,

            @Schema(description = "the first-level indices, tab-separated, in the table's column order")
            String indices,

            @Schema(description = "the total, one decimal") BigDecimal total,

            @Schema(description = "the tier by total (default scale: 卓越, 优秀, 良好, 发展, 准备)")
            String tier) {
        public List<String> indexList() {
            return Arrays.asList(indices.split("\t"));
        }
    }

    private final JdbcClient jdbc;

    public ResultsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from published_table")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Imports the bundled indicator systems and the 2020 tables; all or nothing. */
    @Transactional
    public void importBundled(IndicatorSystems systems, Divisions divisions) {
        for (IndicatorSystem system : systems.all()) {
            jdbc.sql("insert into indicator_system (id, system_year, name, indicators) values (:id, :y, :n, :c)")
                    .param("id", system.id())
                    .param("y", system.year())
                    .param("n", system.name())
                    .param("c", system.leaves().size())
                    .update();
        }
        Tiers tiers = Tiers.defaults();
        List<PublishedTable> tables = new PublishedResults(systems, divisions).cstc2020();
        for (int t = 0; t < tables.size(); t++) {
            PublishedTable table = tables.get(t);
            IndicatorSystem system = systems.get(table.systemId()).orElseThrow();
            String indexNames = table.indexColumns().stream()
                    .map(c -> system.indicator(c).orElseThrow().name() + "指数")
                    .collect(Collectors.joining("\t"));
            jdbc.sql("insert into published_table (id, position, title, group_name, system_id, index_names)"
                            + " values (:id, :p, :t, :g, :s, :i)")
                    .param("id", table.id())
                    .param("p", t)
                    .param("t", table.title())
                    .param("g", table.group().name())
                    .param("s", table.systemId())
                    .param("i", indexNames)
                    .update();
            List<PublishedRow> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                PublishedRow row = rows.get(r);
                String region = divisions
                        .byCode(row.adminCode())
                        .flatMap(d -> d.region())
                        .map(Region::label)
                        .orElse(null);
                jdbc.sql("insert into published_row (table_id, position, rank, name, admin_code, region, indices,"
                                + " total, tier) values (:t, :p, :r, :n, :c, :g, :i, :s, :v)")
                        .param("t", table.id())
                        .param("p", r)
                        .param("r", row.rank())
                        .param("n", row.name())
                        .param("c", row.adminCode())
                        .param("g", region)
                        .param(
                                "i",
                                row.indices().values().stream()
                                        .map(BigDecimal::toPlainString)
                                        .collect(Collectors.joining("\t")))
                        .param("s", row.total())
                        .param("v", tiers.of(row.total()).name())
                        .update();
            }
        }
    }

    public List<TableInfo> tables() {
        return jdbc.sql("select id, position, title, group_name, system_id, index_names from published_table"
                        + " order by position")
                .query(TableInfo.class)
                .list();
    }

    public Optional<TableInfo> table(String id) {
        return jdbc.sql("select id, position, title, group_name, system_id, index_names from published_table"
                        + " where id = :id")
                .param("id", id)
                .query(TableInfo.class)
                .optional();
    }

    public List<ResultRow> rows(String tableId) {
        return new ArrayList<>(jdbc.sql("select position, rank, name, admin_code, region, indices, total, tier"
                        + " from published_row where table_id = :t order by position")
                .param("t", tableId)
                .query(ResultRow.class)
                .list());
    }
}
