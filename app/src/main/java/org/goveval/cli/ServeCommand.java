package org.goveval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.goveval.server.GovevalServer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code goveval serve}: the server, on the embedded H2 database by default or on PostgreSQL with --db. */
@Command(
        name = "serve",
        footer = "Any other --name=value is a Spring Boot property (e.g. --db-scheduler.threads=8).",
        description = "Start the goveval server (campaigns, targets, scheduled monitoring, results pages). "
                + "Embedded H2 database under --data by default; --db jdbc:postgresql://... for production.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default 8080; 0 picks a free one).")
    Optional<Integer> port = Optional.empty();

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description =
                    "Where the server keeps its files: the H2 database (default ./data); checkpoints and evidence are in the database.")
    Path data = Path.of("data");

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL JDBC URL instead of the embedded H2.")
    Optional<String> db = Optional.empty();

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (with --db).")
    Optional<String> dbUser = Optional.empty();

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (with --db).")
    Optional<String> dbPassword = Optional.empty();

    @Option(names = "--no-demo", description = "Do not load the demo campaign and do not start its site farm.")
    boolean noDemo;

    /** Any other {@code --name=value}: handed to Spring Boot as a property. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext server = GovevalServer.start(arguments().toArray(String[]::new));
        // the command line exits with the command's status: wait here until the server is stopped (SIGTERM,
        // Ctrl-C: Spring's shutdown hook closes the context, which ends the wait)
        CountDownLatch closed = new CountDownLatch(1);
        server.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        if (server.isActive()) {
            closed.await();
        }
        return 0;
    }

    List<String> arguments() {
        if (db.isEmpty() && (dbUser.isPresent() || dbPassword.isPresent())) {
            throw new IllegalArgumentException("--db-user and --db-password go with --db");
        }
        List<String> args = new ArrayList<>();
        // H2 wants an explicit path: a relative one must start with ./, so hand it an absolute one
        args.add("--goveval.data=" + data.toAbsolutePath().normalize());
        port.ifPresent(p -> args.add("--server.port=" + p));
        db.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--db: a PostgreSQL JDBC URL (jdbc:postgresql://host/db): " + url);
            }
            args.add("--spring.datasource.url=" + url);
            args.add("--spring.datasource.username=" + dbUser.orElse("postgres"));
            args.add("--spring.datasource.password=" + dbPassword.orElse(""));
        });
        if (noDemo) {
            args.add("--goveval.demo.enabled=false");
        }
        args.addAll(springArgs);
        return args;
    }
}
