package org.goveval.monitor.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/scan-report.schema.json as a real validator applies it: networknt's, in the dialect the file declares in
 * {@code $schema} (2020-12; its meta-schemas ship in the validator's jar, nothing is fetched), with formats such
 * as {@code uri} and {@code date-time} asserted rather than only noted.
 */
public final class PublishedSchema {
    public static final Path FILE = Path.of("../docs/scan-report.schema.json");
    private static final Schema SCHEMA = load();

    private PublishedSchema() {}

    private static Schema load() {
        try {
            String text = Files.readString(FILE, StandardCharsets.UTF_8);
            JsonNode tree = JsonMapper.builder().build().readTree(text);
            String dialect = tree.path("$schema").asString();
            if (dialect.isEmpty()) {
                throw new IllegalStateException(FILE + " declares no $schema dialect");
            }
            // messages in English whatever the JVM's locale (the tests run in zh_CN), so that they can be compared
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            SchemaRegistry registry =
                    SchemaRegistry.withDefaultDialectId(dialect, builder -> builder.schemaRegistryConfig(config));
            return registry.getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a report's JSON by the schema, one line each ("$.site: …"); empty when it is valid. */
    public static List<String> violations(String reportJson) {
        return SCHEMA.validate(reportJson, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
