package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoricalContextTest {
    private static final WordingDictionary DICTIONARY = WordingDictionary.starter();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the current use of an outdated name is an error
                "请登录国家工商行政管理总局网站查询。| 国家工商行政管理总局",
                "2019年起，国家工商行政管理总局负责此项工作。| 国家工商行政管理总局",
                // 原: the former body
                "原国家工商行政管理总局的文件继续有效。| ",
                // a year before the change in the same sentence
                "2015年，国家工商行政管理总局印发了通知。| ",
                "该办法由国家卫生和计划生育委员会于2016 年制定。| ",
                // the year is in another sentence: no help
                "2015年发布。请咨询国家卫生和计划生育委员会。| 国家卫生和计划生育委员会",
                // the sentence names the successor: it is about the change
                "将国土资源部的职责整合，组建自然资源部。| ",
                "国土资源部负责。自然资源部是新设的。| 国土资源部",
                // local bodies changed in 2019: 2018 is before
                "2018年，市工商行政管理局开展了专项检查。| ",
                "2020年，市工商行政管理局开展了专项检查。| 工商行政管理局",
            })
    void anOutdatedNameIsAnErrorUnlessItsSentenceIsHistorical(String text, String expected) {
        String reported = DICTIONARY.wordingMatches(text).stream()
                .filter(match -> match.entry().category() == DictionaryCategory.OUTDATED_NAME)
                .filter(match -> !HistoricalContext.isHistorical(text, match))
                .map(TermMatch::found)
                .findFirst()
                .orElse(null);
        assertThat(reported).isEqualTo(expected);
    }
}
