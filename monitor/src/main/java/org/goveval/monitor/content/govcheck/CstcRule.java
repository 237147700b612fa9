package org.goveval.monitor.content.govcheck;

/**
 * How the monitor proposes a score for a CSTC third-level indicator; the text of each is what the proposal
 * cites as its {@code rule}. {@code docs/content-checks.md} gives the source of each.
 */
public enum CstcRule {
    DAILY_OPS("日常运维：故障率（有监测记录时）、首页链接有效性、严重错误（严重表述错误、违法外链）、重点栏目更新，" + "每项合格得满分的等分"),
    IDENTITY_MARKS("标识规范：主办单位、党政机关网站标识、网站标识码、ICP备案编号、公安机关备案标识、网站地图，" + "每项具备得满分的等分（未检查的项不计）"),
    NAME_DOMAIN("名称域名：网站域名为 .gov.cn 下的域名得满分，否则 0；名称由评估人员确认"),
    IPV6("IPv6改造：首页支持IPv6访问时得满分乘以二级页面IPv6可达比例，不支持得 0"),
    SMART_SEARCH("智能搜索：仅判断第1个评估要点（关键词搜索可用），可用得满分除以评估要点数，其余要点由评估人员判断"),
    CONSULT_CHANNEL("渠道功能：发现留言、咨询入口得满分，否则 0；能否在线提交由评估人员确认"),
    MESSAGE_REPLIES("留言公开：公开留言的答复比例乘以满分；未提供渠道或无公开留言得 0"),
    FORMS("表格下载：读取了办事指南且无失效的附件（doc、xls、pdf 等）链接得满分，有失效附件得 0");

    private final String text;

    CstcRule(String text) {
        this.text = text;
    }

    /** The rule as the proposal cites it. */
    public String text() {
        return name() + " — " + text;
    }
}
