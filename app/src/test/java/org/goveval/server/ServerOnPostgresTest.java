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
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server contract on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust
 * auth), in a schema of its own. The schema outlives the class (the cached Spring context keeps polling it
 * until the JVM ends); schemas of runs older than a day are dropped when the next run starts. Without PostgreSQL the test is skipped with a
 * message, unless {@code GOVEVAL_REQUIRE_POSTGRES=1} (set by {@code .ci/run}): then it fails, so that CI can
 * never pass without running it.
 */
class ServerOnPostgresTest extends ServerContract {
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String PREFIX = "goveval_test_";
    static final String SCHEMA = PREFIX + System.currentTimeMillis() / 1000 + "_"
            + Long.toString(System.nanoTime() & 0xffffff, 36).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            dropStale(c);
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

    /** Drops the schemas of earlier runs, by the creation time in their names; a running test's is younger. */
    static void dropStale(Connection c) throws SQLException {
        long dayAgo = System.currentTimeMillis() / 1000 - 86_400;
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs =
                        s.executeQuery("select nspname from pg_namespace where nspname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < dayAgo) {
                    stale.add(name);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : stale) {
                s.execute("drop schema if exists " + name + " cascade");
            }
        }
    }
}
