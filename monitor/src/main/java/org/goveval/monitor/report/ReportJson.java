package org.goveval.monitor.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads scan reports as JSON (UTF-8, indented, fields in declaration order). */
public final class ReportJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {}

    public static String write(ScanReport report) {
        return MAPPER.writeValueAsString(report);
    }

    public static ScanReport read(String json) {
        return MAPPER.readValue(json, ScanReport.class);
    }
}
