package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostnameMatchTest {
    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            www.gov.cn           | www.gov.cn                  | true
            WWW.Gov.CN           | www.gov.cn                  | true
            www.gov.cn.          | www.gov.cn                  | true
            www.gov.cn           | gov.cn                      | false
            www.gov.cn           | *.gov.cn                    | true
            gov.cn               | *.gov.cn                    | false
            a.b.gov.cn           | *.gov.cn                    | false
            www.beijing.gov.cn   | *.gov.cn                    | false
            www.beijing.gov.cn   | *.beijing.gov.cn            | true
            www.cn               | *.cn                        | false
            pass.farm.test       | other.farm.test;*.gov.cn    | false
            pass.farm.test       | other.farm.test;pass.farm.test | true
            127.0.0.1            | 127.0.0.1                   | true
            127.0.0.1            | *.0.0.1                     | false
            [::1]                | ::1                         | true
            """)
    void matchesAsRfc6125Says(String host, String names, boolean expected) {
        assertThat(HostnameMatch.matches(host, Arrays.asList(names.split(";")))).isEqualTo(expected);
    }
}
