package org.goveval.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh schemas in the PostgreSQL of the machine (127.0.0.1:5432, database {@code test}, user {@code
 * postgres}, trust auth) for the server's tests. Without PostgreSQL the caller's test is skipped with a
 * message, unless {@code GOVEVAL_REQUIRE_POSTGRES=1} (set by {@code .ci/run}): then it fails, so that CI can
 * never pass without running it. A schema outlives its test (a cached Spring context keeps polling it until
 * the JVM ends); schemas older than a day are dropped when the next one is made.
 */
final class PostgresSchemas {
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String PREFIX = "goveval_test_";

    private PostgresSchemas() {}

    /** Creates a new schema and returns its name, or skips (or fails, in CI) the calling test. */
    static String create() {
        String schema = PREFIX + System.currentTimeMillis() / 1000 + "_"
                + Long.toString(System.nanoTime() & 0xffffff, 36).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            dropStale(c);
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("GOVEVAL_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(
                        "PostgreSQL is required here (GOVEVAL_REQUIRE_POSTGRES=1) but " + URL + " cannot be reached: "
                                + e.getMessage(),
                        e);
            }
            Assumptions.abort("no PostgreSQL at " + URL + ": " + e.getMessage());
        }
        return schema;
    }

    /** The JDBC URL of a schema made by {@link #create}. */
    static String url(String schema) {
        return URL + "?currentSchema=" + schema;
    }

    private static void dropStale(Connection c) throws SQLException {
        long dayAgo = System.currentTimeMillis() / 1000 - 86_400;
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
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
