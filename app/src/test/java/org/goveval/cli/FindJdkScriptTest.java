package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/find-jdk}, which {@code ./goveval} and {@code ./mvnw} use: it must pass over JDKs older than 21
 * (the default java here is 17) and say clearly when there is none. Fake JDKs: a {@code release} file and
 * executable {@code bin/java} and {@code bin/javac}.
 */
class FindJdkScriptTest {
    @TempDir
    Path dir;

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve("jvm").resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n", StandardCharsets.UTF_8);
        for (String tool : new String[] {"java", "javac"}) {
            Path file = home.resolve("bin").resolve(tool);
            Files.writeString(file, "#!/bin/sh\nexit 0\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private Process run(Path javaOnPath, String javaHome) throws IOException {
        Path bin = dir.resolve("path");
        Files.createDirectories(bin);
        Files.deleteIfExists(bin.resolve("java"));
        Files.createSymbolicLink(bin.resolve("java"), javaOnPath.resolve("bin/java"));
        ProcessBuilder builder = new ProcessBuilder(
                "/bin/sh", Path.of("../bin/find-jdk").toAbsolutePath().toString());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("JAVA_HOME", javaHome);
        env.put("GOVEVAL_JVM_DIR", dir.resolve("jvm").toString());
        return builder.start();
    }

    private static String output(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    @Test
    void picksTheNewestJdkWhenJavaHomeAndPathAreTooOld() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.2");
        Path newest = fakeJdk("jdk-25", "25.0.1");
        Process p = run(old, old.toString());
        assertThat(output(p)).isEqualTo(newest.toString());
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void prefersAUsableJavaHome() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        Path jdk21 = fakeJdk("jdk-21", "21.0.2");
        fakeJdk("jdk-25", "25.0.1");
        Process p = run(old, jdk21.toString());
        assertThat(output(p)).isEqualTo(jdk21.toString());
    }

    @Test
    void saysSoWhenThereIsNoJdk21() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        Process p = run(old, "");
        assertThat(output(p)).isEmpty();
        assertThat(p.exitValue()).isEqualTo(1);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).startsWith("goveval needs a JDK 21 or newer (javac included) and found none");
    }
}
