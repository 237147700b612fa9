package org.goveval.evaluation.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;

/**
 * The State Council's departments in their official order as of 2020 (after the 2018 reform), from
 * {@code goveval/reference/state-council-departments.csv}; its SOURCE file says where the order comes from.
 */
public final class StateCouncilDepartments {
    static final String RESOURCE = "goveval/reference/state-council-departments.csv";

    private final List<StateCouncilDepartment> departments;

    StateCouncilDepartments(List<StateCouncilDepartment> departments) {
        for (int i = 0; i < departments.size(); i++) {
            if (departments.get(i).order() != i + 1) {
                throw new IllegalArgumentException("department orders must run 1, 2, 3 …; row " + (i + 1) + " has "
                        + departments.get(i).order());
            }
        }
        this.departments = List.copyOf(departments);
    }

    public static StateCouncilDepartments bundled() {
        CsvTable table = CsvTable.fromResource(RESOURCE);
        table.requireColumns("order", "name", "category");
        List<StateCouncilDepartment> list = new ArrayList<>();
        for (Row row : table.rows()) {
            list.add(new StateCouncilDepartment(
                    row.parse("order", Integer::parseInt), row.get("name"), row.get("category")));
        }
        return new StateCouncilDepartments(list);
    }

    public List<StateCouncilDepartment> all() {
        return departments;
    }

    public Optional<StateCouncilDepartment> byName(String name) {
        return departments.stream().filter(d -> d.name().equals(name.strip())).findFirst();
    }
}
