package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void theDefaultsGiveH2UnderAnAbsoluteDataDirectory() {
        assertThat(parse().arguments())
                .containsExactly(
                        "--goveval.data=" + Path.of("data").toAbsolutePath().normalize());
    }

    @Test
    void portDatabaseAndDemoBecomeSpringProperties() {
        assertThat(parse(
                                "--port",
                                "0",
                                "--data",
                                "/srv/g",
                                "--db",
                                "jdbc:postgresql://127.0.0.1/ge",
                                "--db-user",
                                "ge",
                                "--no-demo",
                                "--db-scheduler.threads=8")
                        .arguments())
                .containsExactly(
                        "--goveval.data=/srv/g",
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1/ge",
                        "--spring.datasource.username=ge",
                        "--spring.datasource.password=",
                        "--goveval.demo.enabled=false",
                        "--db-scheduler.threads=8");
    }

    @Test
    void onlyPostgresqlUrlsAreAcceptedAndCredentialsNeedAUrl() {
        assertThatThrownBy(() -> parse("--db", "jdbc:mysql://x/y").arguments())
                .hasMessage("--db: a PostgreSQL JDBC URL (jdbc:postgresql://host/db): jdbc:mysql://x/y");
        assertThatThrownBy(() -> parse("--db-user", "x").arguments())
                .hasMessage("--db-user and --db-password go with --db");
    }
}
