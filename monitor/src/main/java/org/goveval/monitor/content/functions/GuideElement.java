package org.goveval.monitor.content.functions;

import java.util.List;

/**
 * The key elements of a 办事指南 (国办秘函〔2019〕19号, 办事服务: 办事指南要素缺失), each with the labels sites
 * use for it.
 */
enum GuideElement {
    NAME("事项名称", List.of("事项名称", "服务事项名称", "事项名")),
    BASIS("设定依据", List.of("设定依据", "办理依据", "法律依据", "受理依据", "实施依据")),
    CONDITIONS("申请条件", List.of("申请条件", "受理条件", "办理条件", "申办条件")),
    MATERIALS("办理材料", List.of("办理材料", "申请材料", "所需材料", "申报材料", "提交材料", "材料清单")),
    PLACE("办理地点", List.of("办理地点", "受理地点", "办理地址", "受理地址", "办公地点")),
    HOURS("办理时间", List.of("办理时间", "受理时间", "办公时间")),
    PHONE("联系电话", List.of("联系电话", "咨询电话", "咨询方式", "联系方式")),
    PROCESS("办理流程", List.of("办理流程", "办理程序", "办事流程", "受理流程"));

    private final String label;
    private final List<String> labels;

    GuideElement(String label, List<String> labels) {
        this.label = label;
        this.labels = labels;
    }

    /** The element's name as the rule writes it. */
    String label() {
        return label;
    }

    /** The labels that name it on a page. */
    List<String> labels() {
        return labels;
    }
}
