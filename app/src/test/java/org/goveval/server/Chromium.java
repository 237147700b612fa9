package org.goveval.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through Debian's {@code chromium} and {@code chromium-driver}, for the browser
 * tests. Without them the calling test is skipped with a message saying what to install, unless {@code
 * GOVEVAL_REQUIRE_BROWSER=1} (set by {@code .ci/run}): then it fails, so that CI cannot pass without running
 * the browser. Both executables are named explicitly, so Selenium Manager never tries to download a driver or a
 * browser (there is no network but loopback).
 */
final class Chromium implements AutoCloseable {
    static final String REQUIRED = "GOVEVAL_REQUIRE_BROWSER";

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium with a fresh profile, or skips (or fails, when required) the calling test. */
    static Chromium start() {
        Optional<Path> browser = find("GOVEVAL_CHROMIUM", BROWSERS);
        Optional<Path> chromedriver = find("GOVEVAL_CHROMEDRIVER", DRIVERS);
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String missing = "no headless Chromium: " + (browser.isEmpty() ? "chromium " : "")
                    + (chromedriver.isEmpty() ? "chromedriver " : "") + "not found in " + BROWSERS + " / " + DRIVERS
                    + " (apt-get install -y chromium chromium-driver fonts-wqy-microhei, or set GOVEVAL_CHROMIUM and"
                    + " GOVEVAL_CHROMEDRIVER)";
            if ("1".equals(System.getenv(REQUIRED))) {
                throw new IllegalStateException(
                        "the browser tests are required here (" + REQUIRED + "=1) but " + missing);
            }
            String skipped = missing + "; the browser tests are skipped (" + REQUIRED + "=1 makes this a failure)";
            System.err.println("WARNING: " + skipped); // the build log shows it, not only the test report
            Assumptions.abort(skipped);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("goveval-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // as root in a container: no sandbox, no GPU, no /dev/shm; and nothing that phones home
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1280,1000",
                // whatever a page asks for off this machine goes to a dead proxy on loopback and fails there;
                // loopback itself (the server under test) is never proxied
                "--proxy-server=http://127.0.0.1:9",
                "--user-data-dir=" + profile);
        // headless Chromium sends Accept-Language from this preference, not from --lang: the pages speak Chinese
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.get().toString()))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
        }
    }

    private static Optional<Path> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        Stream<String> paths = configured == null || configured.isBlank() ? candidates.stream() : Stream.of(configured);
        return paths.map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
