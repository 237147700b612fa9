package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.goveval.monitor.fetch.Outcome.Failed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exceptions as OkHttp throws them, wrapped as it wraps them, map to failure kinds. */
class FailureClassifierTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), FailureKind.TLS_ERROR),
                Arguments.of(
                        new IOException("wrapped", new SSLHandshakeException("No subject alternative names")),
                        FailureKind.TLS_ERROR),
                Arguments.of(new SSLException("Unsupported or unrecognized SSL message"), FailureKind.TLS_ERROR),
                // OkHttp's call timeout: it closes the socket and throws "timeout" around what that caused,
                // a handshake cut short included
                Arguments.of(callTimeout(new SocketException("Socket closed")), FailureKind.TIMEOUT),
                Arguments.of(callTimeout(new SSLException("Connection reset")), FailureKind.TIMEOUT),
                Arguments.of(new InterruptedIOException("timeout"), FailureKind.TIMEOUT),
                Arguments.of(new SocketTimeoutException("Connect timed out"), FailureKind.TIMEOUT),
                Arguments.of(new SocketTimeoutException("Read timed out"), FailureKind.TIMEOUT),
                Arguments.of(
                        new IOException("unexpected end of stream", new SocketTimeoutException("Read timed out")),
                        FailureKind.TIMEOUT),
                Arguments.of(new UnknownHostException("www.example.gov.cn"), FailureKind.DNS_FAILURE),
                Arguments.of(
                        withCause(new ConnectException(), new UnresolvedAddressException()), FailureKind.DNS_FAILURE),
                Arguments.of(new ConnectException("Connection refused"), FailureKind.CONNECTION_FAILED),
                // OkHttp names the address around the JDK's refusal
                Arguments.of(
                        withCause(
                                new ConnectException("Failed to connect to /127.0.0.1:9"),
                                new ConnectException("Connection refused")),
                        FailureKind.CONNECTION_FAILED),
                Arguments.of(new SocketException("Connection reset"), FailureKind.CONNECTION_FAILED),
                Arguments.of(new EOFException("\\n not found: limit=0 content=…"), FailureKind.CONNECTION_FAILED),
                Arguments.of(
                        new IOException("unexpected end of stream on http://127.0.0.1:8080/..."),
                        FailureKind.CONNECTION_FAILED),
                Arguments.of(new IOException("Canceled"), FailureKind.CONNECTION_FAILED),
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
    void theCallTimeoutSaysTheBudget() {
        Failed failed =
                FailureClassifier.classify(callTimeout(new SocketException("Socket closed")), Duration.ofSeconds(15));

        assertThat(failed).isEqualTo(new Failed(FailureKind.TIMEOUT, "no complete answer within 15000 ms"));
    }

    @Test
    void aSocketTimeoutIsNotTheCallTimeout() {
        Failed failed =
                FailureClassifier.classify(new SocketTimeoutException("Connect timed out"), Duration.ofSeconds(15));

        assertThat(failed).isEqualTo(new Failed(FailureKind.TIMEOUT, "SocketTimeoutException: Connect timed out"));
    }

    @Test
    void anUnexpectedExceptionIsAFailedConnectionNamingItsClass() {
        Failed failed = FailureClassifier.classify(new IllegalStateException("selector closed"));

        assertThat(failed)
                .isEqualTo(new Failed(
                        FailureKind.CONNECTION_FAILED, "unexpected java.lang.IllegalStateException: selector closed"));
    }

    private static Throwable callTimeout(Throwable cause) {
        return withCause(new InterruptedIOException("timeout"), cause);
    }

    private static Throwable withCause(Throwable outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }
}
