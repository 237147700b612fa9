package org.goveval.server.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The two file formats and the encodings a CSV file comes in, down to the line numbers problems carry. */
class TargetFileReaderTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void utf8WithAndWithoutAByteOrderMarkReadsTheSame() {
        byte[] plain = TargetValidatorTest.GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] marked = concat(BOM, plain);
        for (byte[] bytes : List.of(plain, marked)) {
            TargetValidator.Validation validation = TargetValidatorTest.validate("targets.csv", bytes, Set.of());
            assertThat(validation.problems()).isEmpty();
            assertThat(validation.targets()).containsExactlyElementsOf(TargetValidatorTest.GOOD_TARGETS);
        }
        assertThat(TargetFileReader.read("t.csv", marked).header().get(0)).isEqualTo("名称");
    }

    @Test
    void gb18030FromExcelInChinaReadsTheSame() {
        byte[] gbk = TargetValidatorTest.GOOD.getBytes(CsvTargetReader.GB18030);
        assertThat(CsvTargetReader.decode(gbk)).isEqualTo(TargetValidatorTest.GOOD);
        TargetValidator.Validation validation = TargetValidatorTest.validate("targets.csv", gbk, Set.of());
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.targets()).containsExactlyElementsOf(TargetValidatorTest.GOOD_TARGETS);
    }

    @Test
    void lineNumbersCountPhysicalLinesThroughBlankLinesAndQuotedLineBreaks() {
        String csv = "名称,类型,网站\r\n\r\n\"两行\r\n的名称\",X,https://a.example/\r\nB,,https://b.example/\n";
        TextTable table = TargetFileReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.lines()).extracting(TextTable.Line::number).containsExactly(3, 5);
        assertThat(table.lines().get(0).cell(0)).isEqualTo("两行\r\n的名称");
    }

    @Test
    void aBrokenQuoteOrAnOldExcelFileIsOneProblem() {
        String csv = "名称,类型,网站\nA,COUNTY,https://a.example/\n\"B,COUNTY,https://b.example/\n";
        assertThatThrownBy(() -> TargetFileReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TextTable.UnreadableException.class,
                        e -> assertThat(TargetValidatorTest.english(e.problem()))
                                .startsWith("t.csv:3: not valid CSV from here on: "));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThatThrownBy(() -> TargetFileReader.read("t.xls", xls))
                .isInstanceOfSatisfying(TextTable.UnreadableException.class, e -> {
                    assertThat(TargetValidatorTest.english(e.problem()))
                            .isEqualTo("t.xls:1: an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV"
                                    + " (UTF-8)");
                    assertThat(TargetValidatorTest.chinese(e.problem()))
                            .isEqualTo("t.xls:1: 这是 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 或 CSV（UTF-8）");
                });
    }

    @Test
    void anXlsxSheetWithNumberAndBooleanCellsReadsAsTyped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("评估对象");
            List<String> header = List.of("名称", "类型", "行政区划代码", "部门序号", "排名分组", "网站", "门户");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "浙江省人民政府");
            sheet.value(1, 1, "PROVINCE");
            sheet.value(1, 2, 330000); // typed as a number, as people do
            sheet.value(1, 4, "province");
            sheet.value(1, 5, "https://www.zj.gov.cn/");
            sheet.value(1, 6, Boolean.TRUE);
            // row 3 stays empty
            sheet.value(3, 0, "外交部");
            sheet.value(3, 1, "国务院部门");
            sheet.value(3, 3, 2.0);
            sheet.value(3, 5, "https://www.mfa.gov.cn/");
            sheet.value(4, 0, "坏的一行");
            sheet.value(4, 1, "COUNTY");
            sheet.value(4, 2, 330100);
            sheet.value(4, 5, "https://bad.example/");
        }
        TextTable table = TargetFileReader.read("targets.xlsx", bytes.toByteArray());
        assertThat(table.lines()).extracting(TextTable.Line::number).containsExactly(2, 4, 5);
        assertThat(table.lines().get(0).cells())
                .containsExactly("浙江省人民政府", "PROVINCE", "330000", "", "province", "https://www.zj.gov.cn/", "true");
        TextTable good =
                new TextTable(table.file(), table.header(), table.lines().subList(0, 2));
        assertThat(TargetValidatorTest.VALIDATOR.validate(good, Set.of()).targets())
                .containsExactly(
                        new TargetEntry(
                                "浙江省人民政府",
                                TargetKind.PROVINCE,
                                "330000",
                                null,
                                List.of("province"),
                                List.of(new TargetEntry.Website("https://www.zj.gov.cn/", true))),
                        new TargetEntry(
                                "外交部",
                                TargetKind.MINISTRY,
                                null,
                                2,
                                List.of(),
                                List.of(new TargetEntry.Website("https://www.mfa.gov.cn/", false))));
        TargetValidator.Validation validation = TargetValidatorTest.VALIDATOR.validate(table, Set.of());
        assertThat(validation.problems())
                .extracting(TargetValidatorTest::chinese)
                .containsExactly("targets.xlsx:5: 行政区划代码: 330100 是杭州市，属地级行政区划；区县政府需要县级行政区划");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
