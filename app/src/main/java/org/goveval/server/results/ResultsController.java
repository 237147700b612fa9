package org.goveval.server.results;

import java.util.List;
import org.springframework.http.HttpStatus;
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
        model.addAttribute("rows", results.rows(id));
        return "result-table";
    }

    /** The same table as JSON. */
    @GetMapping("/api/results/{id}")
    @ResponseBody
    List<ResultsStore.ResultRow> tableJson(@PathVariable String id) {
        results.table(id).orElseThrow(() -> notFound(id));
        return results.rows(id);
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no published table " + id);
    }
}
