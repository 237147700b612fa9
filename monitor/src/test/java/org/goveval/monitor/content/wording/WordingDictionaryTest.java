package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordingDictionaryTest {
    private static final String HEADER = WordingDictionary.HEADER + "\n";

    @TempDir
    Path dir;

    @Test
    void theStarterDictionaryLoadsAndEveryOutdatedNameHasItsYear() {
        List<DictionaryEntry> entries = WordingDictionary.starter().entries();
        assertThat(entries).extracting(DictionaryEntry::category).contains(DictionaryCategory.values());
        assertThat(entries)
                .filteredOn(e -> e.category() == DictionaryCategory.OUTDATED_NAME)
                .allSatisfy(e -> assertThat(e.replacedIn().getAsInt()).isBetween(2013, 2023))
                .allSatisfy(e -> assertThat(e.suggestion()).isNotEmpty());
        assertThat(entries)
                .filteredOn(e -> e.term().equals("国家工商行政管理总局"))
                .singleElement()
                .isEqualTo(new DictionaryEntry(
                        "国家工商行政管理总局",
                        DictionaryCategory.OUTDATED_NAME,
                        "国家市场监督管理总局",
                        OptionalInt.of(2018),
                        "国务院机构改革方案（2018年3月）"));
    }

    @Test
    void badRowsAreRejectedWithFileLineAndFieldAndNothingIsLoaded() throws IOException {
        Path good = write("good.tsv", HEADER + "某旧名称\tOUTDATED_NAME\t某新名称\t2020\n");
        Path bad = write(
                "bad.tsv",
                "# comment\n" + HEADER
                        + "甲\tWRONG\t乙\n"
                        + "旧局\tOUTDATED_NAME\t新局\n"
                        + "旧部\tOUTDATED_NAME\t新部\t18\n"
                        + " \tSENSITIVE\t\n"
                        + "两列\tSENSITIVE\n"
                        + "错词\tPOLITICAL_EXPRESSION\t\n"
                        + "代开\tSENSITIVE\t\n"
                        + "代开\tSENSITIVE\t\t\t重复\n");
        assertThatThrownBy(() -> WordingDictionary.load(List.of(good, bad)))
                .isInstanceOfSatisfying(
                        DictionaryException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        bad + ":3:category: unknown 'WRONG', expected one of [POLITICAL_EXPRESSION, "
                                                + "OUTDATED_NAME, SENSITIVE, GAMBLING, PORNOGRAPHY, REPORTING, ALLOWED]",
                                        bad
                                                + ":4:replacedIn: required for OUTDATED_NAME (the year the name went out of use)",
                                        bad + ":5:replacedIn: not a year (1900–2099): '18'",
                                        bad + ":6:term: empty",
                                        bad + ":7:row: expected 3 to 5 tab-separated fields (term, category, "
                                                + "suggestion[, replacedIn[, source]]), found 2",
                                        bad + ":8:suggestion: required for POLITICAL_EXPRESSION (the correct form)",
                                        bad + ":10:term: '代开' is listed already on line 9"))
                .hasMessageStartingWith("wording dictionary rejected, nothing loaded:\n  " + bad + ":3:category");
    }

    @Test
    void aFileWithoutHeaderOrNotInUtf8IsRejected() throws IOException {
        Path headless = write("headless.tsv", "代开\tSENSITIVE\t\n");
        Path gbk = dir.resolve("gbk.tsv");
        Files.write(gbk, (HEADER + "代开发票\tSENSITIVE\t\n").getBytes(Charset.forName("GBK")));
        Path missing = dir.resolve("missing.tsv");
        assertThatThrownBy(() -> WordingDictionary.load(List.of(headless, gbk, missing)))
                .isInstanceOfSatisfying(
                        DictionaryException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        gbk + ":0:file: not UTF-8",
                                        missing + ":0:file: cannot read: " + missing,
                                        headless
                                                + ":1:header: expected 'term\\tcategory\\tsuggestion\\treplacedIn\\tsource'"));
    }

    @Test
    void aUserFileReplacesAStarterEntryOfTheSameFamilyAndAddsItsOwn() throws IOException {
        Path user =
                write("user.tsv", HEADER + "国土资源部\tOUTDATED_NAME\t自然资源部（本省写法）\t2018\t本省规范\n" + "本地错词\tSENSITIVE\t\n");
        WordingDictionary dictionary = WordingDictionary.load(List.of(user));
        assertThat(dictionary.wordingMatches("国土资源部和本地错词"))
                .extracting(m -> m.found() + "→" + m.entry().suggestion() + "/"
                        + m.entry().category())
                .containsExactly("国土资源部→自然资源部（本省写法）/OUTDATED_NAME", "本地错词→/SENSITIVE");
        assertThat(dictionary.entries())
                .hasSize(WordingDictionary.starter().entries().size() + 1);
    }

    @Test
    void theLongestMatchWinsSoAnAllowedTextHidesTheTermInsideIt() {
        WordingDictionary dictionary = WordingDictionary.starter();
        assertThat(dictionary.wordingMatches("各级农业部门要配合农业部工作"))
                .extracting(m -> m.found() + "@" + m.start() + "-" + m.end() + ":"
                        + m.entry().category())
                .containsExactly("农业部门@2-6:ALLOWED", "农业部@9-12:OUTDATED_NAME");
    }

    @Test
    void latinLettersMatchWhateverTheirCaseAndTheTextIsReportedAsWritten() {
        assertThat(WordingDictionary.starter().linkedMatches("免费av女优在线"))
                .extracting(TermMatch::found, m -> m.entry().term())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("av女优", "AV女优"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
