package org.goveval.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code goveval serve} process of its own (the test JVM's java and class path), on PostgreSQL, for tests
 * that need several nodes and a real SIGKILL.
 */
final class ServerNode implements AutoCloseable {
    private static final Pattern UP = Pattern.compile("goveval is up: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern PASSWORD = Pattern.compile("one-time password (\\S+)");

    private final String name;
    private final Process process;
    private final Path out;
    private final Path err;

    private ServerNode(String name, Process process, Path out, Path err) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts a node on the schema with its own data directory; {@code threads} scans may run on it at once. */
    static ServerNode start(String name, String schema, Path data, Path logs, int threads) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.goveval.cli.GovevalCommand",
                "serve",
                "--port",
                "0",
                "--no-demo",
                "--data",
                data.toString(),
                "--db",
                PostgresSchemas.url(schema),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--db-scheduler.threads=" + threads,
                "--db-scheduler.polling-interval=1s",
                // a dead node is noticed after a few seconds instead of half a minute
                "--db-scheduler.heartbeat-interval=2s",
                "--db-scheduler.missed-heartbeats-limit=4",
                "--goveval.probes.enabled=false",
                // a checkpoint every second, so that a node killed soon after starting a scan has saved one
                "--goveval.scans.checkpoint-every=PT1S"));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new ServerNode(name, process, out, err);
    }

    /** Waits until the node prints that it is up; returns its port. */
    int awaitUp(Duration bound) throws Exception {
        int[] port = {-1};
        Await.until(name + " up (stderr: " + err + ")", bound, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail(err));
            }
            Matcher m = UP.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1));
                return true;
            }
            return false;
        });
        return port[0];
    }

    /** The admin's one-time password, if this node created the admin. */
    Optional<String> password() throws IOException {
        Matcher m = PASSWORD.matcher(Files.readString(out, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The name the node gives itself in the scan table ({@code pid@host}). */
    String nodePrefix() {
        return process.pid() + "@";
    }

    /** SIGKILL: no shutdown hook, no checkpoint saved on the way out, heartbeats just stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    }
}
