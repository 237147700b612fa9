package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.goveval.sitefarm.manifest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteFarmMainTest {

    @Test
    void withoutSitesItIsTheTestFarm() {
        MainOptions options = MainOptions.parse();
        assertThat(options.sites()).isEmpty();
        assertThat(options.spec()).isEqualTo(FarmSpec.testFarm());
    }

    @Test
    void sitesPagesAndSeedMakeABenchmarkFarm() {
        MainOptions options = MainOptions.parse("--sites", "5", "--pages", "40", "--seed", "9", "--manifests", "out");
        assertThat(options).isEqualTo(new MainOptions(Optional.of(5), 40, 9, Optional.of(Path.of("out"))));
        assertThat(options.spec()).isEqualTo(FarmSpec.benchmark(5, 40, 9));
    }

    @Test
    void pageWeightTypicalPutsTheBenchmarkSitesInTheFullFrame() {
        MainOptions options = MainOptions.parse("--sites", "3", "--page-weight", "typical");
        assertThat(options.weight()).isEqualTo(PageWeight.TYPICAL);
        assertThat(options.spec()).isEqualTo(FarmSpec.benchmark(3, 30, 1).withPageWeight(PageWeight.TYPICAL));
        assertThat(MainOptions.parse("--sites", "3", "--page-weight", "light").spec())
                .isEqualTo(FarmSpec.benchmark(3, 30, 1));
    }

    @Test
    void farmContentServesTheContentFarm() {
        assertThat(MainOptions.parse("--farm", "content").spec()).isEqualTo(FarmSpec.contentFarm());
        assertThat(MainOptions.parse("--farm", "test").spec()).isEqualTo(FarmSpec.testFarm());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --farm other     | --farm is test or content: other
            --farm content --sites 2 | --farm content serves fixed sites: drop --sites
            --sites          | --sites needs a value
            --sites x        | --sites needs a number: x
            --sites 0        | --sites must be positive: 0
            --pages 0        | --pages must be positive: 0
            --sites 2 --page-weight heavy | --page-weight is light or typical: heavy
            --page-weight typical | --page-weight applies to benchmark sites (--sites N), not to the test or content farm
            --farm content --page-weight typical | --page-weight applies to benchmark sites (--sites N), not to the test or content farm
            --colour red     | unknown option: --colour
            """)
    void badArgumentsNameTheOption(String args, String message) {
        assertThatThrownBy(() -> MainOptions.parse(args.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void runWritesOneManifestPerSiteAndPrintsWhereTheyAre(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MainOptions options = MainOptions.parse("--manifests", folder.toString());
        try (RunningFarm farm =
                SiteFarmMain.run(options, Fixtures.CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(3);
            for (int i = 0; i < lines.length; i++) {
                FarmSite site = farm.sites().get(i);
                Path file = folder.resolve(site.name() + ".json").toAbsolutePath();
                assertThat(lines[i]).isEqualTo(site.name() + "\t" + site.homepage() + "\t" + file);
                assertThat(Manifest.fromJson(Files.readString(file, StandardCharsets.UTF_8)))
                        .isEqualTo(site.manifest());
            }
        }
    }
}
