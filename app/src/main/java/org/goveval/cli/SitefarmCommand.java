package org.goveval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.SiteFarmMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code goveval sitefarm}: serve the planted-defect farm on loopback until interrupted, for demos and benchmarks. */
@Command(
        name = "sitefarm",
        description = "Serve generated government sites with planted defects on 127.0.0.1 until interrupted (Ctrl-C).")
final class SitefarmCommand implements Runnable {
    @Option(
            names = "--sites",
            paramLabel = "N",
            description =
                    "Serve N benchmark sites (ordinary sites with a few broken links); without it, the three test sites.")
    Optional<Integer> sites = Optional.empty();

    @Option(names = "--pages", paramLabel = "M", description = "Pages per benchmark site.")
    Optional<Integer> pages = Optional.empty();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated content.")
    Optional<Long> seed = Optional.empty();

    @Option(
            names = "--page-weight",
            paramLabel = "WEIGHT",
            description = "light (default: about 3 KiB a page) or typical (about 30 KiB, the frame real portal pages "
                    + "carry); benchmark sites only.")
    Optional<String> pageWeight = Optional.empty();

    @Option(
            names = "--farm",
            paramLabel = "NAME",
            description = "test (default: the link-check sites defects, gbk, clean) or content (the content "
                    + "checks' sites pass and fail).")
    Optional<String> farm = Optional.empty();

    @Option(
            names = "--manifests",
            paramLabel = "DIR",
            description = "Write each site's manifest (the planted truth) here as NAME.json.")
    Optional<Path> manifests = Optional.empty();

    @Override
    public void run() {
        List<String> args = new ArrayList<>();
        sites.ifPresent(n -> args.addAll(List.of("--sites", n.toString())));
        pages.ifPresent(n -> args.addAll(List.of("--pages", n.toString())));
        seed.ifPresent(n -> args.addAll(List.of("--seed", n.toString())));
        manifests.ifPresent(p -> args.addAll(List.of("--manifests", p.toString())));
        farm.ifPresent(name -> args.addAll(List.of("--farm", name)));
        pageWeight.ifPresent(weight -> args.addAll(List.of("--page-weight", weight)));
        try {
            SiteFarmMain.main(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
