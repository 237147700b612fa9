package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.goveval.monitor.fetch.Outcome.Failed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exceptions as HttpClient throws them, wrapped as it wraps them, map to failure kinds. */
class FailureClassifierTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), FailureKind.TLS_ERROR),
                Arguments.of(
                        new IOException("wrapped", new SSLHandshakeException("No subject alternative names")),
                        FailureKind.TLS_ERROR),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), FailureKind.TIMEOUT),
                Arguments.of(new HttpTimeoutException("request timed out"), FailureKind.TIMEOUT),
                Arguments.of(new SocketTimeoutException("Read timed out"), FailureKind.TIMEOUT),
                Arguments.of(new UnknownHostException("www.example.gov.cn"), FailureKind.DNS_FAILURE),
                Arguments.of(
                        withCause(new ConnectException(), new UnresolvedAddressException()), FailureKind.DNS_FAILURE),
                Arguments.of(new ConnectException("Connection refused"), FailureKind.CONNECTION_FAILED),
                Arguments.of(new SocketException("Connection reset"), FailureKind.CONNECTION_FAILED),
                Arguments.of(new EOFException("EOF reached while reading"), FailureKind.CONNECTION_FAILED),
                Arguments.of(
                        new IOException("HTTP/1.1 header parser received no bytes"), FailureKind.CONNECTION_FAILED));
    }

    @ParameterizedTest
    @MethodSource("exceptions")
    void mapsTheCauseChainToAKind(Throwable thrown, FailureKind kind) {
        assertThat(FailureClassifier.classify(thrown).kind()).isEqualTo(kind);
    }

    @Test
    void theDetailNamesTheExceptionThatDecided() {
        Failed failed = FailureClassifier.classify(
                new IOException("outer", new SSLHandshakeException("PKIX path building failed")));

        assertThat(failed.detail()).isEqualTo("SSLHandshakeException: PKIX path building failed");
    }

    @Test
    void anUnexpectedExceptionIsAFailedConnectionNamingItsClass() {
        Failed failed = FailureClassifier.classify(new IllegalStateException("selector closed"));

        assertThat(failed)
                .isEqualTo(new Failed(
                        FailureKind.CONNECTION_FAILED, "unexpected java.lang.IllegalStateException: selector closed"));
    }

    private static Throwable withCause(Throwable outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }
}
