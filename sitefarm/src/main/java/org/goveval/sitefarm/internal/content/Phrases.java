package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Random;

/** The vocabulary generated sites are written in: plain government prose, every character encodable in GBK. */
final class Phrases {
    static final List<String> CITIES =
            List.of("临溪市", "南屿市", "北湖区", "青岚县", "云川市", "石桥市", "东渡区", "白溪县", "江峰市", "凤栖县", "丰和区", "宁川市");

    static final List<String> TOPICS = List.of(
            "优化营商环境",
            "数字政府建设",
            "政务公开",
            "安全生产",
            "生态环境保护",
            "乡村振兴",
            "养老服务体系建设",
            "义务教育优质均衡发展",
            "医疗保障",
            "稳就业促创业",
            "防汛抗旱",
            "全国文明城市创建",
            "招商引资",
            "城市更新",
            "食品安全",
            "耕地保护",
            "消防安全",
            "科技创新");

    static final List<String> SERVICES =
            List.of("不动产登记", "企业开办", "社会保障卡申领", "居住证办理", "住房公积金提取", "医保异地就医备案", "个体工商户登记", "建设工程规划许可");

    static final List<String> DEPARTMENTS = List.of(
            "市发展和改革委员会",
            "市教育局",
            "市民政局",
            "市财政局",
            "市人力资源和社会保障局",
            "市自然资源和规划局",
            "市生态环境局",
            "市住房和城乡建设局",
            "市农业农村局",
            "市卫生健康委员会",
            "市应急管理局",
            "市市场监督管理局");

    /** Personal names; the first three carry GBK-only characters (镕, 堃, 喆) that gb2312 lacks. */
    static final List<String> NAMES = List.of("陈镕", "王堃", "张喆", "李明", "刘洋", "赵静", "孙伟", "周芳", "吴磊", "郑丽", "黄海", "徐慧");

    static final List<String> OPENINGS = List.of(
            "为深入贯彻落实党中央、国务院决策部署和省委、省政府工作要求，进一步推进%s工作，结合我市实际，现就有关事项通知如下。",
            "近日，%s工作推进会召开，会议总结了前一阶段工作成效，分析了当前面临的形势，部署了下一步重点任务。",
            "为切实做好%s工作，不断提升人民群众的获得感、幸福感、安全感，经研究，制定本方案。",
            "%s事关经济社会发展全局，事关人民群众切身利益。各地各部门要提高政治站位，切实增强责任感和紧迫感。");

    static final List<String> MIDDLES = List.of(
            "一、总体要求。坚持以人民为中心的发展思想，坚持问题导向、目标导向和结果导向，统筹发展和安全，推动各项任务落地见效。",
            "二、主要任务。聚焦重点领域和关键环节，建立健全工作机制，完善配套政策，加强部门协同，形成工作合力。",
            "三、保障措施。各单位要加强组织领导，明确责任分工，强化督促检查，及时总结推广好经验好做法。",
            "会议强调，要坚持系统观念，压实各方责任，加强统筹调度，确保各项工作任务按时保质完成。",
            "据统计，今年以来全市共完成相关项目四十六个，累计投入资金二点三亿元，惠及群众十二万余人。",
            "下一步，我市将持续深化改革，优化服务流程，推进数据共享，让企业和群众办事更加便捷高效。");

    static final List<String> CLOSINGS =
            List.of("本通知自印发之日起施行。执行中遇到的问题，请及时向市政府办公室反映。", "欢迎社会各界提出宝贵意见和建议。", "特此公告。", "请各单位认真抓好贯彻落实。");

    private Phrases() {}

    static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
