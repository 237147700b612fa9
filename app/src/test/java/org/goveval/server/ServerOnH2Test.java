package org.goveval.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server contract on the embedded default: H2 in a fresh directory, as {@code goveval serve} runs it. */
class ServerOnH2Test extends ServerContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            Path data = Files.createTempDirectory("goveval-server-h2");
            registry.add("goveval.data", data::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
