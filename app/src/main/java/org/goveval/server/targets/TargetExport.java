package org.goveval.server.targets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.springframework.stereotype.Service;

/**
 * Writes a campaign's targets in the import's columns (Chinese headers), as CSV or xlsx, so that an export
 * imports again unchanged. Targets come in the campaign's order (division code, official order, name), a
 * target's websites in the order they were added.
 */
@Service
public class TargetExport {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Campaigns campaigns;
    private final MediaAccounts accounts;

    public TargetExport(Campaigns campaigns, MediaAccounts accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    /** The header: every column's Chinese name. */
    static List<String> header() {
        return Arrays.stream(TargetColumn.values()).map(TargetColumn::chinese).toList();
    }

    /** One line per target, its values in {@link TargetColumn} order. */
    List<List<String>> lines(long campaignId) {
        List<List<String>> lines = new ArrayList<>();
        for (Campaigns.Target target : campaigns.targets(campaignId)) {
            List<Campaigns.Website> websites = campaigns.websites(target.id());
            lines.add(List.of(
                    target.name(),
                    target.kind(),
                    target.divisionCode() == null ? "" : target.divisionCode(),
                    target.officialOrder() == null ? "" : String.valueOf(target.officialOrder()),
                    target.rankingGroups().replace(',', ';'),
                    websites.stream().map(Campaigns.Website::url).collect(Collectors.joining(";")),
                    portal(websites),
                    accounts.of(target.id()).stream()
                            .map(MediaAccounts.MediaAccount::describe)
                            .collect(Collectors.joining(";"))));
        }
        return lines;
    }

    /**
     * UTF-8 CSV with a byte-order mark (without one, Excel in China reads UTF-8 as GBK) and CRLF line ends
     * (RFC 4180).
     */
    public byte[] csv(long campaignId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header());
            for (List<String> line : lines(campaignId)) {
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An xlsx workbook with one sheet, 评估对象; the official order is a number cell, everything else text. */
    public byte[] xlsx(long campaignId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "goveval", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("评估对象");
            List<String> header = header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            List<List<String>> lines = lines(campaignId);
            int order = TargetColumn.OFFICIAL_ORDER.ordinal();
            for (int r = 0; r < lines.size(); r++) {
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    if (c == order && !line.get(c).isEmpty()) {
                        sheet.value(r + 1, c, Integer.valueOf(line.get(c)));
                    } else {
                        sheet.value(r + 1, c, line.get(c));
                    }
                }
            }
            sheet.width(TargetColumn.NAME.ordinal(), 30);
            sheet.width(TargetColumn.WEBSITES.ordinal(), 40);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** 是 or 否 for all the websites when they agree, else one mark per website; blank without a website. */
    private static String portal(List<Campaigns.Website> websites) {
        List<String> marks =
                websites.stream().map(w -> PortalMark.of(w.portal())).toList();
        return marks.stream().distinct().count() <= 1
                ? marks.stream().findFirst().orElse("")
                : String.join(";", marks);
    }
}
