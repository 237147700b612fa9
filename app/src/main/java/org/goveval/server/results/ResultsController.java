package org.goveval.server.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.goveval.evaluation.ranking.Tiers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The published results, public: the list of tables and each table laid out as published. */
@Controller
public class ResultsController {
    private final ResultsStore results;

    public ResultsController(ResultsStore results) {
        this.results = results;
    }

    @GetMapping("/results")
    String tables(Model model) {
        model.addAttribute("tables", results.tables());
        return "results";
    }

    @GetMapping("/results/{id}")
    String table(@PathVariable String id, Model model) {
        ResultsStore.TableInfo table = results.table(id).orElseThrow(() -> notFound(id));
        model.addAttribute("table", table);
        List<ResultsStore.ResultRow> rows = results.rows(id);
        model.addAttribute("rows", rows);
        model.addAttribute("chart", ResultsChart.of(rows, Tiers.defaults()));
        return "result-table";
    }

    /** The table's tier lists: every tier of the default scale, each with its units in published order. */
    @GetMapping("/results/{id}/tiers")
    String tiers(@PathVariable String id, Model model) {
        ResultsStore.TableInfo table = results.table(id).orElseThrow(() -> notFound(id));
        model.addAttribute("table", table);
        model.addAttribute("tiers", TierLists.of(results.rows(id), Tiers.defaults()));
        return "result-tiers";
    }

    /** The same table as JSON. */
    @GetMapping(path = "/api/results/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Tag(name = "results", description = "Published results (public)")
    @Operation(
            summary = "A published table, row for row as published",
            description = "Rows in published order: rank (dense, ties share it), name, administrative-division"
                    + " code, region, the first-level indices (tab-separated, in the table's column order, two"
                    + " decimals), total (one decimal) and tier. The ids are listed on /results.")
    @ApiResponse(responseCode = "200", description = "the table's rows")
    @ApiResponse(responseCode = "404", description = "no published table with this id", content = @Content)
    List<ResultsStore.ResultRow> tableJson(
            @PathVariable @Parameter(description = "table id", example = "provinces") String id) {
        results.table(id).orElseThrow(() -> notFound(id));
        return results.rows(id);
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no published table " + id);
    }
}
