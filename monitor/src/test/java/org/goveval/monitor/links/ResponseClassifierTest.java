package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseClassifierTest {
    private static final URI URL = URI.create("http://x.gov.cn/a.html");

    private static FetchResult status(int status) {
        return new FetchResult(
                URL,
                URL,
                List.of(),
                status,
                Map.of(),
                new byte[0],
                false,
                Optional.empty(),
                "",
                1,
                Instant.EPOCH,
                Duration.ZERO);
    }

    @ParameterizedTest
    @CsvSource({
        "200,",
        "204,",
        "301,",
        "304,",
        "404,BROKEN HTTP_ERROR 404",
        "410,BROKEN HTTP_ERROR 410",
        "500,BROKEN HTTP_ERROR 500",
        "503,BROKEN HTTP_ERROR 503",
        "403,BLOCKED 403",
        "429,THROTTLED 429"
    })
    void classifiesStatuses(int status, String expected) {
        Optional<LinkCheck> check = ResponseClassifier.classify(URL, status(status));
        assertThat(check.map(c -> c.verdict() + c.kind().map(k -> " " + k).orElse("") + " "
                        + c.status().orElseThrow()))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "DNS_FAILURE,BROKEN DNS_FAILURE",
        "CONNECTION_FAILED,BROKEN CONNECTION_FAILED",
        "TIMEOUT,BROKEN TIMEOUT",
        "TLS_ERROR,BROKEN TLS_ERROR",
        "REDIRECT_LOOP,BROKEN REDIRECT_LOOP",
        "TOO_MANY_REDIRECTS,BROKEN TOO_MANY_REDIRECTS",
        "BLOCKED_ADDRESS,REFUSED",
        "INVALID_URL,REFUSED"
    })
    void classifiesFailures(FailureKind failure, String expected) {
        FetchResult result = FetchResult.failed(URL, URL, List.of(), failure, "x", 1, Instant.EPOCH, Duration.ZERO);
        LinkCheck check = ResponseClassifier.classify(URL, result).orElseThrow();
        assertThat(check.verdict() + check.kind().map(k -> " " + k).orElse("")).isEqualTo(expected);
        assertThat(check.status()).isEmpty();
    }
}
