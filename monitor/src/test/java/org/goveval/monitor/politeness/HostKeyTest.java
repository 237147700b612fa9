package org.goveval.monitor.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.gov.cn/a/b.html?x=1         | https://www.gov.cn     | 443
            HTTPS://WWW.Gov.CN/                     | https://www.gov.cn     | 443
            https://www.gov.cn:443/                 | https://www.gov.cn     | 443
            http://www.gov.cn                       | http://www.gov.cn      | 80
            http://www.gov.cn:8080/x                | http://www.gov.cn:8080 | 8080
            https://www.gov.cn:80/                  | https://www.gov.cn:80  | 80
            http://user:secret@www.gov.cn/          | http://www.gov.cn      | 80
            http://a_b.gov.cn:8081/x                | http://a_b.gov.cn:8081 | 8081
            http://User@A_B.gov.cn/x                | http://a_b.gov.cn      | 80
            http://政府.政务/x                        | http://政府.政务          | 80
            http://[::1]:8080/x                     | http://[::1]:8080      | 8080
            http://10.0.0.1/                        | http://10.0.0.1        | 80
            """)
    void keysBySchemeLowerCaseHostAndExplicitPort(String uri, String key, int port) {
        HostKey hostKey = HostKey.of(URI.create(uri));

        assertThat(hostKey).hasToString(key);
        assertThat(hostKey.port()).isEqualTo(port);
    }

    @Test
    void sameSiteWhateverTheSpelling() {
        assertThat(HostKey.of(URI.create("HTTPS://Gov.CN:443/a")))
                .isEqualTo(HostKey.of(URI.create("https://user@gov.cn/b")));
        assertThat(HostKey.of(URI.create("http://gov.cn/"))).isNotEqualTo(HostKey.of(URI.create("https://gov.cn/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "ftp://gov.cn/", "mailto:a@gov.cn", "file:///etc/hosts", "http:///x"})
    void rejectsWhatIsNotAnAbsoluteHttpUrlWithAHost(String uri) {
        assertThatIllegalArgumentException().isThrownBy(() -> HostKey.of(URI.create(uri)));
    }
}
