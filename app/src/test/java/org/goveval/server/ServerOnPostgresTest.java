package org.goveval.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server contract on PostgreSQL, in a fresh schema ({@link PostgresSchemas}: required in CI). */
class ServerOnPostgresTest extends ServerContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String schema = PostgresSchemas.create();
        try {
            Path data = Files.createTempDirectory("goveval-server-pg");
            registry.add("goveval.data", data::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> PostgresSchemas.url(schema));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }
}
