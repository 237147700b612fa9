package org.goveval.monitor.content.functions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads public message lists (留言选登, 来信公开, 咨询回复) laid out as tables: a header row naming the date asked
 * and either the reply's date or the reply's state, then one row per message.
 */
final class MessageTable {
    private static final Pattern TITLE = Pattern.compile("主题|标题|事项|信件名称|留言内容");
    private static final Pattern ASKED = Pattern.compile("(留言|来信|提问|咨询|写信|提交|发件|投诉)(时间|日期)");
    private static final Pattern ANSWERED = Pattern.compile("(回复|答复|办结|反馈|回应)(时间|日期)");
    private static final Pattern STATE = Pattern.compile("状态|是否回复|是否答复|办理情况|处理情况");
    private static final Pattern INVALID = Pattern.compile("无效|重复|恶意|违规");
    private static final Pattern NOT_ANSWERED = Pattern.compile("未回复|待回复|未答复|待答复|未办结|办理中|处理中|待处理|未处理|受理中");
    private static final Pattern IS_ANSWERED = Pattern.compile("已回复|已答复|已办结|已处理|已反馈|已回应");

    private MessageTable() {}

    private record Columns(int title, int asked, int answered, int state) {
        boolean usable() {
            return asked >= 0 && (answered >= 0 || state >= 0);
        }
    }

    /** Every message of every message table on the page, in page order. */
    static List<PublicMessage> read(Document page) {
        List<PublicMessage> messages = new ArrayList<>();
        for (Element table : page.select("table")) {
            Elements rows = table.select("> tr, > tbody > tr, > thead > tr");
            for (int i = 0; i < rows.size(); i++) {
                Columns columns = columns(cells(rows.get(i)));
                if (columns.usable()) {
                    for (Element row : rows.subList(i + 1, rows.size())) {
                        message(cells(row), columns).ifPresent(messages::add);
                    }
                    break;
                }
            }
        }
        return messages;
    }

    private static List<String> cells(Element row) {
        return row.select("> td, > th").stream()
                .map(cell -> cell.text().strip())
                .toList();
    }

    private static Columns columns(List<String> header) {
        return new Columns(index(header, TITLE), index(header, ASKED), index(header, ANSWERED), index(header, STATE));
    }

    private static int index(List<String> header, Pattern pattern) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).length() <= 12 && pattern.matcher(header.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<PublicMessage> message(List<String> cells, Columns columns) {
        Optional<LocalDate> asked = cell(cells, columns.asked()).flatMap(ChineseDates::first);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> answered = cell(cells, columns.answered()).flatMap(ChineseDates::first);
        String state = cell(cells, columns.state()).orElse("");
        PublicMessage.Status status;
        if (INVALID.matcher(state).find()) {
            status = PublicMessage.Status.INVALID;
        } else if (answered.isPresent() || IS_ANSWERED.matcher(state).find()) {
            status = PublicMessage.Status.ANSWERED;
        } else if (NOT_ANSWERED.matcher(state).find() || columns.state() < 0) {
            status = PublicMessage.Status.UNANSWERED;
        } else {
            return Optional.empty(); // a state the rules do not know: not judged
        }
        String title = cell(cells, columns.title()).orElse(String.join(" ", cells));
        return Optional.of(new PublicMessage(title, asked.get(), answered, status, String.join(" ", cells)));
    }

    private static Optional<String> cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? Optional.of(cells.get(index)) : Optional.empty();
    }
}
