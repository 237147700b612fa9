package org.goveval.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server contract on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust
 * auth), in a schema of its own that is dropped afterwards. Without PostgreSQL the test is skipped with a
 * message, unless {@code GOVEVAL_REQUIRE_POSTGRES=1} (set by {@code .ci/run}): then it fails, so that CI can
 * never pass without running it.
 */
class ServerOnPostgresTest extends ServerContract {
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String SCHEMA =
            "goveval_test_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("GOVEVAL_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(
                        "PostgreSQL is required here (GOVEVAL_REQUIRE_POSTGRES=1) but " + URL + " cannot be reached: "
                                + e.getMessage(),
                        e);
            }
            Assumptions.abort("no PostgreSQL at " + URL + ": " + e.getMessage());
        }
        try {
            Path data = Files.createTempDirectory("goveval-server-pg");
            registry.add("goveval.data", data::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            // nothing was created: the test was skipped
        }
    }
}
