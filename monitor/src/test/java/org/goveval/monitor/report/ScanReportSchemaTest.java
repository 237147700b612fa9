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
