package org.goveval.monitor.content.functions;

import java.util.List;
import java.util.Objects;

/**
 * A 办事指南 page lacking key elements.
 *
 * @param title its heading (untrusted)
 * @param missing the missing elements in the rule's order: 事项名称, 设定依据, 申请条件, 办理材料, 办理地点, 办理时间,
 *     联系电话, 办理流程
 */
public record IncompleteGuide(String url, String title, List<String> missing) {
    public IncompleteGuide {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        missing = List.copyOf(missing);
    }
}
