package org.goveval.monitor.content.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ServiceGuideReaderTest {
    @Test
    void aTableGuideWithAnEmptyAndAnAbsentElement() {
        String html = "<h1>个体工商户设立登记办事指南</h1><table>"
                + "<tr><th>事项名称</th><td>个体工商户设立登记</td></tr>"
                + "<tr><th>设定依据</th><td> </td></tr>"
                + "<tr><th>受理条件</th><td>年满18周岁</td></tr>"
                + "<tr><th>申请材料</th><td>申请书</td></tr>"
                + "<tr><th>办理地点</th><td>市民中心</td></tr>"
                + "<tr><th>办公时间</th><td>工作日</td></tr>"
                + "<tr><th>办理流程</th><td>申请—受理—办结</td></tr></table>"
                + "<div class=\"footer\"><p>联系电话：0571-1234</p></div>";
        ServiceGuideReader.Reading reading =
                ServiceGuideReader.read(Jsoup.parse(html)).orElseThrow();
        assertThat(reading.title()).isEqualTo("个体工商户设立登记办事指南");
        assertThat(reading.missing()).containsExactly(GuideElement.BASIS, GuideElement.PHONE);
    }

    @Test
    void aGuideWrittenAsLabelledLines() {
        String html = "<h1>某事项</h1><div class=\"content\">"
                + "<p>一、事项名称：居民身份证换领</p><p>二、设定依据：《居民身份证法》</p>"
                + "<p><strong>申请条件：</strong>本市户籍居民</p><p><b>办理材料</b>：旧证</p>"
                + "<h3>办理地点</h3><p>市民中心</p><h3>办理时间</h3><p>工作日</p>"
                + "<dl><dt>咨询电话</dt><dd>12345</dd></dl><p>办理流程：</p></div>";
        ServiceGuideReader.Reading reading =
                ServiceGuideReader.read(Jsoup.parse(html)).orElseThrow();
        assertThat(reading.missing()).containsExactly(GuideElement.PROCESS);
        assertThat(reading.labelled()).hasSize(8);
    }

    @Test
    void aGuideIndexOrAnArticleIsNoGuide() {
        assertThat(ServiceGuideReader.read(
                        Jsoup.parse("<title>办事指南</title><h1>办事指南</h1><p><a href=a.html>居民身份证换领办事指南</a></p>")))
                .isEmpty();
        assertThat(ServiceGuideReader.read(
                        Jsoup.parse("<h1>新闻</h1><p>办理时间：延长至晚8点</p><p>联系电话：12345</p><p>办理地点：各街道</p>")))
                .isEmpty();
    }
}
