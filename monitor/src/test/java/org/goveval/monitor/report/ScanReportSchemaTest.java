package org.goveval.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goveval.monitor.links.LinkKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema and the report record cannot drift apart. */
class ScanReportSchemaTest {
    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return JsonMapper.builder()
                    .build()
                    .readTree(Files.readString(Path.of("../docs/scan-report.schema.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        names.sort(null);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName())
                .sorted()
                .toList();
    }

    @Test
    void everyReportFieldIsInTheSchema() {
        assertThat(names(SCHEMA.get("properties"))).isEqualTo(components(ScanReport.class));
        assertThat(names(SCHEMA.get("$defs").get("finding").get("properties")))
                .isEqualTo(components(BrokenLinkFinding.class));
    }

    /** Every nested part (columns, marks, evidence, the verdict …) too, all the way down. */
    @Test
    void everyNestedRecordMatchesItsDefinition() {
        List<String> checked = new ArrayList<>();
        compare(ScanReport.class, SCHEMA, "", checked);
        assertThat(checked)
                .contains(
                        "columns",
                        "marks",
                        "network",
                        "functions",
                        "findings.evidence",
                        "govCheck.vetoes.evidence",
                        "cstcProposals");
    }

    /** Compares a record's components with a schema object's properties, then recurses into record-typed parts. */
    private static void compare(Class<?> type, JsonNode schema, String path, List<String> checked) {
        JsonNode properties = schema.get("properties");
        assertThat(names(properties))
                .as("schema properties of " + (path.isEmpty() ? "the report" : path))
                .isEqualTo(components(type.asSubclass(Record.class)));
        for (var component : type.getRecordComponents()) {
            Class<?> part = component.getType();
            JsonNode node = properties.get(component.getName());
            if (java.util.List.class.isAssignableFrom(part)
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list) {
                part = (Class<?>) list.getActualTypeArguments()[0];
                node = node.get("items");
            }
            if (!part.isRecord()) {
                continue;
            }
            String where = path.isEmpty() ? component.getName() : path + "." + component.getName();
            checked.add(where);
            compare(part, resolve(node), where, checked);
        }
    }

    /** Follows {@code $ref} to {@code #/$defs/…}, also inside {@code anyOf} (a nullable part). */
    private static JsonNode resolve(JsonNode node) {
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                if (option.has("$ref")) {
                    return resolve(option);
                }
            }
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            assertThat(ref).startsWith("#/$defs/");
            return SCHEMA.get("$defs").get(ref.substring("#/$defs/".length()));
        }
        return node;
    }

    @Test
    void theContractFieldsAreRequired() {
        assertThat(SCHEMA.get("required").valueStream().map(JsonNode::asString).toList())
                .containsExactly("site", "pagesCrawled", "linksChecked", "durationMillis", "brokenLinks");
        assertThat(SCHEMA.get("$defs")
                        .get("finding")
                        .get("required")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("url", "kind", "status", "sourcePages", "onHomepage");
    }

    @Test
    void theKindsAreTheLinkKindsPlusBlockedAndThrottled() {
        List<String> expected =
                new ArrayList<>(Arrays.stream(LinkKind.values()).map(Enum::name).toList());
        expected.addAll(List.of("BLOCKED", "THROTTLED"));
        assertThat(SCHEMA.get("$defs")
                        .get("finding")
                        .get("properties")
                        .get("kind")
                        .get("enum")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(expected);
    }
}
