package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input exits with status 2, prints one line naming the file, line and column (or the option), and
 * writes no output file.
 */
class BadInputTest {
    private static final String HEADER = "name,admin_code,info,interp,service,interact,manage,promo,innov";
    private static final String GOOD_ROW = "罗湖区,440303,0.81,0.80,0.89,0.84,0.88,0.65,0.80";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing index column   | score | name,admin_code,info                                     | 罗湖区,440303,0.81                                      | line 1, column 'interp': missing: level 'county' of cstc-2020-website-local needs the columns info, interp, service, interact, manage, promo, innov
            non-numeric index      | score | HEADER                                                   | 罗湖区,440303,0.81,x,0.89,0.84,0.88,0.65,0.80           | line 2, column 'interp': 'x' is not a number
            index above 1          | score | HEADER                                                   | 罗湖区,440303,1.2,0.80,0.89,0.84,0.88,0.65,0.80         | line 2, column 'info': '1.2' is outside 0–1
            negative index         | score | HEADER                                                   | 罗湖区,440303,-0.1,0.80,0.89,0.84,0.88,0.65,0.80        | line 2, column 'info': '-0.1' is outside 0–1
            empty index            | score | HEADER                                                   | 罗湖区,440303,,0.80,0.89,0.84,0.88,0.65,0.80            | line 2, column 'info': is empty
            not assessed column    | score | HEADER,data                                              | GOOD_ROW,0.5                                            | line 1, column 'data': first-level indicator 数据开放 is not assessed at level 'county'; remove the column
            duplicate name         | score | HEADER                                                   | GOOD_ROW;GOOD_ROW                                       | line 3, column 'name': '罗湖区' appears twice (first on line 2)
            bad division code      | score | HEADER                                                   | 罗湖区,44030,0.81,0.80,0.89,0.84,0.88,0.65,0.80         | line 2, column 'admin_code': '44030' is not a six-digit division code
            no tie column          | score | name,info,interp,service,interact,manage,promo,innov     | 罗湖区,0.81,0.80,0.89,0.84,0.88,0.65,0.80              | line 1, column 'admin_code': the header needs one of the columns [admin_code, order]
            short row              | score | HEADER                                                   | 罗湖区,440303,0.81                                      | line 2: has 3 cells but the header has 9
            rank: no total         | rank  | name,admin_code                                          | 罗湖区,440303                                           | line 1, column 'total': the header has no such column (it has [name, admin_code])
            rank: bad total        | rank  | name,admin_code,total                                    | 罗湖区,440303,九十                                      | line 2, column 'total': '九十' is not a number
            rank: negative total   | rank  | name,admin_code,total                                    | 罗湖区,440303,-3                                        | line 2, column 'total': '-3' is outside 0–1000
            rank: bad order        | rank  | name,order,total                                         | 外交部,first,90                                         | line 2, column 'order': 'first' is not a positive whole number
            fit: non-numeric       | fit   | name,a,b,total                                           | x,0.5,oops,50;y,0.1,0.2,10;z,0.3,0.3,20                 | line 2, column 'b': 'oops' is not a number
            fit: too few rows      | fit   | name,a,b,c,total                                         | x,0.5,0.5,0.5,50                                        | line 1: 1 rows cannot determine 3 weights
            """)
    void rejects(String title, String command, String header, String rows, String expected) throws IOException {
        Path in = dir.resolve("in.csv");
        List<String> lines = new ArrayList<>();
        lines.add(header.strip().replace("HEADER", HEADER));
        for (String row : rows.strip().split(";")) {
            lines.add(row.replace("GOOD_ROW", GOOD_ROW));
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        Path residuals = dir.resolve("residuals.csv");
        CliRun run = switch (command) {
            case "score" ->
                CliRun.of(
                        "score",
                        "--system",
                        "cstc-2020-website-local",
                        "--level",
                        "county",
                        "--in",
                        in.toString(),
                        "--out",
                        out.toString());
            case "rank" -> CliRun.of("rank", "--in", in.toString(), "--out", out.toString());
            default ->
                CliRun.of(
                        "fit-weights",
                        "--in",
                        in.toString(),
                        "--out",
                        out.toString(),
                        "--residuals",
                        residuals.toString());
        };
        assertThat(run.status()).as(title).isEqualTo(2);
        assertThat(run.errLines()).as(title).containsExactly("goveval: " + in + ", " + expected.strip());
        assertThat(out).doesNotExist();
        assertThat(residuals).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.csv");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown system | --system,nope,--level,county           | goveval: --system: unknown indicator system 'nope' (known: cstc-2020-digital-government, cstc-2020-new-media, cstc-2020-website-local, cstc-2020-website-ministry)
            unknown level  | --system,cstc-2020-website-local,--level,village | goveval: --level: system cstc-2020-website-local has no level 'village' (its levels: province, city, county)
            unknown rule   | --system,cstc-2020-website-local,--level,county,--rule,olympic | goveval: --rule: unknown ranking rule 'olympic' (dense or competition)
            bad tiers      | --system,cstc-2020-website-local,--level,county,--tiers,90:A | goveval: --tiers: the lowest tier must start at 0 so that every total has a tier
            missing file   | --system,cstc-2020-website-local,--level,county,--in-file,absent.csv | goveval: absent.csv: no such file
            not UTF-8      | --system,cstc-2020-website-local,--level,county,--in-gbk,gbk.csv | goveval: gbk.csv: not UTF-8 text (save the file as UTF-8)
            """)
    void rejectsBadOptions(String title, String options, String expected) throws IOException {
        Path out = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(List.of(options.strip().split(",")));
        if (args.contains("--in-gbk")) {
            int i = args.indexOf("--in-gbk");
            Path gbk = dir.resolve(args.get(i + 1));
            Files.write(gbk, List.of(HEADER, GOOD_ROW), java.nio.charset.Charset.forName("GBK"));
            args.set(i, "--in");
            args.set(i + 1, gbk.toString());
            expected = expected.replace("gbk.csv", gbk.toString());
        } else if (!args.contains("--in-file")) {
            Path in = dir.resolve("in.csv");
            Files.write(in, List.of(HEADER, GOOD_ROW), StandardCharsets.UTF_8);
            args.addAll(List.of("--in", in.toString()));
        } else {
            int i = args.indexOf("--in-file");
            args.set(i, "--in");
            args.set(i + 1, dir.resolve(args.get(i + 1)).toString());
            expected = expected.replace("absent.csv", dir.resolve("absent.csv").toString());
        }
        args.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(title).isEqualTo(2);
        assertThat(run.errLines()).as(title).containsExactly(expected.strip());
        assertThat(out).doesNotExist();
    }
}
