package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Random;

/** Article titles as each kind of column writes them: 关于印发《…实施方案》的通知, 2024年…工作要点, 政策解读：…. */
final class TitleWriter {
    private TitleWriter() {}

    /**
     * A title for the {@code index}-th article of a column. The first personnel article names 陈镕, 王堃 and 张喆,
     * so that every site has GBK-only characters in a title.
     */
    static String title(ColumnKind kind, int index, int year, String city, String topic, Random random) {
        List<String> forms = forms(kind, index, year, city, topic, random);
        if (kind == ColumnKind.PERSONNEL && index == 0) {
            return forms.getFirst();
        }
        return forms.get(random.nextInt(forms.size()));
    }

    private static List<String> forms(ColumnKind kind, int index, int year, String city, String topic, Random random) {
        return switch (kind) {
            case NEWS ->
                List.of(
                        city + "召开" + year + "年" + topic + "工作推进会",
                        Phrases.pick(random, Phrases.DEPARTMENTS) + "深入基层调研" + topic + "工作",
                        city + topic + "工作取得阶段性成效",
                        "市政府常务会议研究部署" + topic + "等工作");
            case NOTICE ->
                List.of(
                        "关于做好" + year + "年" + topic + "工作的通知",
                        "关于公布" + year + "年度" + topic + "示范单位名单的公告",
                        "关于征求《" + city + topic + "管理办法（征求意见稿）》意见的公告",
                        "关于开展" + topic + "专项检查的通知");
            case POLICY ->
                List.of(
                        "关于印发《" + city + topic + "实施方案》的通知",
                        city + "人民政府办公室关于进一步加强" + topic + "工作的实施意见",
                        "关于印发《" + city + topic + "三年行动计划（" + year + "—" + (year + 2) + "年）》的通知");
            case INTERPRETATION ->
                List.of(
                        "政策解读：《" + city + topic + "实施方案》",
                        "一图读懂《" + city + topic + "三年行动计划》",
                        "《关于进一步加强" + topic + "工作的实施意见》政策问答");
            case PERSONNEL ->
                List.of(
                        index == 0 ? "关于陈镕、王堃、张喆等同志职务任免的通知" : "关于" + names(random) + "等同志职务任免的通知",
                        year + "年" + city + "事业单位公开招聘工作人员公告",
                        city + year + "年公开选调公务员拟调人员公示",
                        names(random) + "同志任前公示");
            case PLAN ->
                List.of(year + "年" + city + topic + "工作要点", city + "“十四五”" + topic + "发展规划", city + year + "年政务公开工作要点");
            case INTERACTION ->
                List.of(
                        "关于" + topic + "有关问题的答复",
                        year + "年第" + (index + 1) + "期在线访谈：聚焦" + topic,
                        city + year + "年" + topic + "网上调查结果");
            case SERVICE ->
                List.of(
                        Phrases.pick(random, Phrases.SERVICES) + "办事指南",
                        Phrases.pick(random, Phrases.DEPARTMENTS) + "政务服务事项清单（" + year + "年版）",
                        Phrases.pick(random, Phrases.SERVICES) + "申请材料目录");
            case SPECIAL -> List.of(topic + "专题", year + "年" + topic + "专栏", "聚焦" + topic);
        };
    }

    private static String names(Random random) {
        return Phrases.pick(random, Phrases.NAMES) + "、" + Phrases.pick(random, Phrases.NAMES);
    }
}
