package org.goveval.sitefarm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a farm from the command line until interrupted: {@code --sites N} benchmark sites (else the test
 * farm), {@code --pages M}, {@code --seed S}, {@code --manifests DIR}. Prints one line per site: name, homepage
 * URL and manifest file, separated by tabs. Dates count back from today in Beijing time.
 */
public final class SiteFarmMain {
    private SiteFarmMain() {}

    public static void main(String[] args) throws InterruptedException {
        MainOptions options;
        try {
            options = MainOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitefarm: " + e.getMessage());
            System.err.println(MainOptions.USAGE);
            System.exit(2);
            return;
        }
        RunningFarm farm = run(options, Clock.system(ZoneId.of("Asia/Shanghai")), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            farm.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Starts the farm, writes every manifest as {@code NAME.json} and prints the site lines. */
    static RunningFarm run(MainOptions options, Clock clock, PrintStream out) {
        RunningFarm farm = SiteFarm.start(options.spec(), clock);
        try {
            Path folder = options.manifests().isPresent()
                    ? Files.createDirectories(options.manifests().get())
                    : Files.createTempDirectory("sitefarm-");
            for (FarmSite site : farm.sites()) {
                Path file = folder.resolve(site.name() + ".json");
                Files.writeString(file, site.manifest().toJson(), StandardCharsets.UTF_8);
                out.println(site.name() + "\t" + site.homepage() + "\t" + file.toAbsolutePath());
            }
            out.flush();
            return farm;
        } catch (IOException | RuntimeException e) {
            farm.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the manifests", io);
            }
            throw (RuntimeException) e;
        }
    }
}
