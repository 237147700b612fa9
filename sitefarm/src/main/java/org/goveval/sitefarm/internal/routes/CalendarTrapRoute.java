package org.goveval.sitefarm.internal.routes;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/**
 * {@code /calendar/index.html?y=Y&m=M}: an event calendar whose every month links the previous and the next
 * one, without end. Missing or bad parameters show {@code current}.
 */
public record CalendarTrapRoute(ThinPages thin, YearMonth current) implements Route {
    public static final String PATH = "/calendar/index.html";

    /** The URL path and query of a month's page. */
    public static String href(YearMonth month) {
        return PATH + "?y=" + month.getYear() + "&m=" + month.getMonthValue();
    }

    @Override
    public Reply answer(Request request) {
        YearMonth month = month(request);
        List<Link> links = List.of(
                Link.a(href(month.minusMonths(1)), "上一月"), Link.a(href(month.plusMonths(1)), "下一月"), Link.a("/", "首页"));
        String heading = month.getYear() + "年" + month.getMonthValue() + "月活动日历";
        return Reply.html(200, thin.page(heading, List.of("本月暂无活动安排。"), links), thin.encoding());
    }

    private YearMonth month(Request request) {
        try {
            long year = request.longParameter("y").orElse((long) current.getYear());
            long month = request.longParameter("m").orElse((long) current.getMonthValue());
            return YearMonth.of(Math.toIntExact(year), Math.toIntExact(month));
        } catch (DateTimeException | ArithmeticException e) {
            return current;
        }
    }

    @Override
    public Truth truth() {
        return new Truth.Trap();
    }
}
