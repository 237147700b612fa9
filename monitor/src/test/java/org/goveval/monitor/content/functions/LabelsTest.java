package org.goveval.monitor.content.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {
    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "<label for=f>姓名</label><input id=f> => true",
                "<label>电话 <input id=f></label> => true",
                "<input id=f aria-label=姓名> => true",
                "<span id=l>姓名</span><input id=f aria-labelledby=l> => true",
                "<input id=f title=关键字> => true",
                "<input id=f placeholder=请输入关键字> => true",
                "<label for=f></label><input id=f> => false",
                "<label for=g>姓名</label><input id=f> => false",
                "<input id=f aria-labelledby=missing> => false",
                "<textarea id=f></textarea> => false"
            })
    void aFieldHasAnAccessibleName(String html, boolean labelled) {
        Document document = Jsoup.parse(html);
        assertThat(Labels.labelled(document, document.getElementById("f"))).isEqualTo(labelled);
    }
}
